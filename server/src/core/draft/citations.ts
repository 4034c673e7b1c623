/**
 * Citation syntax that Markdown parsers leave as plain text: Pandoc citations
 * (`[@key]`, `[@key, p. 33]`, `[@a; @b]`, `[see @key p. 4]`, in-text `@key`) and
 * footnote calls without a definition (`[^1]`). Pandoc's key grammar: a key starts
 * with a letter, digit or `_` and may contain internal punctuation `:.#$%&-+?<>~/`.
 */

const KEY_BODY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
/** A citation key with the `@` (and optional author-suppressing `-`), anywhere. */
const KEY = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(?:\{([^{}\n]+)\}|(${KEY_BODY}))`, 'gu');
const BRACKETED = /\[(?!\^)([^[\]]{1,300})\](?!\()/g;
const FOOTNOTE_TEXT = /\[\^([^\]\s]{1,100})\]/g;
const LOCATOR = /^[ \t]?\[[^[\]@]{1,100}\]/;

/** A citation found in raw prose (offsets into that prose). */
export interface TextCitation {
  kind: 'pandoc' | 'footnote';
  keys: string[];
  label?: string;
  start: number;
  end: number;
}

/** All citation keys mentioned in `text` (`@key` or `@{key}`), in order, unique. */
export function citationKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(KEY)) {
    const k = m[1] ?? m[2];
    if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** True when a bracket's content is a Pandoc citation list (every item names a key). */
function isCitationList(content: string): boolean {
  const items = content.split(';');
  return items.every((item) => citationKeys(item).length > 0);
}

/** Pandoc citations and textual footnote calls in raw prose, sorted by position. */
export function findTextCitations(prose: string): TextCitation[] {
  if (!prose.includes('@') && !prose.includes('[^')) return [];
  const out: TextCitation[] = [];
  const taken: boolean[] = [];
  const claim = (c: TextCitation) => {
    out.push(c);
    for (let i = c.start; i < c.end; i++) taken[i] = true;
  };
  for (const m of prose.matchAll(BRACKETED)) {
    if (m[1].includes('@') && isCitationList(m[1])) {
      claim({ kind: 'pandoc', keys: citationKeys(m[1]), start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of prose.matchAll(FOOTNOTE_TEXT)) {
    if (!taken[m.index]) claim({ kind: 'footnote', keys: [], label: m[1], start: m.index, end: m.index + m[0].length });
  }
  for (const m of prose.matchAll(KEY)) {
    if (taken[m.index] || !isInTextPosition(prose, m.index)) continue;
    const end = m.index + m[0].length;
    const loc = LOCATOR.exec(prose.slice(end));
    claim({ kind: 'pandoc', keys: [m[1] ?? m[2]], start: m.index, end: end + (loc ? loc[0].length : 0) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** In-text `@key` must stand at the start or after white space or an opening bracket. */
function isInTextPosition(prose: string, at: number): boolean {
  return at === 0 || /[\s([]/.test(prose[at - 1]);
}

const BARE_KEY = new RegExp(String.raw`^${KEY_BODY}$`, 'u');

/**
 * Keys a footnote definition mentions: Pandoc keys, else a bare key-like word list
 * (`nikkei-2024` or `dawn, reuters-7`), else the items of a reference that look like ids
 * (`Nikkei Asia, 001-62cc25fe`: a key with a digit), else none.
 */
export function footnoteKeys(text: string): string[] {
  const keys = citationKeys(text);
  if (keys.length > 0) return keys;
  const trimmed = text.trim().replace(/[.]$/, '');
  if (trimmed === '' || /https?:\/\//.test(trimmed)) return [];
  const items = trimmed.split(/\s*[,;]\s*/);
  if (items.every((i) => BARE_KEY.test(i))) return items;
  // A word alone ("Reuters") among other words is a name and "2024-03-02" a date, not keys; an id has letters, digits and a separator.
  return items.filter((i) => BARE_KEY.test(i) && /\d/.test(i) && /\p{L}/u.test(i) && /[-_:.]/.test(i));
}

/** URLs written in `text` (bare or in angle brackets), trailing punctuation dropped. */
export function urlsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>()[\]"']+/g)) {
    const u = m[0].replace(/[.,;:!?]+$/, '');
    if (!out.includes(u)) out.push(u);
  }
  return out;
}
