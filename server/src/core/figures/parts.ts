/**
 * Reading one figure part (currency, number, scale, unit) and joining two parts into
 * a range ("4 to 8 percent", "$4-$8 billion", "between 4 and 8", "2019-20").
 */
import type { FigureKind, Part } from './types.ts';
import { partValue } from './types.ts';
import { readNumeral, readNumberWords } from './numbers.ts';
import { matchAt, readCurrencyPrefix, readCurrencySuffix, readPercent, readScale, readUnit } from './units.ts';
import { readMixedTail, readSlashFraction } from './fractions.ts';

const FRACTION = /[-\s](halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?)(?![\p{L}\d])/yu;
const DENOMINATORS: Record<string, number> = { halve: 2, half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, hundredth: 100, thousandth: 1000 };

/** "four-tenths", "two thirds", "three quarters" after number words: the denominator. */
function readFraction(text: string, pos: number): { denominator: number; end: number } | undefined {
  const m = matchAt(FRACTION, text, pos);
  if (!m) return undefined;
  const denominator = DENOMINATORS[m[1].replace(/s$/, '')];
  return denominator ? { denominator, end: pos + m[0].length } : undefined;
}

const ORD_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/yu;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

interface Magnitude { mantissa: number; scale: number; end: number; decimals: number;
  digits?: string; plain: boolean; words: boolean; onlyOne: boolean; ordinal: boolean;
  /** A fraction without a whole part ("7/8", "two-thirds"). */
  fraction?: boolean }

const fractionOnly = (value: number, end: number, words: boolean): Magnitude =>
  ({ mantissa: value, scale: 1, end, decimals: 0, plain: false, words, onlyOne: false, ordinal: false, fraction: true });

/** Years and long numerals take no fraction: "in 2019 3/4 of them" is no mixed number. */
const wholeOfMixed = (n: { value: number; plain: boolean; digits: string }) =>
  n.plain && n.digits.length <= 4 && !(n.value >= 1800 && n.value <= 2100);

/**
 * The bare number at `pos`: a numeral (with an ordinal suffix), a fraction ("7/8"), a mixed
 * number ("31 and 7/8", "31-7/8", "2 and a half") or number words ("two-thirds", "one and a half").
 */
function readMagnitude(text: string, pos: number, allowWords: boolean): Magnitude | undefined {
  if (isDigit(text[pos])) {
    const n = readNumeral(text, pos);
    if (!n) {
      const f = readSlashFraction(text, pos);
      return f ? fractionOnly(f.value, f.end, false) : undefined;
    }
    const ord = n.plain ? matchAt(ORD_SUFFIX, text, n.end) : null;
    const tail = !ord && wholeOfMixed(n) ? readMixedTail(text, n.end) : undefined;
    if (tail) {
      return { mantissa: n.value + tail.value, scale: 1, end: tail.end, decimals: 0, plain: false,
        words: false, onlyOne: false, ordinal: false };
    }
    return { mantissa: n.value, scale: 1, end: ord ? n.end + ord[0].length : n.end, decimals: n.decimals,
      digits: n.digits, plain: n.plain, words: false, onlyOne: false, ordinal: ord !== null };
  }
  if (!allowWords) return undefined;
  const w = readNumberWords(text, pos);
  if (!w) return undefined;
  const whole = w.ordinal || w.scale !== 1 || w.decimals > 0;
  const frac = whole ? undefined : readFraction(text, w.end);
  if (frac) return fractionOnly(w.value / frac.denominator, frac.end, true);
  const tail = whole ? undefined : readMixedTail(text, w.end);
  if (tail) {
    return { mantissa: w.value + tail.value, scale: 1, end: tail.end, decimals: 0, plain: false,
      words: true, onlyOne: false, ordinal: false };
  }
  return { mantissa: w.mantissa, scale: w.scale, end: w.end, decimals: w.decimals, plain: false,
    words: true, onlyOne: w.onlyOne, ordinal: w.ordinal };
}

/**
 * Reads one part at `pos`: optional currency prefix, the number, an optional scale,
 * then a currency, percent or unit. Undefined when no number starts there, or when
 * letters are glued to it without forming a known suffix ("5G", "1990s").
 */
export function readPart(text: string, pos: number): Part | undefined {
  const cur = readCurrencyPrefix(text, pos);
  const mag = readMagnitude(text, cur ? cur.end : pos, !cur);
  if (!mag) return undefined;
  const part: Part = {
    start: pos, end: mag.end, kind: mag.ordinal ? 'ordinal' : mag.fraction ? 'fraction' : 'number', mantissa: mag.mantissa,
    scale: mag.scale, factor: 1, decimals: mag.decimals, digits: mag.digits, plain: mag.plain,
    prefixCurrency: cur !== undefined, words: mag.words, onlyOne: mag.onlyOne, spacedUnit: false,
  };
  if (mag.ordinal) return cur ? undefined : part;
  if (cur) { part.kind = 'money'; part.unit = cur.code; }
  if (part.scale === 1) {
    const s = readScale(text, part.end, cur !== undefined);
    // "one mln shares": a scale makes a lone "one" a figure.
    if (s) { part.scale = s.factor; part.end = s.end; part.onlyOne = false; if (part.kind === 'fraction') part.kind = 'number'; }
  }
  if (!cur) readSuffix(text, part);
  if (part.end === mag.end && LETTER_OR_DIGIT.test(text[mag.end] ?? '')) return undefined;
  return part;
}

/** Reads a currency, percent or unit after the number into `part`. */
function readSuffix(text: string, part: Part): void {
  const money = readCurrencySuffix(text, part.end, part.scale !== 1);
  const pct = money ? undefined : readPercent(text, part.end);
  const unit = money || pct ? undefined : readUnit(text, part.end);
  const affix = money ?? pct ?? unit;
  if (!affix) return;
  let kind: FigureKind = 'quantity';
  if (money) kind = 'money';
  else if (pct) kind = affix.code === 'pp' ? 'points' : 'percent';
  else if (affix.code === 'day') kind = 'duration';
  part.kind = kind;
  part.unit = affix.code;
  part.factor = affix.factor;
  part.end = affix.end;
  part.spacedUnit = affix.spaced;
  if (unit || affix.factor !== 1) part.rawUnit = affix.raw;
}

/** A range's joiner: a dash, "to", "and" (after "between"), "through", or "&" (as "and": "between $1.99 & $2.07"). */
const RANGE_SEP = /(\s?[-\u2010-\u2015\u2212]\s?)|\s(to|and|through|&)\s/iy;

/** Where a range's second part starts, and the connector used. */
export function rangeConnector(text: string, pos: number): { next: number; word: string } | undefined {
  const m = matchAt(RANGE_SEP, text, pos);
  if (!m) return undefined;
  return { next: pos + m[0].length, word: m[2] ? (m[2] === '&' ? 'and' : m[2].toLowerCase()) : '-' };
}

/** Copies kind and unit from `from` onto a bare number (ends of a range share units). */
function adopt(target: Part, from: Part): void {
  target.kind = from.kind;
  target.unit = from.unit;
  target.factor = from.factor;
  target.rawUnit = from.rawUnit;
}

/** Ends whose own scale words differ and whose values lie over 100-fold apart ("$7.75 million to $7.95 billion"). */
const apartInScale = (a: Part, b: Part) => a.scale !== 1 && b.scale !== 1 && a.scale !== b.scale
  && Math.max(a.scale * a.mantissa, b.scale * b.mantissa) > 100 * Math.min(a.scale * a.mantissa, b.scale * b.mantissa);

/**
 * Joins two parts into a range, distributing a unit or scale written once
 * ("4 to 8 percent", "$4-$8 billion", "$3-5 billion"); undefined unless both ends are of one
 * kind and unit, the second is larger and two written scales are not over 100-fold apart (a slip of
 * scale, or two amounts: "$7.75 million to $7.95 billion" is two figures).
 */
export function joinRange(a: Part, b: Part, connector: string): [Part, Part] | undefined {
  if (a.kind === 'ordinal' || b.kind === 'ordinal') return undefined;
  const low: Part = { ...a };
  const high: Part = { ...b };
  if (connector === '-' && low.plain && low.digits?.length === 4 && high.plain && high.digits?.length === 2) {
    high.mantissa += Math.floor(low.mantissa / 100) * 100;
    high.digits = String(high.mantissa);
  }
  // A unit written after the second end covers both ("4 to 8 percent"); one written after the
  // first end does not reach forward ("fell 81% to 2.1 million" is two figures); a currency
  // written before the first end does ("$3-5 billion").
  if (low.kind === 'number' && high.kind !== 'number') adopt(low, high);
  else if (high.kind === 'number' && low.kind !== 'number' && low.prefixCurrency) adopt(high, low);
  if (low.scale === 1 && high.scale !== 1 && low.mantissa < high.mantissa) low.scale = high.scale;
  if (low.kind !== high.kind || low.unit !== high.unit || apartInScale(a, b)) return undefined;
  return partValue(low) < partValue(high) ? [low, high] : undefined;
}

/**
 * The first end of a pair that is no range ("from 5 to 7 percent", "up 17 to 8%", "from 3.8 to
 * 4.2 billion"): a percent or points unit written after the second number covers the first
 * too, and so does a scale when the first mantissa is smaller ("from $3.8 to 4.2 billion";
 * "from 900 to 1.2 billion" keeps 900 bare).
 */
export function unitFromSecond(a: Part, b: Part, connector: string): Part {
  if ((connector !== 'to' && connector !== '-') || a.words || a.scale !== 1) return a;
  const low: Part = { ...a };
  const scaled = b.scale !== 1 && a.mantissa < b.mantissa;
  if (a.kind === 'money' && a.prefixCurrency && scaled && (b.kind === 'number' || b.unit === a.unit)) low.scale = b.scale;
  else if (a.kind !== 'number') return a;
  else if (b.kind === 'percent' || b.kind === 'points') adopt(low, b);
  else if (scaled && (b.kind === 'number' || b.kind === 'money')) {
    adopt(low, b);
    low.scale = b.scale;
  } else return a;
  return low;
}
