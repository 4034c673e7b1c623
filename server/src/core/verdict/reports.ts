/**
 * The per-figure report of a check: one verdict for every draft figure outside
 * quotations, with the passage it was compared with, for hovers and summaries.
 */
import { sourceName } from '../align/source-ref.ts';
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
  return ctx.refOfSentence(best ? best.sid : ctx.index.sentenceRange(id).first);
}

function report(ctx: CheckContext, d: FigureDecision): FigureReport {
  const base = { start: d.start, end: d.end, text: ctx.draft.text.slice(d.start, d.end) };
  if (d.kind === 'unchecked' || d.kind === 'unsupported' || !d.reference) {
    const source = drawnRef(ctx, d);
    const names = () => d.drawsOn.docs.map((id) => sourceName(ctx.doc(id))).join(', ');
    const reason = d.kind === 'unsupported'
      ? `not stated in ${names()}, which this passage draws on`
      : d.drawsOn.docs.length ? d.note ?? 'no comparable value in the sources' : 'this passage draws on no source';
    return { ...base, verdict: d.kind === 'unsupported' ? 'unsupported' : 'unchecked', reason, ...(source ? { source } : {}) };
  }
  const source = figureRef(ctx, d.reference);
  const sourceValue = figureText(ctx, d.reference);
  if (d.kind === 'mismatch' && d.derivation) {
    return { ...base, verdict: 'contradicted', reason: `does not follow from ${where(source)}: ${d.derivation.text}`, source, sourceValue: d.expected ?? sourceValue, derivation: d.derivation.text };
  }
  if (d.kind === 'mismatch') return { ...base, verdict: 'contradicted', reason: `${where(source)} says "${sourceValue}"`, source, sourceValue };
  if (d.derivation) {
    return { ...base, verdict: 'verified', reason: `follows from ${where(source)}: ${d.derivation.text}`, source, sourceValue, derivation: d.derivation.text };
  }
  const also = d.kind === 'citation' ? ' (not the cited source)' : '';
  return { ...base, verdict: 'verified', reason: `matches ${where(source)}${also}: "${sourceValue}"`, source, sourceValue };
}

/** Reports by memoised decision: the same while a sentence and its sources are unchanged. */
const reports = new WeakMap<object, FigureReport>();

/** A verdict for every figure of the draft, in draft order. */
export function figureReports(ctx: CheckContext): FigureReport[] {
  return figureDecisions(ctx).map((d) => {
    let r = reports.get(d.memo);
    if (!r) reports.set(d.memo, (r = report(ctx, d)));
    return { ...r, start: d.start, end: d.end, text: ctx.draft.text.slice(d.start, d.end) };
  });
}
