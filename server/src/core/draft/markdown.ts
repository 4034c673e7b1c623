/**
 * Markdown -> prose blocks, using mdast-util-from-markdown with GFM (tables,
 * footnotes, autolinks) and front matter. Code, HTML, front matter, images, URLs and
 * link targets are left out; link text is kept. Offsets are into the parsed text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, Parent, Link, FootnoteDefinition } from 'mdast';
import { citationKeys, footnoteKeys, urlsIn } from './citations.ts';
import { MARKER, ProseBuilder } from './prose.ts';
import type { BlockKind, Citation, FootnoteDef } from './types.ts';

/** One prose block before citation removal and normalisation. */
export interface RawBlock {
  kind: BlockKind;
  /** True for blocks inside a block quote. */
  quoted: boolean;
  start: number;
  end: number;
  raw: string;
  map: number[];
  /** Footnote calls and links found as nodes. */
  citations: Citation[];
  /** For a table cell: its row's first cell and its column header (plain words). */
  context?: string;
  /** For a table cell: an id of its row (cells of one row share citations). */
  row?: number;
}

/** Blocks and footnote definitions of a parsed text. */
export interface ParsedMarkdown {
  blocks: RawBlock[];
  footnotes: FootnoteDef[];
}

const OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml', 'toml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
};

const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'thematicBreak', 'inlineCode', 'image', 'imageReference', 'inlineMath', 'math']);

/** Parses `source`; only nodes starting before `limit` are kept (a suffix may follow). */
export function parseMarkdown(source: string, limit = source.length): ParsedMarkdown {
  const tree = fromMarkdown(source, OPTIONS);
  const out: ParsedMarkdown = { blocks: [], footnotes: [] };
  const defs = new Map<string, string>();
  for (const n of tree.children) if (n.type === 'definition') defs.set(n.identifier, n.url);
  const walker = new BlockWalker(source, defs, out);
  for (const n of tree.children) {
    if (start(n) < limit) walker.block(n, 'paragraph', false);
  }
  return out;
}

function start(n: Nodes): number {
  return n.position?.start.offset ?? 0;
}

function end(n: Nodes): number {
  return n.position?.end.offset ?? 0;
}

/** True for a link written as a bare URL or `<url>` (its text is the URL itself). */
function isAutolink(link: Link): boolean {
  if (link.children.length !== 1 || link.children[0].type !== 'text') return false;
  const v = link.children[0].value;
  return v === link.url || `http://${v}` === link.url || `mailto:${v}` === link.url;
}

class BlockWalker {
  constructor(
    private readonly source: string,
    private readonly defs: Map<string, string>,
    private readonly out: ParsedMarkdown,
  ) {}

  /** Visits a block-level node. */
  block(n: Nodes, kind: BlockKind, quoted: boolean): void {
    if (SKIPPED.has(n.type)) return;
    switch (n.type) {
      case 'table':
        return this.table(n);
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        return this.prose(n, n.type === 'heading' ? 'heading' : n.type === 'tableCell' ? 'table' : kind, quoted);
      case 'footnoteDefinition':
        return this.footnote(n);
      case 'blockquote':
        return this.children(n, 'blockquote', true);
      case 'listItem':
        return this.children(n, quoted ? 'blockquote' : 'list', quoted);
      default:
        if ('children' in n) this.children(n, kind, quoted);
    }
  }

  /** A table: each cell is a block, with its row label and column header as context. */
  private table(n: Parent & Nodes): void {
    const rows = n.children as (Parent & Nodes)[];
    const plain = (c: Nodes | undefined) => (c ? this.source.slice(start(c), end(c)).replace(/\[@[^\]]*\]|\[\^[^\]]*\]|[*_`|]/g, ' ').trim() : '');
    const header = (rows[0]?.children ?? []) as Nodes[];
    rows.forEach((row, r) => {
      (row.children as (Parent & Nodes)[]).forEach((cell, c) => {
        const before = this.out.blocks.length;
        this.block(cell, 'table', false);
        const context = [c > 0 ? plain((row.children as Nodes[])[0]) : '', r > 0 ? plain(header[c]) : ''].filter(Boolean).join(' ');
        if (this.out.blocks.length > before) {
          const b = this.out.blocks[this.out.blocks.length - 1];
          b.row = start(row);
          if (context) b.context = context;
        }
      });
    });
  }

  private children(n: Parent, kind: BlockKind, quoted: boolean): void {
    for (const c of n.children as Nodes[]) this.block(c, kind, quoted);
  }

  private prose(n: Parent & Nodes, kind: BlockKind, quoted: boolean): void {
    const b = new ProseBuilder();
    const citations: Citation[] = [];
    this.inline(n, b, citations);
    if (b.size === 0 && citations.length === 0) return;
    this.out.blocks.push({ kind, quoted, start: start(n), end: end(n), raw: b.text(), map: b.map, citations });
  }

  /** Visits the inline children of `n`, appending prose and collecting citations. */
  private inline(n: Parent, b: ProseBuilder, citations: Citation[]): void {
    for (const c of n.children as Nodes[]) {
      if (SKIPPED.has(c.type)) continue;
      if (c.type === 'text') b.pushValue(c.value, this.source, start(c), end(c));
      else if (c.type === 'break') b.pushChar('\n', start(c));
      else if (c.type === 'footnoteReference') {
        citations.push({ kind: 'footnote', keys: [], label: c.label ?? c.identifier, start: start(c), end: end(c) });
        b.pushChar(MARKER, start(c));
      } else if (c.type === 'link' && c.url.startsWith('mailto:')) {
        this.inline(c, b, citations);
      } else if (c.type === 'link') {
        citations.push({ kind: 'link', keys: [], url: c.url, start: start(c), end: end(c) });
        if (isAutolink(c)) b.pushChar(MARKER, start(c));
        else this.inline(c, b, citations);
      } else if (c.type === 'linkReference') {
        const url = this.defs.get(c.identifier);
        if (url !== undefined) citations.push({ kind: 'link', keys: [], url, start: start(c), end: end(c) });
        this.inline(c, b, citations);
      } else if ('children' in c) this.inline(c, b, citations);
    }
  }

  private footnote(n: FootnoteDefinition): void {
    const first = n.children[0];
    const last = n.children[n.children.length - 1];
    const text = first && last ? this.source.slice(start(first), end(last)).trim() : '';
    const urls = urlsIn(text);
    collectLinks(n, urls);
    const cited = citationKeys(text);
    const keys = cited.length > 0 || urls.length > 0 ? cited : footnoteKeys(text);
    this.out.footnotes.push({ label: n.label ?? n.identifier, start: start(n), end: end(n), text, keys, urls });
  }
}

/** Adds the URLs of every link below `n`. */
function collectLinks(n: Nodes, urls: string[]): void {
  if (n.type === 'link' && !urls.includes(n.url)) urls.push(n.url);
  if ('children' in n) for (const c of n.children as Nodes[]) collectLinks(c, urls);
}
