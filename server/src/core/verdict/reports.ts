/**
 * The per-figure report of a check: one verdict for every draft figure outside
 * quotations, with the passage it was compared with, for hovers and summaries.
 */
import { sourceName, sourceRef } from '../align/source-ref.ts';
import type { CheckContext } from '../rules/context.ts';
import { figureDecisions, figureRef, figureText, type FigureDecision } from '../rules/figure-decisions.ts';
import type { FigureReport, SourceRef } from '../types.ts';

function where(ref: SourceRef): string {
  return `${sourceName(ref)}${ref.paragraph ? `, para ${ref.paragraph}` : ''}`;
}

/** The first passage of the first source the figure's passage draws on. */
function drawnRef(ctx: CheckContext, d: FigureDecision): SourceRef | undefined {
  const id = d.drawsOn.docs[0];
  if (id === undefined) return undefined;
  const best = ctx.sentence(d.sentence).alignments.find((a) => a.docId === id);
  if (best) return ctx.refOfSentence(best.sid);
  const { first } = ctx.index.sentenceRange(id);
  const s = ctx.index.sentence(first);
  return sourceRef(ctx.doc(id), s.start, s.end);
}

function report(ctx: CheckContext, d: FigureDecision): FigureReport {
  const base = { start: d.start, end: d.end, text: ctx.draft.text.slice(d.start, d.end) };
  const names = d.drawsOn.docs.map((id) => sourceName(ctx.doc(id))).join(', ');
  if (d.kind === 'unchecked' || d.kind === 'unsupported' || !d.reference) {
    const source = drawnRef(ctx, d);
    const reason = d.kind === 'unsupported'
      ? `not stated in ${names}, which this passage draws on`
      : d.drawsOn.docs.length ? `not compared: ${d.note ?? 'no comparable value'}` : 'not compared: this passage draws on no source';
    return { ...base, verdict: d.kind === 'unsupported' ? 'unsupported' : 'unchecked', reason, ...(source ? { source } : {}) };
  }
  const source = figureRef(ctx, d.reference);
  const sourceValue = figureText(ctx, d.reference);
  if (d.kind === 'mismatch') return { ...base, verdict: 'contradicted', reason: `${where(source)} says "${sourceValue}"`, source, sourceValue };
  if (d.derivation) {
    return { ...base, verdict: 'verified', reason: `follows from ${where(source)}: ${d.derivation.text}`, source, sourceValue, derivation: d.derivation.text };
  }
  const also = d.kind === 'citation' ? ' (not the cited source)' : '';
  return { ...base, verdict: 'verified', reason: `matches ${where(source)}${also}: "${sourceValue}"`, source, sourceValue };
}

/** A verdict for every figure of the draft, in draft order. */
export function figureReports(ctx: CheckContext): FigureReport[] {
  return figureDecisions(ctx).map((d) => report(ctx, d));
}
