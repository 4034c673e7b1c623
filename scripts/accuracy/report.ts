/**
 * Text and JSON reports of an accuracy run.
 */
import { rates, sumTallies, type Miss, type Tally } from './score.ts';

/** Everything a report needs. */
export interface RunSummary {
  cases: number;
  tallies: Map<string, Tally>;
  falseNegatives: Miss[];
  falsePositives: Miss[];
  duplicates: number;
}

/** The code groups of the totals: figure.*, quote.*, all. */
export const GROUPS: [string, (code: string) => boolean][] = [
  ['figure.*', (c) => c.startsWith('figure.')],
  ['quote.*', (c) => c.startsWith('quote.')],
  ['all', () => true],
];

function pct(x: number | undefined): string {
  return x === undefined ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`;
}

function row(name: string, t: Tally): string {
  const r = rates(t);
  return `${name.padEnd(26)}${String(t.tp).padStart(5)}${String(t.fp).padStart(5)}${String(t.fn).padStart(5)}  ${pct(r.precision)}  ${pct(r.recall)}`;
}

function clip(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function missLine(m: Miss): string {
  const where = m.onOk ? ' [on ok label]' : '';
  return `  ${m.caseName}  ${m.code}${where}\n      text: ${clip(m.excerpt)}\n      msg:  ${clip(m.message, 110)}`;
}

/** The human-readable report: per-code table, group totals, then every FN and FP. */
export function formatReport(s: RunSummary, codes: readonly string[]): string {
  const lines = [`accuracy over ${s.cases} cases`, '',
    `${'code'.padEnd(26)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}  ${'prec'.padStart(6)}  ${'recall'.padStart(6)}`];
  for (const code of codes) lines.push(row(code, s.tallies.get(code) ?? { tp: 0, fp: 0, fn: 0 }));
  lines.push('');
  for (const [name, pick] of GROUPS) lines.push(row(name, sumTallies(s.tallies, pick)));
  if (s.duplicates > 0) lines.push('', `(${s.duplicates} duplicate findings on already-matched expectations not counted)`);
  lines.push('', `false negatives (${s.falseNegatives.length}):`, ...s.falseNegatives.map(missLine));
  lines.push('', `false positives (${s.falsePositives.length}):`, ...s.falsePositives.map(missLine));
  return lines.join('\n');
}

/** The numbers as one JSON object (printed on the last line with --json). */
export function summaryJson(s: RunSummary, codes: readonly string[]): string {
  const withRates = (t: Tally) => ({ ...t, ...rates(t) });
  const perCode = Object.fromEntries(codes.map((c) => [c, withRates(s.tallies.get(c) ?? { tp: 0, fp: 0, fn: 0 })]));
  const groups = Object.fromEntries(GROUPS.map(([n, pick]) => [n, withRates(sumTallies(s.tallies, pick))]));
  return JSON.stringify({ cases: s.cases, perCode, groups, falseNegatives: s.falseNegatives.length,
    falsePositives: s.falsePositives.length, duplicates: s.duplicates });
}
