/**
 * Markdown building blocks of hovers: source descriptions, passages with the matching
 * words in bold, and links that open a source at a passage.
 */
import type { SourceMeta, SourceRef } from '../core/types.ts';
import type { Workspace } from './workspace.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

/** Escapes Markdown control characters in plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&').replace(/^([-=])/gm, '\\$1');
}

/** Lower-cased words of a text (for matching words between draft and source). */
export function wordsOf(text: string): Set<string> {
  return new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()));
}

/** A word that can start or end an emphasised run (not a short function word). */
const strong = (w: string) => w.length >= 4 || /\d/.test(w);

/**
 * Bolds the runs of `excerpt` whose words are in `words`: a run starts and ends on a
 * content word (four letters or more, or a number) and may span short shared words.
 */
export function emphasiseWords(excerpt: string, words: Set<string>): string {
  const tokens = [...excerpt.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  const shared = tokens.map((t) => words.has(t.word));
  let out = '';
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!shared[i] || !strong(tokens[i].word)) continue;
    let j = i;
    for (let k = i + 1; k < tokens.length && shared[k]; k++) if (strong(tokens[k].word)) j = k;
    out += escapeMarkdown(excerpt.slice(pos, tokens[i].start)) + `**${escapeMarkdown(excerpt.slice(tokens[i].start, tokens[j].end))}**`;
    pos = tokens[j].end;
    i = j;
  }
  return out + escapeMarkdown(excerpt.slice(pos));
}

/**
 * The passage with what matches the draft in bold: the source's own value when it
 * occurs verbatim (figures), else the words shared with the draft span (quotations).
 */
export function emphasisedPassage(excerpt: string, draftSpan: string, expected?: string): string {
  if (expected) {
    const at = excerpt.toLowerCase().indexOf(expected.toLowerCase());
    if (at >= 0) {
      const end = at + expected.length;
      return `${escapeMarkdown(excerpt.slice(0, at))}**${escapeMarkdown(excerpt.slice(at, end))}**${escapeMarkdown(excerpt.slice(end))}`;
    }
  }
  return emphasiseWords(excerpt, wordsOf(draftSpan));
}

/** "*Title* — Author, 2024-05-01, Publication". */
export function describeSource(meta: SourceMeta): string {
  const rest = [meta.author, meta.date, meta.publication].filter((x): x is string => Boolean(x));
  return `*${escapeMarkdown(meta.title || meta.key)}*${rest.length ? ' — ' + escapeMarkdown(rest.join(', ')) : ''}`;
}

/** "para 7" or the empty string. */
export function paragraphLabel(ref: SourceRef): string {
  return ref.paragraph ? `para ${ref.paragraph}` : '';
}

/** A file link that opens the source at the passage (`file:///…#L12,5`). */
export function sourceLink(ws: Workspace, ref: SourceRef, label = 'Open source'): string {
  const loc = ws.sourceLocation(ref);
  const { line, character } = loc.range.start;
  return `[${escapeMarkdown(label)}](${loc.uri}#L${line + 1},${character + 1})`;
}

/** The quoted, emphasised excerpt followed by its open link. */
export function passageQuote(ws: Workspace, ref: SourceRef, draftSpan: string, expected?: string): string {
  const quote = ref.excerpt ? `> ${emphasisedPassage(ref.excerpt, draftSpan, expected)}\n\n` : '';
  return `${quote}${sourceLink(ws, ref)}`;
}

/** The passage block: source description, then the emphasised excerpt and its link. */
export function passageBlock(ws: Workspace, ref: SourceRef, draftSpan: string, expected?: string): string {
  const where = [describeSource(ref), paragraphLabel(ref)].filter(Boolean).join(', ');
  return `${where}\n\n${passageQuote(ws, ref, draftSpan, expected)}`;
}
