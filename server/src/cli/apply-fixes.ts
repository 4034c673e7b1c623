/**
 * Applying fixes to a text: pure, offsets in, text out. Shared by `citecheck check --fix`
 * and the language server's "Fix all".
 */
import type { Finding, Fix, TextEdit } from '../core/types.ts';

/** Outcome of applying a set of fixes. */
export interface ApplyResult {
  text: string;
  /** Fixes whose edits were all applied. */
  applied: Fix[];
  /** Fixes left out because an edit overlapped an earlier fix or fell outside the text. */
  skipped: Fix[];
}

/** The preferred fix of each finding (findings without one are left alone). */
export function preferredFixes(findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (fix) out.push(fix);
  }
  return out;
}

/**
 * Two edits conflict when their ranges overlap, or when both insert at the same point
 * (their order would be ambiguous). Touching ranges do not conflict.
 */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function validEdit(e: TextEdit, length: number): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length;
}

/** Whether the edits of one fix are valid and overlap neither each other nor `taken`. */
function fits(fix: Fix, taken: readonly TextEdit[], length: number): boolean {
  return fix.edits.every((e, i) =>
    validEdit(e, length)
    && !fix.edits.some((o, j) => j < i && conflicts(e, o))
    && !taken.some((o) => conflicts(e, o)));
}

/** Replaces each edit's range by its text, applying from the end so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * Applies whole fixes in the given order; a fix that overlaps one already taken (or has
 * an invalid edit) is skipped entirely, so no fix is ever half-applied.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    if (fits(fix, taken, text.length)) {
      taken.push(...fix.edits);
      applied.push(fix);
    } else {
      skipped.push(fix);
    }
  }
  return { text: applyEdits(text, taken), applied, skipped };
}
