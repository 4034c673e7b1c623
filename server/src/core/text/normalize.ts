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

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Normalises `input`, returning the folded text and an offset map.
 * White space runs become one space; leading and trailing white space is dropped.
 * Plain ASCII (the bulk of news text) takes a fast path without per-character strings.
 */
export function normalize(input: string): Normalized {
  return normalizeAscii(input) ?? normalizeAny(input);
}

/** Scratch bytes for the ASCII path's output text. */
let scratch = new Uint8Array(1 << 16);
const ascii = new TextDecoder();

/**
 * normalize() of plain ASCII text without a backtick (nothing to fold, only white
 * space to collapse), or undefined for any other text.
 */
function normalizeAscii(input: string): Normalized | undefined {
  const n = input.length;
  const map = new Int32Array(n + 1);
  if (scratch.length < n) scratch = new Uint8Array(n * 2);
  const bytes = scratch;
  let out = 0;
  let pendingSpace = -1;
  let otherSpace = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (c !== 32) otherSpace = true;
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (c >= 128 || c === 96) return undefined;
    if (pendingSpace >= 0) {
      if (out > 0) {
        bytes[out] = 32;
        map[out++] = pendingSpace;
      }
      pendingSpace = -1;
    }
    bytes[out] = c;
    map[out++] = i;
  }
  map[out] = n;
  const text = out === n && !otherSpace ? input : ascii.decode(bytes.subarray(0, out));
  return { text, map: map.slice(0, out + 1) };
}

/** normalize() for any text. */
function normalizeAny(input: string): Normalized {
  const n = input.length;
  const map = new Int32Array(n * 3 + 1);
  const parts: string[] = [];
  let out = 0;
  let runStart = -1;
  let pendingSpace = -1;
  const flushRun = (end: number) => {
    if (runStart >= 0) {
      parts.push(input.slice(runStart, end));
      runStart = -1;
    }
  };
  const emit = (text: string, at: number) => {
    if (pendingSpace >= 0 && out > 0) {
      parts.push(' ');
      map[out++] = pendingSpace;
    }
    pendingSpace = -1;
    parts.push(text);
    for (let k = 0; k < text.length; k++) map[out++] = at;
  };
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    if (isSpaceCode(c)) {
      flushRun(i);
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (c < 128 && c !== 96) {
      if (runStart < 0) {
        if (pendingSpace >= 0 && out > 0) {
          parts.push(' ');
          map[out++] = pendingSpace;
        }
        pendingSpace = -1;
        runStart = i;
      }
      map[out++] = i;
      i++;
      continue;
    }
    flushRun(i);
    const cp = input.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (COMBINING.test(ch) && parts.length > 0) {
      const last = parts[parts.length - 1];
      const composed = (last.slice(-1) + ch).normalize('NFC');
      if (composed.length === 1) {
        parts[parts.length - 1] = last.slice(0, -1) + composed;
        i += ch.length;
        continue;
      }
    }
    const folded = fold(ch);
    if (folded.length > 0) emit(folded, i);
    i += ch.length;
  }
  flushRun(n);
  map[out] = n;
  return { text: parts.join(''), map: map.slice(0, out + 1) };
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
