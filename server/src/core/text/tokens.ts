/**
 * Word tokens for alignment: lower-cased, possessives dropped, lightly stemmed,
 * and stems of inflections, synonyms and wire abbreviations mapped to one key
 * by the lexicon (text/lexicon.ts).
 */
import { lexiconKey } from './lexicon.ts';

/** One word of a normalised text. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased surface form (possessive 's removed). */
  word: string;
  /** Light stem used for retrieval and paraphrase matching. */
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** Function words that carry no content for retrieval. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the and or but nor of in on at to for from by with as is are was were be been being ' +
    'this that these those it its it\'s he she they them their his her him we our us you your i me my ' +
    'has have had do does did will would shall should can could may might must not no so than then ' +
    'there here which who whom whose what when where why how all any each both few more most other ' +
    'some such only own same too very just also into over under about after before between through ' +
    'during against up down out off again further once if because while until said says say told ' +
    'according mr mrs ms dr per s t one two')
    .split(' '),
);

/**
 * A light English suffix stemmer, good enough to align paraphrases; the
 * lexicon then maps the stem to its class key ("died" and "death" to one key).
 */
export function stem(word: string): string {
  return hasDigit(word) ? word : stemWord(word);
}

/** /\d/.test(word), without the regex (this runs for every word tokenised). */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** stem() of a word known to hold no ASCII digit: suffix rules, then the lexicon. */
export function stemWord(word: string): string {
  const s = suffixStem(word);
  return lexiconKey(s) ?? s;
}

/** The suffix rules alone (no lexicon); scripts/build-lexicon.mjs keys the lexicon by these. */
export function suffixStem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 115) {
    // ...s
    const prev = word.charCodeAt(n - 2);
    if (prev === 101) {
      // ...es
      const p3 = word.charCodeAt(n - 3);
      if (p3 === 105 && n > 4) return word.slice(0, -3) + 'y'; // ies
      if (p3 === 115 && word.charCodeAt(n - 4) === 115) return word.slice(0, -2); // sses
      if (p3 === 120) return word.slice(0, -2); // xes
      if (p3 === 104) {
        const p4 = word.charCodeAt(n - 4);
        if (p4 === 99 || p4 === 115) return word.slice(0, -2); // ches, shes
      }
      return word.slice(0, -1);
    }
    if (prev === 110 && n > 7 && word.endsWith('ions')) return word.slice(0, -4);
    if (prev === 115 || prev === 117 || prev === 105) return word; // ss, us, is
    return word.slice(0, -1);
  }
  if (last === 110) return n > 6 && word.endsWith('ion') ? word.slice(0, -3) : word;
  if (last === 103) return n > 5 && word.endsWith('ing') ? word.slice(0, -3) : word;
  if (last === 100) return n > 4 && word.charCodeAt(n - 2) === 101 ? word.slice(0, -2) : word;
  return word;
}

/** A word of `text` found at [start, end) (lower case, a final "'s" dropped), made by `make` and added to `out`. */
function addWord<T>(out: T[], text: string, start: number, end: number, to: number, make: (start: number, end: number, word: string) => T): void {
  let word = text.slice(start, end).toLowerCase();
  if (word.endsWith("'s")) word = word.slice(0, -2);
  out.push(make(start, Math.min(end, to), word));
}

/** The words of text[from, to) by the Unicode regex (any script), added to `out`. */
function regexWords<T>(text: string, from: number, to: number, make: (start: number, end: number, word: string) => T, out: T[]): T[] {
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) addWord(out, text, m.index, m.index + m[0].length, to, make);
  return out;
}

/** True for an ASCII letter or digit. */
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The words of text[from, to) (lower case, a final "'s" dropped), each made by `make`: the
 * matches of WORD (alnum runs joined by single ' or . characters; a word may run on past `to`).
 * ASCII text is scanned by char code; at the first non-ASCII character the rest is left to
 * the Unicode regex, which resumes at the start of the word being read.
 */
function readWords<T>(text: string, from: number, to: number, make: (start: number, end: number, word: string) => T): T[] {
  const out: T[] = [];
  const n = text.length;
  let i = from;
  while (i < to && i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) return regexWords(text, i, to, make, out);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const s = i;
    for (;;) {
      while (i < n && isAlnum(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const c2 = text.charCodeAt(i);
      if (c2 >= 128) return regexWords(text, s, to, make, out);
      if ((c2 === 39 || c2 === 46) && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (next >= 128) return regexWords(text, s, to, make, out);
        if (isAlnum(next)) {
          i++;
          continue;
        }
      }
      break;
    }
    addWord(out, text, s, i, to, make);
  }
  return out;
}

/** Tokenises normalised text into words with offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return readWords(text, from, to, (start, end, word) => ({ start, end, word, stem: stem(word) }));
}

/** A word of a text with its offsets, as tokenize() reads it, without the stem. */
export interface Word {
  start: number;
  end: number;
  word: string;
}

/** The words of text[from, to): tokenize() without stemming (for word-by-word comparisons). */
export function wordTokens(text: string, from = 0, to = text.length): Word[] {
  return readWords(text, from, to, (start, end, word) => ({ start, end, word }));
}

/** True when a token carries content (not a stop word, not a bare number). */
export function isContent(t: Token): boolean {
  return !STOPWORDS.has(t.word) && !/^[\d.,]+$/.test(t.word);
}
