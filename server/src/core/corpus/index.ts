/**
 * The corpus: source files (.md/.markdown, .txt, .html/.htm) parsed into article
 * text with metadata, paragraphs, normalised text and a map back to the file text.
 */
import { normalize, type Normalized } from '../text/normalize.ts';
import type { LoadProblem, SourceMeta } from '../types.ts';
import { decodeSource } from './decode.ts';
import { readFrontMatter } from './frontmatter.ts';
import { htmlText } from './html.ts';
import { markdownText } from './markdown.ts';
import { keyFromPath, metaFromFrontMatter, titleFromText } from './meta.ts';
import { extensionOf } from './paths.ts';
import { SegmentMap, type BuiltPlain, type Span } from './plain-builder.ts';
import { textParagraphs } from './plaintext.ts';

export { listCorpusFiles, CORPUS_EXTENSIONS, isCorpusFile } from './list.ts';
export { assignUniqueKeys, keyFromPath, slugify } from './meta.ts';
export { DEFAULT_MAX_BYTES } from './decode.ts';

/** A parsed source file. */
export interface SourceDoc extends SourceMeta {
  path: string;
  /** Decoded file text (a byte order mark removed). */
  raw: string;
  /** Article text: front matter, markup and boilerplate removed. */
  plain: string;
  /** Best-effort map from a `plain` offset to a `raw` offset. */
  plainToRaw(offset: number): number;
  /** normalize(plain). */
  norm: Normalized;
  /** Paragraph ranges, offsets in `plain`. */
  paragraphs: { start: number; end: number }[];
}

/** A loaded source (with non-fatal warnings, e.g. a bad front matter) or the reason it was skipped. */
export type ParsedSource = { doc: SourceDoc; warnings?: LoadProblem[] } | { problem: LoadProblem };

/** Options of parseSource. */
export interface ParseOptions {
  /** Largest accepted file in bytes (default 5 MB). */
  maxBytes?: number;
}

/** What a format extractor yields. */
interface Extracted {
  built: BuiltPlain;
  meta: Partial<SourceMeta>;
  heading?: string;
  warning?: string;
}

/** Plain text: the body after any front matter, verbatim, with line-based paragraphs. */
function extractText(raw: string): Extracted {
  const fm = readFrontMatter(raw, false);
  const plain = fm.bodyStart > 0 ? raw.slice(fm.bodyStart) : raw;
  const map = new SegmentMap(Int32Array.of(0), Int32Array.of(fm.bodyStart), Int32Array.of(plain.length));
  const paragraphs: Span[] = textParagraphs(plain);
  return {
    built: { plain, paragraphs, plainToRaw: (o) => map.toRaw(o) },
    meta: fm.data ? metaFromFrontMatter(fm.data) : {},
    warning: fm.error,
  };
}

/** Markdown: prose of the body after any front matter. */
function extractMarkdown(raw: string): Extracted {
  const fm = readFrontMatter(raw, true);
  const md = markdownText(raw, fm.bodyStart);
  return { built: md, meta: fm.data ? metaFromFrontMatter(fm.data) : {}, heading: md.heading, warning: fm.error };
}

/** HTML: Readability's article, or undefined when there is none. */
function extractHtml(raw: string): Extracted | undefined {
  const r = htmlText(raw);
  if (!r) return undefined;
  const { h1, ...meta } = r.meta;
  return { built: r.built, meta, heading: h1 };
}

/** Runs the extractor for the file's extension. */
function extract(path: string, raw: string): Extracted | string {
  const ext = extensionOf(path);
  if (ext === 'html' || ext === 'htm') return extractHtml(raw) ?? 'no article text found in the HTML';
  if (ext === 'md' || ext === 'markdown') return extractMarkdown(raw);
  return extractText(raw);
}

/** Assembles the SourceDoc from extracted text and metadata. */
function toDoc(path: string, raw: string, x: Extracted): SourceDoc {
  const { built, meta } = x;
  const doc: SourceDoc = {
    key: meta.key ?? keyFromPath(path),
    title: meta.title ?? x.heading ?? titleFromText(built.plain),
    path,
    raw,
    plain: built.plain,
    plainToRaw: built.plainToRaw,
    norm: normalize(built.plain),
    paragraphs: built.paragraphs,
  };
  for (const field of ['author', 'date', 'url', 'publication'] as const) {
    const v = meta[field];
    if (v !== undefined) doc[field] = v;
  }
  return doc;
}

/**
 * Parses a source file's bytes by extension (.md/.markdown, .html/.htm, anything
 * else as plain text). Never throws: bad input becomes `{ problem }` with a short
 * message ("empty file", "binary file, not text", "invalid UTF-8 at byte N", ...).
 */
export function parseSource(path: string, bytes: Uint8Array, opts: ParseOptions = {}): ParsedSource {
  try {
    const decoded = decodeSource(bytes, opts.maxBytes);
    if ('error' in decoded) return { problem: { path, message: decoded.error } };
    const x = extract(path, decoded.text);
    if (typeof x === 'string') return { problem: { path, message: x } };
    if (x.built.plain.trim() === '') return { problem: { path, message: 'no article text (only front matter, code or markup)' } };
    const doc = toDoc(path, decoded.text, x);
    return x.warning ? { doc, warnings: [{ path, message: x.warning }] } : { doc };
  } catch (e) {
    return { problem: { path, message: `cannot parse: ${e instanceof Error ? e.message : String(e)}` } };
  }
}
