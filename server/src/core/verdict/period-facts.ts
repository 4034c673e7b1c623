/**
 * The period a draft sentence names is the period of the fact it states. In "q3 non-gaap
 * earnings per share $0.43", a source passage that names the fourth quarter contradicts the
 * quarter only when it is the passage of that fact: when the sources state the sentence's
 * values elsewhere, a passage that gives its own value for one of them ("for the fourth
 * quarter, we expect $0.25 to $0.29") or shares little of the sentence's context is another
 * fact's, and its period says nothing about this one's — unless, for a result, it is the quarter
 * the source reports on. Pure; linear in the figures read.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import { PERIOD_KINDS } from '../align/years.ts';
import { compareFigures, type Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import { TIME_KINDS } from './periods.ts';
import { FIGURE_POLICY } from './policy.ts';
import { isOutlook, reportingQuarter } from './quarters.ts';

/** What is known of a draft sentence's figures: where the sources state each, and which source figures sit beside them. */
export interface SentenceFacts {
  figs: readonly Figure[];
  /** The source figures stating draft figure `j` (its closest agreement, the value found by searching). */
  stated(j: number): readonly SourceFigure[];
  /** Whether source figure `p` sits beside where the sources state another of the sentence's figures than `i`. */
  beside(i: number, p: SourceFigure): boolean;
}

/**
 * For period figure `i` of a sentence, whether a differing source figure `p` is another fact's
 * period (see the module comment); always false for figures that are not periods.
 */
export function otherFactPeriod(ctx: CheckContext, text: string, facts: SentenceFacts): (i: number) => (p: SourceFigure) => boolean {
  let valuesStated: number[] | undefined;
  const stated = () => (valuesStated ??= facts.figs.map((_, j) => j).filter((j) => !TIME_KINDS.has(facts.figs[j].kind) && facts.stated(j).length > 0));
  // The passage gives its own value for a quantity the sentence states, or shares too little context to be about its fact.
  const otherPassage = (p: SourceFigure) => p.local < FIGURE_POLICY.docSearch.contradictLocal
    || ctx.index.figures(p.sid).some((g) => stated().some((j) => compareFigures(facts.figs[j], g) === 'different'));
  // A result's period is the quarter its source reports on: a passage naming that quarter is no other fact's.
  const reported = (p: SourceFigure) => p.figure.kind === 'quarter' && !isOutlook(text) && reportingQuarter(ctx, p.docId) === p.figure.value;
  return (i) => (p) => PERIOD_KINDS.has(facts.figs[i].kind) && p.meta === undefined && stated().length > 0 && !facts.beside(i, p) && otherPassage(p) && !reported(p);
}
