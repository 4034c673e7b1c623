/**
 * Index terms: content-word stems with every figure word masked out, so that
 * "$9 billion" and "$7bn" or "nine" and "9" never decide whether sentences align.
 */
import type { SourceDoc } from '../corpus/index.ts';
import { STOPWORDS, stem, type Token } from '../text/tokens.ts';

/** Words that belong to figures: number words, scales, currencies, units, months. */
export const FIGURE_WORDS: ReadonlySet<string> = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
    'thousand million billion trillion mln bln bn tn crore lakh dozen dozens half quarter first second third ' +
    'fourth fifth sixth seventh eighth ninth tenth percent pct cent point points percentage dollar dollars ' +
    'dlrs usd eur euro euros gbp pound pounds sterling yen rupee rupees rs pkr inr cent cents kg kilogram ' +
    'kilograms kilometer kilometers kilometre kilometres km mile miles meter meters metre metres ton tons ' +
    'tonne tonnes lb lbs litre litres liter liters gallon gallons acre acres hectare hectares day days week ' +
    'weeks month months year years hour hours minute minutes decade decades ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec nearly almost about around roughly approximately ' +
    'least than up over under some').split(' '),
);

/** True for a word (lower-case) that counts for alignment. */
function isTermWord(word: string): boolean {
  return !STOPWORDS.has(word) && !FIGURE_WORDS.has(word) && !/\d/.test(word);
}

/** True for a token that counts for alignment. */
export function isTerm(t: Token): boolean {
  return isTermWord(t.word);
}

const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/**
 * Stems of the alignment terms of text[start, end): the same words as
 * tokenize() + isTerm(), without building tokens (this runs over whole corpora).
 */
export function contentStems(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    let word = m[0].toLowerCase();
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (isTermWord(word)) out.push(stem(word));
  }
  return out;
}

/** Maps a plain-text offset of a source to its normalised offset (binary search). */
export function plainToNorm(doc: SourceDoc, plain: number): number {
  const map = doc.norm.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < plain) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The normalised range of a paragraph given in plain offsets. */
export function normRangeOfParagraph(doc: SourceDoc, p: { start: number; end: number }): { start: number; end: number } {
  return { start: plainToNorm(doc, p.start), end: plainToNorm(doc, p.end) };
}
