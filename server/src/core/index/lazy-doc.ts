/**
 * Sources held compactly: only the decoded file text and the metadata stay in
 * memory; the article text, its normalisation and offset maps are rebuilt on
 * demand (and kept for the most recently used sources only).
 */
import { parseSource, type SourceDoc } from '../corpus/index.ts';
import type { Normalized } from '../text/normalize.ts';
import { metaOf } from '../align/source-ref.ts';
import type { SourceMeta } from '../types.ts';

/** How many sources keep their parsed form at once. */
const KEEP_PARSED = 256;

const recent = new Set<LazyDoc>();
const encoder = new TextEncoder();

/** A SourceDoc whose derived text is parsed lazily from `raw`. */
export class LazyDoc implements SourceDoc {
  declare key: string;
  declare title: string;
  author?: string;
  date?: string;
  url?: string;
  publication?: string;
  private parsed?: SourceDoc;

  constructor(
    readonly path: string,
    readonly raw: string,
    /** normalize(plain).text, kept so sentence texts never need a re-parse. */
    readonly normText: string,
    meta: SourceMeta,
    parsed?: SourceDoc,
  ) {
    Object.assign(this, metaOf(meta));
    if (parsed) this.keep(parsed);
  }

  private keep(doc: SourceDoc): SourceDoc {
    this.parsed = doc;
    recent.delete(this);
    recent.add(this);
    if (recent.size > KEEP_PARSED) {
      const oldest = recent.values().next().value as LazyDoc;
      recent.delete(oldest);
      oldest.parsed = undefined;
    }
    return doc;
  }

  private get doc(): SourceDoc {
    if (this.parsed) return this.parsed;
    const r = parseSource(this.path, encoder.encode(this.raw), { maxBytes: Number.MAX_SAFE_INTEGER });
    if ('problem' in r) throw new Error(`${this.path}: ${r.problem.message}`);
    return this.keep(r.doc);
  }

  get plain(): string {
    return this.doc.plain;
  }

  get norm(): Normalized {
    return this.doc.norm;
  }

  get paragraphs(): { start: number; end: number }[] {
    return this.doc.paragraphs;
  }

  plainToRaw(offset: number): number {
    return this.doc.plainToRaw(offset);
  }
}

/** FNV-1a 32-bit hash of bytes (content identity for the index cache). */
export function contentHash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
