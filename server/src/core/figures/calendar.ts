/**
 * Calendar words: weekdays ("on Monday", "Tuesday's vote", "Monday, April 7, 2025"),
 * fixed-date holidays ("Christmas Day", "New Year's Eve", "July Fourth") and decades
 * ("the 1920s", "the '90s", "the 1800s").
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';
import { dateFigure, readMonthFirst, readNumericDate } from './dates.ts';
import { followsName } from './context.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`(${WEEKDAYS.join('|')})(?![\\p{L}\\d])`, 'yu');
const DATE_AFTER = /,?\s(?=\S)/y;
/** Titles that start with a weekday: "Sunday Times", "Monday Night Football". */
const TITLE_AFTER = /\s(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Independent|Star|Night|Morning|Service)(?![\p{L}\d])/yu;

/** Day of the week (0 = Sunday) of a Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * A weekday at `pos`, with the date that follows it, if any ("Monday, April 7, 2025").
 * Names such as "Black Friday", "Super Tuesday" (after a capitalised word) or "Sunday Times" are skipped.
 */
export function readWeekday(text: string, pos: number): Figure | undefined {
  const m = matchAt(WEEKDAY, text, pos);
  if (!m || followsName(text, pos) || matchAt(TITLE_AFTER, text, pos + m[0].length)) return undefined;
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
