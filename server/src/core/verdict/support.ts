/**
 * How much of a passage's figures each candidate source states: the surest sign of where
 * a passage comes from among look-alike stories (see draws-on.ts), and the sources found
 * by the numerals they state.
 */
import type { DraftSentence } from '../draft/index.ts';
import type { CheckContext } from '../rules/context.ts';
import { canReport } from '../align/figure-analysis.ts';
import { compareFigures, figureKey, type Figure } from '../figures/index.ts';
import { numeralKeys } from '../index/numerals.ts';
import { occurrencesByKey } from './doc-search.ts';
import { FIGURE_POLICY } from './policy.ts';

const P = FIGURE_POLICY.drawsOn;

/** Whether a source could report on a passage that speaks of `years` (see canReport). */
export function inTime(ctx: CheckContext, docId: number, years: ReadonlySet<number>): boolean {
  return canReport(ctx.doc(docId).date, years);
}

/**
 * When a passage has several telling figures and some candidate source states some of them,
 * a candidate that states none, or far fewer than the best, is not where they come from (it
 * shares only words: another story of the same kind). When no candidate states any, the words
 * decide (a summary whose figures are all invented still draws on its article).
 */
export function statesSome(support: Support): (docId: number) => boolean {
  const most = Math.max(0, ...support.share.values());
  return (d) => {
    const share = support.share.get(d) ?? 0;
    return most === 0 || support.telling < P.tellingFigures || (share > 0 && share >= most * P.figureShareRatio);
  };
}

/** How much of a passage's telling figures each source states. */
export interface Support {
  /** Share of the telling figures a source states, by doc id. */
  share: Map<number, number>;
  /** How many telling figures (not ordinals or dates) the passage has. */
  telling: number;
}

/** No figure support at all (one candidate needs no ranking). */
export const NO_SUPPORT: Support = { share: new Map(), telling: 0 };

/** The telling figures of some sentences (bounded): ordinals and dates say little about which story a passage comes from. */
export function tellingFigures(ctx: CheckContext, sentences: readonly DraftSentence[]): Figure[] {
  const telling = (f: Figure) => f.kind !== 'ordinal' && f.kind !== 'date' && f.kind !== 'year' && !f.relative;
  return sentences.flatMap((s) => ctx.sentence(s).figures.map((v) => v.figure)).filter(telling).slice(0, P.supportFigures);
}

/** No source found by its numerals. */
export const NO_STATING: { several: readonly number[]; one: readonly number[] } = { several: [], one: [] };

/**
 * Sources stating the sentences' telling figures, found by their numerals (words cannot tell
 * look-alike stories apart; the values they state can), that could report on them: `several`
 * state numeralMatches of them, `one` (for a passage with a single telling numeral) states it.
 */
export function statingSources(ctx: CheckContext, sentences: readonly DraftSentence[], years: ReadonlySet<number>): typeof NO_STATING {
  const keys = tellingFigures(ctx, sentences).flatMap((f) => numeralKeys(f.text));
  if (keys.length === 0) return NO_STATING;
  const hits = ctx.index.stating(keys, P.numeralCandidates, (d) => inTime(ctx, d, years));
  const several = hits.filter((h) => h.count >= P.numeralMatches).map((h) => h.docId);
  return { several, one: keys.length === 1 ? hits.map((h) => h.docId) : [] };
}

/** The ranking bonus of a source for the share of the passage's figures it states (several figures only). */
export function figureBonus(support: Support, d: number): number {
  return support.telling >= P.tellingFigures ? P.figureWeight * (support.share.get(d) ?? 0) : 0;
}

/** For each source, the share of the sentences' figures it states (in any sentence, any form). */
export function figureSupport(ctx: CheckContext, sentences: readonly DraftSentence[], docs: readonly number[]): Support {
  const figs = tellingFigures(ctx, sentences);
  const share = new Map<number, number>();
  if (figs.length === 0) return { share, telling: 0 };
  for (const d of docs) {
    const stated = occurrencesByKey(ctx, d);
    share.set(d, figs.filter((f) => (stated.get(figureKey(f)) ?? []).some((o) => compareFigures(f, o.figure) === 'same')).length / figs.length);
  }
  return { share, telling: figs.length };
}
