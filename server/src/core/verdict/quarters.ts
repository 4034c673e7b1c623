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
import { occurrencesByKey, type SourceOccurrence } from './doc-search.ts';
import { sourcePeriod, TIME_KINDS } from './periods.ts';
import { FIGURE_POLICY } from './policy.ts';

/** Words of an outlook: the quarter named is not the one the source reports on. */
const OUTLOOK = /\b(?:sees|expects?|expected|outlook|guidance|forecasts?|projects?|anticipates?|targets?|plans?|will)\b/i;

/** The quarters a source names in its text (not its title or date), from its memoised figures. */
const quartersOf = (ctx: CheckContext, docId: number) => (occurrencesByKey(ctx, docId).get('quarter') ?? []).filter((o) => !o.meta && o.figure.value >= 1 && o.figure.value <= 4);

/** The quarter number a source names most often, when it clearly dominates; memoised by the index. */
function reportingQuarter(ctx: CheckContext, docId: number): number | undefined {
  return ctx.source('reporting-quarter', docId, () => {
    const counts = [0, 0, 0, 0, 0];
    for (const o of quartersOf(ctx, docId)) counts[o.figure.value]++;
    const order = [1, 2, 3, 4].sort((a, b) => counts[b] - counts[a]);
    return counts[order[0]] > 0 && counts[order[0]] >= FIGURE_POLICY.periods.quarterDominance * counts[order[1]] ? order[0] : undefined;
  });
}

/** The source's mention of quarter `n` nearest to sentence `sid` (the reference shown). */
function quarterFigure(ctx: CheckContext, docId: number, sid: number, n: number): SourceFigure | undefined {
  let best: SourceOccurrence | undefined;
  for (const o of quartersOf(ctx, docId)) if (o.figure.value === n && (!best || Math.abs(o.sid - sid) < Math.abs(best.sid - sid))) best = o;
  return best && { sid: best.sid, docId, figure: best.figure, align: 0, local: 0, same: false, searched: true };
}

/**
 * The decision for quarter figure `i` of a draft sentence from the period of the source passage
 * that states one of the sentence's verified values, if that settles it.
 */
export function quarterOfResult(ctx: CheckContext, text: string, figs: readonly Figure[], decisions: readonly Decision[], i: number): Decision | undefined {
  const f = figs[i];
  if (f.kind !== 'quarter' || f.high !== undefined) return undefined;
  const j = figs.findIndex((g, k) => !TIME_KINDS.has(g.kind) && decisions[k].kind === 'match' && decisions[k].reference?.meta === undefined && !decisions[k].derivation);
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
