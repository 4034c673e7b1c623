/**
 * Span-level scoring of figure findings on external datasets (scripts/accuracy-data.ts).
 *
 * A figure-error span is found (TP) when some figure finding (code `figure.*`) overlaps it,
 * else missed (FN). A figure finding overlapping a figure-error span is a hit; one overlapping
 * no error span at all is a false alarm (FP); one overlapping only an `otherErrors` span is
 * counted apart ("on other errors") and left out of precision.
 * precision = hits / (hits + FP), recall = TP / (TP + FN).
 */
import type { FigureReport, FigureVerdictKind, Finding } from '../../server/src/core/types.ts';
import type { DataCase } from './data-cases.ts';
import { overlaps, type Span } from './labels.ts';

/** Figure verdicts counted: over all figures, and over the figures inside figure-error spans. */
export type VerdictCounts = Record<FigureVerdictKind, number>;

/** Counts of one group of cases (or one case). */
export interface DataTally {
  cases: number;
  spans: number;
  tp: number;
  fn: number;
  hits: number;
  fp: number;
  onOther: number;
  verdicts: VerdictCounts;
  verdictsInErrors: VerdictCounts;
}

/** A missed span or a false alarm, for `--show`. */
export interface DataExample {
  caseId: string;
  kind: 'miss' | 'alarm';
  span: Span;
  /** The finding's code and message (alarm), or the span's label (miss). */
  note: string;
}

/** The outcome of one case. */
export interface DataOutcome {
  tally: DataTally;
  examples: DataExample[];
}

const VERDICTS: readonly FigureVerdictKind[] = ['verified', 'contradicted', 'unsupported', 'unchecked'];
const noVerdicts = (): VerdictCounts => ({ verified: 0, contradicted: 0, unsupported: 0, unchecked: 0 });

/** An empty tally. */
export function emptyTally(): DataTally {
  return { cases: 0, spans: 0, tp: 0, fn: 0, hits: 0, fp: 0, onOther: 0, verdicts: noVerdicts(), verdictsInErrors: noVerdicts() };
}

/** Scores one case's findings and figure verdicts against its labelled spans. */
export function scoreDataCase(c: DataCase, findings: readonly Finding[], figures: readonly FigureReport[]): DataOutcome {
  const t = emptyTally();
  const examples: DataExample[] = [];
  const figs = findings.filter((f) => f.code.startsWith('figure.'));
  t.cases = 1;
  t.spans = c.errors.length;
  for (const e of c.errors) {
    if (figs.some((f) => overlaps(f, e))) t.tp++;
    else {
      t.fn++;
      examples.push({ caseId: c.id, kind: 'miss', span: e, note: `missed (${e.label ?? 'figure error'})` });
    }
  }
  for (const f of figs) {
    if (c.errors.some((e) => overlaps(f, e))) t.hits++;
    else if (c.otherErrors.some((e) => overlaps(f, e))) t.onOther++;
    else {
      t.fp++;
      examples.push({ caseId: c.id, kind: 'alarm', span: f, note: `${f.code}: ${f.message}` });
    }
  }
  for (const g of figures) {
    t.verdicts[g.verdict]++;
    if (c.errors.some((e) => overlaps(g, e))) t.verdictsInErrors[g.verdict]++;
  }
  return { tally: t, examples };
}

/** Adds `from` into `into`. */
export function addDataTally(into: DataTally, from: DataTally): void {
  for (const k of ['cases', 'spans', 'tp', 'fn', 'hits', 'fp', 'onOther'] as const) into[k] += from[k];
  for (const v of VERDICTS) {
    into.verdicts[v] += from.verdicts[v];
    into.verdictsInErrors[v] += from.verdictsInErrors[v];
  }
}

/** Precision and recall of a tally; undefined where the denominator is 0. */
export function dataRates(t: DataTally): { precision?: number; recall?: number } {
  return {
    precision: t.hits + t.fp > 0 ? t.hits / (t.hits + t.fp) : undefined,
    recall: t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : undefined,
  };
}

export { VERDICTS };
