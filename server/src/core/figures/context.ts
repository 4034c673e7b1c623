/**
 * Context of a number: approximators before it, and the signs that digits are part
 * of a name, a locator, a time of day, a phone number or a URL rather than a figure.
 */
import type { Approx } from './types.ts';
import { MONTH_NAMES } from './dates.ts';

const LOOKBACK = 40;

const APPROX: [string, Approx][] = [
  ['just over', 'over'], ['just under', 'under'], ['more than', 'over'], ['less than', 'under'],
  ['fewer than', 'under'], ['at least', 'at-least'], ['up to', 'up-to'], ['close to', 'about'],
  ['as many as', 'up-to'], ['as much as', 'up-to'], ['no more than', 'up-to'],
  ['not more than', 'up-to'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['not less than', 'at-least'], ['a minimum of', 'at-least'], ['a maximum of', 'up-to'],
  ['upwards of', 'over'], ['in excess of', 'over'], ['an estimated', 'about'],
  ['estimated', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['roughly', 'about'],
  ['around', 'about'], ['about', 'about'], ['nearly', 'nearly'], ['almost', 'nearly'],
  ['some', 'about'], ['circa', 'about'], ['ca.', 'about'], ['c.', 'about'], ['over', 'over'],
  ['above', 'over'], ['exceeding', 'over'], ['under', 'under'], ['below', 'under'],
];
const APPROX_MAP = new Map(APPROX);
const APPROX_RE = new RegExp(`(?:^|[^\\p{L}\\d])(${APPROX.map(([w]) => w)
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s'))
  .join('|')})\\s$|(~)\\s?$`, 'iu');

/** The approximator right before `start`, with its offsets. */
export function approximatorBefore(text: string, start: number):
  { approx: Approx; start: number; end: number } | undefined {
  const from = Math.max(0, start - LOOKBACK);
  const m = APPROX_RE.exec(text.slice(from, start));
  if (!m) return undefined;
  const written = m[1] ?? m[2];
  const approx = APPROX_MAP.get(written.toLowerCase().replace(/\s+/g, ' ')) ?? 'about';
  const s = from + m.index + m[0].indexOf(written);
  // "pushed the debt up to 50.99 billion", "went up to 5%": a movement up, to the level reached.
  if (approx === 'up-to' && /^up\s/i.test(written) && MOVED_UP.test(text.slice(Math.max(0, s - 60), s))) return undefined;
  return { approx, start: s, end: s + written.length };
}

/** A verb that moves something up, before "up to" in its clause ("pushed debt up to", "went up to"). */
const MOVED_UP = /\b(?:push\w*|pull\w*|mov\w*|went|go(?:es|ing)?|shot|jump\w*|climb\w*|ris\w*|rose|driv\w*|drove|bump\w*|revis\w*|edg\w*|crept|creep\w*|tick\w*|inch\w*|soar\w*|surg\w*|crawl\w*)\b[^,;.]*$/i;

const BETWEEN_RE = /(?:^|[^\p{L}])between\s$/iu;
const FROM_RE = /(?:^|[^\p{L}])from\s$/iu;

/** Offset of "between " right before `start`, or -1. */
export function betweenBefore(text: string, start: number): number {
  const from = Math.max(0, start - 9);
  const m = BETWEEN_RE.exec(text.slice(from, start));
  return m ? start - 'between '.length : -1;
}

const RANGE_OF_RE = /\b(?:range|ranges|ranging|ranged)\s+(?:of|from|between)\s$/i;

/**
 * Offset of the words naming a range right before `start` ("in the range of", "to range from",
 * "ranging from"), or -1: after them "from 4 to 8" is a range, not a change, and "of 4 and 8" too.
 */
export function rangeWordsBefore(text: string, start: number): number {
  const from = Math.max(0, start - 16);
  const m = RANGE_OF_RE.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}

/** Words of a rise and of a fall (a change's direction), shared with verdict/derive.ts's changeDirection. */
export const RISE_WORDS = String.raw`rose|rise[sn]?|rising|up|increas\w*|grew|grow\w*|gain\w*|climb\w*|jump\w*|higher|surg\w*|soar\w*|improv\w*`;
export const FALL_WORDS = String.raw`fell|fall\w*|down|decreas\w*|declin\w*|drop\w*|lower|slipp?\w*|shr[au]nk\w*|los[st]\w*|plung\w*|tumbl\w*|slid\w*|shed\w*|cut\w*|slash\w*|reduc\w*`;

/** An outlook verb in the clause, then no change verb: "sees fy eps from $0.57 to $0.72". */
const OUTLOOK_FROM_RE = new RegExp(String.raw`\b(?:sees|see|expects?|expected|forecasts?|projects?|guid(?:ance|es?|ed)|outlook|anticipates?|targets?)\b`
  + String.raw`(?![^,;:.]*\b(?:${RISE_WORDS}|${FALL_WORDS}|raised|narrow\w*|widen\w*)\b)[^,;:.]*from\s$`, 'i');

/** Whether "from X to Y" at `start` is a forecast range (after an outlook verb, with no change verb between). */
export function outlookFromBefore(text: string, start: number): boolean {
  return OUTLOOK_FROM_RE.test(text.slice(Math.max(0, start - 60), start));
}

/** Whether "from " comes right before `start` ("from 4 to 8" is a change, not a range). */
export function fromBefore(text: string, start: number): boolean {
  return FROM_RE.test(text.slice(Math.max(0, start - 6), start));
}

/** A change stated in the past tense right before a figure: "rose 0.5% to 6.2%" is a change, then a level. */
const CHANGED_RE = /\b(?:rose|fell|increased|decreased|climbed|dropped|jumped|declined|slipped|gained|grew|surged|plunged|slid|soared|tumbled|edged (?:up|down)|(?:was|were) (?:up|down))(?: by)?(?: (?:about|nearly|almost|some|roughly|around|more than|less than|just))?\s+$/i;

/** Whether a past-tense change verb stands right before `start` ("rose 0.5%", "was up by about 3%"). */
export function changedBefore(text: string, start: number): boolean {
  return CHANGED_RE.test(text.slice(Math.max(0, start - 40), start));
}

/** Capitalised words that may precede a figure without making it part of a name. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'by', 'of', 'to', 'for', 'from', 'with', 'since', 'until',
  'till', 'through', 'during', 'after', 'before', 'and', 'but', 'or', 'nor', 'so', 'yet', 'then',
  'than', 'just', 'only', 'even', 'still', 'also', 'up', 'down', 'between', 'among', 'per', 'plus',
  'minus', 'less', 'more', 'fewer', 'most', 'least', 'its', 'it', 'their', 'his', 'her', 'our',
  'my', 'your', 'top', 'last', 'next', 'first', 'all', 'both', 'each', 'every', 'those', 'these',
  'this', 'that', 'another', 'some', 'about', 'around', 'over', 'under', 'nearly', 'almost',
  'roughly', 'approximately', 'exactly', 'precisely', 'fully', 'estimated', 'above',
  'below', 'were', 'was', 'is', 'are', 'had', 'has', 'have', 'says', 'said', 'see', 'when',
  'where', 'while', 'as', 'if', 'because', 'though', 'although', 'despite', 'within', 'without',
  'into', 'onto', 'across', 'against', 'toward', 'towards', 'upon', 'via', 'like', 'unlike',
  'circa', 'no', 'not', 'vs', 'versus', 'fiscal', 'calendar',
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Digits then a word in lower case: what a possessive's count goes on with. */
const COUNTED_AFTER = /^[\d,.]+(?:[-\u2013]\d+)?[\s\u00A0]+\p{Ll}/u;
const PREV_WORD = /([\p{L}][\p{L}\d'.&]*)[\s\u00A0]$/u;

/**
 * Whether digits at `start` follow a capitalised name word ("Boeing 737", "Main Line 1",
 * "Article 370", "iPhone 15") rather than a function word ("In 2024").
 */
export function followsName(text: string, start: number): boolean {
  const m = PREV_WORD.exec(text.slice(Math.max(0, start - LOOKBACK), start));
  if (!m) return false;
  const word = m[1].replace(/\.$/, '');
  // A possessive determines a count ("Scotland's 25 licensing boards"), unless a name goes
  // on after the digits ("Boeing's 787 Dreamliner").
  if (/['\u2019]s$/u.test(word)) return !COUNTED_AFTER.test(text.slice(start, start + 40));
  return /\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
}

const LOCATOR = /(?:(?:^|[^\p{L}])(?:p|pp|para|paras|fig|figs|ch|chap|vol|vols|no|nos|sec|art|fn|n|ed|eds)\.\s?|(?:^|[^\p{L}])(?:paragraph|paragraphs|page|pages|figure|chapter|volume|section|sections|article|articles|table|line|lines|footnote|para|paras|verse|clause|rule|item|tier|phase|stage|class|type)\s|(?:^|[^\p{L}])(?:issn|isbn|doi|id|ref|code|case|docket|tel|phone|fax|zip|postcode)[:.]?\s?|[§#^]\s?)$/iu;

/**
 * Whether digits at `start` are a locator or an identifier ("p. 33", "Section 8", "§ 5", "#1",
 * "ISSN: 1936-3737"), name a kind or a step in lower case ("tier 1 capital", "phase 2"), or
 * date a law's name ("the Children Act 2004", "the offences against the person act 1861").
 */
export function followsLocator(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  return LOCATOR.test(before) || (LAW.test(before) && /^(?:1[89]|20)\d\d(?!\d)/.test(text.slice(start, start + 5)));
}

/** A law's name before its year: "Act 2004", "regulations 2017". */
const LAW = /(?:^|[^\p{L}])(?:act|acts|ordinance|statute|regulations?|directive)\s$/iu;

const isDash = (c: string | undefined) => c === '-' || c === '\u2010' || c === '\u2011'
  || c === '\u2013' || c === '\u2014' || c === '\u2212';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Prefixes of time or degree before a number: "mid-2024", "pre-2008", "over-50s", "trailing-12". */
const COMPOUND_PREFIX = /^(?:mid|pre|post|top|sub|ex|early|late|high|low|under|over|plus|near|then|last|next|trailing|full|half|fiscal|calendar)$/i;
/**
 * Nouns of a scale or a count whose number stays a figure: "category-5", "level-3", "week-12".
 * Names of a kind or a step ("tier-1 capital", "phase-2 trial", "type-2 diabetes") are labels,
 * like "tier 1" (LOCATOR).
 */
const RANK_NOUN = /^(?:category|level|grade|round|step|size|week|day|month|year|hour|minute)s?$/i;
/** A year, a decimal or a percent right after the digits keeps them a figure ("post-2020", "sales-5%"). */
const MEASURE_AFTER = /\d*(?:[.,]\d|\s?%)/y;
const isYear = (digits: string) => digits.length === 4 && Number(digits) >= 1800 && Number(digits) <= 2100;

/**
 * "F-16", "COVID-19", "covid-19", "omega-3", "Task Force-88", "utf-8": digits hyphenated after
 * a word are part of a name, unless the word is a prefix of time or degree ("mid-2024",
 * "late-1990s"), a noun that ranks ("category-5"), or the digits are a year or a measure.
 */
export function hyphenatedToName(text: string, start: number): boolean {
  if (!isDash(text[start - 1]) || !isLetter(text[start - 2])) return false;
  let i = start - 2;
  while (i > 0 && isLetter(text[i - 1])) i--;
  const word = text.slice(i, start - 1);
  if (/\p{Lu}/u.test(word)) return true;
  if (COMPOUND_PREFIX.test(word) || RANK_NOUN.test(word)) return false;
  if (word.length < 4) return true;
  let j = start;
  while (isDigit(text[j])) j++;
  MEASURE_AFTER.lastIndex = start;
  return !isYear(text.slice(start, j)) && !MEASURE_AFTER.test(text);
}

const KEY_CHAR = /[\w:.\-]/;

/** Digits inside a citation key ("[@noaa-2024-update]", "@smith2020"). */
export function inCitationKey(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i < 80 && KEY_CHAR.test(text[i])) i--;
  return text[i] === '@';
}

/** Digits right after "digit-" that were not read as a range ("3-1" scores, "1-800-..."). */
export function continuesNumber(text: string, start: number): boolean {
  return isDash(text[start - 1]) && isDigit(text[start - 2]);
}

/** A sign before the number: "-5" after a space, bracket or the start. */
export function negativeSign(text: string, start: number): boolean {
  if (!isDash(text[start - 1])) return false;
  const before = text[start - 2];
  return before === undefined || /[\s(\[]/.test(before);
}

const TIME_AFTER = /\s?(?:a\.m\.|p\.m\.|am|pm|o'clock|hrs\s(?:GMT|UTC|IST|PKT|local)|GMT|UTC)(?![\p{L}\d])/iyu;
const PHONE = /\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{4,5}(?!\d)/y;
const INTERNATIONAL = /\d{1,4}(?:[\s.-]\(?\d{1,5}\)?){2,}/y;

/** Whether the number at `start`..`end` is a time of day ("10 am", "3 p.m."). */
export function timeOfDay(text: string, end: number): boolean {
  TIME_AFTER.lastIndex = end;
  return TIME_AFTER.test(text);
}

/** End of a phone-like number starting at `start` ("+92 21 1234 5678", "555-123-4567"), or -1. */
export function phoneLike(text: string, start: number): number {
  const re = text[start - 1] === '+' ? INTERNATIONAL : PHONE;
  re.lastIndex = start;
  const m = re.exec(text);
  return m ? start + m[0].length : -1;
}

/** Numbered-list or bracketed reference markers: "[3]", "1. " at a line start. */
export function markerNumber(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '[' && text[end] === ']') return true;
  const lineStart = start === 0 || text[start - 1] === '\n';
  return lineStart && (text[end] === ')' || (text[end] === '.' && text[end + 1] === ' '));
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Sorted [start, end) spans of URLs and e-mail addresses. */
export function urlSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Whether position `i` starts a sentence (only punctuation or nothing before it). */
export function sentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '"' || text[j] === "'" || text[j] === '(')) j--;
  return j < 0 || /[.!?:;\n*#>|-]/.test(text[j]);
}
