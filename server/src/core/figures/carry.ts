/**
 * What a bare number takes from the figure it is compared with in the same clause: the currency
 * ("$4.2 billion, up from 3.8 billion"), the scale ("5.93 mln against 5.81"), the rate's unit
 * ("to 14% from 13") and the unit of an elided count ("64.7 million acres, 12 million fewer").
 * Each rule looks at the last figure read and the one or few before it.
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';

/** Words longer than the carry reaches: a bare amount more than this after the money is on its own. */
const CARRY_REACH = 30;
const SCALED = /(?:[\d\s-])(?:thousand|million|billion|trillion|mln|bln|bn|mn|tn|trn|crores?|lakhs?|lacs?|k)$/iu;
/** A comparison word right before the bare amount ("up from", "versus", "vs.", "compared with", "to"). */
const CONNECTOR = /(?:^|[^\p{L}])(?:from|versus|vs\.?|v\.|compared\s(?:with|to)|against|to|instead\sof|rather\sthan)\s(?:(?:19|20)\d\d['\u2019]s\s)?$/iu;
/** A part of the amount just named: "6.3 billion sterling, 1.5 billion of which have been used". */
const PART_GAP = /^,\s$/;
const OF_WHICH = /\s+of\s+(?:which|them|that)\b/iy;
/** Sentence or clause breaks the carry does not cross ("vs. " is no sentence end). */
const BREAK = /[;!?\n]|(?<!\b(?:vs|v))\.\s/u;
/** Counted things after a bare amount: "to 3.2 million customers" is no money. */
const COUNTED = /\s(?:shares|people|customers|users|subscribers|units|barrels|tons|tonnes|passengers|visitors|vehicles|cars|devices|accounts|members|households|jobs|employees|workers|residents|votes|copies|downloads|views|orders|loans|patients|homes|square)(?![\p{L}\d])/iyu;
const TRANSPARENT = new Set(['year', 'date', 'quarter', 'half']);

/**
 * Gives the last figure of `figures`, a bare scaled amount ("3.8 billion"), the currency of the
 * money figure it is compared with in the same clause: "$4.2 billion, up from 3.8 billion",
 * "from $3.8 billion to 4.2 billion", "$4.2 billion versus 3.8 billion", "1.35 billion dlrs instead of
 * 3.335 billion", "6.3 billion sterling, 1.5 billion of which". Dates, years and
 * periods may stand between them ("$4.2 billion in Q3 versus 3.8 billion").
 */
export function carryCurrency(text: string, figures: Figure[]): void {
  const f = figures[figures.length - 1];
  if (f.kind !== 'number' || f.high !== undefined || !SCALED.test(f.text) || matchAt(COUNTED, text, f.end)) return;
  const until = f.approxText?.start ?? f.start;
  for (let i = figures.length - 2; i >= 0 && i >= figures.length - 3; i--) {
    const g = figures[i];
    if (until - g.end > CARRY_REACH) return;
    if (g.kind === 'money') {
      const gap = text.slice(g.end, until);
      const part = PART_GAP.test(gap) && matchAt(OF_WHICH, text, f.end) !== null;
      if (!BREAK.test(gap) && (CONNECTOR.test(gap) || part)) { f.kind = 'money'; if (g.unit) f.unit = g.unit; }
      return;
    }
    if (!TRANSPARENT.has(g.kind)) return;
  }
}

const FROM_GAP = /^[^;.!?\n]{0,30}\bfrom\s$/u;
const TO_BEFORE = /\bto\s$/i;
const COUNTED_AFTER = /^\s\p{L}/u;

/**
 * Gives the last figure, a rate the draft or source compares with the one before it ("to 7/8
 * percentage point over Libor from 1 1/8", "to 14% from 13"), that rate's unit: a bare number
 * becomes a percent or points, and a percent after a spread in points is points too.
 */
export function carryRateUnit(text: string, figures: Figure[]): void {
  const b = figures[figures.length - 1];
  const a = figures[figures.length - 2];
  if (!a || (a.kind !== 'percent' && a.kind !== 'points') || a.high !== undefined || !FROM_GAP.test(text.slice(a.end, b.start))) return;
  // The level reached ("to 14%"), then the level before ("from 13"); not a count ("rose 5% from 2,000 stores").
  if (!TO_BEFORE.test(text.slice(Math.max(0, (a.approxText?.start ?? a.start) - 12), a.approxText?.start ?? a.start))) return;
  const bare = b.kind === 'number' && b.unit === undefined && !/[a-z]/i.test(b.text) && Math.abs(b.value) <= 100 && !(COUNTED_AFTER.test(text.slice(b.end, b.end + 3)) && !/^\s(?:in|on|at|a|an|the|last|this|over|a\s)/i.test(text.slice(b.end, b.end + 6)));
  if (bare || (b.kind === 'percent' && a.kind === 'points')) {
    b.kind = a.kind;
    b.unit = a.unit;
  }
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12 };
const SCALE_OF = /^[^\d]*([\d,]*\.?\d+)\s?(thousand|million|billion|trillion|mln|bln|bn|mn|tn|trn|m|b)\b/i;
/** Values within this ratio of the scaled number's mantissa are read as that scale ("5.93 mln against 5.81"). */
const SCALE_RATIO = 3;

/** The numeral and scale factor of a scaled figure's text ("5.93 mln" → 5.93, 1e6). */
function scaleOf(f: Figure): { mantissa: number; factor: number } | undefined {
  const m = SCALE_OF.exec(f.text);
  if (!m) return undefined;
  const mantissa = Number(m[1].replace(/,/g, ''));
  const factor = SCALE_WORDS[m[2].toLowerCase()];
  return mantissa > 0 && factor ? { mantissa, factor } : undefined;
}

/** Scales figure `b` by `k` (value and written precision), rounded to 12 significant digits. */
function scaleBy(b: Figure, k: number): void {
  b.value = Number((b.value * k).toPrecision(12));
  if (b.precision !== undefined) b.precision = Number((b.precision * k).toPrecision(12));
}

/** A bare numeral of no kind of its own: digits only, no unit, scale or sign. */
const bareNumeral = (f: Figure) => f.kind === 'number' && f.unit === undefined && f.high === undefined && /^[\d,]*\.?\d+$/.test(f.text);

/**
 * Gives the last figure, a bare numeral compared with the scaled figure just before it
 * ("5.93 mln against 5.81 at the same stage"), that figure's scale, kind and unit, when it is
 * of the same size as the written mantissa.
 */
export function carryScale(text: string, figures: Figure[]): void {
  const b = figures[figures.length - 1];
  const a = figures[figures.length - 2];
  if (!a || !bareNumeral(b) || a.high !== undefined || (a.kind !== 'number' && a.kind !== 'money' && a.kind !== 'quantity')) return;
  const gap = text.slice(a.end, b.start);
  if (gap.length > CARRY_REACH || BREAK.test(gap) || !CONNECTOR.test(gap)) return;
  const s = scaleOf(a);
  if (!s || b.value > s.mantissa * SCALE_RATIO || b.value < s.mantissa / SCALE_RATIO) return;
  scaleBy(b, a.value / s.mantissa);
  b.kind = a.kind;
  if (a.unit) b.unit = a.unit;
  if (a.rawUnit) b.rawUnit = a.rawUnit;
}

/** A count whose noun is left out because it compares: "12 million fewer", "2 more". */
const ELIDED = /\s(?:more|fewer|less)\b/iy;
const ELIDED_REACH = 48;

/**
 * Gives the last figure, a scaled count whose noun is left out ("64.7 million acres of corn,
 * 12 million fewer than in 1986"), the unit of the measured figure before it in the clause.
 */
export function carryElided(text: string, figures: Figure[]): void {
  const b = figures[figures.length - 1];
  const a = figures[figures.length - 2];
  if (!a || b.kind !== 'number' || b.unit !== undefined || b.high !== undefined || matchAt(ELIDED, text, b.end) === null) return;
  if (a.kind !== 'quantity' || !a.unit) return;
  const gap = text.slice(a.end, b.start);
  if (gap.length > ELIDED_REACH || BREAK.test(gap)) return;
  b.kind = a.kind;
  b.unit = a.unit;
  if (a.rawUnit) {
    // The unit's factor: the measured figure's value over its written number and scale.
    b.rawUnit = a.rawUnit;
    const written = scaleOf(a);
    if (written) scaleBy(b, a.value / (written.mantissa * written.factor));
  }
}

/** Every carry rule, for the figure just read. */
export function carryFrom(text: string, figures: Figure[]): void {
  carryCurrency(text, figures);
  carryScale(text, figures);
  carryElided(text, figures);
  carryRateUnit(text, figures);
}

/** `rawUnit` of a results table's amount: money whose currency is not written (see compareFigures). */
export const TABLE_MONEY = 'table';

/** A wire results table's money lines: "Net loss 330,613 vs profit 829,747", "Revs 266.2 mln vs 194.6 mln". */
const MONEY_LABEL = /(?:^|[^\p{L}])(?:net(?:\s+(?:loss|profit|income|earnings))?|revs|revenues?|sales|profit|loss|oper(?:ating)?\s+(?:net|profit|loss|income)|income|earnings)\s$/iu;
/** The prior period's value on the same line: "vs 614,511", "vs loss 318,225", "vs profit 49,421". */
const VS_BEFORE = /(?:^|[^\p{L}])vs\.?\s(?:loss\s|profit\s)?$/iu;
/** A section heading of a results table read as a unit: "614,511 Year Shr …". */
const HEADING_UNIT = /^([\d,.]+)(?:\s(mln|bln|million|billion|thousand))?\s(?:Year|Qtr|Mths)(?=\s(?:Shr|Net|Revs|Oper|Sales))/u;
const HEADING_SCALE: Record<string, number> = { thousand: 1e3, mln: 1e6, million: 1e6, bln: 1e9, billion: 1e9 };

/** A bare amount of such a line (a heading glued to it as a unit taken off). */
function tableAmount(text: string, f: Figure): Figure | undefined {
  if (f.high !== undefined || f.kind === 'year') return undefined;
  const heading = f.kind === 'duration' ? HEADING_UNIT.exec(text.slice(f.start, f.end + 8)) : null;
  if (heading) {
    const written = heading[1] + (heading[2] ? ` ${heading[2]}` : '');
    const value = Number(heading[1].replace(/,/g, '')) * (heading[2] ? HEADING_SCALE[heading[2]] : 1);
    return { ...f, end: f.start + written.length, text: written, kind: 'number', value, unit: undefined, rawUnit: undefined, precision: undefined };
  }
  return f.kind === 'number' && f.unit === undefined ? f : undefined;
}

/**
 * The amounts of a wire results table are money though no currency is written: the value after a
 * money label ("Revs 2,170,628") and the prior period's after "vs" on the same line.
 */
export function tableMoney(text: string, figures: Figure[]): Figure[] {
  let previous: Figure | undefined;
  return figures.map((f) => {
    const amount = tableAmount(text, f);
    const before = text.slice(Math.max(0, f.start - 24), f.start);
    const labelled = amount && (MONEY_LABEL.test(before) || (previous?.kind === 'money' && previous.end >= f.start - 24 && VS_BEFORE.test(before)));
    const out = labelled ? { ...amount, kind: 'money' as const, unit: 'USD', rawUnit: TABLE_MONEY } : f;
    previous = out;
    return out;
  });
}
