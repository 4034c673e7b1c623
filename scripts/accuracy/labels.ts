/**
 * Expectation labels of the accuracy fixtures.
 *
 * A case is a Markdown draft whose expectations are inline HTML comments placed in
 * the same block (paragraph, heading, table cell; list items and block quotes hold
 * paragraphs) as the text they label, after it:
 *
 *   <!-- expect figure.mismatch "9 billion" -->   a finding with that code must overlap
 *                                                  an occurrence of "9 billion" in the block
 *   <!-- ok "7 billion" -->                        no finding may overlap it
 *
 * A comment on its own line directly after a block (CommonMark makes it an HTML block)
 * labels that preceding block.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Nodes, Parents } from 'mdast';

/** A half-open range of draft offsets. */
export interface Span {
  start: number;
  end: number;
}

/** One `expect` or `ok` comment. */
export interface Label {
  kind: 'expect' | 'ok';
  /** Finding code of an `expect`; undefined for `ok`. */
  code?: string;
  /** The quoted draft text. */
  text: string;
  /** The comment's own range in the draft. */
  comment: Span;
  /** The block the label belongs to. */
  block: Span;
  /** Every occurrence of `text` within the block, outside comments. */
  occurrences: Span[];
}

/** A label problem that makes a fixture malformed. */
export interface LabelError {
  message: string;
  offset: number;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const LABEL = /^\s*(expect|ok)\s+(?:([a-z]+\.[a-z-]+)\s+)?"([\s\S]*)"\s*$/;
const LABEL_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Parses a draft's Markdown with the extensions the engine uses. */
function parseTree(text: string): Nodes {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

function spanOf(node: Nodes): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: s, end: e };
}

/** Collects the spans of every labelling block, in document order. */
function collectBlocks(node: Nodes, out: Span[]): Span[] {
  const span = spanOf(node);
  if (LABEL_BLOCKS.has(node.type) && span) out.push(span);
  if ('children' in node) for (const child of (node as Parents).children) collectBlocks(child, out);
  return out;
}

/** The innermost block holding `offset`, else the last block ending before it. */
export function blockAt(blocks: Span[], offset: number): Span | undefined {
  let inner: Span | undefined;
  let before: Span | undefined;
  for (const b of blocks) {
    if (b.start <= offset && offset < b.end) {
      if (!inner || b.end - b.start < inner.end - inner.start) inner = b;
    } else if (b.end <= offset && (!before || b.end >= before.end)) {
      before = b;
    }
  }
  return inner ?? before;
}

/** Replaces every HTML comment by NUL characters of the same length (offsets kept). */
export function maskComments(text: string): string {
  return text.replace(COMMENT, (m) => '\0'.repeat(m.length));
}

/** Every occurrence of `needle` in `masked` within `block`. */
export function occurrencesIn(masked: string, block: Span, needle: string): Span[] {
  const out: Span[] = [];
  if (needle.length === 0) return out;
  const slice = masked.slice(block.start, block.end);
  for (let i = slice.indexOf(needle); i >= 0; i = slice.indexOf(needle, i + 1)) {
    out.push({ start: block.start + i, end: block.start + i + needle.length });
  }
  return out;
}

/** Parses every label of a draft; malformed labels are reported, not thrown. */
export function parseLabels(text: string): { labels: Label[]; errors: LabelError[] } {
  const blocks = collectBlocks(parseTree(text), []);
  const masked = maskComments(text);
  const labels: Label[] = [];
  const errors: LabelError[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const at = m.index ?? 0;
    const parsed = LABEL.exec(m[1]);
    if (!parsed) {
      if (/^\s*(expect|ok)\b/.test(m[1])) errors.push({ message: `unreadable label ${m[0]}`, offset: at });
      continue;
    }
    const [, kind, code, quoted] = parsed;
    if (kind === 'expect' && !code) errors.push({ message: `expect without a code: ${m[0]}`, offset: at });
    const block = blockAt(blocks, at);
    const occurrences = block ? occurrencesIn(masked, block, quoted) : [];
    if (occurrences.length === 0) {
      errors.push({ message: `"${quoted}" does not occur in its block`, offset: at });
    }
    labels.push({
      kind: kind as Label['kind'],
      code: code || undefined,
      text: quoted,
      comment: { start: at, end: at + m[0].length },
      block: block ?? { start: at, end: at },
      occurrences,
    });
  }
  return { labels, errors };
}

/** Whether [a.start, a.end) and [b.start, b.end) share a character (empty a counts as one). */
export function overlaps(a: Span, b: Span): boolean {
  const aEnd = Math.max(a.end, a.start + 1);
  const bEnd = Math.max(b.end, b.start + 1);
  return a.start < bEnd && b.start < aEnd;
}

/** Whether a range overlaps any occurrence of a label. */
export function labelOverlaps(label: Label, range: Span): boolean {
  return label.occurrences.some((o) => overlaps(o, range));
}
