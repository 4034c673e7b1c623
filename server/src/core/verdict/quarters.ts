/**
 * The quarter a result is reported for. In "q2 adjusted earnings per share $2.87" the quarter
 * is checked against the period of the source passage that states $2.87: the quarter that
 * passage names (in its sentence or its table section), else — for a reported result, not an
 * outlook — the quarter the source reports on, the one it names far more often than any other
 * (an earnings call on the first quarter names the second only for its outlook). Either sign
 * agreeing verifies the quarter, also against a period another sentence names beside it.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import type { Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Decision } from './decide.ts';
import { sourcePeriod } from './periods.ts';
import { FIGURE_POLICY } from './policy.ts';

/** Kinds that name a time, not a reported value. */
const TIMES = new Set(['quarter', 'half', 'date', 'year', 'duration']);
/** Words of an outlook: the quarter named is not the one the source reports on. */
const OUTLOOK = /\b(?:sees|expects?|expected|outlook|guidance|forecasts?|projects?|anticipates?|targets?|plans?|will)\b/i;

/** The quarter number a source names most often, when it clearly dominates; memoised per check. */
function reportingQuarter(ctx: CheckContext, docId: number): number | undefined {
  return ctx.stage(`reporting-quarter:${docId}`, () => {
    const counts = [0, 0, 0, 0, 0];
    const { first, end } = ctx.index.sentenceRange(docId);
    for (let sid = first; sid < end; sid++) {
      for (const g of ctx.index.figures(sid)) if (g.kind === 'quarter' && g.value >= 1 && g.value <= 4) counts[g.value]++;
    }
    const order = [1, 2, 3, 4].sort((a, b) => counts[b] - counts[a]);
    return counts[order[0]] > 0 && counts[order[0]] >= FIGURE_POLICY.periods.quarterDominance * counts[order[1]] ? order[0] : undefined;
  });
}

/** A quarter figure of the source naming quarter `n`, near `sid` if possible (the reference shown). */
function quarterFigure(ctx: CheckContext, docId: number, sid: number, n: number): SourceFigure | undefined {
  const { first, end } = ctx.index.sentenceRange(docId);
  for (let d = 0; d < end - first; d++) {
    for (const s of d === 0 ? [sid] : [sid - d, sid + d]) {
      if (s < first || s >= end) continue;
      const g = ctx.index.figures(s).find((x) => x.kind === 'quarter' && x.value === n);
      if (g) return { sid: s, docId, figure: g, align: 0, local: 0, same: false, searched: true };
    }
  }
  return undefined;
}

/**
 * The decision for quarter figure `i` of a draft sentence from the period of the source passage
 * that states one of the sentence's verified values, if that settles it.
 */
export function quarterOfResult(ctx: CheckContext, text: string, figs: readonly Figure[], decisions: readonly Decision[], i: number): Decision | undefined {
  const f = figs[i];
  if (f.kind !== 'quarter' || f.high !== undefined) return undefined;
  const j = figs.findIndex((g, k) => !TIMES.has(g.kind) && decisions[k].kind === 'match' && decisions[k].reference?.meta === undefined && !decisions[k].derivation);
  const ref = j < 0 ? undefined : decisions[j].reference;
  if (!ref) return undefined;
  if (OUTLOOK.test(text)) return undefined;
  const named = sourcePeriod(ctx, ref.docId, ref.sid, ref.figure.start, ref.figure.end);
  const own = named?.kind === 'quarter' ? named.n : undefined;
  const main = OUTLOOK.test(ctx.index.sentence(ref.sid).text) ? undefined : reportingQuarter(ctx, ref.docId);
  // Either sign of the quarter agreeing settles it; a contradiction needs every sign known to disagree.
  const n = own === f.value || main === f.value ? f.value : own !== undefined && main !== undefined ? own : undefined;
  if (n === undefined) return undefined;
  const reference = quarterFigure(ctx, ref.docId, ref.sid, n);
  if (!reference) return undefined;
  return n === f.value ? { kind: 'match', reference: { ...reference, same: true }, certain: false } : { kind: 'mismatch', reference, certain: false };
}
