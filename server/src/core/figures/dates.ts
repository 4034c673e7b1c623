/**
 * Calendar dates: "October 15, 2024", "Oct. 15", "15 Oct 2024", "June 2024",
 * "February 4 to 8", "2024-10-15" and unambiguous "15/10/2024" (day or month > 12).
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';

const MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
  September: 9, October: 10, November: 11, December: 12, Jan: 1, Feb: 2, Mar: 3, Apr: 4,
  Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};
/** Capitalised month names and abbreviations. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);
const ABBREV_ALT = Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'June' && m !== 'July').join('|');
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** Source of the scanner alternative for capitalised month names. */
export const MONTH_ANCHOR = `\\b(?:${MONTH_ALT})\\b`;
/** Source of the scanner alternative for lower-case month names before digits ("september 30"). */
export const LOWER_MONTH_ANCHOR = `\\b(?:${MONTH_ALT.toLowerCase()})(?=\\.?\\s\\d)`;

const END = '(?![\\p{L}\\d]|[.,:/]\\d)';
/** A month name; abbreviations may carry a full stop ("Oct."). */
const MONTH_PATTERN = `(?:(${ABBREV_ALT})\\.|(${MONTH_ALT})(?![\\p{L}]))`;
const MONTH_WORD = new RegExp(MONTH_PATTERN, 'yu');
const LOWER_MONTH_WORD = new RegExp(MONTH_PATTERN.toLowerCase().replace('\\p{l}', '\\p{L}'), 'yu');
/** A measure after a day that makes it no day: "may 5%", "march 31 percent". */
const MEASURE_AFTER = /\s?(?:%|percent|pct|per\s?cent)(?![\p{L}\d])/yu;
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
const DAY = new RegExp(`\\s(\\d{1,2})(?:st|nd|rd|th)?${END}`, 'yu');
const DAY_RANGE = new RegExp(`(?:\\s?-\\s?|\\sto\\s)(\\d{1,2})(?:st|nd|rd|th)?${END}`, 'yu');
const YEAR_AFTER_DAY = new RegExp(`,?\\s(\\d{4})${END}`, 'yu');
const YEAR_AFTER_MONTH = new RegExp(`\\s(?:of\\s)?(\\d{4})${END}`, 'yu');
const DAY_FIRST = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s?[-–]\\s?|\\s(?:to|and|until|through)\\s)(\\d{1,2})(?:st|nd|rd|th)?)?\\s(?:of\\s)?${MONTH_PATTERN}` +
  `(?:,?\\s(\\d{4})${END})?`, 'yu');
const ISO = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})${END}`, 'yu');
const SLASH = new RegExp(`(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${END}`, 'yu');

/** Result of reading a date: a figure, or a span to skip (an ambiguous date). */
export type DateRead = { figure: Figure } | { skip: number } | undefined;

/** A date figure over [start, end) with the given fields; `highDay` ends a day range. */
export function dateFigure(text: string, start: number, end: number,
  year: number | undefined, month: number | undefined, day: number | undefined, highDay?: number): Figure {
  const date: Figure['date'] = {};
  if (year !== undefined) date.year = year;
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  const value = (year ?? 0) * 10000 + (month ?? 0) * 100 + (day ?? 0);
  const f: Figure = { start, end, text: text.slice(start, end), kind: 'date', value, date };
  if (highDay !== undefined) f.high = value - (day ?? 0) + highDay;
  return f;
}

const validDay = (d: number) => d >= 1 && d <= 31;
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/**
 * Reads a date starting with a month name at `pos`; a month alone is no figure. A lower-case
 * month ("september 30, 2021", telegraphic summaries) needs a day or a year, and "may" a year.
 */
export function readMonthFirst(text: string, pos: number): DateRead {
  const upper = matchAt(MONTH_WORD, text, pos);
  const m = upper ?? matchAt(LOWER_MONTH_WORD, text, pos);
  if (!m) return undefined;
  const month = MONTHS[capitalised(m[1] ?? m[2])];
  let end = pos + m[0].length;
  const d = matchAt(DAY, text, end);
  const day = d ? Number(d[1]) : undefined;
  let high: number | undefined;
  if (d && day !== undefined && validDay(day)) {
    end += d[0].length;
    const r = matchAt(DAY_RANGE, text, end);
    if (r && Number(r[1]) > day && validDay(Number(r[1]))) {
      high = Number(r[1]);
      end += r[0].length;
    }
  } else if (d) return undefined;
  const y = matchAt(d ? YEAR_AFTER_DAY : YEAR_AFTER_MONTH, text, end);
  if (y) end += y[0].length;
  else if (!d) return undefined;
  if (!upper && !y && (month === 5 || matchAt(MEASURE_AFTER, text, end))) return undefined;
  return { figure: dateFigure(text, pos, end, y ? Number(y[1]) : undefined, month, day, high) };
}

const FULL_MONTHS = Object.keys(MONTHS).slice(0, 12);
const BARE_MONTH = new RegExp(`(${FULL_MONTHS.join('|')})(?![\\p{L}\\d])(['’]s(?![\\p{L}\\d]))?`, 'yu');
/** Words before a month alone that make it a date: "in May", "since January", "mid-March", "the end of June". */
const MONTH_CUE = /(?:^|[^\p{L}])(?:in|since|until|till|from|through|throughout|during|early|late|mid|between)[\s-]$/iu;
/** Weaker cues, not for "May" ("support for May", "after May resigned"): "for December", "by June". */
const WEAK_CUE = /(?:^|[^\p{L}])(?:for|by|of|before|after)\s$/iu;
/** The second month of "from May to July", "November and December". */
const SECOND_MONTH = new RegExp(`(?:${FULL_MONTHS.join('|')})(?:\\s\\d{4})?,?\\s?(?:to|and|or|until|through|-|–)\\s?$`, 'u');
/** A capitalised word after a month that is also a first name: "April Ryan", "May Day" are names. */
const NAME_AFTER = /\s\p{Lu}/yu;
const FIRST_NAMES = new Set(['April', 'May', 'June']);

/**
 * A full month name alone, as a date without year ("In May, ...", "since January", "May's
 * figures"): after a preposition of time, or before "'s". The modal "May", "Theresa May",
 * "last March" (relative, left unread) and "April Ryan" are no figures.
 */
export function readBareMonth(text: string, pos: number, afterName: boolean): Figure | undefined {
  const m = matchAt(BARE_MONTH, text, pos);
  if (!m) return undefined;
  const end = pos + m[1].length;
  if (FIRST_NAMES.has(m[1]) && matchAt(NAME_AFTER, text, end)) return undefined;
  const before = text.slice(Math.max(0, pos - 16), pos);
  const cued = MONTH_CUE.test(before) || (m[1] !== 'May' && WEAK_CUE.test(before)) || (!afterName && SECOND_MONTH.test(before))
    || (m[2] !== undefined && !afterName);
  return cued ? dateFigure(text, pos, end, undefined, MONTHS[m[1]], undefined) : undefined;
}

/** Reads a date starting with digits at `pos`: day-first, ISO or slashed. */
export function readNumericDate(text: string, pos: number): DateRead {
  let m = matchAt(DAY_FIRST, text, pos);
  if (m) {
    const day = Number(m[1]);
    const high = num(m[2]);
    if (validDay(day) && (high === undefined || (high > day && validDay(high)))) {
      return { figure: dateFigure(text, pos, pos + m[0].length, num(m[5]), MONTHS[m[3] ?? m[4]], day, high) };
    }
  }
  m = matchAt(ISO, text, pos);
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && validDay(day)) {
      return { figure: dateFigure(text, pos, pos + m[0].length, Number(m[1]), month, day) };
    }
  }
  m = matchAt(SLASH, text, pos);
  if (!m) return undefined;
  return slashDate(text, pos, m);
}

function slashDate(text: string, pos: number, m: RegExpExecArray): DateRead {
  const a = Number(m[1]);
  const b = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const end = pos + m[0].length;
  if (a > 12 && b >= 1 && b <= 12 && validDay(a)) return { figure: dateFigure(text, pos, end, year, b, a) };
  if (b > 12 && a >= 1 && a <= 12 && validDay(b)) return { figure: dateFigure(text, pos, end, year, a, b) };
  return { skip: end };
}
