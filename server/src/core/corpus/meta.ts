/**
 * Bibliographic metadata of sources: citation keys (front matter or file-name
 * slugs, made unique within a corpus), titles and front matter fields.
 */
import type { SourceMeta } from '../types.ts';
import { baseName } from './paths.ts';

/** Longest title taken from a first line of text. */
const MAX_TITLE = 120;

/** Lower-case `[a-z0-9-]` slug of a name ("Nikkei Asia – Pakistan" → "nikkei-asia-pakistan"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The default citation key of a file: the slug of its name without extension. */
export function keyFromPath(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return slugify(dot > 0 ? name.slice(0, dot) : name) || 'source';
}

/** A line that cannot be a title: a bare date, or a single word ("CPEC"). */
function notATitle(line: string): boolean {
  return line.split(' ').length < 2 || /^(?:\w+,? )?\w+ \d{1,2},? \d{4}$|^\d{1,2} \w+ \d{4}$|^\d{4}-\d{2}-\d{2}$/.test(line);
}

/**
 * A one-line title from text: its first non-blank line that can be a title (bare
 * dates and one-word labels are skipped), cut at a word near 120 chars.
 */
export function titleFromText(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const line = lines.slice(0, 5).find((l) => !notATitle(l)) ?? lines[0] ?? '';
  if (line.length <= MAX_TITLE) return line;
  const cut = line.lastIndexOf(' ', MAX_TITLE);
  return `${line.slice(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE)}…`;
}

/** A front matter value as a string: numbers, dates and lists of names are accepted. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => v !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
}

/** The first of `keys` that has a usable value. */
function pick(data: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = asText(data[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Metadata fields from front matter (`id`/`key`, title, author, date, url, publication). */
export function metaFromFrontMatter(data: Record<string, unknown>): Partial<SourceMeta> {
  const meta: Partial<SourceMeta> = {};
  const set = (field: keyof SourceMeta, keys: string[]) => {
    const v = pick(data, keys);
    if (v !== undefined) meta[field] = v;
  };
  set('key', ['id', 'key']);
  set('title', ['title']);
  set('author', ['author', 'authors', 'byline']);
  set('date', ['date', 'published', 'published_at', 'pubdate']);
  set('url', ['url', 'link', 'canonical_url', 'source_url']);
  set('publication', ['publication', 'source', 'site_name', 'publisher']);
  return meta;
}

/**
 * Makes citation keys unique within a corpus: in path order, the first document
 * keeps its key and later ones get `-2`, `-3`, ... (skipping keys already taken).
 * Mutates and returns `docs`.
 */
export function assignUniqueKeys<T extends { key: string; path: string }>(docs: T[]): T[] {
  const order = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const taken = new Set<string>();
  const duplicates: T[] = [];
  for (const d of order) {
    if (taken.has(d.key)) duplicates.push(d);
    else taken.add(d.key);
  }
  for (const d of duplicates) {
    let n = 2;
    while (taken.has(`${d.key}-${n}`)) n++;
    d.key = `${d.key}-${n}`;
    taken.add(d.key);
  }
  return docs;
}
