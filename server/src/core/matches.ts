/**
 * Agreements between the draft and its sources, for hovers ("matches Nikkei Asia,
 * para 7") and for the "Insert citation" action.
 */
import type { CheckContext } from './rules/context.ts';
import { figureDecisions, figureRef, figureText } from './rules/figure-decisions.ts';
import type { Match } from './types.ts';

/** Minimum alignment score for a sentence to count as coming from a source. */
const SENTENCE_MATCH = 0.5;

/** Figures, quotations and sentences of the draft that agree with a source. */
export function collectMatches(ctx: CheckContext): Match[] {
  const out: Match[] = [];
  for (const d of figureDecisions(ctx)) {
    if (d.kind !== 'match' || !d.reference) continue;
    const m: Match = { kind: 'figure', start: d.start, end: d.end, source: figureRef(ctx, d.reference) };
    if (d.verdict.differing.length) m.alternatives = [...d.verdict.agreeing, ...d.verdict.differing].map((p) => ({ value: figureText(ctx, p), source: figureRef(ctx, p) }));
    out.push(m);
  }
  for (const qa of ctx.quotes()) {
    const v = qa.verdict;
    if (v.status !== 'verbatim' || v.docId === undefined) continue;
    out.push({ kind: 'quote', start: qa.quote.start, end: qa.quote.end, source: ctx.refOfRange(v.docId, v.srcStart as number, v.srcEnd as number) });
  }
  for (const s of ctx.draft.sentences) {
    const a = ctx.sentence(s).alignments[0];
    if (a && a.score >= SENTENCE_MATCH) out.push({ kind: 'sentence', start: s.start, end: s.end, source: ctx.refOfSentence(a.sid) });
  }
  return out.sort((a, b) => a.start - b.start);
}
