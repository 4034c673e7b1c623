/**
 * Calendar words: weekdays ("on Monday", "Tuesday's vote", "Monday, April 7, 2025"),
 * fixed-date holidays ("Christmas Day", "New Year's Eve", "July Fourth") and decades
 * ("the 1920s", "the '90s", "the 1800s").
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';
import { dateFigure, MONTH_NAMES, readMonthFirst, readNumericDate } from './dates.ts';
import { followsName } from './context.ts';

/** The days of the week, Sunday first. */
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`(${WEEKDAYS.join('|')})(?![\\p{L}\\d])`, 'yu');
const DATE_AFTER = /,?\s(?=\S)/y;
/** A capitalised word right after a weekday ("Sunday Oliseh", "Tuesday Morning Corp"). */
const CAPITAL_AFTER = /\s(\p{Lu}[\p{L}]*)/yu;
/** Words before a weekday that make it a day even before a capitalised word ("on Sunday Arsenal beat ..."). */
const DAY_CUE = /(?:^|[^\p{L}])(?:on|last|next|this|since|until|till|by|from|every|each|before|after|through|late|early)\s$/iu;
/** Titles that start with a weekday: "Sunday Times", "Monday Night Football". */
const TITLE_AFTER = /\s(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Independent|Star|Night|Morning|Service)(?![\p{L}\d])/yu;

/** Day of the week (0 = Sunday) of a Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Whether the weekday at `pos` ending at `end` starts a name: "Sunday Oliseh", "Tuesday Morning
 * Inc" (a capitalised word other than a month or "I" follows, and no "on", "last", "by" ... before).
 */
function weekdayName(text: string, pos: number, end: number): boolean {
  const c = matchAt(CAPITAL_AFTER, text, end);
  if (!c || c[1] === 'I' || MONTH_NAMES.includes(c[1])) return false;
  return !DAY_CUE.test(text.slice(Math.max(0, pos - 7), pos));
}

/**
 * A weekday at `pos`, with the date that follows it, if any ("Monday, April 7, 2025").
 * Names such as "Black Friday", "Super Tuesday" (after a capitalised word), "Sunday Times"
 * or "Sunday Oliseh" are skipped.
 */
export function readWeekday(text: string, pos: number): Figure | undefined {
  const m = matchAt(WEEKDAY, text, pos);
  if (!m || followsName(text, pos) || matchAt(TITLE_AFTER, text, pos + m[0].length)) return undefined;
  if (weekdayName(text, pos, pos + m[0].length)) return undefined;
  const weekday = WEEKDAYS.indexOf(m[1]);
  const end = pos + m[0].length;
  const sep = matchAt(DATE_AFTER, text, end);
  if (sep) {
    const at = end + sep[0].length;
    const d = readMonthFirst(text, at) ?? readNumericDate(text, at);
    if (d && 'figure' in d && d.figure.high === undefined) {
      const f = d.figure;
      return { ...f, start: pos, text: text.slice(pos, f.end), date: { ...f.date, weekday } };
    }
  }
  return { start: pos, end, text: m[1], kind: 'date', value: 0, date: { weekday } };
}

/** Fixed-date holidays: [pattern source, month, day]. */
const HOLIDAYS: [string, number, number][] = [
  ["Christmas\\sDay", 12, 25], ['Christmas\\sEve', 12, 24], ["Boxing\\sDay", 12, 26],
  ["New\\sYear(?:['’]s)?\\sDay", 1, 1], ["New\\sYear(?:['’]s)?\\sEve", 12, 31],
  ['Independence\\sDay', 7, 4], ['July\\s(?:Fourth|4th)', 7, 4], ['Fourth\\sof\\sJuly', 7, 4],
  ['Halloween', 10, 31], ["Valentine(?:['’]s|s)?\\sDay", 2, 14],
  ["(?:St\\.?|Saint)\\sPatrick(?:['’]s)?\\sDay", 3, 17], ['(?:Veterans|Armistice)\\sDay', 11, 11],
];
const HOLIDAY = new RegExp(`(?:${HOLIDAYS.map(([p]) => `(${p})`).join('|')})(?![\\p{L}\\d])`, 'yu');
const HOLIDAY_YEAR = /,?\s(\d{4})(?![\p{L}\d]|[.,:/]\d)/yu;
/** Qualifiers under which "Independence Day" is the United States' (July 4). */
const US_QUALIFIER = /(?:U\.S\.|US|American|America['’]s|United\sStates['’]?)\s$/u;

/** Words that may start a holiday name (scanner anchor source). */
export const HOLIDAY_ANCHOR = "\\b(?:Christmas|Boxing|New\\sYear|Independence|Fourth\\sof|Halloween|Valentine|St\\.?\\sPatrick|Saint\\sPatrick|Veterans|Armistice)";

/**
 * A fixed-date holiday at `pos`, with a following year if any ("Christmas Day 2019").
 * "Independence Day" is July 4 unless another country's ("Pakistan's Independence Day").
 */
export function readHoliday(text: string, pos: number): Figure | undefined {
  const m = matchAt(HOLIDAY, text, pos);
  if (!m) return undefined;
  const i = m.slice(1).findIndex((g) => g !== undefined);
  const [, month, day] = HOLIDAYS[i];
  if (HOLIDAYS[i][0].startsWith('Independence') && followsName(text, pos) && !US_QUALIFIER.test(text.slice(Math.max(0, pos - 16), pos))) return undefined;
  let end = pos + m[0].length;
  const y = matchAt(HOLIDAY_YEAR, text, end);
  if (y) end += y[0].length;
  return dateFigure(text, pos, end, y ? Number(y[1]) : undefined, month, day);
}

/**
 * "FY 2012", "FY2015", "FY13", "FY 2013-14", "FY 1987/88", "FY-2021", "fy22", "fy'22", and a
 * spoken two-digit fiscal year: "fiscal '22", "fiscal year '22" (the apostrophe tells it from a count).
 */
const FISCAL = /(?:[Ff][Yy][\s-]?['’]?|[Ff]iscal(?:\s+[Yy]ear)?\s+['’](?=\d{2}(?!\d)))(\d{4}|\d{2})(?:\s?[-\u2013/]\s?(\d{4}|\d{2}))?(?![\p{L}\d]|[.,:/-]\d)/yu;
/** Scanner anchor source for fiscal years ("FY" glued or spaced to digits, "fiscal '22"). */
export const FISCAL_ANCHOR = "\\b[Ff][Yy](?=[\\s-]?['’]?\\d)|\\b[Ff]iscal(?=(?:\\s+[Yy]ear)?\\s+['’]\\d{2}(?!\\d))";

/** A two-digit year: '87 is 1987, '13 is 2013; a second year takes the first's century. */
const fullYear = (y: string, base?: number) => {
  const n = Number(y);
  if (y.length === 4) return n;
  if (base !== undefined) return Math.floor(base / 100) * 100 + n;
  return n < 50 ? 2000 + n : 1900 + n;
};

/**
 * A fiscal year at `pos` ("FY 2012", "FY13", "FY 2013-14", "fiscal '22"): kind 'year', the figure
 * spanning "FY" or "fiscal"; a two-year span is a range (2013..2014). "fiscal 2013" and "fiscal
 * year 2014" are plain years read from their digits.
 */
export function readFiscal(text: string, pos: number): Figure | undefined {
  const m = matchAt(FISCAL, text, pos);
  if (!m) return undefined;
  const year = fullYear(m[1]);
  const high = m[2] === undefined ? undefined : fullYear(m[2], year);
  if (year < 1800 || year > 2100 || (high !== undefined && (high <= year || high > year + 1))) return undefined;
  const end = pos + m[0].length;
  const f: Figure = { start: pos, end, text: text.slice(pos, end), kind: 'year', value: year, date: { year } };
  if (high !== undefined) f.high = high;
  return f;
}

const DECADE = /(\d{3}0)['’]?s(?![\p{L}\d])/yu;
const SHORT_DECADE = /(\d0)s(?![\p{L}\d])/yu;

/**
 * A decade at `pos` (digits): "1920s" (1920-1929), "1990's", "'90s" (with the apostrophe
 * before `pos`; '00s and '10s are 2000s and 2010s, '20s to '90s the 1900s). Before 2000,
 * "1800s" and "1900s" name centuries (1800-1899).
 */
export function readDecade(text: string, pos: number): Figure | undefined {
  const apostrophe = text[pos - 1] === "'" || text[pos - 1] === '’';
  if (apostrophe && !/[\p{L}\d]/u.test(text[pos - 2] ?? ' ')) {
    const s = matchAt(SHORT_DECADE, text, pos);
    if (s) {
      const d = Number(s[1]);
      return decadeFigure(text, pos - 1, pos + s[0].length, d < 20 ? 2000 + d : 1900 + d, 9);
    }
  }
  const m = matchAt(DECADE, text, pos);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1000 || year > 2100) return undefined;
  const century = year % 100 === 0 && year < 2000;
  return decadeFigure(text, pos, pos + m[0].length, year, century ? 99 : 9);
}

function decadeFigure(text: string, start: number, end: number, year: number, span: number): Figure {
  return { start, end, text: text.slice(start, end), kind: 'year', value: year, high: year + span, date: { year } };
}
