/**
 * Two cited sources that state one quantity with different values (a revised forecast, a
 * total reported by two outlets) say so in like words: the figure the draft agrees with and
 * the other source's figure have contexts that share most of their weight, and values of
 * like size. That other value is a rival for figure.sources-disagree even when the draft's
 * own wording is not close to the other source's sentence.
 */
import { comparisonBase, type SourceFigure } from '../align/figure-analysis.ts';
import type { CheckContext } from '../rules/context.ts';
import { TIME_KINDS } from './periods.ts';
import { FIGURE_POLICY } from './policy.ts';

/** The context words around a source figure (memoised by the index), or undefined for a title or date. */
function contextOf(ctx: CheckContext, p: SourceFigure): ReadonlyMap<string, number> | undefined {
  if (p.meta !== undefined) return undefined;
  const gi = ctx.index.figures(p.sid).findIndex((g) => g.start === p.figure.start && g.end === p.figure.end);
  if (gi < 0) return undefined;
  const nearest = ctx.index.figureContext(p.sid, gi).nearest;
  // An acronym the sources define ("CPEC") stands for its long form's words, at its distance.
  const out = new Map(nearest);
  for (const [stem, d] of nearest) for (const x of ctx.index.expand([stem])) if (!out.has(x)) out.set(x, d);
  return out;
}

/** The idf weight of a context word (unknown words weigh as an average unknown term). */
function weight(ctx: CheckContext, stem: string): number {
  const t = ctx.index.knownTerm(stem);
  return t === undefined ? ctx.index.unknownIdf() : ctx.index.idf(t);
}

/**
 * How much two source figures' contexts have in common: the idf weight of the words they
 * share (each counted at the larger of its two distances) over the weight of the smaller context (0 to 1).
 */
function contextOverlap(ctx: CheckContext, ca: ReadonlyMap<string, number>, cb: ReadonlyMap<string, number>): number {
  if (ca.size === 0 || cb.size === 0) return 0;
  const near = (d: number) => 1 / (1 + d);
  let wa = 0;
  let wb = 0;
  let shared = 0;
  for (const [s, d] of ca) {
    const w = weight(ctx, s);
    wa += w * near(d);
    const e = cb.get(s);
    if (e !== undefined) shared += w * Math.min(near(d), near(e));
  }
  for (const [s, d] of cb) wb += weight(ctx, s) * near(d);
  return shared / Math.min(wa, wb);
}

/** Whether two values are of like size (a revision or another outlet's count, not another quantity). */
function alike(a: number, b: number): boolean {
  if (a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) <= FIGURE_POLICY.rivals.valueRatio;
}

/** Base of a comparison ("up from 260.5 billion", "compared to 100 a year ago") in its sentence. */
const isBase = (ctx: CheckContext, p: SourceFigure) => comparisonBase(ctx.index.sentence(p.sid).text, p.figure.start);

/**
 * Whether another source's figure `p` could state the value `agreed` states: not a time, of the
 * same kind and form (a point or a range), of like size, and not the base of a comparison
 * (an earlier value, whose period only its own words tell: "a year ago", "last week").
 */
function sameForm(ctx: CheckContext, agreed: SourceFigure, p: SourceFigure): boolean {
  const [f, g] = [agreed.figure, p.figure];
  if (p.docId === agreed.docId || TIME_KINDS.has(g.kind) || g.kind !== f.kind || (g.high === undefined) !== (f.high === undefined)) return false;
  return alike(g.value, f.value) && !isBase(ctx, p);
}

/**
 * The figure among `others` (another cited source's values differing from the draft's) that
 * states the quantity `agreed` states, judged source against source; undefined if none.
 * An agreed value that is itself the base of a comparison has no rival.
 */
export function rivalBySource(ctx: CheckContext, agreed: SourceFigure, others: readonly SourceFigure[]): SourceFigure | undefined {
  const ca = others.length > 0 && !isBase(ctx, agreed) ? contextOf(ctx, agreed) : undefined;
  if (!ca) return undefined;
  let best: SourceFigure | undefined;
  let bestScore: number = FIGURE_POLICY.rivals.contextOverlap;
  for (const p of others) {
    const cb = sameForm(ctx, agreed, p) ? contextOf(ctx, p) : undefined;
    const score = cb ? contextOverlap(ctx, ca, cb) : 0;
    if (score >= bestScore) [best, bestScore] = [p, score];
  }
  return best;
}
