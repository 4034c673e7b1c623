/**
 * Text normalisation with an offset map back to the input.
 *
 * Folds what writers and sources legitimately vary: curly vs straight quotes and
 * apostrophes, dashes, non-breaking and repeated white space, line wrapping,
 * compatibility forms (NFKC), the ellipsis character, soft hyphens and zero-width
 * characters. Case is kept; callers lower-case where they compare words.
 */

/** Normalised text plus, for every normalised offset, the input offset it came from. */
export interface Normalized {
  text: string;
  /** map[i] = input offset of normalised char i; map[text.length] = input length. */
  map: Int32Array;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const COMBINING = /\p{M}/u;

/** Replacement for one input code point (before NFKC). */
function fold(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u2026') return '...';
  if (INVISIBLE.test(ch)) return '';
  if (ch.charCodeAt(0) < 128) return ch;
  return ch.normalize('NFKC');
}

/**
 * Normalises `input`, returning the folded text and an offset map.
 * White space runs become one space; leading and trailing white space is dropped.
 */
export function normalize(input: string): Normalized {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (SPACES.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      i += width;
      continue;
    }
    if (COMBINING.test(ch) && out.length > 0) {
      const composed = (out[out.length - 1] + ch).normalize('NFC');
      if (composed.length === 1) {
        out[out.length - 1] = composed;
        i += width;
        continue;
      }
    }
    const folded = fold(ch);
    if (folded.length > 0 && pendingSpace >= 0 && out.length > 0) {
      out.push(' ');
      map.push(pendingSpace);
    }
    if (folded.length > 0) pendingSpace = -1;
    for (const unit of folded) {
      for (let k = 0; k < unit.length; k++) {
        out.push(unit[k]);
        map.push(i);
      }
    }
    i += width;
  }
  map.push(input.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

/** Maps a normalised offset (0..text.length) back to the input offset. */
export function toInputOffset(n: Normalized, offset: number): number {
  if (offset <= 0) return n.map[0] ?? 0;
  if (offset >= n.map.length) return n.map[n.map.length - 1];
  return n.map[offset];
}

/**
 * Maps a normalised half-open range back to an input range, so that the end
 * covers the whole last input character (e.g. a folded ellipsis or NFKC form).
 */
export function toInputRange(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = toInputOffset(n, start);
  if (end <= start) return { start: s, end: s };
  const last = toInputOffset(n, end - 1);
  let e = toInputOffset(n, end);
  if (e <= last) e = last + 1;
  return { start: s, end: e };
}
