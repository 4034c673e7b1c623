/**
 * Sentence boundaries in normalised prose, shared by the draft analysis and the corpus index.
 */

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep inc ltd co corp vs etc e.g i.e no ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m approx est fig vol pp p')
    .split(' '),
);

/** Half-open [start, end) range in a text. */
export interface Span {
  start: number;
  end: number;
}

function isBoundary(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch !== '.') return true;
  // Decimal point or a number like 3.5.
  if (/\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '')) return false;
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Single capital initial: "J. K. Rowling".
  if (/^\p{Lu}$/u.test(text.slice(w, dot))) return false;
  return true;
}

/**
 * Splits normalised text [from, to) into sentences. A sentence ends at . ! or ?
 * (plus closing quotes/brackets) followed by a space and an upper-case letter,
 * digit or opening quote; abbreviations, initials and decimals do not end one.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const re = /[.!?]+["')\]]*(?= +["'(\[]?[\p{Lu}\d])/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const lastPunct = m.index + m[0].search(/[.!?][^.!?]*$/);
    if (!isBoundary(text, lastPunct)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, to, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end > start) out.push({ start, end });
}
