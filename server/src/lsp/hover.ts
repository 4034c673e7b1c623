/**
 * Hover on a figure (from its verdict), on a checked quotation (finding or agreement) or
 * on a citation. A ✓ appears only on verified figures and agreeing quotations/sentences.
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { FigureReport, Finding, Match, SourceRef, SourceValue } from '../core/types.ts';
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

/** A finding's hover; `shown` is a passage already on screen, not repeated. */
function findingHover(ws: Workspace, checked: Checked, f: Finding, shown?: SourceRef): string {
  const span = checked.text.slice(f.start, f.end);
  const parts = [`**citecheck** · ${code(f.code)}\n\n${escapeMarkdown(f.message)}`];
  if (f.actual !== undefined || f.expected !== undefined) {
    parts.push(`Draft: ${code(f.actual ?? span)} · Source: ${code(f.expected ?? '—')}`);
  }
  const repeated = shown && f.source && shown.path === f.source.path && shown.excerpt === f.source.excerpt;
  if (f.source && !repeated) parts.push(passageBlock(ws, f.source, span, f.expected));
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

/** "*Title* — Author, para 7". */
function where(ref: SourceRef): string {
  return [describeSource(ref), paragraphLabel(ref)].filter(Boolean).join(', ');
}

/** The hover text of a figure's verdict (contradicted figures show their finding instead). */
export function verdictHover(ws: Workspace, checked: Checked, r: FigureReport): string {
  const span = checked.text.slice(r.start, r.end);
  const derivation = r.derivation ? `\n\nDerived: ${code(r.derivation)}` : '';
  switch (r.verdict) {
    case 'verified':
      if (!r.source) return `**citecheck** ✓ verified: ${escapeMarkdown(r.reason)}${derivation}`;
      return `**citecheck** ✓ verified: matches ${where(r.source)}${derivation}\n\n${passageQuote(ws, r.source, span, r.sourceValue)}`;
    case 'unsupported': {
      const head = '**citecheck** ⚠ unsupported: no source this passage draws on states this value';
      return r.source ? `${head}\n\nThe passage draws on ${where(r.source)}:\n\n${passageQuote(ws, r.source, span)}` : head;
    }
    case 'contradicted': {
      const head = `**citecheck** ✗ contradicted: ${escapeMarkdown(r.reason)}`;
      return r.source ? `${head}\n\n${passageBlock(ws, r.source, span, r.sourceValue)}` : head;
    }
    default: {
      // The engine's reason: "this passage draws on no source", or why a figure in a
      // passage with sources was left alone ("a small count in words").
      return `**citecheck** · not checked: ${escapeMarkdown(r.reason)}`;
    }
  }
}

/** The finding that states a figure's verdict (figure.mismatch / figure.unsupported on it). */
function verdictFinding(findings: readonly Finding[], r: FigureReport): Finding | undefined {
  const code = r.verdict === 'contradicted' ? 'figure.mismatch' : r.verdict === 'unsupported' ? 'figure.unsupported' : undefined;
  return code ? findings.find((f) => f.code === code && f.start <= r.start && r.end <= f.end) : undefined;
}

/**
 * A figure's hover: its verdict (a contradicted figure: its figure.mismatch finding, as
 * for any finding), then any other finding at the position (sources disagree, uncited…).
 */
function figureHit(ws: Workspace, checked: Checked, r: FigureReport, offset: number): Hit {
  const findings = checked.result.findings.filter(covers(offset));
  const own = verdictFinding(findings, r);
  const head = r.verdict === 'contradicted' && own ? findingHover(ws, checked, own) : verdictHover(ws, checked, r);
  const others = findings
    .filter((f) => f !== own && f.code !== 'figure.mismatch' && f.code !== 'figure.unsupported')
    .sort((a, b) => a.end - a.start - (b.end - b.start))
    .map((f) => findingHover(ws, checked, f, own?.source ?? r.source));
  return { text: [head, ...others].join('\n\n---\n\n'), start: r.start, end: r.end };
}

/** Figure verdict, else finding, else agreeing quotation, else citation, else agreeing sentence. */
function hitAt(ws: Workspace, checked: Checked, offset: number): Hit | undefined {
  const figure = narrowest(checked.result.figures ?? [], offset);
  if (figure) return figureHit(ws, checked, figure, offset);
  const finding = narrowest(checked.result.findings, offset);
  if (finding) return { text: findingHover(ws, checked, finding), start: finding.start, end: finding.end };
  const asHit = (m: Match | undefined) => m && { text: matchHover(ws, checked, m), start: m.start, end: m.end };
  const matches = checked.result.matches;
  return (
    asHit(narrowest(matches.filter((m) => m.kind === 'quote'), offset)) ??
    citationHover(ws, checked, offset) ??
    asHit(narrowest(matches.filter((m) => m.kind === 'sentence'), offset))
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
