/**
 * Source figures that state another quantity than a draft figure though both are of one kind,
 * so that a differing value is no contradiction: a range against a single value (an outlook
 * against a result), an adjusted value against a reported one, a rate of another measure, the
 * earlier value of a comparison ("compared to a loss of $1.79 in the second quarter of 2020")
 * against a current one, a score between other sides, or values too far apart to be one fact mis-stated. And the passages a sentence's values come
 * from: those that state them. Linear in the texts read.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import { compareFigures, otherShape, type Figure } from '../figures/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { otherBasis, otherRate } from './measures.ts';
import { roundedFrom } from './derive.ts';
import { comparisonRoles, type Role } from './roles.ts';
import { otherSides } from './teams.ts';
import { FIGURE_POLICY } from './policy.ts';

/** The indexes of the figures a text states as the earlier value of a comparison. */
export function earlierValues(text: string, figs: readonly Figure[]): Set<number> {
  return olderOf(comparisonRoles(text, figs));
}

/** The indexes of the figures given the role of an earlier value (see comparisonRoles). */
export function olderOf(roles: ReadonlyMap<number, Role>): Set<number> {
  const out = new Set<number>();
  for (const [i, role] of roles) if (role === 'old') out.add(i);
  return out;
}

/** The figures source sentence `sid` states as the earlier value of a comparison, memoised by the index. */
export function sourceEarlierValues(index: Pick<CorpusIndex, 'derived' | 'sentence' | 'figures'>, sid: number): Set<number> {
  return index.derived.get('earlier-values', sid, () => earlierValues(index.sentence(sid).text, index.figures(sid)));
}

/** One side of a comparison: a figure in its text, and whether the text states it as an earlier value. */
export interface Stated {
  text: string;
  figure: Figure;
  earlier: boolean;
}

/** Whether a differing source figure states another quantity than the draft's (see the module comment). */
export function unlikeDiffering(draft: Stated, source: Stated): boolean {
  if (otherShape(draft.figure, source.figure) || otherBasis(draft.text, draft.figure, source.text, source.figure)) return true;
  if (otherRate(draft.text, draft.figure, source.text, source.figure) || otherSides(draft.text, draft.figure, source.text, source.figure)) return true;
  return source.earlier && !draft.earlier && draft.figure.kind !== 'year' && draft.figure.kind !== 'date';
}

/**
 * Whether the passage of source figure `p` (its sentence and those next to it) also states one of
 * the values `others` (in another figure than `p`), or a rounding of it either way ("$679 million"
 * for "$678.6 million"): the passage a sentence with those values comes from, unlike one that
 * states none of them.
 */
export function statesNear(index: Pick<CorpusIndex, 'figures' | 'neighbour'>, p: SourceFigure, others: readonly Figure[]): boolean {
  if (others.length === 0) return false;
  const sids = [p.sid, index.neighbour(p.sid, -1), index.neighbour(p.sid, 1)];
  return sids.some((sid) => sid !== undefined && index.figures(sid).some((h) =>
    !(sid === p.sid && h.start === p.figure.start) && others.some((g) => compareFigures(g, h) === 'same' || roundedFrom(g, h) || roundedFrom(h, g))));
}

/** A scale word or suffix in a figure's text ("3 million", "$7bn", "5k"). */
const SCALED = /\b(?:thousand|million|billion|trillion|mln|bln|bn|tn|crore|lakh)s?\b|\d(?:k|m|bn)\b/i;

/**
 * Values too far apart to be the same fact mis-stated: more than 20 times apart,
 * unless the gap is a power of a thousand and one of them is written with a scale word
 * (a "million" written for a "billion"; "three" is no slip for "3,144").
 */
export function implausible(f: Figure, g: Figure): boolean {
  if (f.kind === 'date' || f.kind === 'year') return false;
  const a = Math.abs(f.value);
  const b = Math.abs(g.value);
  if (Math.min(a, b) === 0) return false;
  const ratio = Math.log10(Math.max(a, b) / Math.min(a, b));
  if (ratio <= Math.log10(FIGURE_POLICY.pairing.implausibleRatio)) return false;
  const scaleSlip = Math.abs(ratio / 3 - Math.round(ratio / 3)) * 3 <= 0.05 && (SCALED.test(f.text) || SCALED.test(g.text));
  return !scaleSlip;
}
