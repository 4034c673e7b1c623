/**
 * Multiples and ages. Multiples: "twice", "doubled", "tripled", "halved", "quadrupled",
 * "threefold", "3-fold", "three times", "double the" (kind 'multiple', value the factor).
 * Ages: "92-year-old", "92 years old", "92 years of age", "aged 92", "age 92",
 * "at the age of 92" (kind 'age', value in years, unit 'year').
 */
import { matchAt } from './units.ts';

const FACTORS: Record<string, number> = {
  twice: 2, doubled: 2, doubling: 2, tripled: 3, tripling: 3, trebled: 3, trebling: 3,
  quadrupled: 4, quadrupling: 4, halved: 0.5, halving: 0.5,
};
/** Base forms that are a multiple only as a verb or before a noun phrase ("to double", "double the"). */
const VERB_FACTORS: Record<string, number> = {
  double: 2, doubles: 2, triple: 3, triples: 3, treble: 3, trebles: 3, quadruple: 4, quadruples: 4, halve: 0.5,
};
const FOLD_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20,
  hundred: 100, thousand: 1000,
};
const MULTIPLE_WORD = new RegExp(`(${Object.keys({ ...FACTORS, ...VERB_FACTORS }).sort((a, b) => b.length - a.length).join('|')}`
  + `|(?:${Object.keys(FOLD_WORDS).join('|')})fold)(?![\\p{L}\\d-]|\\sdown\\b)`, 'iyu');
const VERB_NEXT = /\s(?:the|its|their|his|her|our|your|that|this|what|in|by|from|to|again|over|every)(?![\p{L}\d])/iyu;
const VERB_BEFORE = /(?:^|[^\p{L}])(?:to|will|would|could|can|may|might|should|must|expected\sto|set\sto|nearly|almost|more\sthan)\s$/iu;

/** Scanner anchor source for multiple words. */
export const MULTIPLE_ANCHOR = "\\b(?:[Tt]wice|[Dd]oubl|[Tt]ripl|[Tt]rebl|[Qq]uadrupl|[Hh]alv|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold)";

/** A multiple word at `pos` ("twice", "doubled", "threefold", "to triple"): its end and factor. */
export function readMultipleWord(text: string, pos: number): { end: number; value: number } | undefined {
  const m = matchAt(MULTIPLE_WORD, text, pos);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const end = pos + m[0].length;
  if (word.endsWith('fold')) return { end, value: FOLD_WORDS[word.slice(0, -4)] };
  if (FACTORS[word] !== undefined) return { end, value: FACTORS[word] };
  const verbal = matchAt(VERB_NEXT, text, end) !== null || VERB_BEFORE.test(text.slice(Math.max(0, pos - 14), pos));
  return verbal ? { end, value: VERB_FACTORS[word] } : undefined;
}

const TIMES_AFTER = /(?:\stimes|-?fold)(?![\p{L}\d-])/yu;

/** End of "times"/"fold" after a number ("three times", "2.5 times", "10-fold"), or -1. */
export function multipleAfter(text: string, end: number): number {
  const m = matchAt(TIMES_AFTER, text, end);
  return m ? end + m[0].length : -1;
}

const AGE_AFTER = /(?:[-\u2010\u2011\s]olds?|\sof\sage)(?![\p{L}\d])/yu;
const AGE_BEFORE = /(?:^|[^\p{L}])(?:aged|ages?|age\sof|as\s(?:young|old)\sas)\s$/iu;
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

/** End of "-old" / " old" / " of age" after a duration ("92-year", "six months"), or -1. */
export function ageAfter(text: string, end: number, rawUnit: string | undefined): number {
  if (!rawUnit || !AGE_UNITS.has(rawUnit)) return -1;
  const m = matchAt(AGE_AFTER, text, end);
  return m ? end + m[0].length : -1;
}

/** Whether "aged", "age", "age of" or "as young as" comes right before `start` ("aged 92"). */
export function ageBefore(text: string, start: number): boolean {
  return AGE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}
