/**
 * Index terms: content-word stems with every figure word masked out, so that
 * "$9 billion" and "$7bn" or "nine" and "9" never decide whether sentences align.
 */
import type { SourceDoc } from '../corpus/index.ts';
import { ABBREVIATIONS } from '../text/abbreviations.ts';
import { STOPWORDS, stem, stemWord, type Token } from '../text/tokens.ts';

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

/** Wire abbreviations of figure words ("mths", "qtr"): masked like the words they stand for. */
const FIGURE_ABBREVIATIONS = [...ABBREVIATIONS].filter(([, full]) => FIGURE_WORDS.has(full)).map(([short]) => short);

/** Stop words and figure words in one set (the words that never become terms). */
const NON_TERMS: ReadonlySet<string> = new Set([...STOPWORDS, ...FIGURE_WORDS, ...FIGURE_ABBREVIATIONS]);
const DIGIT = /\d/;

/** True for a word (lower-case) that counts for alignment. */
export function isTermWord(word: string): boolean {
  return !NON_TERMS.has(word) && !DIGIT.test(word);
}

/** True for a token that counts for alignment. */
export function isTerm(t: Token): boolean {
  return isTermWord(t.word);
}

const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** Adds the term stem of one regex word match (any script) to `out`. */
function pushWord(match: string, out: string[]): void {
  let word = match.toLowerCase();
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (isTermWord(word)) out.push(stem(word));
}

/** The regex scan (any script) of the words starting in [from, end). */
function scanRegex(text: string, from: number, end: number, out: string[]): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) pushWord(m[0], out);
}

/** Char class of an ASCII code: 1 lower-case letter, 2 upper-case letter, 3 digit, 0 other. */
const CLASS = new Uint8Array(128);
/** Lower-case form of an ASCII code. */
const LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) LOWER[c] = c;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) (CLASS[c] = 2), (LOWER[c] = c + 32);
for (let c = 48; c <= 57; c++) CLASS[c] = 3;

/**
 * A small direct-mapped memo of word → term stem (null for a non-term), keyed by
 * the lower-cased word: most words of a corpus repeat, and a hit skips the
 * slice, lower-casing, set lookup and stemming (and yields an already-hashed stem).
 */
const MEMO_BITS = 15;
const MEMO_MASK = (1 << MEMO_BITS) - 1;
const memoWord: string[] = new Array<string>(1 << MEMO_BITS).fill('');
const memoStem: (string | null)[] = new Array<string | null>(1 << MEMO_BITS).fill(null);

/** True when text[s, s + word.length) lower-cases to `word`. */
function sameLower(text: string, s: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (LOWER[text.charCodeAt(s + k)] !== word.charCodeAt(k)) return false;
  return true;
}

/** The term stem of the ASCII word text[s, e) (lower-cased `lower`), or null for a non-term. */
function termOf(lower: string): string | null {
  const n = lower.length;
  const word = n > 2 && lower.charCodeAt(n - 2) === 39 && lower.charCodeAt(n - 1) === 115 ? lower.slice(0, -2) : lower;
  return NON_TERMS.has(word) ? null : stemWord(word);
}

/**
 * Appends to `out` the stems of the alignment terms of the words that start in
 * text[start, end) (a word may run on past `end`): the same words as tokenize() +
 * isTerm(). ASCII text is scanned by char code; at the first non-ASCII character
 * the rest is left to the Unicode regex, which resumes after the last whole word.
 */
export function appendContentStems(text: string, start: number, end: number, out: string[]): void {
  const n = text.length;
  const stop = end < n ? end : n;
  let i = start;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c >= 128) return scanRegex(text, i, stop, out);
    if (CLASS[c] === 0) {
      i++;
      continue;
    }
    // A word: alnum runs joined by single ' or . characters.
    const s = i;
    let upper = false;
    let digit = false;
    let h = 0;
    for (;;) {
      let c2 = text.charCodeAt(i);
      while (i < n && c2 < 128 && CLASS[c2] !== 0) {
        const k = CLASS[c2];
        if (k === 2) upper = true;
        else if (k === 3) digit = true;
        h = (Math.imul(h, 31) + LOWER[c2]) | 0;
        c2 = text.charCodeAt(++i);
      }
      if (i >= n) break;
      if (c2 >= 128) return scanRegex(text, s, stop, out);
      if ((c2 === 39 || c2 === 46) && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (next >= 128) return scanRegex(text, s, stop, out);
        if (CLASS[next] !== 0) {
          h = (Math.imul(h, 31) + c2) | 0;
          i++;
          continue;
        }
      }
      break;
    }
    if (digit) continue;
    const slot = (h ^ (h >>> MEMO_BITS)) & MEMO_MASK;
    const known = memoWord[slot];
    if (known.length === i - s && sameLower(text, s, known)) {
      const stem = memoStem[slot];
      if (stem !== null) out.push(stem);
      continue;
    }
    const word = upper ? text.slice(s, i).toLowerCase() : text.slice(s, i);
    const stem = termOf(word);
    memoWord[slot] = word;
    memoStem[slot] = stem;
    if (stem !== null) out.push(stem);
  }
}

/**
 * Stems of the alignment terms of text[start, end): the same words as
 * tokenize() + isTerm(), without building tokens (this runs over whole corpora).
 */
export function contentStems(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  appendContentStems(text, start, end, out);
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
