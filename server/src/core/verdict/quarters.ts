/**
 * The quarter a result is reported for. In "q2 adjusted earnings per share $2.87" the quarter
 * is checked against the period of the source passage that states $2.87: the quarter that
 * passage names (in its sentence or its table section), else — for a reported result, not an
 * outlook — the quarter the source reports on, the one it names far more often than any other
 * (an earnings call on the first quarter names the second only for its outlook). Either sign
 * agreeing verifies the quarter, also against a period another sentence names beside it.
 */
import { comparisonBase, type SourceFigure } from '../align/figure-analysis.ts';
import type { Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Decision } from './decide.ts';
import { occurrencesByKey, type SourceOccurrence } from './doc-search.ts';
import { periodDecision, siblingReference, sourcePeriod } from './periods.ts';
import { FIGURE_POLICY } from './policy.ts';

/** Words of an outlook: the quarter named is not the one the source reports on. */
export const OUTLOOK = /\b(?:sees|may|might|could|expect\w*|outlook|guid\w*|forecast\w*|project\w*|anticipat\w*|estimat\w*|target\w*|plan\w*|will)\b/i;
const OUTLOOK_ALL = new RegExp(OUTLOOK.source, 'gi');
/**
 * An outlook word that is the benchmark a result is measured against, a few words before it:
 * "above the high end of our prior guidance", "well above consensus estimates", "better than expected".
 */
const BENCHMARK = /\b(?:than|above|below|beat|beats|exceed\w*|ahead of|in line with|versus|vs\.?|within)\s+(?:[\w'-]+\s+){0,5}$/i;

/**
 * Whether a text speaks of an outlook: an outlook word (OUTLOOK) that is not the benchmark a
 * reported result is compared with ("earnings per share were $3.17, above our prior guidance"
 * reports the quarter).
 */
export function isOutlook(text: string): boolean {
  for (const m of text.matchAll(OUTLOOK_ALL)) if (!BENCHMARK.test(text.slice(Math.max(0, m.index - 48), m.index))) return true;
  return false;
}

/** The quarters a source names in its text (not its title or date), from its memoised figures. */
const quartersOf = (ctx: CheckContext, docId: number) => (occurrencesByKey(ctx, docId).get('quarter') ?? []).filter((o) => !o.meta && o.figure.value >= 1 && o.figure.value <= 4);

/** The quarter numbers a source reports on (named outside its outlook and comparison bases), most often first, with their counts; memoised by the index. */
function quarterCounts(ctx: CheckContext, docId: number): { order: number[]; counts: number[] } {
  return ctx.source('quarter-counts', docId, () => {
    const counts = [0, 0, 0, 0, 0];
    for (const o of quartersOf(ctx, docId)) {
      const text = ctx.index.sentence(o.sid).text;
      if (!isOutlook(text) && !comparisonBase(text, o.figure.start)) counts[o.figure.value]++;
    }
    return { order: [1, 2, 3, 4].sort((a, b) => counts[b] - counts[a]), counts };
  });
}

/** The quarter number a source reports on, when it clearly dominates (FIGURE_POLICY.periods.quarterDominance times the next). */
export function reportingQuarter(ctx: CheckContext, docId: number): number | undefined {
  const { order, counts } = quarterCounts(ctx, docId);
  return counts[order[0]] > 0 && counts[order[0]] >= FIGURE_POLICY.periods.quarterDominance * counts[order[1]] ? order[0] : undefined;
}

/** The source's mention of quarter `n` nearest to sentence `sid` (the reference shown). */
function quarterFigure(ctx: CheckContext, docId: number, sid: number, n: number): SourceFigure | undefined {
  let best: SourceOccurrence | undefined;
  for (const o of quartersOf(ctx, docId)) if (o.figure.value === n && (!best || Math.abs(o.sid - sid) < Math.abs(best.sid - sid))) best = o;
  return best && { sid: best.sid, docId, figure: best.figure, align: 0, local: 0, same: false, searched: true };
}

/**
 * A quarter whose sentence states no verified value. In an outlook, a loosely paired other
 * quarter is no contradiction when the source names this one in an outlook of its own. In a
 * result, the quarter the source reports on decides, both ways.
 */
function unpairedQuarter(ctx: CheckContext, text: string, f: Figure, d: Decision, docs: readonly number[]): Decision | undefined {
  const docId = d.reference?.docId ?? (docs.length === 1 ? docs[0] : undefined);
  if (d.certain || docId === undefined || d.kind === 'unsupported' || d.kind === 'citation') return undefined;
  const sid = d.reference?.sid ?? ctx.index.sentenceRange(docId).first;
  if (isOutlook(text)) {
    const named = d.kind === 'mismatch' ? quartersOf(ctx, docId).find((o) => o.figure.value === f.value && isOutlook(ctx.index.sentence(o.sid).text)) : undefined;
    return named && periodDecision({ sid: named.sid, docId, figure: named.figure, align: 0, local: 0, same: true, searched: true }, true);
  }
  const main = reportingQuarter(ctx, docId);
  const settled = main === f.value ? d.kind === 'match' : d.kind === 'mismatch';
  if (main === undefined || settled) return undefined;
  const reference = quarterFigure(ctx, docId, sid, main);
  if (!reference) return undefined;
  return periodDecision(reference, main === f.value);
}

/**
 * The decision for quarter figure `i` of a draft sentence from the period of the source passage
 * that states one of the sentence's verified values, if that settles it.
 */
export function quarterOfResult(ctx: CheckContext, text: string, figs: readonly Figure[], decisions: readonly Decision[], i: number, docs: readonly number[]): Decision | undefined {
  const f = figs[i];
  const d = decisions[i];
  if (f.kind !== 'quarter' || f.high !== undefined || comparisonBase(text, f.start)) return undefined;
  const ref = siblingReference(text, figs, decisions, i);
  if (!ref) return unpairedQuarter(ctx, text, f, d, docs);
  // An outlook names quarters to come, often several: left to the pairing.
  if (isOutlook(text)) return undefined;
  const named = sourcePeriod(ctx, ref.docId, ref.sid, ref.figure.start, ref.figure.end);
  const own = named?.kind === 'quarter' ? named.n : undefined;
  const main = isOutlook(ctx.index.sentence(ref.sid).text) ? undefined : reportingQuarter(ctx, ref.docId);
  // Either sign of the quarter agreeing settles it; the passage's own quarter outweighs the source's.
  let n = own === f.value || main === f.value ? f.value : own !== undefined && main !== undefined ? own : undefined;
  // A passage stating the result that names no quarter leaves it to the quarter the source reports on.
  if (n === undefined && own === undefined) n = main;
  if (n === undefined) return undefined;
  const reference = quarterFigure(ctx, ref.docId, ref.sid, n);
  if (!reference) return undefined;
  return periodDecision(reference, n === f.value);
}
