/**
 * What a percent states: a change ("fell 20%", "a 54% rise") or a level ("20% of staff", "rose
 * to 20%"). The same value as a rise and as a fall, or as a change and as a share of something,
 * are different quantities: the one does not verify the other. Reads a few words around each
 * figure; linear in them.
 */
import { changeDirection } from './derive.ts';

/** Right after a percent: it is a share of something ("23% of GPs"). */
const SHARE_AFTER = /^\s*of\s/i;
/** Right before a percent: the level a change reached ("fell to 2%"), not the change. */
const LEVEL_BEFORE = /\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$/i;

interface Span { kind?: string; start: number; end: number }

/** +1 a rise, -1 a fall, 0 a level or neither, for the percent at `f` of `text`. */
function changeOf(text: string, f: Span): number {
  if (LEVEL_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) return 0;
  return changeDirection(text, f.start, f.end);
}

/**
 * Whether draft percent `f` and source percent `g` state different quantities by their role:
 * one a rise and the other a fall, or one a change and the other a share ("decreased by 23%" /
 * "23% of GPs were aged 55 or over"). Other kinds: never.
 */
export function otherChangeRole(draftText: string, f: Span, sourceText: string, g: Span): boolean {
  if (f.kind !== 'percent' || g.kind !== 'percent') return false;
  const a = changeOf(draftText, f);
  const b = changeOf(sourceText, g);
  if (a * b < 0) return true;
  const share = (text: string, s: Span) => SHARE_AFTER.test(text.slice(s.end, s.end + 6));
  return (a !== 0 && b === 0 && share(sourceText, g)) || (b !== 0 && a === 0 && share(draftText, f));
}
