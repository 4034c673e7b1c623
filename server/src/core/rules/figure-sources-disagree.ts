/**
 * figure.sources-disagree — sources give different values for the same fact; the
 * finding lists them all and prefers the cited source.
 */
import { compareFigures } from '../figures/index.ts';
import { occurrenceKey, otherPeriod, passagePeriod, type SourceFigure } from '../align/figure-analysis.ts';
import { strength } from '../verdict/decide.ts';
import { sourceName } from '../align/source-ref.ts';
import { contentStems } from '../index/terms.ts';
import type { SourceValue } from '../types.ts';
import type { CheckContext, RawFinding, Rule } from './context.ts';
import { figureDecisions, figureRef, figureText, type FigureDecision } from './figure-decisions.ts';
import { replaceFigureFixes } from '../verdict/fixes.ts';
import { figureSupport } from '../verdict/draws-on.ts';

/** A differing pairing counts only when the fact is clearly the same. */
function confident(p: SourceFigure): boolean {
  return p.same ? p.align >= 0.45 || p.local >= 3 : p.align >= 0.45 && p.local >= 3;
}

/**
 * Two source figures disagree when their values differ, they speak of the same
 * period, and their sentences say much the same thing (the same fact, two values).
 */
function sameFactOtherValue(ctx: CheckContext, a: SourceFigure, b: SourceFigure, rival?: SourceFigure): boolean {
  if (a.docId === b.docId || compareFigures(a.figure, b.figure) !== 'different') return false;
  if (otherPeriod(passagePeriod(ctx.index, a.sid), passagePeriod(ctx.index, b.sid))) return false;
  // The value was found by the same context words, or judged the same quantity source against source (verdict/rivals.ts).
  if (a.recalled || b.recalled || a === rival || b === rival) return true;
  const ta = new Set(ctx.index.sentenceTerms(a.sid));
  const tb = ctx.index.sentenceTerms(b.sid);
  let shared = 0;
  let total = 0;
  for (const t of ta) total += ctx.index.idf(t);
  for (const t of tb) {
    total += ctx.index.idf(t);
    if (ta.has(t)) shared += 2 * ctx.index.idf(t);
  }
  return total > 0 && shared / total >= 0.2;
}

/**
 * The most specific words the draft shares with the agreeing source ("wheat") must
 * also be in the differing one, or it speaks of something else ("corn").
 */
function sameSubject(ctx: CheckContext, draft: string, agree: SourceFigure, other: SourceFigure): boolean {
  const inAgree = new Set(ctx.index.sentenceTerms(agree.sid));
  // The subject may be named in the sentence before ("Soybean production … Yields are …").
  const around = [other.sid, ctx.index.neighbour(other.sid, -1)].filter((x): x is number => x !== undefined);
  const inOther = new Set(around.flatMap((sid) => [...ctx.index.sentenceTerms(sid)]));
  const terms = ctx.textStage(draft, 'terms', () => ctx.index.termsOf(ctx.index.expand(contentStems(draft))));
  const shared = terms.filter((t) => inAgree.has(t));
  shared.sort((x, y) => ctx.index.idf(y) - ctx.index.idf(x));
  return shared.slice(0, 2).every((t) => inOther.has(t));
}

/** A source stating this much less of the sentence's other figures than the reference is another report. */
const REPORT_MARGIN = 0.4;

/**
 * A differing source reports the same thing only when it states about as many of the
 * sentence's other figures as the reference source does: a story from another week with
 * every figure different is another report, not a disagreement (archives of look-alikes).
 */
function sameReport(ctx: CheckContext, d: FigureDecision, ref: SourceFigure, pool: readonly SourceFigure[]): (p: SourceFigure) => boolean {
  const others = ctx.sentence(d.sentence).figures.filter((v) => v !== d.verdict).length;
  if (others < 2) return () => true;
  const { share } = figureSupport(ctx, [d.sentence], [...new Set([ref.docId, ...pool.map((p) => p.docId)])]);
  const theirs = share.get(ref.docId) ?? 0;
  return (p) => p.docId === ref.docId || (share.get(p.docId) ?? 0) > theirs - REPORT_MARGIN;
}

/** The disagreement found for a decision, without draft offsets; null when sources agree. */
type Disagreement = Omit<RawFinding, 'start' | 'end' | 'actual' | 'message' | 'fixes'> & { values: string; cited?: string; preferred: SourceFigure };

/** Disagreements by memoised decision: the same while a sentence, its sources and citations are unchanged. */
const disagreements = new WeakMap<object, Disagreement | null>();

/** A differing source counts only when it matches the sentence about as well as the agreeing one (`top`). */
function close(ctx: CheckContext, d: FigureDecision, top: SourceFigure | undefined, p: SourceFigure): boolean {
  return !top || p.same || (strength(p) >= strength(top) - 0.25 && sameSubject(ctx, d.sentence.text, top, p));
}

/** The source figures without repeats of one occurrence (the first kept). */
function unique(list: readonly SourceFigure[]): SourceFigure[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = occurrenceKey(p);
    return !seen.has(key) && !!seen.add(key);
  });
}

/** Some two of the source figures state the same fact with other values. */
function disagree(ctx: CheckContext, list: readonly SourceFigure[], rival?: SourceFigure): boolean {
  return list.some((a) => list.some((b) => sameFactOtherValue(ctx, a, b, rival)));
}

function disagreement(ctx: CheckContext, d: FigureDecision): Disagreement | null {
  const top = d.verdict.agreeing[0];
  // Sources about another period state other facts ("different years are different facts").
  const ref = d.reference ?? top;
  const period = ref && !ref.meta ? passagePeriod(ctx.index, ref.sid) : undefined;
  // The value a cited source states elsewhere (found by searching it) takes part too.
  const searched = [...(d.reference?.searched && d.reference.same ? [d.reference] : []), ...(d.rival ? [d.rival] : [])];
  // A rival value from another cited source needs no closeness: the writer cites both.
  // Only the sources the passage draws on can disagree about it: another story stating another value is another report.
  const drawn = new Set(d.drawsOn.docs);
  const pool = unique([...d.verdict.agreeing, ...searched, ...d.verdict.differing]).filter((p) => (drawn.size === 0 || drawn.has(p.docId))
    && (p === d.rival || (confident(p) && close(ctx, d, top, p))) && (!period || !otherPeriod(period, passagePeriod(ctx.index, p.sid))));
  if (!disagree(ctx, pool, d.rival)) return null;
  const all = ref ? pool.filter(sameReport(ctx, d, ref, pool)) : pool;
  if (!disagree(ctx, all, d.rival)) return null;
  const alternatives: SourceValue[] = all.map((p) => ({ value: figureText(ctx, p), source: figureRef(ctx, p) }));
  const preferred = all.find((p) => d.cited.has(p.docId)) ?? d.reference ?? all[0];
  const cited = all.find((p) => d.cited.has(p.docId));
  return {
    code: 'figure.sources-disagree',
    values: alternatives.map((a) => `"${a.value}" (${sourceName(a.source)})`).join(', '),
    cited: cited ? figureText(ctx, cited) : undefined,
    expected: figureText(ctx, preferred),
    source: figureRef(ctx, preferred),
    alternatives,
    preferred,
  };
}

export const figureSourcesDisagree: Rule = {
  code: 'figure.sources-disagree',
  defaultSeverity: 'warning',
  run(ctx) {
    return figureDecisions(ctx).flatMap((d) => {
      let found = disagreements.get(d.memo);
      if (found === undefined) disagreements.set(d.memo, (found = disagreement(ctx, d)));
      if (!found) return [];
      const { values, cited, preferred, ...rest } = found;
      const actual = ctx.draft.text.slice(d.start, d.end);
      return [
        {
          ...rest,
          message: `Sources disagree on "${actual}": ${values}.${cited ? ` The cited source says "${cited}".` : ''}`,
          start: d.start,
          end: d.end,
          actual,
          fixes: d.kind === 'match' ? [] : replaceFigureFixes(ctx, d, preferred),
        },
      ];
    });
  },
};
