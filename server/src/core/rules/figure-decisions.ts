/**
 * Turns figure verdicts into decisions shared by the figure and citation rules:
 * does the draft figure match, differ from its source, or cite the wrong source?
 */
import { strength, type FigureVerdict, type SourceFigure } from '../align/figure-analysis.ts';
import type { DraftSentence } from '../draft/index.ts';
import { citationEdits } from '../fixes/citation.ts';
import type { Fix, SourceRef, TextEdit } from '../types.ts';
import type { CheckContext } from './context.ts';

/** The decision for one draft figure. */
export interface FigureDecision {
  sentence: DraftSentence;
  verdict: FigureVerdict;
  /** Draft offsets of the figure. */
  start: number;
  end: number;
  kind: 'match' | 'mismatch' | 'citation' | 'unknown';
  /** The source figure the draft should agree with. */
  reference?: SourceFigure;
  /** Doc ids the sentence cites. */
  cited: Set<number>;
}

const memo = new WeakMap<CheckContext, FigureDecision[]>();

function decide(v: FigureVerdict, cited: Set<number>, citedBest: number): Pick<FigureDecision, 'kind' | 'reference'> {
  const citedAgree = v.agreeing.find((p) => cited.has(p.docId));
  const citedDiffer = v.differing.find((p) => cited.has(p.docId));
  if (citedAgree) return { kind: 'match', reference: citedAgree };
  // A much closer passage that states another value outweighs a loose agreement elsewhere.
  const bestAgree = v.agreeing[0];
  const bestDiffer = citedDiffer ?? v.differing[0];
  if (bestAgree && !bestAgree.recalled && bestDiffer && strength(bestDiffer) > strength(bestAgree) + 0.3 && bestDiffer.align >= 0.6) {
    return { kind: 'mismatch', reference: bestDiffer };
  }
  if (v.agreeing.length > 0) {
    // The cited source says otherwise, or matches the sentence far less well than the source that agrees.
    const citedWeaker = cited.size > 0 && citedBest < Math.max(0.25, v.agreeing[0].align - 0.3);
    if (citedDiffer || citedWeaker) return { kind: 'citation', reference: v.agreeing[0] };
    return { kind: 'match', reference: v.agreeing[0] };
  }
  if (citedDiffer) return { kind: 'mismatch', reference: citedDiffer };
  if (v.differing.length > 0) return { kind: 'mismatch', reference: v.differing[0] };
  return { kind: 'unknown' };
}

/** Decisions for every draft figure outside quotations, memoised per check. */
export function figureDecisions(ctx: CheckContext): FigureDecision[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const out: FigureDecision[] = [];
  for (const s of ctx.draft.sentences) {
    const cited = ctx.citedDocs([s]);
    const analysis = ctx.sentence(s);
    const citedBest = Math.max(0, ...analysis.alignments.filter((a) => cited.has(a.docId)).map((a) => a.score));
    for (const verdict of analysis.figures) {
      const r = ctx.draftRange(s, verdict.figure.start, verdict.figure.end);
      if (ctx.inQuotation(r.start, r.end)) continue;
      out.push({ sentence: s, verdict, ...r, cited, ...decide(verdict, cited, citedBest) });
    }
  }
  memo.set(ctx, out);
  return out;
}

/** The SourceRef of a paired source figure. */
export function figureRef(ctx: CheckContext, p: SourceFigure): SourceRef {
  return ctx.refInSentence(p.sid, p.figure.start, p.figure.end);
}

/** The source's text of a paired source figure. */
export function figureText(ctx: CheckContext, p: SourceFigure): string {
  return ctx.sourceText(p.sid, p.figure.start, p.figure.end);
}

/**
 * Fixes that put in the source's figure: with a citation of the source when the
 * sentence cites nothing (preferred), and the bare replacement.
 */
export function replaceFigureFixes(ctx: CheckContext, d: FigureDecision, p: SourceFigure): Fix[] {
  const text = figureText(ctx, p);
  const replace: TextEdit = { start: d.start, end: d.end, newText: text };
  const doc = ctx.doc(p.docId);
  const cite = ctx.hasCitation([d.sentence]) ? [] : citationEdits(ctx.draft, d.sentence, doc, ctx.config.citationStyle);
  const fixes: Fix[] = [];
  if (cite.length) fixes.push({ title: `Replace with "${text}" and cite ${doc.key}`, edits: [replace, ...cite], preferred: true });
  fixes.push({ title: `Replace with "${text}"`, edits: [replace], preferred: cite.length === 0 });
  return fixes;
}
