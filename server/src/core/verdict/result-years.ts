/**
 * The year a result or outlook is for. In "sees 2022 adjusted earnings per share of $2.40 to
 * $2.43" the year is checked against the source passage that states $2.40 to $2.43: when that
 * passage names the one year it reports on ("For 2021, we expect ... $2.40 to $2.43"), a draft
 * year that differs has been shifted, though the source names 2022 elsewhere. Years a passage
 * compares against ("compared to 2020") are not years it reports on.
 */
import { comparisonBase, reportedYears, type SourceFigure } from '../align/figure-analysis.ts';
import type { Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Decision } from './decide.ts';
import { periodDecision, siblingReference } from './periods.ts';

/** A year named as the period reported on: "in 2021", "for fiscal 2021", "FY 2013", "full-year 2021". */
const PERIOD_YEAR = /\b(?:in|for|during|through|fiscal|fy|full[- ]year|calendar)\s+(?:(?:the\s+)?(?:fiscal\s+|calendar\s+)?year\s+)?((?:19|20)\d{2})\b/gi;

/** A passage naming this many years as periods lists values per period. */
const LISTED_PERIODS = 3;

/**
 * The years a passage names as the period it reports on, leaving out those it compares against;
 * none when it names several periods ("in 1990 ..., to 1.25 billion in 1991 and ... in 1992": each value has its own).
 */
function periodYears(text: string): Set<number> {
  const reported = reportedYears(text);
  const named = new Set([...text.matchAll(PERIOD_YEAR)].map((m) => Number(m[1])));
  if (named.size >= LISTED_PERIODS) return new Set();
  return new Set([...named].filter((y) => reported.has(y)));
}

/** The year figure `value` of source sentence `sid`, as a pairing shown for the decision. */
function yearFigure(ctx: CheckContext, docId: number, sid: number, value: number): SourceFigure | undefined {
  const g = ctx.index.figures(sid).find((x) => x.kind === 'year' && x.value === value && x.high === undefined);
  return g && { sid, docId, figure: g, align: 0, local: 0, same: false, searched: true };
}

/**
 * The decision for year figure `i` of a draft sentence from the year the source passage
 * stating one of the sentence's verified values reports on, if that passage names one.
 */
export function yearOfResult(ctx: CheckContext, text: string, figs: readonly Figure[], decisions: readonly Decision[], i: number): Decision | undefined {
  const f = figs[i];
  if (f.kind !== 'year' || f.high !== undefined || f.relative || comparisonBase(text, f.start)) return undefined;
  // A value the draft compares against ("up from $3.1 billion the year before") is another year's.
  const ref = siblingReference(text, figs, decisions, i);
  if (!ref) return undefined;
  const years = periodYears(ctx.index.sentence(ref.sid).text);
  if (years.size !== 1 || figs.some((g, k) => k !== i && g.kind === 'year')) return undefined;
  const [year] = years;
  const reference = yearFigure(ctx, ref.docId, ref.sid, year);
  if (!reference) return undefined;
  return periodDecision(reference, year === f.value);
}
