/**
 * Prose strings with a piecewise map back to source offsets: Markdown text node
 * values are aligned with the source they came from (escapes, entities, container
 * prefixes such as `> ` and list indentation), citations are cut out, and the result
 * is normalised with the maps composed.
 */
import { normalize } from '../text/normalize.ts';

/** Placeholder for an inline node that was removed (footnote call, bare URL). */
export const MARKER = '\uE000';

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const SKIPPABLE = /[\s>\\]/;

/**
 * Source offset of every char of `value`, a text node value parsed from
 * source[start, end). Greedy alignment: unmatched source chars (escapes, container
 * markers, indentation) are skipped; an entity maps all of its decoded chars to its `&`.
 */
export function alignValue(value: string, source: string, start: number, end: number): number[] {
  const out = new Array<number>(value.length);
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let q = p;
    while (q < end && source[q] !== c && SKIPPABLE.test(source[q])) q++;
    if (q < end && source[q] === c) {
      out[i] = q;
      p = q + 1;
      continue;
    }
    ENTITY.lastIndex = q;
    const ent = source[q] === '&' ? ENTITY.exec(source) : null;
    out[i] = ent ? q : p;
    if (ent) {
      while (i + 1 < value.length && isEntityTail(value, i + 1)) out[++i] = q;
      p = q + ent[0].length;
    }
  }
  return out;
}

/** True for the second unit of a surrogate pair (an entity may decode to two units). */
function isEntityTail(value: string, i: number): boolean {
  const code = value.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A removed range of the raw prose (a citation). */
export interface Cut {
  start: number;
  end: number;
}

/** Accumulates prose chars and their source offsets. */
export class ProseBuilder {
  private readonly parts: string[] = [];
  readonly map: number[] = [];
  private length = 0;

  /** Appends a text node value parsed from source[start, end). */
  pushValue(value: string, source: string, start: number, end: number): void {
    const offsets = alignValue(value, source, start, end);
    this.parts.push(value);
    for (const o of offsets) this.map.push(o);
    this.length += value.length;
  }

  /** Appends one char standing at source offset `at`. */
  pushChar(ch: string, at: number): void {
    this.parts.push(ch);
    this.map.push(at);
    this.length += 1;
  }

  get size(): number {
    return this.length;
  }

  /** The raw prose string. */
  text(): string {
    return this.parts.join('');
  }
}

/** Normalised prose of a block with offsets into the source. */
export interface Prose {
  text: string;
  /** map[i] = source offset of char i; map[text.length] = end of the last char. */
  map: Int32Array;
}

/** Extends a cut over the white space before it when punctuation or the end follows. */
function widen(raw: string, cut: Cut): Cut {
  let s = cut.start;
  const next = raw[cut.end];
  if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) while (s > 0 && /\s/.test(raw[s - 1])) s--;
  return { start: s, end: cut.end };
}

/** Removes the cuts and markers from raw prose, normalises, and composes the maps. */
export function finishProse(raw: string, map: readonly number[], cuts: readonly Cut[], source: string): Prose {
  const all = [...cuts];
  for (let i = raw.indexOf(MARKER); i >= 0; i = raw.indexOf(MARKER, i + 1)) all.push({ start: i, end: i + 1 });
  all.sort((a, b) => a.start - b.start);
  const keep: string[] = [];
  const keepMap: number[] = [];
  let pos = 0;
  for (const c of all.map((c) => widen(raw, c))) {
    if (c.start > pos) copy(raw, map, pos, c.start, keep, keepMap);
    pos = Math.max(pos, c.end);
  }
  copy(raw, map, pos, raw.length, keep, keepMap);
  const clean = keep.join('');
  const norm = normalize(clean);
  const out = new Int32Array(norm.text.length + 1);
  for (let i = 0; i < norm.text.length; i++) out[i] = keepMap[norm.map[i]];
  out[norm.text.length] = norm.text.length > 0 ? charEnd(source, out[norm.text.length - 1]) : 0;
  return { text: norm.text, map: out };
}

function copy(raw: string, map: readonly number[], from: number, to: number, keep: string[], keepMap: number[]): void {
  keep.push(raw.slice(from, to));
  for (let i = from; i < to; i++) keepMap.push(map[i]);
}

/** Offset just after the source char at `offset` (surrogate pairs count as one char). */
export function charEnd(source: string, offset: number): number {
  const code = source.charCodeAt(offset);
  return code >= 0xd800 && code <= 0xdbff ? offset + 2 : offset + 1;
}

/** Source range of the normalised range [start, end) of a prose. */
export function proseRange(p: Prose, source: string, start: number, end: number): { start: number; end: number } {
  const s = p.map[start];
  if (end <= start) return { start: s, end: s };
  return { start: s, end: Math.max(s, charEnd(source, p.map[end - 1])) };
}
