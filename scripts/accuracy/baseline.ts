/**
 * The per-case accuracy baseline (test/fixtures/<set>/baseline.json): for every case the
 * expectations met, the expectations missed and the false alarms, each as one sorted
 * "code: text" line, so a change of the engine shows as a readable diff.
 *
 * A run is compared with the baseline item by item (as multisets per case): a miss or a
 * false alarm the baseline does not hold is a regression; an expectation newly met or a
 * false alarm gone is an improvement (the baseline should then be updated and committed).
 */
import type { CaseOutcome, Miss } from './score.ts';

/** What one case yields, as sorted "code: text" items. */
export interface CaseRecord {
  met: string[];
  missed: string[];
  falseAlarms: string[];
}

/** Case name -> record. */
export type Baseline = Record<string, CaseRecord>;

/** One item of one case that differs from the baseline. */
export interface BaselineChange {
  caseName: string;
  item: string;
}

/** How a run differs from the baseline. */
export interface BaselineComparison {
  /** Expectations missed that the baseline does not list as missed (regressions). */
  newMisses: BaselineChange[];
  /** False alarms the baseline does not hold (regressions). */
  newFalseAlarms: BaselineChange[];
  /** Expectations met that the baseline does not list as met. */
  newlyMet: BaselineChange[];
  /** False alarms of the baseline that the run no longer raises. */
  alarmsGone: BaselineChange[];
  /** Cases of the baseline the run did not have (only when the run covered every case). */
  casesGone: string[];
}

const EXCERPT_MAX = 80;

/** One item: "code: text", the text on one line and clipped. */
export function itemOf(m: Pick<Miss, 'code' | 'excerpt'>): string {
  const flat = m.excerpt.replace(/\s+/g, ' ').trim();
  const text = flat.length > EXCERPT_MAX ? flat.slice(0, EXCERPT_MAX - 1) + '…' : flat;
  return `${m.code}: ${text}`;
}

const sorted = (items: string[]): string[] => [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The record of one scored case. */
export function caseRecord(out: Pick<CaseOutcome, 'truePositives' | 'falseNegatives' | 'falsePositives'>): CaseRecord {
  return {
    met: sorted(out.truePositives.map(itemOf)),
    missed: sorted(out.falseNegatives.map(itemOf)),
    falseAlarms: sorted(out.falsePositives.map(itemOf)),
  };
}

/** The items of `now` beyond those of `before`, counting repeats (multiset difference). */
function extra(now: readonly string[], before: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const b of before) left.set(b, (left.get(b) ?? 0) + 1);
  const out: string[] = [];
  for (const n of now) {
    const k = left.get(n) ?? 0;
    if (k > 0) left.set(n, k - 1);
    else out.push(n);
  }
  return out;
}

const EMPTY: CaseRecord = { met: [], missed: [], falseAlarms: [] };

/**
 * Compares a run with the baseline. `partial` says the run covered only some cases
 * (`--case`), so baseline cases absent from it are not reported as gone.
 */
export function compareBaseline(baseline: Baseline, run: Baseline, partial = false): BaselineComparison {
  const cmp: BaselineComparison = { newMisses: [], newFalseAlarms: [], newlyMet: [], alarmsGone: [], casesGone: [] };
  const tag = (caseName: string, items: string[]): BaselineChange[] => items.map((item) => ({ caseName, item }));
  for (const name of Object.keys(run).sort()) {
    const now = run[name];
    const was = Object.hasOwn(baseline, name) ? baseline[name] : EMPTY;
    cmp.newMisses.push(...tag(name, extra(now.missed, was.missed)));
    cmp.newFalseAlarms.push(...tag(name, extra(now.falseAlarms, was.falseAlarms)));
    cmp.newlyMet.push(...tag(name, extra(now.met, was.met)));
    cmp.alarmsGone.push(...tag(name, extra(was.falseAlarms, now.falseAlarms)));
  }
  if (!partial) cmp.casesGone = Object.keys(baseline).filter((n) => !Object.hasOwn(run, n)).sort();
  return cmp;
}

/** True when the run has no new miss and no new false alarm. */
export function passes(cmp: BaselineComparison): boolean {
  return cmp.newMisses.length === 0 && cmp.newFalseAlarms.length === 0;
}

/** True when the baseline file should be rewritten (improvements or cases gone). */
export function improved(cmp: BaselineComparison): boolean {
  return cmp.newlyMet.length + cmp.alarmsGone.length + cmp.casesGone.length > 0;
}

/** The baseline as stable JSON: cases sorted by name, one item per line, trailing newline. */
export function formatBaseline(b: Baseline): string {
  const ordered: Baseline = {};
  for (const name of Object.keys(b).sort()) ordered[name] = caseOrdered(b[name]);
  return JSON.stringify(ordered, null, 2) + '\n';
}

function caseOrdered(r: CaseRecord): CaseRecord {
  return { met: sorted(r.met), missed: sorted(r.missed), falseAlarms: sorted(r.falseAlarms) };
}

/** Parses a baseline file's text; throws on a malformed one. */
export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('baseline: not an object');
  const out: Baseline = {};
  for (const [name, r] of Object.entries(data as Record<string, Partial<CaseRecord>>)) {
    const list = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);
    out[name] = { met: list(r?.met), missed: list(r?.missed), falseAlarms: list(r?.falseAlarms) };
  }
  return out;
}

/** The human-readable comparison; `updateHint` is the command that rewrites the baseline. */
export function formatComparison(cmp: BaselineComparison, baselinePath: string, updateHint: string): string {
  const line = (c: BaselineChange) => `  ${c.caseName}  ${c.item}`;
  const section = (title: string, xs: BaselineChange[]) => (xs.length ? [`${title} (${xs.length}):`, ...xs.map(line)] : []);
  const lines = [`baseline: ${baselinePath}`,
    ...section('NEW MISSES vs baseline', cmp.newMisses),
    ...section('NEW FALSE ALARMS vs baseline', cmp.newFalseAlarms),
    ...section('improvement: expectations newly met', cmp.newlyMet),
    ...section('improvement: false alarms gone', cmp.alarmsGone),
    ...(cmp.casesGone.length ? [`cases in the baseline but not in the run (${cmp.casesGone.length}):`, ...cmp.casesGone.map((n) => `  ${n}`)] : [])];
  if (!passes(cmp)) lines.push(`FAIL: ${cmp.newMisses.length} new misses, ${cmp.newFalseAlarms.length} new false alarms vs the baseline.`,
    `If the change is intended, run \`${updateHint}\` and commit ${baselinePath}.`);
  else if (improved(cmp)) lines.push(`OK, and better than the baseline: run \`${updateHint}\` and commit ${baselinePath}.`);
  else lines.push('OK: same as the baseline.');
  return lines.join('\n');
}
