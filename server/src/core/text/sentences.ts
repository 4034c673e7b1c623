/**
 * Sentence boundaries in normalised prose (drafts and sources alike): a sentence ends at `.`, `!`, `?` (or an
 * ellipsis), plus any closing quotes/brackets, followed by a space and an uppercase
 * letter, digit, quote or opening bracket. Abbreviations, initials and
 * dotted acronyms (U.S., e.g., a.m.) never end a sentence, nor does a boundary
 * inside a quotation that continues.
 */

/** A half-open range of the prose. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'capt', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'messrs', 'mt', 'ft', 'fig',
  'approx', 'dept', 'vol', 'pp', 'cf', 'al', 'rs',
]);
const TERMINAL = /[.!?]/;
const CLOSERS = /["')\]}*]/;
const NEXT_START = /["'([\p{Lu}\p{N}\u00BF\u00A1]/u;

const WORD_STOP = /[\s("'[]/;
/** Length of the longest entry of ABBREVIATIONS. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** True for a code unit that ends the word before a dot: white space, ( " ' or [. */
function isWordStop(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 40 || c === 34 || c === 39 || c === 91;
  return WORD_STOP.test(String.fromCharCode(c));
}

/** True when the `.` at `dot` belongs to an abbreviation, initial or acronym. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !isWordStop(text.charCodeAt(s - 1))) s--;
  if (s === dot) return false;
  // Abbreviations are short: a longer word is only an acronym when it holds a dot.
  if (dot - s > MAX_ABBREVIATION && text.lastIndexOf('.', dot - 1) < s) return false;
  const word = text.slice(s, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if ((lower === 'no' || lower === 'nos') && /^ ?\d/.test(text.slice(dot + 1, dot + 3))) return true;
  if (/^\p{Lu}$/u.test(word)) return true;
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function inside(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (s.start < at && at < s.end) return true;
  return false;
}

/** End of the boundary that starts with terminal punctuation at `i`, or -1. */
function boundaryAt(text: string, i: number, quotes: readonly Span[]): number {
  let j = i;
  while (j < text.length && TERMINAL.test(text[j])) j++;
  if (text[i] === '.' && j === i + 1 && isAbbreviationDot(text, i)) return -1;
  while (j < text.length && CLOSERS.test(text[j])) j++;
  if (j >= text.length) return -1;
  if (text[j] !== ' ' || !NEXT_START.test(text[j + 1] ?? '')) return -1;
  return inside(quotes, j) ? -1 : j;
}

/**
 * Splits text[from, to) into trimmed sentence spans; `quotes` are spans not to split
 * inside. Shared by the draft analysis and the corpus index.
 */
export function splitSentences(text: string, from = 0, to = text.length, quotes: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  const slice = to < text.length ? text.slice(0, to) : text;
  let start = from;
  const re = /[.!?]+/g;
  re.lastIndex = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const j = boundaryAt(slice, m.index, quotes);
    if (j < 0) continue;
    pushTrimmed(slice, start, j, out);
    start = j + 1;
    re.lastIndex = j;
  }
  pushTrimmed(slice, start, to, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end > start) out.push({ start, end });
}
