/**
 * Draft analysis: `parseDraft(text)` turns a Markdown draft into prose sentences
 * (with a map back to draft offsets), quotations with their speakers, citations and
 * footnote definitions. Top-level chunks are parsed independently and memoised, so
 * re-parsing an edited draft only re-analyses the chunks that changed.
 */
import { normalize } from '../text/normalize.ts';
import { attributionBefore } from './attribution.ts';
import { analyseBlock, type BlockResult } from './block.ts';
import { referenceSuffix, splitChunks, type Chunk } from './chunks.ts';
import { parseMarkdown } from './markdown.ts';
import { charEnd } from './prose.ts';
import type { Citation, Draft, DraftSentence, FootnoteDef, Speaker } from './types.ts';

export type { BlockKind, Citation, Draft, DraftSentence, FootnoteDef, Quotation, Speaker } from './types.ts';

interface ChunkResult {
  blocks: BlockResult[];
  footnotes: FootnoteDef[];
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, ChunkResult>();

/** Parses and analyses one chunk, memoised by its text and the reference suffix. */
function analyseChunk(chunk: Chunk, suffix: string): ChunkResult {
  const key = suffix === '' ? chunk.text : `${suffix}\u0000${chunk.text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const source = suffix === '' ? chunk.text : `${chunk.text}\n\n${suffix}\n`;
  const parsed = parseMarkdown(source, chunk.text.length);
  const result = { blocks: parsed.blocks.map((b) => analyseBlock(b, source)), footnotes: parsed.footnotes };
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return result;
}

/** The map of a sentence's offsets (from `s` in its prose, `length` long) to draft offsets. */
function toDraftOf(length: number, draftEnd: number, base: number, map: ArrayLike<number>, s: number): (i: number) => number {
  return (i) => (i >= length ? draftEnd : base + map[s + Math.max(0, i)]);
}

/** Builds the draft-level objects of the chunks, shifting offsets by each chunk's start. */
class Assembler {
  readonly draft: Draft;
  private blockIndex = 0;
  private lastPlain?: DraftSentence;
  private blockSpeaker?: Speaker;
  private lastRow?: number;

  constructor(text: string) {
    this.draft = { text, sentences: [], quotations: [], citations: [], footnotes: new Map() };
  }

  chunk(chunk: Chunk, result: ChunkResult): void {
    for (const f of result.footnotes) {
      this.draft.footnotes.set(f.label, { ...f, start: f.start + chunk.start, end: f.end + chunk.start, keys: [...f.keys], urls: [...f.urls] });
    }
    for (const b of result.blocks) this.block(b, chunk);
  }

  private block(b: BlockResult, chunk: Chunk): void {
    // The cells of one table row form one block for citation purposes.
    const row = b.row === undefined ? undefined : b.row + chunk.start;
    if (row !== undefined && row === this.lastRow) this.blockIndex--;
    this.lastRow = row;
    const base = chunk.start;
    const map = b.prose.map;
    const sentences = b.sentences.map((s) => this.sentence(b, s.start, s.end, base, base + charEnd(chunk.text, map[s.end - 1])));
    for (const c of b.citations) {
      const shifted: Citation = { ...c, keys: [...c.keys], start: c.start + base, end: c.end + base };
      this.draft.citations.push(shifted);
      const owner = sentences.filter((s) => s.start <= shifted.start).pop() ?? sentences[0];
      owner?.citations.push(shifted);
    }
    for (const q of b.quotes) {
      const { open, close } = q.span;
      const innerStart = base + map[open + 1];
      const innerEnd = base + charEnd(chunk.text, map[close - 1]);
      const sp = q.speaker;
      this.draft.quotations.push({
        start: base + map[open], end: base + charEnd(chunk.text, map[close]), innerStart, innerEnd,
        text: this.draft.text.slice(innerStart, innerEnd), block: false,
        prose: b.prose.text.slice(open + 1, close),
        ...(sp ? { speaker: { name: sp.name, start: base + map[sp.start], end: base + charEnd(chunk.text, map[sp.end - 1]) } } : {}),
      });
    }
    if (b.quoted) this.blockQuote(b, base);
    else this.blockSpeaker = undefined;
    this.draft.sentences.push(...sentences);
    if (!b.quoted && sentences.length > 0) this.lastPlain = sentences[sentences.length - 1];
    this.blockIndex++;
  }

  private sentence(b: BlockResult, s: number, e: number, base: number, draftEnd: number): DraftSentence {
    const map = b.prose.map;
    const text = b.prose.text.slice(s, e);
    const sentence: DraftSentence = {
      start: base + map[s], end: draftEnd, text, citations: [], block: b.kind, blockIndex: this.blockIndex,
      toDraft: toDraftOf(text.length, draftEnd, base, map, s),
    };
    if (b.context) sentence.context = normalize(b.context).text;
    return sentence;
  }

  /** A block quote paragraph; its speaker comes from a lead-in like "X said:". */
  private blockQuote(b: BlockResult, base: number): void {
    if (b.prose.text === '') return;
    if (this.blockSpeaker === undefined && this.lastPlain && /[:,]$/.test(this.lastPlain.text)) {
      const lead = this.lastPlain;
      const a = attributionBefore(lead.text, 0, lead.text.length);
      if (a && !a.who.pronoun) this.blockSpeaker = { name: a.who.name, start: lead.toDraft(a.who.start), end: lead.toDraft(a.who.end - 1) + 1 };
    }
    const innerStart = base + b.prose.map[0];
    const innerEnd = base + b.prose.map[b.prose.text.length];
    this.draft.quotations.push({
      start: base + b.start, end: base + b.end, innerStart, innerEnd,
      text: this.draft.text.slice(innerStart, innerEnd), block: true, prose: b.prose.text,
      ...(this.blockSpeaker ? { speaker: { ...this.blockSpeaker } } : {}),
    });
  }

  /** Fills footnote citations with their definition's keys and first URL. */
  finish(): Draft {
    for (const c of this.draft.citations) {
      const def = c.kind === 'footnote' && c.label !== undefined ? this.draft.footnotes.get(c.label) : undefined;
      if (!def) continue;
      c.keys = [...def.keys];
      if (def.urls[0] !== undefined) c.url = def.urls[0];
    }
    this.draft.quotations.sort((a, b) => a.start - b.start || b.end - a.end);
    return this.draft;
  }
}

/** Parses a Markdown draft into sentences, quotations, citations and footnotes. */
export function parseDraft(text: string): Draft {
  const suffix = referenceSuffix(text);
  const asm = new Assembler(text);
  for (const chunk of splitChunks(text)) asm.chunk(chunk, analyseChunk(chunk, suffix));
  return asm.finish();
}
