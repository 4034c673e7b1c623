/**
 * Article text of Markdown sources: the prose of paragraphs, headings, list items,
 * block quotes, tables and footnotes, without markup, code or HTML, mapped back to
 * the raw text through the mdast positions.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { PlainBuilder, type BuiltPlain, type Span } from './plain-builder.ts';

/** Markdown's article text plus the text of its first level-1 heading. */
export interface MarkdownText extends BuiltPlain {
  heading?: string;
}

/** Nodes whose content is not prose. */
const SKIPPED = new Set(['code', 'html', 'image', 'imageReference', 'footnoteReference', 'definition', 'thematicBreak', 'yaml']);

/** Walks mdast nodes, appending prose to a PlainBuilder. */
class ProseWalker {
  /** Plain range of the first level-1 heading. */
  heading?: Span;

  constructor(
    private readonly b: PlainBuilder,
    private readonly offset: number,
  ) {}

  block(node: Nodes): void {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      this.b.openParagraph();
      const start = this.b.size;
      this.inlines(node.children);
      if (node.type === 'heading' && node.depth === 1 && !this.heading) this.heading = { start, end: this.b.size };
      this.b.closeParagraph();
      return;
    }
    if (node.type === 'tableRow') {
      this.b.openParagraph();
      node.children.forEach((cell, i) => {
        if (i > 0) this.b.synthetic('\t');
        this.inlines(cell.children);
      });
      this.b.closeParagraph();
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) this.block(child as RootContent);
  }

  inlines(nodes: PhrasingContent[]): void {
    for (const node of nodes) this.inline(node);
  }

  inline(node: PhrasingContent): void {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = (node.position?.start.offset ?? 0) + this.offset;
      const end = (node.position?.end.offset ?? 0) + this.offset;
      this.b.aligned(node.value, start, end);
    } else if (node.type === 'break') {
      this.b.synthetic('\n');
    } else if ('children' in node) {
      this.inlines(node.children as PhrasingContent[]);
    }
  }
}

/**
 * Extracts the prose of `raw.slice(bodyStart)` (the part after any front matter);
 * offsets of the result map into `raw`.
 */
export function markdownText(raw: string, bodyStart: number): MarkdownText {
  const root = fromMarkdown(raw.slice(bodyStart), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const builder = new PlainBuilder(raw);
  const walker = new ProseWalker(builder, bodyStart);
  walker.block(root);
  const built = builder.build();
  const span = walker.heading;
  const heading = span ? built.plain.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
  return heading ? { ...built, heading } : built;
}
