/**
 * Fixes for figures: the source's value written in the draft's notation ("$233 million"
 * for a draft that writes "$223 million", even when the wire says "233 mln dlrs"),
 * with a citation when the sentence cites nothing. Preferred only when the pairing is certain.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import type { Figure } from '../figures/index.ts';
import { citationEdits } from '../fixes/citation.ts';
import type { CheckContext } from '../rules/context.ts';
import type { FigureDecision } from '../rules/figure-decisions.ts';
import { figureText } from '../rules/figure-decisions.ts';
import type { Fix, TextEdit } from '../types.ts';
import { changeDirection } from './derive.ts';

const NUMERAL = /\d[\d,]*(?:\.\d+)?/;

/** Formats `x` with the grouping and at least the decimals of the numeral `like`. */
export function formatNumber(x: number, like: string): string {
  const decimals = /\.(\d+)$/.exec(like)?.[1].length ?? 0;
  const needed = Number.isInteger(x) ? 0 : Math.min(3, (String(x).split('.')[1] ?? '').length);
  const digits = Math.max(decimals, needed);
  const grouped = like.includes(',') || (!/^\d{4}$/.test(like.replace(/\..*$/, '')) && Math.abs(x) >= 10_000);
  const [whole, frac] = x.toFixed(digits).split('.');
  const int = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return frac ? `${int}.${frac}` : int;
}

/**
 * The source figure `g` written the way the draft wrote `f` (same currency sign, scale
 * word and unit), or undefined when the draft's form cannot carry it (words, ranges, dates).
 */
export function inDraftNotation(f: Figure, g: Figure): string | undefined {
  if (f.kind !== g.kind || f.high !== undefined || g.high !== undefined || f.kind === 'date' || f.kind === 'year' || f.kind === 'time') return undefined;
  if (f.unit !== g.unit) return undefined;
  const m = NUMERAL.exec(f.text);
  if (!m) return undefined;
  const written = Number(m[0].replace(/,/g, ''));
  if (!written || !Number.isFinite(f.value / written)) return undefined;
  const factor = f.value / written;
  const x = Math.round((g.value / factor) * 1e6) / 1e6;
  if (!Number.isFinite(x) || (f.value < 0) !== (g.value < 0)) return undefined;
  return f.text.slice(0, m.index) + formatNumber(Math.abs(x), m[0]) + f.text.slice(m.index + m[0].length);
}

/**
 * The source figure with the sign its sentence says in words, for a draft that writes a sign:
 * "down 8%" is −8% to a draft that writes "−6%" (compareFigures reads signs in words alike).
 */
function signedAsWorded(ctx: CheckContext, f: Figure, p: SourceFigure): Figure {
  const g = p.figure;
  if (f.value >= 0 || g.value <= 0 || p.meta !== undefined || changeDirection(ctx.index.sentence(p.sid).text, g.start, g.end) >= 0) return g;
  return { ...g, value: -g.value };
}

/**
 * The replacement text for a draft figure: the source's value in the draft's notation.
 * `p` is one of the decision's own pairings (memoised with it).
 */
export function replacementText(ctx: CheckContext, d: FigureDecision, p: SourceFigure): string {
  const text = d.expected !== undefined && p === d.reference ? d.expected
    : ctx.ofDecision(d.memo, 'replacement', p, () => inDraftNotation(d.verdict.figure, signedAsWorded(ctx, d.verdict.figure, p)) ?? figureText(ctx, p));
  // The draft's own minus sign ("−6%"; figures are read from text with "-").
  return text.startsWith('-') && ctx.draft.text.startsWith('\u2212', d.start) ? `\u2212${text.slice(1)}` : text;
}

/**
 * Fixes that put in the source's figure: with a citation of the source when the
 * sentence cites nothing, and the bare replacement. One is preferred only when the
 * pairing is certain.
 */
export function replaceFigureFixes(ctx: CheckContext, d: FigureDecision, p: SourceFigure, certain = d.certain): Fix[] {
  const text = replacementText(ctx, d, p);
  const replace: TextEdit = { start: d.start, end: d.end, newText: text };
  const doc = ctx.doc(p.docId);
  // A table cell is cited by its row.
  const rowCites = d.sentence.block === 'table' && d.drawsOn.how === 'paragraph-cites' && d.drawsOn.docs.includes(p.docId);
  const cite = ctx.hasCitation([d.sentence]) || rowCites ? [] : citationEdits(ctx.draft, d.sentence, doc, ctx.config.citationStyle);
  const fixes: Fix[] = [];
  if (cite.length) fixes.push({ title: `Replace with "${text}" and cite ${doc.key}`, edits: [replace, ...cite], preferred: certain });
  fixes.push({ title: `Replace with "${text}"`, edits: [replace], preferred: certain && cite.length === 0 });
  return fixes;
}

/** Candidate values for an unsupported figure: never preferred. */
export function candidateFixes(ctx: CheckContext, d: FigureDecision): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const p of d.candidates) {
    const text = replacementText(ctx, d, p);
    if (seen.has(text) || out.length >= 3) continue;
    seen.add(text);
    out.push({ title: `Replace with "${text}" (${ctx.doc(p.docId).key})`, edits: [{ start: d.start, end: d.end, newText: text }] });
  }
  return out;
}
