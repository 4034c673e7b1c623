/**
 * Article text of HTML sources: Readability over a linkedom DOM picks the article,
 * its block elements become paragraphs, and each paragraph is located in the raw
 * HTML (best effort) for the plain-to-raw map.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clean, cleanByline, htmlMeta, type HtmlMeta, type MetaDocument } from './html-meta.ts';
import { visibleText, type VisibleText } from './html-text.ts';
import { PlainBuilder, type BuiltPlain } from './plain-builder.ts';

/** Elements that start and end a paragraph. */
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P SECTION TABLE TBODY TD TH THEAD TFOOT TR UL'.split(' '),
);
/** Elements without article prose. */
const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE PRE SVG BUTTON FORM NAV IFRAME OBJECT SELECT TEXTAREA'.split(' '));
/** Page chrome removed when Readability finds no article. */
const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The part of a linkedom Document used here (the DOM lib is not in the engine's types). */
interface HtmlDocument extends MetaDocument {
  body: DomNode | null;
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}

/** Parses HTML with linkedom. */
function dom(html: string): HtmlDocument {
  return (parseHTML(html) as unknown as { document: HtmlDocument }).document;
}

/** Collects the text of block elements as white-space-collapsed paragraphs. */
function collectParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let buf: string[] = [];
  const flush = () => {
    const text = clean(buf.join(''));
    if (text) out.push(text);
    buf = [];
  };
  const walk = (node: DomNode) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child.nodeType === 3) buf.push(child.textContent ?? '');
      else if (child.nodeType !== 1 || SKIP.has(child.nodeName)) continue;
      else if (child.nodeName === 'BR') buf.push(' ');
      else if (BLOCK.has(child.nodeName)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return out;
}

/** Paragraphs of the article Readability finds, else of the page body without chrome. */
function articleParagraphs(raw: string): { paragraphs: string[]; meta: HtmlMeta } {
  const document = dom(raw);
  const meta = htmlMeta(document);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  const title = clean(article?.title);
  if (title) meta.title = title;
  const byline = cleanByline(article?.byline);
  if (byline && !meta.author) meta.author = byline;
  const site = clean(article?.siteName);
  if (site && !meta.publication) meta.publication = site;
  const published = clean(article?.publishedTime);
  if (published && !meta.date) meta.date = published;
  const content = article?.content ? dom(`<html><body>${article.content}</body></html>`).body : null;
  let paragraphs = content ? collectParagraphs(content) : [];
  if (paragraphs.length === 0) {
    const page = dom(raw);
    for (const el of page.querySelectorAll(CHROME)) el.remove();
    paragraphs = page.body ? collectParagraphs(page.body) : [];
  }
  return { paragraphs, meta };
}

/** Offset of `para` in the visible text at or after `from`, trying a prefix when needed. */
function locate(visible: VisibleText, para: string, from: number): number {
  let at = visible.text.indexOf(para, from);
  if (at < 0) at = visible.text.indexOf(para);
  if (at < 0 && para.length > 40) {
    const prefix = para.slice(0, 40);
    at = visible.text.indexOf(prefix, from);
    if (at < 0) at = visible.text.indexOf(prefix);
  }
  return at;
}

/** Appends one paragraph, mapping it character by character where it was found. */
function appendParagraph(b: PlainBuilder, visible: VisibleText, para: string, at: number, fallback: number): void {
  b.openParagraph();
  if (at < 0) {
    b.pinned(para, fallback);
  } else {
    const n = Math.min(para.length, visible.text.length - at);
    for (let k = 0; k < n; k++) {
      if (visible.text[at + k] === para[k]) b.copy(para[k], visible.map[at + k]);
      else b.pinned(para[k], visible.map[at + k]);
    }
    if (n < para.length) b.pinned(para.slice(n), visible.map[visible.map.length - 1] ?? fallback);
  }
  b.closeParagraph();
}

/** HTML's article text and metadata, or undefined when no article text was found. */
export function htmlText(raw: string): { built: BuiltPlain; meta: HtmlMeta } | undefined {
  const { paragraphs, meta } = articleParagraphs(raw);
  if (paragraphs.length === 0) return undefined;
  const visible = visibleText(raw);
  const b = new PlainBuilder(raw);
  let cursor = 0;
  let lastRaw = 0;
  for (const para of paragraphs) {
    const at = locate(visible, para, cursor);
    appendParagraph(b, visible, para, at, lastRaw);
    if (at >= 0) {
      cursor = at + para.length;
      lastRaw = visible.map[Math.min(at, visible.map.length - 1)];
    }
  }
  return { built: b.build(), meta };
}
