/**
 * extractFigures: one pass over the text with a precompiled anchor regex (digits,
 * currency signs, number words, month names, weekdays, holidays, relative dates,
 * multiples, fraction words); at each anchor the figure is read with sticky regexes,
 * checked against its context and turned into a `Figure`.
 */
import type { Figure, Part } from './types.ts';
import { partValue } from './types.ts';
import { NUMBER_START_WORDS } from './numbers.ts';
import { LETTER_CURRENCY_ANCHOR } from './units.ts';
import { LOWER_MONTH_ANCHOR, MONTH_ANCHOR, readBareMonth, readMonthFirst, readNumericDate } from './dates.ts';
import { joinRange, rangeConnector, readPart, unitFromSecond } from './parts.ts';
import { FISCAL_ANCHOR, HOLIDAY_ANCHOR, readDecade, readFiscal, readHoliday, readWeekday } from './calendar.ts';
import { RELATIVE_ANCHOR, readRelative } from './relative.ts';
import { MULTIPLE_ANCHOR, ageAfter, ageBefore, multipleAfter, readMultipleWord } from './multiples.ts';
import { readOneIn, readProportion } from './fractions.ts';
import { LB } from './measures.ts';
import { readScore } from './scores.ts';
import { readTime } from './times.ts';
import { PERIOD_ANCHOR, readPeriod, readTimesX, spreadAsPoints } from './earnings.ts';
import { carryFrom, tableMoney } from './carry.ts';
import {
  approximatorBefore, betweenBefore, outlookFromBefore, rangeWordsBefore, continuesNumber, followsLocator, followsName, fromBefore, changedBefore,
  hyphenatedToName, inCitationKey, markerNumber, negativeSign, phoneLike, sentenceStart, timeOfDay, urlSpans,
} from './context.ts';

const caseless = (w: string) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;
const FRACTION_WORDS = 'half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth';
const WORD_ANCHOR = `\\b(?:(?:${[...NUMBER_START_WORDS].sort((a, b) => b.length - a.length).map(caseless).join('|')})(?![\\p{L}\\d])`
  + `|[Aa]n?\\s(?=(?:hundred|thousand|million|billion|trillion|dozen|${FRACTION_WORDS})\\b)`
  + `|[Hh]alf(?![\\p{L}\\d]))`;
const WEEKDAY_ANCHOR = '\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b';
const ANCHOR = new RegExp([
  '(?<![\\p{L}\\d.,])\\d+(?:[.,:/]\\d+)*',
  '[$€£¥₹₨](?=\\s?\\d)',
  LETTER_CURRENCY_ANCHOR,
  MONTH_ANCHOR,
  LOWER_MONTH_ANCHOR,
  FISCAL_ANCHOR,
  PERIOD_ANCHOR,
  WORD_ANCHOR,
  HOLIDAY_ANCHOR,
  WEEKDAY_ANCHOR,
  RELATIVE_ANCHOR,
  MULTIPLE_ANCHOR,
].join('|'), 'gu');

const DETERMINERS = /(?:^|[^\p{L}])(?:the|its|his|her|their|our|my|your|this|that|each|every|whose)\s$/iu;
const INDEFINITE = /(?:^|[^\p{L}])an?\s$/iu;
const CONTINUATION = /(?:[-/]\d+)+/y;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string) => c !== c.toLowerCase();

/** A game's format named by its length: "a one-day international", "the one-day series" (cricket). */
const GAME_FORMAT = /^(?:one|1)[-\s]day\s+(?:internationals?|series|cup|matche?s?|games?|sides?|teams?|squads?|formats?|cricket|captain|debut)\b/i;

/** Outcome of reading at one anchor. */
interface Step { figure?: Figure; next: number }

/** Extracts every figure of `text`, in order, without overlaps. */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const urls = urlSpans(text);
  let u = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const pos = m.index;
    while (u < urls.length && urls[u].end <= pos) u++;
    if (u < urls.length && urls[u].start <= pos) {
      ANCHOR.lastIndex = urls[u].end;
      continue;
    }
    const step = readAt(text, pos, pos + m[0].length);
    if (step.figure) { spreadAsPoints(text, step.figure); figures.push(step.figure); carryFrom(text, figures); }
    ANCHOR.lastIndex = Math.max(step.next, pos + m[0].length);
  }
  return sharedYears(text, tableMoney(text, poundsAsMoney(text, figures)));
}

/** Words joining dates of one list ("March and October 2024", "March 5, May 7 and June 1, 2023"). */
const DATE_JOIN = /^\s*(?:,\s*)?(?:and|or|to|through|until|&|,)?\s*$/;

/**
 * Dates listed before a year share it: "March and October 2024" is March 2024 and
 * October 2024 (the year written once, after the last date).
 */
function sharedYears(text: string, figures: Figure[]): Figure[] {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i];
    const b = figures[i + 1];
    const year = b.kind === 'date' ? b.date?.year : undefined;
    if (a.kind !== 'date' || year === undefined || a.date?.month === undefined || a.date.year !== undefined || a.date.weekday !== undefined) continue;
    if (!DATE_JOIN.test(text.slice(a.end, b.start))) continue;
    a.date = { ...a.date, year };
    a.value += year * 10000;
    if (a.high !== undefined) a.high += year * 10000;
  }
  return figures;
}

/**
 * "Pounds" alone is a weight, unless the text also states an amount in pounds sterling
 * ("profit improved to 1.6 million pounds from 100,000 pounds"): then its "pounds" are
 * money, except a mass of something ("220 pounds of explosives").
 */
function poundsAsMoney(text: string, figures: Figure[]): Figure[] {
  if (!figures.some((f) => f.kind === 'money' && f.unit === 'GBP')) return figures;
  return figures.map((f) => (f.kind === 'quantity' && f.rawUnit === 'lb' && /pounds?$/i.test(f.text) && !/^\s+of\b/.test(text.slice(f.end, f.end + 4))
    ? { ...f, kind: 'money', unit: 'GBP', rawUnit: undefined, value: Math.round((f.value / LB) * 1e6) / 1e6 }
    : f));
}

/** Skips a "-800" or "/2" tail after digits that were not a figure. */
function skipTail(text: string, end: number): number {
  CONTINUATION.lastIndex = end;
  const m = CONTINUATION.exec(text);
  return m ? end + m[0].length : end;
}

/** Reads the figure (if any) at an anchor spanning [pos, tokenEnd). */
function readAt(text: string, pos: number, tokenEnd: number): Step {
  const c = text[pos];
  const period = readPeriod(text, pos);
  if (period) return { figure: period, next: period.end };
  if (!isDigit(c)) {
    const d = readMonthFirst(text, pos);
    if (d && 'figure' in d) return { figure: d.figure, next: d.figure.end };
    const w = readWordFigure(text, pos) ?? readFiscal(text, pos) ?? (isUpper(c) ? readBareMonth(text, pos, followsName(text, pos)) : undefined);
    if (w) return { figure: w, next: w.end };
  }
  if (isDigit(c)) {
    if (hyphenatedToName(text, pos) || continuesNumber(text, pos) || followsLocator(text, pos) || inCitationKey(text, pos)
      || markerNumber(text, pos, tokenEnd)) return { next: skipTail(text, tokenEnd) };
    const time = readTime(text, pos);
    if (time) return { figure: withApprox(text, time), next: time.end };
    const special = readTimesX(text, pos) ?? readScore(text, pos) ?? readDecade(text, pos);
    if (special) return { figure: special, next: special.end };
    const d = readNumericDate(text, pos);
    if (d) return 'figure' in d ? { figure: d.figure, next: d.figure.end } : { next: d.skip };
    const phone = phoneLike(text, pos);
    if (phone >= 0) return { next: phone };
  }
  const share = oneInFigure(text, pos);
  if (share) return { figure: share, next: share.end };
  const part = readPart(text, pos);
  if (!part) {
    const p = isDigit(c) ? undefined : proportionFigure(text, pos);
    return p ? { figure: p, next: p.end } : { next: tokenEnd };
  }
  if (!plausible(text, part) && !ageBefore(text, part.start)) return { next: part.words ? tokenEnd : skipTail(text, part.end) };
  const figure = toFigure(text, part);
  return figure ? { figure, next: figure.end } : { next: part.end };
}

/** Capitalised words inside a sentence are names ("Twice", "USA Today"), not figures. */
const nameLike = (text: string, pos: number) => isUpper(text[pos]) && !sentenceStart(text, pos);

/** Adds the approximator before `f`, if any ("about half", "more than doubled"). */
function withApprox(text: string, f: Figure): Figure {
  const ap = approximatorBefore(text, f.start);
  if (ap) { f.approx = ap.approx; f.approxText = { start: ap.start, end: ap.end }; }
  return f;
}

/** Figures written as words: holidays, weekdays, relative dates, multiples ("twice", "doubled"). */
function readWordFigure(text: string, pos: number): Figure | undefined {
  const f = readHoliday(text, pos) ?? readWeekday(text, pos) ?? readRelative(text, pos);
  if (f) return f;
  const m = nameLike(text, pos) ? undefined : readMultipleWord(text, pos);
  return m ? withApprox(text, { start: pos, end: m.end, text: text.slice(pos, m.end), kind: 'multiple', value: m.value }) : undefined;
}

/** A proportion word as a figure: a fraction, or percent/points/quantity/duration when a unit follows. */
function proportionFigure(text: string, pos: number): Figure | undefined {
  const p = nameLike(text, pos) ? undefined : readProportion(text, pos);
  if (!p) return undefined;
  const a = p.affix;
  const f: Figure = { start: pos, end: p.end, text: text.slice(pos, p.end), kind: a?.kind ?? 'fraction', value: p.value * (a?.factor ?? 1) };
  if (a) f.unit = a.code;
  if (a && (a.kind === 'quantity' || a.kind === 'duration' || a.factor !== 1)) f.rawUnit = a.raw;
  return withApprox(text, f);
}

/** "One in five adults", "four out of 10": a share, not two counts. */
function oneInFigure(text: string, pos: number): Figure | undefined {
  const r = nameLike(text, pos) ? undefined : readOneIn(text, pos);
  if (!r) return undefined;
  return withApprox(text, { start: pos, end: r.end, text: text.slice(pos, r.end), kind: 'fraction', value: r.value });
}

/** Context checks on a single part: names, "one" as a pronoun, times of day. */
function plausible(text: string, p: Part): boolean {
  if (GAME_FORMAT.test(text.slice(p.start, p.start + 40))) return false;
  if (p.kind === 'number' && !p.words && p.plain && p.scale === 1) {
    if (followsName(text, p.start) || timeOfDay(text, p.end)) return false;
  }
  if (!p.words) return true;
  if (isUpper(text[p.start]) && !sentenceStart(text, p.start)) return false;
  if (p.onlyOne && (p.kind === 'number' || p.kind === 'points' || (p.kind === 'duration' && p.spacedUnit))) return false;
  if (p.kind === 'ordinal') {
    const before = text.slice(Math.max(0, p.start - 8), p.start);
    if (p.mantissa <= 2) return DETERMINERS.test(before);
    // "a fourth day", "a third term" are ranks; "a fourth of" and a bare "a fourth" are shares.
    return !INDEFINITE.test(before) || /^[\s\u00A0]+(?!of\b)\p{L}/u.test(text.slice(p.end, p.end + 12));
  }
  return true;
}

/** A per-share unit after an amount ("$1.44 per diluted share"). */
const PER_SHARE = /^\s(?:per|a)\s(?:diluted\s)?share/i;

/** Extends a part into a range when one follows. */
function withRange(text: string, a: Part): { low: Part; high?: Part; start: number; end: number } {
  const between = betweenBefore(text, a.start);
  const named = rangeWordsBefore(text, a.start) >= 0;
  // "$1.44 per share to $1.46 per share": a unit written with both ends.
  const per = PER_SHARE.exec(text.slice(a.end, a.end + 24));
  const conn = rangeConnector(text, a.end) ?? (per ? rangeConnector(text, a.end + per[0].length) : undefined);
  const none = { low: a, start: a.start, end: a.end };
  if (!conn || (conn.word === 'and' && between < 0 && !named)) return none;
  const b = readPart(text, conn.next);
  if (per && conn.next > a.end + per[0].length && (!b || !text.startsWith(per[0], b.end))) return none;
  if (conn.word === 'to' && fromBefore(text, a.start) && !named && !outlookFromBefore(text, a.start)) return b ? { ...none, low: unitFromSecond(a, b, 'to') } : none;
  // "rose 0.5% to 6.2%": the change, then the level it reached; both ends carry their own unit.
  if (conn.word === 'to' && b && a.unit && b.unit && !a.words && changedBefore(text, a.start)) return none;
  const joined = b && (b.words || !b.plain || !followsName(text, b.start)) ? joinRange(a, b, conn.word) : undefined;
  if (!joined) return b ? { ...none, low: unitFromSecond(a, b, conn.word) } : none;
  return { low: joined[0], high: joined[1], start: between >= 0 ? between : a.start, end: b!.end };
}

const yearLike = (p: Part) => p.kind === 'number' && p.plain && p.scale === 1 && p.digits?.length === 4
  && p.mantissa >= 1800 && p.mantissa <= 2100;

/** Builds the figure of a part: range, sign, approximator, year, precision. */
function toFigure(text: string, part: Part): Figure | undefined {
  const r = withRange(text, part);
  let start = r.start;
  let value = partValue(r.low);
  const negative = !r.high && r.low.kind !== 'ordinal' && negativeSign(text, start);
  if (negative) { start--; value = -value; }
  const f: Figure = { start, end: r.end, text: text.slice(start, r.end), kind: r.low.kind, value };
  if (r.high) f.high = partValue(r.high);
  if (r.low.unit) f.unit = r.low.unit;
  if (r.low.rawUnit) f.rawUnit = r.low.rawUnit;
  const ap = r.start === part.start ? approximatorBefore(text, start) : undefined;
  if (ap) { f.approx = ap.approx; f.approxText = { start: ap.start, end: ap.end }; }
  const decimals = Math.max(r.low.decimals, r.high?.decimals ?? 0);
  if (decimals > 0) f.precision = 0.5 * 10 ** -decimals * r.low.scale * r.low.factor;
  if (!negative && reread(text, f, r.low.scale, ap ? ap.start : start)) return f;
  if (!ap && !negative && yearLike(r.low) && (!r.high || yearLike(r.high))) {
    f.kind = 'year';
    f.date = { year: value };
  }
  return f;
}

const DAYS_PER_YEAR = 365.25;

/**
 * Turns a number into a multiple ("three times", "10-fold") or an age ("aged 92"), and a
 * duration into an age ("92-year-old", "six months old"); true when `f` was changed.
 * `cueEnd` is where the words before the figure end (its approximator or its start).
 */
function reread(text: string, f: Figure, scale: number, cueEnd: number): boolean {
  let end = -1;
  if (f.kind === 'number' && scale === 1 && (end = multipleAfter(text, f.end)) >= 0) f.kind = 'multiple';
  else if (f.kind === 'number' && ageBefore(text, cueEnd)) { f.kind = 'age'; f.unit = 'year'; }
  else if (f.kind === 'duration' && (end = ageAfter(text, f.end, f.rawUnit)) >= 0) {
    f.kind = 'age';
    f.unit = 'year';
    f.value /= DAYS_PER_YEAR;
    if (f.high !== undefined) f.high /= DAYS_PER_YEAR;
    if (f.precision !== undefined) f.precision /= DAYS_PER_YEAR;
  } else return false;
  if (end >= 0) { f.end = end; f.text = text.slice(f.start, end); }
  return true;
}
