/**
 * Fractions: numeral fractions ("7/8"), mixed numbers ("31 and 7/8", "31-7/8",
 * "31 7/8", "two and a half") and proportion words ("half of", "a third of",
 * "half a percentage point", "half an hour").
 */
import { readNumberWords } from './numbers.ts';
import { matchAt, readPercent, readUnit, type Affix } from './units.ts';

/**
 * Denominators that make "n/d" a fraction: halves to sixty-fourths (share prices are
 * quoted in eighths, sixteenths, thirty-seconds). "9/11", "24/7" and "4/21" are not fractions.
 */
const DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 64]);
const SLASHED = /(\d{1,2})\/(\d{1,2})(?![\p{L}\d]|[.,/:]\d)/yu;
/** What joins a whole number to its fraction: " and ", a hyphen or a space. */
const MIXED_JOIN = /\sand\s|[-\u2010\u2011]|\s/y;
/** " and a half", " and one-third", " and three quarters" after a whole number. */
const AND_WORDS = /\sand\s(?:(?:a|one)[\s-](half|third|quarter)|(three)[\s-]quarters|(two)[\s-]thirds)(?![\p{L}\d])/iyu;
const WORD_DENOMINATORS: Record<string, number> = {
  half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** A fraction read at an offset. */
export interface FractionRead { value: number; end: number }

/** A proper fraction with a usual denominator at `pos` ("7/8", "1/2"). */
export function readSlashFraction(text: string, pos: number): FractionRead | undefined {
  const m = matchAt(SLASHED, text, pos);
  if (!m) return undefined;
  const n = Number(m[1]);
  const d = Number(m[2]);
  return n >= 1 && n < d && DENOMINATORS.has(d) ? { value: n / d, end: pos + m[0].length } : undefined;
}

/**
 * The fractional tail of a mixed number after a whole number ending at `end`:
 * " and 7/8", "-7/8", " 7/8", " and a half". Returns the fraction's value.
 */
export function readMixedTail(text: string, end: number): FractionRead | undefined {
  const w = matchAt(AND_WORDS, text, end);
  if (w) {
    const value = w[1] ? 1 / WORD_DENOMINATORS[w[1].toLowerCase()] : w[2] ? 0.75 : 2 / 3;
    return { value, end: end + w[0].length };
  }
  const j = matchAt(MIXED_JOIN, text, end);
  return j ? readSlashFraction(text, end + j[0].length) : undefined;
}

const PROPORTION = /(?:(an?)\s)?(half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)(?![\p{L}\d])/iyu;
/** What may follow a bare "half" used as a proportion ("half of", "half the", "half its"). */
const HALF_FOLLOW = /\s(?:of|the|its|their|his|her|our|your|my|all|them|these|those|that|this|what)(?![\p{L}\d])/iyu;
const OF = /\sof(?![\p{L}\d])/iyu;
/** "half a percentage point", "half a point". */
const HALF_A_POINT = /\san?\s(?:percentage\s)?points?(?![\p{L}\d])/iyu;
/** "(of) a"/"(of) an" before a unit: "half an hour", "a quarter of a mile". */
const OF_A = /\s(?:of\s)?an?(?=\s)/iyu;
/** "cut by a third", "fell by half", "split in half": a proportion of change. */
const BY_BEFORE = /(?:^|[^\p{L}])(?:by|in)\s$/iu;
/** Words before "half" that make it a part of a period or a thing, not a proportion. */
const NOT_PROPORTION = /(?:^|[^\p{L}])(?:first|second|third|fourth|final|other|latter|former|back|front|top|bottom|upper|lower|better|opening|closing|the|a|an|and|one|northern|southern|eastern|western)\s$/iu;

/** A proportion word read at an offset, with what it measures. */
export interface Proportion {
  end: number;
  value: number;
  /** 'fraction' unless a percent, points or unit follows ("half a percentage point"). */
  affix?: Affix & { kind: 'percent' | 'points' | 'quantity' | 'duration' };
}

/**
 * Reads "half", "a half", "a third", "a quarter" ... at `pos` when used as a proportion:
 * "half of the 200 workers", "half its staff", "a third of", "cut by a third", "a quarter-point",
 * "half an hour".
 * "the second half", "half-time", "a third term" and "a year and a half" are not read.
 */
export function readProportion(text: string, pos: number): Proportion | undefined {
  const m = matchAt(PROPORTION, text, pos);
  if (!m) return undefined;
  const value = 1 / WORD_DENOMINATORS[m[2].toLowerCase()];
  const end = pos + m[0].length;
  if (NOT_PROPORTION.test(text.slice(Math.max(0, pos - 12), pos))) return undefined;
  const bare = m[1] === undefined;
  if (bare && m[2].toLowerCase() !== 'half') return undefined;
  const pct = readPercent(text, end) ?? (bare ? halfAPoint(text, end) : undefined);
  if (pct) return { end: pct.end, value, affix: { ...pct, kind: pct.code === 'pp' ? 'points' : 'percent' } };
  const a = bare ? matchAt(OF_A, text, end) : matchAt(OF, text, end) && matchAt(OF_A, text, end);
  const unit = a ? readUnit(text, end + a[0].length) : undefined;
  if (unit && unit.spaced) {
    return { end: unit.end, value, affix: { ...unit, kind: unit.code === 'day' ? 'duration' : 'quantity' } };
  }
  if (text[end] === '-' || text[end] === '\u2011') return undefined;
  if (BY_BEFORE.test(text.slice(Math.max(0, pos - 4), pos))) return { end, value };
  return matchAt(bare ? HALF_FOLLOW : OF, text, end) ? { end, value } : undefined;
}

function halfAPoint(text: string, end: number): Affix | undefined {
  const m = matchAt(HALF_A_POINT, text, end);
  return m ? { end: end + m[0].length, code: 'pp', factor: 1, raw: 'pp', spaced: true } : undefined;
}

const ONE_IN = /(\p{L}+|\d{1,3})\s+(?:in|out\s+of)\s+((?:a\s+)?\p{L}+|\d{1,3}(?:,\d{3})+|\d{1,6})(?![\p{L}\d]|[,.]\d)/iyu;
/** After the second count: a series ("two in three games") is no share, nor is a span of time ("3 in 10 minutes"). */
const SERIES_AFTER = /^\s*(?:games?|matches|races|starts|attempts|innings|overs)\b/i;

/** A count written in digits or as whole number words ("five", "a hundred"). */
function countAt(s: string): number | undefined {
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  const w = readNumberWords(s, 0);
  return w && w.end === s.length && !w.ordinal ? w.value : undefined;
}

/**
 * A share written as "one in five", "four out of 10" or "1 in 4" at `pos`: its end and value
 * (0.2, 0.4, 0.25), compared like "20%". Not when a span of time or a series follows.
 */
export function readOneIn(text: string, pos: number): { end: number; value: number } | undefined {
  const m = matchAt(ONE_IN, text, pos);
  if (!m) return undefined;
  const a = countAt(m[1]);
  const b = countAt(m[2]);
  const end = pos + m[0].length;
  // "270 in 2015": a year, not a share.
  const year = /^\d{4}$/.test(m[2]) && b !== undefined && b >= 1000 && b <= 2199;
  if (a === undefined || b === undefined || a <= 0 || a >= b || year) return undefined;
  if (SERIES_AFTER.test(text.slice(end, end + 12)) || readUnit(text, end)?.code === 'day') return undefined;
  return { end, value: a / b };
}
