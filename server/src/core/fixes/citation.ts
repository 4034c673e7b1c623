/**
 * Citation insertion in the three styles (Pandoc, footnote, inline link), as text
 * edits. Inserting never duplicates a citation that is already there.
 */
import type { Citation, Draft, DraftSentence } from '../draft/index.ts';
import { urlKey } from '../text/url.ts';
import type { CitationStyle, SourceMeta, TextEdit } from '../types.ts';


/** True when a citation refers to the source (by key, by URL, or via its footnote definition). */
export function citationRefersTo(draft: Draft, c: Citation, source: SourceMeta): boolean {
  if (c.keys.includes(source.key)) return true;
  if (c.url && source.url && urlKey(c.url) === urlKey(source.url)) return true;
  if (c.kind === 'footnote' && c.label !== undefined) {
    const def = draft.footnotes.get(c.label);
    if (def && (def.keys.includes(source.key) || (source.url && def.urls.some((u) => urlKey(u) === urlKey(source.url as string))))) return true;
  }
  return false;
}

/** True when the sentence cites the source. */
export function sentenceCites(draft: Draft, s: DraftSentence, source: SourceMeta): boolean {
  return s.citations.some((c) => citationRefersTo(draft, c, source));
}

/** Where an in-sentence citation goes: before the final . ! ? (or at the end). */
function beforeFinalPunct(text: string, s: DraftSentence): number {
  let end = s.end;
  while (end > s.start && /\s/.test(text[end - 1])) end--;
  if (/[.!?]/.test(text[end - 1] ?? '')) return end - 1;
  return end;
}

/** Where a footnote reference goes: after the sentence's last punctuation and references. */
function afterSentence(s: DraftSentence): number {
  let end = s.end;
  for (const c of s.citations) if (c.kind === 'footnote' && c.end > end) end = c.end;
  return end;
}

/** The text of a footnote definition for a source. */
export function footnoteText(source: SourceMeta): string {
  const parts = [source.author, `"${source.title}"`, source.publication, source.date].filter(Boolean);
  let text = parts.join(', ') + '.';
  if (source.url) text += ` ${source.url}`;
  return text;
}

function pandocEdit(draft: Draft, s: DraftSentence, source: SourceMeta): TextEdit {
  const existing = s.citations.filter((c) => c.kind === 'pandoc').pop();
  if (existing) {
    const close = draft.text.lastIndexOf(']', existing.end);
    if (close >= existing.start) return { start: close, end: close, newText: `; @${source.key}` };
  }
  const at = beforeFinalPunct(draft.text, s);
  return { start: at, end: at, newText: ` [@${source.key}]` };
}

function footnoteEdits(draft: Draft, s: DraftSentence, source: SourceMeta): TextEdit[] {
  for (const [label, def] of draft.footnotes) {
    if (def.keys.includes(source.key) || (source.url && def.urls.some((u) => urlKey(u) === urlKey(source.url as string)))) {
      const at = afterSentence(s);
      return [{ start: at, end: at, newText: `[^${label}]` }];
    }
  }
  const label = draft.footnotes.has(source.key) ? `${source.key}-src` : source.key;
  const at = afterSentence(s);
  const text = draft.text;
  const sep = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return [
    { start: at, end: at, newText: `[^${label}]` },
    { start: text.length, end: text.length, newText: `${sep}[^${label}]: ${footnoteText(source)}\n` },
  ];
}

/**
 * Edits that cite `source` in sentence `s` in the given style; empty when the
 * sentence already cites it. A link style without a URL falls back to Pandoc.
 */
export function citationEdits(draft: Draft, s: DraftSentence, source: SourceMeta, style: CitationStyle): TextEdit[] {
  if (sentenceCites(draft, s, source)) return [];
  if (style === 'footnote') return footnoteEdits(draft, s, source);
  if (style === 'link' && source.url) {
    const at = beforeFinalPunct(draft.text, s);
    return [{ start: at, end: at, newText: ` ([${source.title.replace(/[[\]]/g, '')}](${source.url}))` }];
  }
  return [pandocEdit(draft, s, source)];
}

/** Edits that make citation `c` point at `to` instead of `from` (Pandoc key or link URL). */
export function switchCitationEdits(draft: Draft, c: Citation, from: SourceMeta, to: SourceMeta): TextEdit[] {
  if (c.kind === 'pandoc') {
    const i = draft.text.indexOf('@' + from.key, c.start);
    if (i >= 0 && i < c.end) return [{ start: i + 1, end: i + 1 + from.key.length, newText: to.key }];
  }
  if (c.kind === 'link' && c.url && to.url) {
    const i = draft.text.indexOf(c.url, c.start);
    if (i >= 0 && i < c.end) return [{ start: i, end: i + c.url.length, newText: to.url }];
  }
  return [];
}
