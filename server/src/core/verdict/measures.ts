/**
 * The financial measure a money or per-share figure states: "core earnings per share of
 * $12.45" is earnings, "book value was $12.45 per share" is book value, "$3 billion of
 * liquidity" is liquidity. Two figures of different measures are different quantities
 * even when their values agree, so the one does not verify the other. The measures are a
 * closed class of reporting terms, each with its synonyms; a figure with no measure word
 * near it has no measure and is never told apart this way. A precise result is not a bound
 * of a forecast range either. Linear in the window read.
 */

import { otherChangeRole } from './change-role.ts';

/** Measure groups: every word of a group names the same measure. */
const GROUPS: readonly (readonly string[])[] = [
  ['revenue', 'revenues', 'sales', 'turnover', 'top line'],
  ['earnings', 'eps', 'income', 'profit', 'profits', 'earned', 'net loss', 'loss', 'losses'],
  ['ffo', 'funds from operations', 'affo'],
  ['ebitda'],
  ['book value'],
  ['dividend', 'dividends', 'distribution', 'distributions'],
  ['liquidity'],
  ['backlog', 'bookings', 'orders'],
  ['cash flow', 'free cash flow'],
  ['assets under management', 'aum'],
  ['capital expenditures', 'capital spending', 'capex'],
  ['debt', 'borrowings'],
  ['repurchase', 'repurchases', 'repurchased', 'buyback', 'buybacks'],
  ['expenses', 'expense', 'costs', 'cost of sales', 'cost of revenue', 'cost of revenues', 'cost of goods sold', 'opex'],
  ['margin', 'margins'],
  ['ebita'],
];

const GROUP_OF = new Map<string, number>(GROUPS.flatMap((g, i) => g.map((w): [string, number] => [w, i])));
const WORDS = [...GROUP_OF.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
const MEASURE = new RegExp(`\\b(?:${WORDS.join('|')})\\b`, 'gi');
/** After the figure: "$3 billion of liquidity", "$0.69 per share in FFO", "$43.5 billion in assets under management". */
const AFTER = new RegExp(`^\\s*(?:(?:a|per)\\s+(?:diluted\\s+)?share\\s+)?(?:of|in)\\s+(?:[a-z-]+\\s+){0,2}?(${WORDS.join('|')})\\b`, 'i');
/** A clause break: the measure named before it is another clause's. */
const BREAK = /[;:()]|,\s+(?:and|while|which|but)\b|\b(?:compared|versus|vs)\b/gi;

/** How far before a figure its measure word may stand, in characters. */
const REACH = 60;

const groupOf = (word: string): number | undefined => GROUP_OF.get(word.toLowerCase().replace(/\s+/g, ' '));

/**
 * The measure group of the figure at `start`..`end` of `text`: a measure word right after
 * it ("of liquidity"), else the last one before it in its clause; undefined when none.
 */
export function measureOf(text: string, start: number, end: number): number | undefined {
  const after = AFTER.exec(text.slice(end, end + 40));
  if (after) return groupOf(after[1]);
  let last: string | undefined;
  for (const m of clauseBefore(text, start, REACH).matchAll(MEASURE)) last = m[0];
  return last === undefined ? undefined : groupOf(last);
}

/** The `reach` characters before `start` of `text`, from the last clause break among them (see BREAK). */
function clauseBefore(text: string, start: number, reach: number): string {
  const window = text.slice(Math.max(0, start - reach), start);
  let cut = -1;
  for (const m of window.matchAll(BREAK)) cut = m.index + m[0].length;
  return cut >= 0 ? window.slice(cut) : window;
}

/** Whether a draft figure and a source figure both name a measure and the measures differ. */
function measuresDiffer(draftText: string, f: { start: number; end: number }, sourceText: string, g: { start: number; end: number }): boolean {
  const a = measureOf(draftText, f.start, f.end);
  if (a === undefined) return false;
  const b = measureOf(sourceText, g.start, g.end);
  return b !== undefined && a !== b;
}

/**
 * Whether a draft money figure and a source figure state different measures: both name one,
 * and the measures differ ("earnings per share" / "book value per share"). Percents and
 * counts are left alone: a percent is often a ratio of two measures.
 */
export function otherMeasure(draftText: string, f: { kind: string; start: number; end: number }, sourceText: string, g: { start: number; end: number }): boolean {
  return f.kind === 'money' && measuresDiffer(draftText, f, sourceText, g);
}

/** Words of an estimate: a range in such a passage is a forecast, not a result. */
const ESTIMATE = /\b(?:expect\w*|guidance|outlook|forecast\w*|anticipat\w*|estimat\w*|project\w*|sees|range|target\w*|will|should)\b/i;

/**
 * Whether draft figure `f` and source figure `g` are different quantities though their values
 * may agree: another financial measure (see otherMeasure), a change against a share or the
 * opposite change (see otherChangeRole), or a precise result against a forecast range ("q3 FFO per share $1.44" for "guidance of $1.44 to $1.46").
 */
export function otherQuantity(draftText: string, f: { kind: string; start: number; end: number; high?: number; approx?: unknown }, sourceText: string,
  g: { kind?: string; start: number; end: number; high?: number }): boolean {
  if (otherMeasure(draftText, f, sourceText, g) || otherChangeRole(draftText, f, sourceText, g)) return true;
  if (f.kind !== 'money' && f.kind !== 'number' && f.kind !== 'quantity') return false;
  return g.high !== undefined && f.high === undefined && !f.approx && ESTIMATE.test(sourceText) && !ESTIMATE.test(draftText);
}

/** Words of a non-GAAP basis: adjusted, core, pro forma, excluding items, organic, at constant currency. */
const ADJUSTED = /\b(?:adjusted|non-gaap|non gaap|core|pro forma|proforma|excluding|ex-items|normalized|distributable|organic|underlying|constant currency)\b/i;
/** After a figure, in its clause: "$1.33 excluding items", "$0.09 adjusted loss per share". */
const ADJUSTED_AFTER = /^[^.;:()]{0,24}?\b(?:excluding|adjusted|non-gaap|on an? (?:adjusted|core|organic|non-gaap) basis)\b/i;

/** Whether the figure at `start`..`end` of `text` is stated on a non-GAAP basis: a basis word in its clause before it, or right after it. */
function adjustedBasis(text: string, start: number, end: number): boolean {
  return ADJUSTED_AFTER.test(text.slice(end, end + 48)) || ADJUSTED.test(clauseBefore(text, start, 2 * REACH));
}

/**
 * Whether a draft figure and a differing source figure are stated on different bases, one
 * adjusted (non-GAAP, core, organic …) and the other not: the adjusted value is another measure,
 * no contradiction of the reported one ("earnings per share $0.13" / "adjusted earnings per share
 * was $0.29"). Money and percents only; the same value on another basis may still verify (a
 * summary often drops the qualifier).
 */
export function otherBasis(draftText: string, f: { kind: string; start: number; end: number }, sourceText: string, g: { start: number; end: number }): boolean {
  if (f.kind !== 'money' && f.kind !== 'percent') return false;
  return adjustedBasis(draftText, f.start, f.end) !== adjustedBasis(sourceText, g.start, g.end);
}

/**
 * Whether a draft percent and a differing source percent are rates of different measures ("sales
 * grew 8%" / "R&D expenses grew 10%"; "sales rose 3.2%" / "operating margins rose 8%"): the one is
 * no mis-statement of the other. A growth rate is a change of the measure named before it; amounts
 * are told apart by otherQuantity only when they agree.
 */
export function otherRate(draftText: string, f: { kind: string; start: number; end: number }, sourceText: string, g: { start: number; end: number }): boolean {
  return f.kind === 'percent' && measuresDiffer(draftText, f, sourceText, g);
}
