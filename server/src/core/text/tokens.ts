/**
 * Word tokens for alignment: lower-cased, possessives dropped, lightly stemmed.
 */

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

/** A light English suffix stemmer, good enough to align paraphrases. */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ions') && n > 7) return word.slice(0, -4);
  if (word.endsWith('ion') && n > 6) return word.slice(0, -3);
  if (word.endsWith('ing') && n > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && n > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Tokenises normalised text into words with offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    let word = m[0].toLowerCase();
    let end = m.index + m[0].length;
    if (word.endsWith("'s")) {
      word = word.slice(0, -2);
    }
    if (end > to) end = to;
    out.push({ start: m.index, end, word, stem: stem(word) });
  }
  return out;
}

/** True when a token carries content (not a stop word, not a bare number). */
export function isContent(t: Token): boolean {
  return !STOPWORDS.has(t.word) && !/^[\d.,]+$/.test(t.word);
}
