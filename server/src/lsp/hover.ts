/**
 * Hover on a checked figure or quotation (finding or agreement) or on a citation.
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { Finding, Match, SourceValue } from '../core/types.ts';
import { citationAt, citedPassage, citedSources } from './citations.ts';
import { describeSource, escapeMarkdown, paragraphLabel, passageBlock, passageQuote, sourceLink } from './hover-markdown.ts';
import type { Checked, Workspace } from './workspace.ts';

const covers = (offset: number) => (x: { start: number; end: number }) => x.start <= offset && offset <= x.end;

function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

function alternativesBlock(ws: Workspace, alternatives: SourceValue[] | undefined): string {
  if (!alternatives?.length) return '';
  const lines = alternatives.map(
    (a) => `- ${code(a.value)} — ${describeSource(a.source)}${a.source.paragraph ? ', ' + paragraphLabel(a.source) : ''} · ${sourceLink(ws, a.source, 'open')}`,
  );
  return `\n\nThe sources disagree:\n\n${lines.join('\n')}`;
}

function findingHover(ws: Workspace, checked: Checked, f: Finding): string {
  const span = checked.text.slice(f.start, f.end);
  const parts = [`**citecheck** · ${code(f.code)}\n\n${escapeMarkdown(f.message)}`];
  if (f.actual !== undefined || f.expected !== undefined) {
    parts.push(`Draft: ${code(f.actual ?? span)} · Source: ${code(f.expected ?? '—')}`);
  }
  if (f.source) parts.push(passageBlock(ws, f.source, span, f.expected));
  return parts.join('\n\n') + alternativesBlock(ws, f.alternatives);
}

function matchHover(ws: Workspace, checked: Checked, m: Match): string {
  const span = checked.text.slice(m.start, m.end);
  const where = [describeSource(m.source), paragraphLabel(m.source)].filter(Boolean).join(', ');
  return `**citecheck** ✓ matches ${where}\n\n${passageQuote(ws, m.source, span)}${alternativesBlock(ws, m.alternatives)}`;
}

function citationHover(ws: Workspace, checked: Checked, offset: number): { text: string; start: number; end: number } | undefined {
  const c = citationAt(checked, offset);
  if (!c) return undefined;
  const { sources, unknown } = citedSources(ws, checked, c);
  const span = checked.text.slice(c.start, c.end);
  const blocks = sources.map((s) => {
    const ref = citedPassage(checked, c, s);
    const body = ref.excerpt ? passageBlock(ws, ref, span) : `${describeSource(s)} · ${sourceLink(ws, ref)}`;
    return `${code('@' + s.key)} — ${body}`;
  });
  for (const key of unknown) blocks.push(`${code('@' + key)}: no source with this key in the corpus`);
  if (blocks.length === 0) return undefined;
  return { text: `**citecheck** · citation\n\n${blocks.join('\n\n---\n\n')}`, start: c.start, end: c.end };
}

/** The narrowest of the spans covering `offset`. */
function narrowest<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  return items.filter(covers(offset)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

type Hit = { text: string; start: number; end: number };

/** Finding, else agreeing figure/quote, else citation, else agreeing sentence. */
function hitAt(ws: Workspace, checked: Checked, offset: number): Hit | undefined {
  const finding = narrowest(checked.result.findings, offset);
  if (finding) return { text: findingHover(ws, checked, finding), start: finding.start, end: finding.end };
  const asHit = (m: Match | undefined) => m && { text: matchHover(ws, checked, m), start: m.start, end: m.end };
  const matches = checked.result.matches;
  return (
    asHit(narrowest(matches.filter((m) => m.kind !== 'sentence'), offset)) ??
    citationHover(ws, checked, offset) ??
    asHit(narrowest(matches, offset))
  );
}

/** The hover at a position of an open draft, or null. */
export function hover(ws: Workspace, params: HoverParams): Hover | null {
  const doc = ws.documents.get(params.textDocument.uri);
  const checked = doc && ws.check(doc);
  if (!doc || !checked) return null;
  const hit = hitAt(ws, checked, doc.offsetAt(params.position));
  if (!hit) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hit.text },
    range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) },
  };
}
