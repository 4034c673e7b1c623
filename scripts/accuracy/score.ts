/**
 * Matches an engine's findings against a case's labels and tallies TP/FP/FN per code.
 */
import { labelOverlaps, type Label, type Span } from './labels.ts';

/** The part of a finding the scorer needs. */
export interface ScoredFinding extends Span {
  code: string;
  message: string;
}

/** One miss or false alarm, for the report. */
export interface Miss {
  caseName: string;
  code: string;
  /** Draft text the finding covers (FP) or the label's text (FN). */
  excerpt: string;
  /** The finding's message (FP), or a note (FN). */
  message: string;
  /** For a false alarm: true when it overlaps an `ok` label. */
  onOk?: boolean;
}

/** Counts of one finding code. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** The outcome of one case. */
export interface CaseOutcome {
  tallies: Map<string, Tally>;
  /** Expectations met (excerpt: the label's text). */
  truePositives: Miss[];
  falseNegatives: Miss[];
  falsePositives: Miss[];
  /** Findings that matched an expectation another finding already matched. */
  duplicates: number;
}

function bump(tallies: Map<string, Tally>, code: string, key: keyof Tally): void {
  const t = tallies.get(code) ?? { tp: 0, fp: 0, fn: 0 };
  t[key]++;
  tallies.set(code, t);
}

/**
 * Scores one case: a finding matches an `expect` with the same code one of whose
 * occurrences it overlaps. Each expectation matched is a TP, each unmatched one a FN,
 * each finding matching no expectation a FP (noting whether it sits on an `ok`).
 */
export function scoreCase(caseName: string, draft: string, labels: Label[],
  findings: ScoredFinding[]): CaseOutcome {
  const expects = labels.filter((l) => l.kind === 'expect');
  const oks = labels.filter((l) => l.kind === 'ok');
  const matched = new Set<Label>();
  const out: CaseOutcome = { tallies: new Map(), truePositives: [], falseNegatives: [], falsePositives: [], duplicates: 0 };
  for (const f of findings) {
    const hits = expects.filter((e) => e.code === f.code && labelOverlaps(e, f));
    const fresh = hits.find((e) => !matched.has(e));
    if (fresh) {
      matched.add(fresh);
      bump(out.tallies, f.code, 'tp');
    } else if (hits.length > 0) {
      out.duplicates++;
    } else {
      bump(out.tallies, f.code, 'fp');
      out.falsePositives.push({ caseName, code: f.code, excerpt: draft.slice(f.start, f.end),
        message: f.message, onOk: oks.some((o) => labelOverlaps(o, f)) });
    }
  }
  for (const e of expects) {
    const code = e.code ?? '?';
    if (matched.has(e)) {
      out.truePositives.push({ caseName, code, excerpt: e.text, message: 'met' });
      continue;
    }
    bump(out.tallies, code, 'fn');
    out.falseNegatives.push({ caseName, code, excerpt: e.text, message: 'no matching finding' });
  }
  return out;
}

/** Adds `from` into `into`, code by code. */
export function addTallies(into: Map<string, Tally>, from: Map<string, Tally>): void {
  for (const [code, t] of from) {
    const acc = into.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    acc.tp += t.tp;
    acc.fp += t.fp;
    acc.fn += t.fn;
    into.set(code, acc);
  }
}

/** Sums the tallies of the codes accepted by `pick`. */
export function sumTallies(tallies: Map<string, Tally>, pick: (code: string) => boolean): Tally {
  const sum: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [code, t] of tallies) {
    if (!pick(code)) continue;
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
  }
  return sum;
}

/** Precision and recall of a tally; undefined where the denominator is 0. */
export function rates(t: Tally): { precision?: number; recall?: number } {
  return {
    precision: t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : undefined,
    recall: t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : undefined,
  };
}
