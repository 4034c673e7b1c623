/**
 * Reports of scripts/accuracy-data.ts: the span-level table per dataset × split × domain,
 * the figure-verdict counts, and the misses or false alarms with draft context.
 */
import { dataRates, VERDICTS, type DataExample, type DataTally } from './data-score.ts';

/** Rows of the report: "dataset split domain" -> tally, plus per-dataset-split and overall totals. */
export type DataGroups = Map<string, DataTally>;

const pct = (x: number | undefined): string => (x === undefined ? '-' : `${(x * 100).toFixed(1)}%`).padStart(8);
/** The "dataset split" part of a row key, to leave a blank line between blocks. */
const block = (key: string): string => key.split(' ').slice(0, 2).join(' ');
const num = (x: number, w = 8): string => String(x).padStart(w);

/** Sorted row keys: per dataset × split, its domains then its "(all)" row; the total last. */
function orderedKeys(groups: DataGroups): string[] {
  const sortKey = (k: string): string => (k === 'TOTAL' ? '\uffff' : k.replace(/\(all\)$/, '\uffff'));
  return [...groups.keys()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/** The span-level table. */
export function formatDataTable(groups: DataGroups): string {
  const cols = ['cases', 'spans', 'TP', 'FN', 'hits', 'FP', 'onOther'].map((c) => c.padStart(8)).join('')
    + 'prec'.padStart(8) + 'recall'.padStart(8);
  const lines = [`${'dataset / split / domain'.padEnd(34)}${cols}`];
  let prev = '';
  for (const key of orderedKeys(groups)) {
    const t = groups.get(key) as DataTally;
    const r = dataRates(t);
    if (prev && block(key) !== prev) lines.push('');
    prev = block(key);
    lines.push(`${key.padEnd(34)}${num(t.cases)}${num(t.spans)}${num(t.tp)}${num(t.fn)}${num(t.hits)}${num(t.fp)}${num(t.onOther)}${pct(r.precision)}${pct(r.recall)}`);
  }
  lines.push('', 'TP/FN: figure-error spans overlapped / not overlapped by a figure.* finding; hits: figure.*',
    'findings on a figure-error span; FP: on no error span; onOther: only on a non-figure error span',
    '(not in precision). precision = hits / (hits + FP); recall = TP / spans.');
  return lines.join('\n');
}

/** The figure-verdict counts (result.figures): all figures, and those inside figure-error spans. */
export function formatVerdictTable(groups: DataGroups): string {
  const lines = [`${'figure verdicts (all / in error spans)'.padEnd(40)}${VERDICTS.map((v) => v.padStart(16)).join('')}`];
  let prev = '';
  for (const key of orderedKeys(groups)) {
    const t = groups.get(key) as DataTally;
    if (prev && block(key) !== prev) lines.push('');
    prev = block(key);
    lines.push(`${key.padEnd(40)}${VERDICTS.map((v) => `${t.verdicts[v]} / ${t.verdictsInErrors[v]}`.padStart(16)).join('')}`);
  }
  return lines.join('\n');
}

/** One example with ~80 characters of draft context, the span in [[ ]]. */
export function formatExample(e: DataExample, draft: string, width = 80): string {
  const side = Math.max(10, Math.floor((width - (e.span.end - e.span.start)) / 2));
  const from = Math.max(0, e.span.start - side);
  const to = Math.min(draft.length, e.span.end + side);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const context = `${from > 0 ? '…' : ''}${flat(draft.slice(from, e.span.start))}[[${flat(draft.slice(e.span.start, e.span.end))}]]`
    + `${flat(draft.slice(e.span.end, to))}${to < draft.length ? '…' : ''}`;
  return `  ${e.caseId}  ${e.kind}\n      draft: ${context}\n      ${e.kind === 'miss' ? 'label' : 'msg  '}: ${e.note.replace(/\s+/g, ' ')}`;
}

/** The numbers as one JSON object (printed on the last line with --json). */
export function dataJson(groups: DataGroups): string {
  const rows = Object.fromEntries(orderedKeys(groups).map((k) => {
    const t = groups.get(k) as DataTally;
    return [k, { ...t, ...dataRates(t) }];
  }));
  return JSON.stringify(rows);
}
