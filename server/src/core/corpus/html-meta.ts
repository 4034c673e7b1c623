/**
 * Bibliographic metadata of HTML pages: `<title>`, `<h1>`, author, publication date,
 * canonical URL and site name from the usual meta tags.
 */
import type { SourceMeta } from '../types.ts';

/** The minimal DOM surface used here (a linkedom Document). */
export interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/** Trimmed, white-space-collapsed text or undefined when empty. */
export function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

/** The first of `selectors` with a non-empty `attr` (or text content when attr is ''). */
function first(doc: MetaDocument, selectors: string[], attr: string): string | undefined {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const v = clean(attr ? el?.getAttribute(attr) : el?.textContent);
    if (v) return v;
  }
  return undefined;
}

/** "By Jane Roe" → "Jane Roe". */
export function cleanByline(byline: string | null | undefined): string | undefined {
  return clean(byline?.replace(/^\s*by\s+/i, ''));
}

/** Metadata read from the page before article extraction changes the DOM. */
export interface HtmlMeta extends Partial<SourceMeta> {
  /** Text of the first `<h1>`, a title fallback. */
  h1?: string;
}

/** Reads title, author, date, url and publication from an HTML document. */
export function htmlMeta(doc: MetaDocument): HtmlMeta {
  const meta: HtmlMeta = {};
  const set = (field: keyof HtmlMeta, value: string | undefined) => {
    if (value) meta[field] = value;
  };
  set('title', first(doc, ['meta[property="og:title"]'], 'content') ?? first(doc, ['title'], ''));
  set('h1', first(doc, ['h1'], ''));
  set('author', cleanByline(first(doc, ['meta[name="author"]', 'meta[property="article:author"]'], 'content') ?? first(doc, ['[rel="author"]', '[itemprop="author"]'], '')));
  set(
    'date',
    first(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]'], 'content') ??
      first(doc, ['time[datetime]'], 'datetime'),
  );
  set('url', first(doc, ['link[rel="canonical"]'], 'href') ?? first(doc, ['meta[property="og:url"]'], 'content'));
  set('publication', first(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]'], 'content'));
  return meta;
}
