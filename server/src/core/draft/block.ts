/**
 * Analysis of one prose block (paragraph, heading, list item paragraph, table cell):
 * citations cut out, normalised text with its map, quotations, sentences, speakers.
 * Offsets are relative to the text the block was parsed from.
 */
import { speakersOf, type ProseSpeaker } from './attribution.ts';
import { findTextCitations } from './citations.ts';
import type { RawBlock } from './markdown.ts';
import { charEnd, finishProse, type Prose } from './prose.ts';
import { findQuoteSpans, type QuoteSpan } from './quotes.ts';
import { splitSentences, type Span } from '../text/sentences.ts';
import type { BlockKind, Citation } from './types.ts';

/** A quotation of a block in prose offsets, with its speaker. */
export interface BlockQuote {
  span: QuoteSpan;
  speaker?: ProseSpeaker;
}

/** The analysed block. */
export interface BlockResult {
  /** Table cells: the row label and column header. */
  context?: string;
  /** Table cells: an id of the row. */
  row?: number;
  kind: BlockKind;
  quoted: boolean;
  start: number;
  end: number;
  prose: Prose;
  /** Citations in source offsets, sorted. */
  citations: Citation[];
  sentences: Span[];
  quotes: BlockQuote[];
}

/** Analyses a raw block parsed from `source`. */
export function analyseBlock(raw: RawBlock, source: string): BlockResult {
  const found = findTextCitations(raw.raw);
  const citations = [...raw.citations];
  for (const c of found) {
    const start = raw.map[c.start];
    const end = charEnd(source, raw.map[c.end - 1]);
    citations.push(c.label !== undefined ? { kind: c.kind, keys: c.keys, label: c.label, start, end } : { kind: c.kind, keys: c.keys, start, end });
  }
  citations.sort((a, b) => a.start - b.start);
  const prose = finishProse(raw.raw, raw.map, found, source);
  const spans = findQuoteSpans(prose.text, (i) => source[prose.map[i]]);
  const top = spans.filter((s) => !s.nested);
  const sentences = splitSentences(prose.text, 0, prose.text.length, top.map((s) => ({ start: s.open, end: s.close + 1 })));
  const speakers = speakersOf(prose.text, top, sentences);
  const quotes = top.map((span, i) => ({ span, speaker: speakers[i] }));
  return { kind: raw.kind, quoted: raw.quoted, start: raw.start, end: raw.end, prose, citations, sentences, quotes, ...(raw.context ? { context: raw.context } : {}), ...(raw.row !== undefined ? { row: raw.row } : {}) };
}
