/**
 * Citations of the draft under the cursor and the sources they name: `[@key]`, `[^n]`
 * (through its footnote definition) and links.
 */
import type { SourceDoc } from '../core/corpus/index.ts';
import type { Citation } from '../core/draft/index.ts';
import type { SourceRef } from '../core/types.ts';
import type { Checked, Workspace } from './workspace.ts';

/** The draft citation covering `offset` (ends inclusive). */
export function citationAt(checked: Checked, offset: number): Citation | undefined {
  return checked.draft.citations.find((c) => c.start <= offset && offset <= c.end);
}

/** Keys and URLs a citation names (footnotes through their definition). */
export function citedNames(checked: Checked, c: Citation): { keys: string[]; urls: string[] } {
  if (c.kind === 'footnote' && c.label !== undefined) {
    const def = checked.draft.footnotes.get(c.label);
    return { keys: [...c.keys, ...(def?.keys ?? [])], urls: [...(c.url ? [c.url] : []), ...(def?.urls ?? [])] };
  }
  return { keys: c.keys, urls: c.url ? [c.url] : [] };
}

/** The loaded sources a citation names, and the keys that name no source. */
export function citedSources(ws: Workspace, checked: Checked, c: Citation): { sources: SourceDoc[]; unknown: string[] } {
  const { keys, urls } = citedNames(checked, c);
  const sources: SourceDoc[] = [];
  const unknown: string[] = [];
  for (const key of keys) {
    const s = ws.sourceByKey(key);
    if (s) sources.push(s);
    else unknown.push(key);
  }
  for (const url of urls) {
    const s = ws.sourceByUrl(url);
    if (s) sources.push(s);
  }
  return { sources: [...new Set(sources)], unknown };
}

/**
 * The passage of `source` that the citation's sentence relies on: a match or finding in
 * the same sentence pointing into that source; otherwise the start of the source.
 */
export function citedPassage(checked: Checked, c: Citation, source: SourceDoc): SourceRef {
  const sentence = checked.draft.sentences.find((s) => s.start <= c.start && c.start <= s.end);
  const lo = sentence?.start ?? c.start;
  const hi = sentence?.end ?? c.end;
  const refs = [
    ...checked.result.matches.map((m) => ({ start: m.start, ref: m.source })),
    ...checked.result.findings.filter((f) => f.source).map((f) => ({ start: f.start, ref: f.source! })),
  ];
  const hit = refs.find((r) => r.start >= lo && r.start <= hi && r.ref.key === source.key);
  if (hit) return hit.ref;
  return { key: source.key, title: source.title, path: source.path, start: 0, end: 0, excerpt: '' };
}
