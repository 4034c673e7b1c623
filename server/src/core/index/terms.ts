/**
 * Index terms: content-word stems with every figure word masked out, so that
 * "$9 billion" and "$7bn" or "nine" and "9" never decide whether sentences align.
 */
import type { SourceDoc } from '../corpus/index.ts';
import { isContent, tokenize, type Token } from '../text/tokens.ts';

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

/** True for a token that counts for alignment. */
export function isTerm(t: Token): boolean {
  return isContent(t) && !FIGURE_WORDS.has(t.word) && !/\d/.test(t.word);
}

/** Stems of the alignment terms of text[start, end). */
export function contentStems(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  for (const t of tokenize(text, start, end)) if (isTerm(t)) out.push(t.stem);
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
