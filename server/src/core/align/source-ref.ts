/**
 * Builds SourceRefs (raw file offsets, excerpt, paragraph number) from normalised ranges.
 */
import type { SourceDoc } from '../corpus/index.ts';
import { toInputRange } from '../text/normalize.ts';
import type { SourceMeta, SourceRef } from '../types.ts';

/** Bibliographic fields of a source, without undefined members. */
export function metaOf(doc: SourceMeta): SourceMeta {
  const meta: SourceMeta = { key: doc.key, title: doc.title };
  if (doc.author) meta.author = doc.author;
  if (doc.date) meta.date = doc.date;
  if (doc.url) meta.url = doc.url;
  if (doc.publication) meta.publication = doc.publication;
  return meta;
}

/** 1-based paragraph number of a plain offset. */
function paragraphOf(doc: SourceDoc, plain: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid].start <= plain) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * A reference to the passage norm[start, end) of a source: offsets into the raw
 * file, the passage's plain text as excerpt (unless another `excerpt` is given), and
 * its paragraph number.
 */
export function sourceRef(doc: SourceDoc, start: number, end: number, excerpt?: string): SourceRef {
  const plain = toInputRange(doc.norm, start, end);
  const rawStart = doc.plainToRaw(plain.start);
  const rawEnd = Math.max(rawStart, doc.plainToRaw(plain.end));
  return {
    ...metaOf(doc),
    path: doc.path,
    start: rawStart,
    end: rawEnd,
    excerpt: excerpt ?? doc.plain.slice(plain.start, plain.end).replace(/\s+/g, ' ').trim(),
    paragraph: paragraphOf(doc, plain.start),
  };
}

/** A short human name for a source: publication or title. */
export function sourceName(ref: SourceMeta): string {
  const name = ref.publication ?? ref.title ?? ref.key;
  if (name.length <= 60) return name;
  const cut = name.slice(0, 57);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 30)) + '…';
}
