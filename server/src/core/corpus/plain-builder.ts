/**
 * Builds a source's article text (`plain`) piece by piece together with an exact
 * map back to the raw file text and the paragraph ranges. Copied pieces map
 * character by character; synthetic pieces (paragraph separators) map to the raw
 * end of the piece before them.
 */

/** A half-open range of offsets. */
export interface Span {
  start: number;
  end: number;
}

/** The finished article text with its raw offset map. */
export interface BuiltPlain {
  plain: string;
  plainToRaw(offset: number): number;
  paragraphs: Span[];
}

const WS = /\s/;
/** How far ahead a decoded character is looked for in the raw text. */
const ALIGN_WINDOW = 48;

/** Accumulates plain text, copy segments and paragraphs. */
export class PlainBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segPlain: number[] = [];
  private readonly segRaw: number[] = [];
  private readonly segLen: number[] = [];
  private readonly paragraphs: Span[] = [];
  private paragraphStart = -1;

  constructor(private readonly raw: string) {}

  /** Length of the plain text so far. */
  get size(): number {
    return this.length;
  }

  /** Appends raw[rawStart, rawStart + text.length), which equals `text`. */
  copy(text: string, rawStart: number): void {
    if (text.length === 0) return;
    const n = this.segPlain.length - 1;
    if (n >= 0 && this.segPlain[n] + this.segLen[n] === this.length && this.segRaw[n] + this.segLen[n] === rawStart) {
      this.segLen[n] += text.length;
    } else {
      this.segPlain.push(this.length);
      this.segRaw.push(rawStart);
      this.segLen.push(text.length);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends text with no raw counterpart (separators, cell gaps). */
  synthetic(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /**
   * Appends `value`, a decoded form of raw[rawStart, rawEnd) (escapes, entities,
   * quote markers and indentation removed), aligning it greedily with the raw text.
   */
  aligned(value: string, rawStart: number, rawEnd: number): void {
    if (rawEnd - rawStart === value.length && this.raw.startsWith(value, rawStart)) {
      this.copy(value, rawStart);
      return;
    }
    let j = rawStart;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      const at = this.find(ch, j, rawEnd);
      if (at < 0) this.synthetic(ch);
      else {
        this.copy(ch, at);
        j = at + 1;
      }
    }
  }

  /** Raw offset of `ch` (white space matches white space) in [from, to), or -1. */
  private find(ch: string, from: number, to: number): number {
    const space = WS.test(ch);
    const limit = Math.min(to, from + ALIGN_WINDOW);
    for (let k = from; k < limit; k++) {
      const r = this.raw[k];
      if (r === ch || (space && WS.test(r))) return k;
    }
    return -1;
  }

  /** Appends `text` with every offset in it mapped to `rawOffset` (unlocated text). */
  pinned(text: string, rawOffset: number): void {
    this.segPlain.push(this.length);
    this.segRaw.push(rawOffset);
    this.segLen.push(0);
    this.synthetic(text);
  }

  /** Starts a paragraph, separated from the previous one by a blank line. */
  openParagraph(): void {
    if (this.paragraphStart >= 0) this.closeParagraph();
    if (this.length > 0) this.synthetic('\n\n');
    this.paragraphStart = this.length;
  }

  /** Ends the current paragraph; an empty one is dropped with its separator. */
  closeParagraph(): void {
    if (this.paragraphStart < 0) return;
    if (this.length > this.paragraphStart) this.paragraphs.push({ start: this.paragraphStart, end: this.length });
    else if (this.paragraphStart > 0 && this.parts[this.parts.length - 1] === '\n\n') {
      this.parts.pop();
      this.length -= 2;
    }
    this.paragraphStart = -1;
  }

  /** The plain text, its raw map and paragraphs. */
  build(): BuiltPlain {
    this.closeParagraph();
    const plain = this.parts.join('');
    const map = new SegmentMap(Int32Array.from(this.segPlain), Int32Array.from(this.segRaw), Int32Array.from(this.segLen));
    return { plain, plainToRaw: (o) => map.toRaw(o), paragraphs: this.paragraphs };
  }
}

/** Plain-to-raw lookup over sorted copy segments. */
export class SegmentMap {
  constructor(
    private readonly plainStart: Int32Array,
    private readonly rawStart: Int32Array,
    private readonly len: Int32Array,
  ) {}

  /** Raw offset of a plain offset (see PlainBuilder for gaps). */
  toRaw(offset: number): number {
    const n = this.plainStart.length;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n - 1;
    if (offset < this.plainStart[0]) return this.rawStart[0];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.plainStart[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const within = offset - this.plainStart[lo];
    return this.rawStart[lo] + Math.min(within, this.len[lo]);
  }
}
