/**
 * Forms of earnings reports and call transcripts: fiscal/calendar quarters ("Q3", "Q4 2023",
 * "4Q23", "the third quarter", "fourth quarter of 2023") and halves ("H1", "1H24",
 * "second half of 2023"), multiples written with an "x" ("1.5x", "10x"), and spreads over a benchmark rate
 * ("7/8 pct over Libor"). What a bare number takes from the figure before it is in carry.ts.
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';
import { readNumeral } from './numbers.ts';
import { approximatorBefore, followsName } from './context.ts';

/**
 * Scanner anchor source for "Q3", "H1" and wire headlines' "FIRST QTR" (digit-first forms and
 * other ordinal words have anchors already).
 */
export const PERIOD_ANCHOR = '\\b(?:[QHqh][1-4](?![\\p{L}\\d])|(?:FIRST|SECOND|THIRD|FOURTH)(?=[\\s-](?:QTR|QUARTER|HALF)\\b))';

const END = '(?![\\p{L}\\d]|[.,:/\\-\u2013]\\d)';
/**
 * A year after a period: " 2023", " of 2023", " of fiscal 2024", " fiscal year 2024",
 * " FY24", "'23", " '23".
 */
const YEAR = new RegExp(`(?:\\s(?:of\\s)?(?:(?:[Ff]iscal|[Ff]inancial)\\s(?:year\\s)?(\\d{4})|[Ff][Yy]\\s?['’]?(\\d{4}|\\d{2})|(\\d{4}))|\\s?['’](\\d{2}))${END}`, 'yu');
/** "Q3", "H1" (at the anchor). */
const LETTER_FIRST = new RegExp(`([QHqh])([1-4])(?![\\p{L}\\d])`, 'yu');
/** "4Q23", "3Q 2024", "1H24", "3Q". */
const DIGIT_FIRST = new RegExp(`([1-4])([QHq])(\\d{2})?${END}`, 'yu');
/** "2020 q2", "2021 Q4", "2022 H1": a year written before the period. */
const YEAR_FIRST = /((?:19|20)\d{2})\s([QHqh])([1-4])(?![\p{L}\d]|[.,:/\-\u2013]\d)/yu;
/** "the third quarter", "third-quarter", "first half", "4th quarter". */
const WORDS = /(first|second|third|fourth|1st|2nd|3rd|4th)[\s\-\u2010\u2011](quarter|qtr|half)(?![\p{L}\d])/iyu;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/** "the first quarter of the century", "the second half of a mile": a part of something else. */
const PART_OF = /\sof\s(?:the|a|an|this|that|its|his|her|their)\s(?:\d+(?:st|nd|rd|th)\s)?(?:century|centuries|millennium|mile|season|game|match|book|film|story|show|life|career)(?![\p{L}\d])/iyu;

/** A two-digit year: '23 is 2023, '87 is 1987. */
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y));

/** The year written after a period ending at `end`, if any. */
function yearAfter(text: string, end: number): { year: number; end: number } | undefined {
  const m = matchAt(YEAR, text, end);
  if (!m) return undefined;
  const year = fullYear(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return year >= 1900 && year <= 2100 ? { year, end: end + m[0].length } : undefined;
}

function periodFigure(text: string, start: number, end: number, half: boolean, n: number, year?: number): Figure {
  const f: Figure = { start, end, text: text.slice(start, end), kind: half ? 'half' : 'quarter', value: n };
  if (year !== undefined) f.date = { year };
  return f;
}

/**
 * "Q3", "H1", "q4 fy22", "h2 2021" at `pos`: not after a name ("Audi Q3") nor before a hyphen
 * ("H1-B"); a lower-case "h1" needs a year after it ("h1 2021"), since "h1" alone is a heading.
 */
function letterFirst(text: string, pos: number): Figure | undefined {
  const m = matchAt(LETTER_FIRST, text, pos);
  if (!m || text[pos + 2] === '-' || (followsName(text, pos) && !/['’]s\s$/u.test(text.slice(Math.max(0, pos - 3), pos)))) return undefined;
  const y = yearAfter(text, pos + 2);
  if (m[1] === 'h' && !y) return undefined;
  return periodFigure(text, pos, y?.end ?? pos + 2, m[1].toUpperCase() === 'H', Number(m[2]), y?.year);
}

/**
 * A quarter or half at `pos`: kind 'quarter' (value 1-4) or 'half' (value 1-2), with
 * `date.year` when a year is written ("Q4 2023", "Q4'23", "4Q23", "fourth quarter of 2023",
 * "the second quarter of fiscal 2024", "2020 q2"). "fiscal" before "Q3" is left out of the span.
 * "Audi Q3" (after a name), "H1N1", "a quarter of" and "the first half of the century" are not read.
 */
export function readPeriod(text: string, pos: number): Figure | undefined {
  const c = text[pos];
  if (c === 'Q' || c === 'H' || c === 'q' || c === 'h') return letterFirst(text, pos);
  const yf = c === '1' || c === '2' ? matchAt(YEAR_FIRST, text, pos) : null;
  if (yf && (yf[2] === 'Q' || yf[2] === 'q' || Number(yf[3]) <= 2)) {
    return periodFigure(text, pos, pos + yf[0].length, yf[2].toUpperCase() === 'H', Number(yf[3]), Number(yf[1]));
  }
  if (c >= '1' && c <= '4') {
    const m = matchAt(DIGIT_FIRST, text, pos);
    if (m) {
      const y = m[3] === undefined ? yearAfter(text, pos + 2) : undefined;
      const year = m[3] !== undefined ? fullYear(m[3]) : y?.year;
      return periodFigure(text, pos, y?.end ?? pos + m[0].length, m[2] === 'H', Number(m[1]), year);
    }
  }
  const w = matchAt(WORDS, text, pos);
  if (!w) return undefined;
  const n = ORDINALS[w[1].toLowerCase()];
  const half = w[2].toLowerCase() === 'half';
  const end = pos + w[0].length;
  if ((half && n > 2) || matchAt(PART_OF, text, end)) return undefined;
  const y = yearAfter(text, end);
  return periodFigure(text, pos, y?.end ?? end, half, n, y?.year);
}

const TIMES_X = /[xX×](?![\p{L}\d])/yu;
/** A capitalised word after "10x" makes it a name ("10x Genomics"); acronyms ("2x EBITDA") do not. */
const NAME_AFTER = /\s\p{Lu}\p{Ll}/yu;

/** A multiple written "1.5x", "2x", "10x" at `pos` (digits); not "4x4", "2x2", "10x Genomics". */
export function readTimesX(text: string, pos: number): Figure | undefined {
  const n = readNumeral(text, pos);
  if (!n || !matchAt(TIMES_X, text, n.end) || matchAt(NAME_AFTER, text, n.end + 1)) return undefined;
  const end = n.end + 1;
  const f: Figure = { start: pos, end, text: text.slice(pos, end), kind: 'multiple', value: n.value };
  if (n.decimals > 0) f.precision = 0.5 * 10 ** -n.decimals;
  const ap = approximatorBefore(text, pos);
  if (ap) { f.approx = ap.approx; f.approxText = { start: ap.start, end: ap.end }; }
  return f;
}

/** A rate's spread over a benchmark: "7/8 pct over Libor" is 7/8 percentage point above it. */
const OVER_BENCHMARK = /\s+(?:over|above|below|under)\s+(?:the\s+)?(?:(?:one|three|six|twelve|1|3|6|12)[-\s]month\s+)?(?:libor|sofr|euribor|prime(?:\s+rate)?|treasur(?:y|ies)|gilts?|bunds?|base\s+rate|mid-swaps|benchmark)(?![\p{L}\d])/iyu;

/** Turns a percent written as a spread over a benchmark rate into percentage points (in place). */
export function spreadAsPoints(text: string, f: Figure): void {
  if (f.kind !== 'percent' || matchAt(OVER_BENCHMARK, text, f.end) === null) return;
  f.kind = 'points';
  f.unit = 'pp';
}
