/**
 * The per-figure report of a check: one verdict for every draft figure outside
 * quotations, with the passage it was compared with, for hovers and summaries.
 */
import { sourceName } from '../align/source-ref.ts';
import type { CheckContext } from '../rules/context.ts';
import { figureDecisions, figureRef, figureText } from '../rules/figure-decisions.ts';
import type { FigureReport } from '../types.ts';

/** A verdict for every figure of the draft, in draft order. */
export function figureReports(ctx: CheckContext): FigureReport[] {
  return figureDecisions(ctx).map((d): FigureReport => {
    const text = ctx.draft.text.slice(d.start, d.end);
    const base = { start: d.start, end: d.end, text };
    if (!d.reference) return { ...base, verdict: 'unchecked', reason: 'not compared: the passage draws on no source' };
    const source = figureRef(ctx, d.reference);
    const sourceValue = figureText(ctx, d.reference);
    const where = `${sourceName(source)}${source.paragraph ? `, para ${source.paragraph}` : ''}`;
    if (d.kind === 'mismatch') return { ...base, verdict: 'contradicted', reason: `${where} says "${sourceValue}"`, source, sourceValue };
    return { ...base, verdict: 'verified', reason: `matches ${where}: "${sourceValue}"`, source, sourceValue };
  });
}
