/**
 * The figure decision: from the evidence gathered for one draft figure, its verdict.
 * Pure and table-tested (test/unit/figure-decide.test.ts); every threshold is in
 * FIGURE_POLICY. Rules only turn these decisions into findings.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import type { Derivation } from './derive.ts';
import type { DrawsOnHow } from './draws-on.ts';
import { FIGURE_POLICY, type FigurePolicy } from './policy.ts';

/** Everything known about one draft figure. */
export interface FigureEvidence {
  /** Pairings in source sentences aligned with the draft sentence, strongest first. */
  agreeing: readonly SourceFigure[];
  differing: readonly SourceFigure[];
  /** Sources the passage draws on, and how they were found. */
  drawsOn: readonly number[];
  how: DrawsOnHow;
  /** Best alignment score of the sentence with a source it cites (0 when none). */
  citedBest: number;
  /** Searching the drawn-on sources as a whole. */
  searchedSame?: SourceFigure;
  searchedDiffer?: SourceFigure;
  derivation?: Derivation;
  /** Whether a differing figure is one slip of the pen away from the draft's ("94,000" / "49,000"). */
  slip?: (p: SourceFigure) => boolean;
  /** Whether a differing source date is the draft's date with one field mis-stated ("March 2023" / "March 2024"). */
  dateSlip?: (p: SourceFigure) => boolean;
  /** Whether a differing source date is too far from the draft's to be the same date mis-stated. */
  otherEvent?: (p: SourceFigure) => boolean;
  /** Explains how a differing source figure is consistent with the draft's (a bound, a rounding), if it is. */
  consistent?: (p: SourceFigure) => string | undefined;
  /** Whether a source figure sits beside (within `pairing.siblingReach` sentences of) where its source states another of the sentence's figures. */
  besideSiblings?: (p: SourceFigure) => boolean;
  /**
   * Whether a source figure's passage is another fact's (for a reporting period): the sentence's
   * other values are stated by the sources, none of them beside this figure.
   */
  otherFact?: (p: SourceFigure) => boolean;
  /** The figure is a change or ratio (percent, points, a multiple): derivable from two stated values. */
  relative?: boolean;
  /** Why a figure no source states is still not called unsupported (it may still be contradicted). */
  unstated?: string;
  /** Content words of the draft sentence: too few cannot tell one quantity of a source from another. */
  words?: number;
  /** Why the figure is not worth calling unsupported ("a small count in words"), if so. */
  minor?: string;
}

/** What is decided about one draft figure. */
export interface Decision {
  /** `citation`: another source states the value, not the one cited. */
  kind: 'match' | 'mismatch' | 'citation' | 'unsupported' | 'unchecked';
  reference?: SourceFigure;
  /** The pairing is certain enough for an automatic fix. */
  certain: boolean;
  derivation?: Derivation;
  /** The replacement, in the draft's notation, when it is not a source figure (a wrong derivation's right value). */
  expected?: string;
  /** Why an `unchecked` figure in a passage with sources was not compared. */
  note?: string;
}

/** Evidence strength of a pairing: sentence alignment plus weighted local context. */
export function strength(p: SourceFigure, policy: FigurePolicy = FIGURE_POLICY): number {
  return p.align + policy.pairing.localWeight * p.local;
}

/** Whether a passage's sources were found by its citations (its sentence's or its paragraph's). */
export function citesIt(how: DrawsOnHow): boolean {
  return how === 'sentence-cites' || how === 'paragraph-cites';
}

/** A differing pairing from an aligned sentence is certain when the passage is close or the pair unique. */
function certainPair(p: SourceFigure, policy: FigurePolicy): boolean {
  // A close passage, or the only comparable pair; either way with some shared words around the figure.
  const close = p.align >= policy.pairing.overrideAlign || (!!p.unique && p.align >= policy.pairing.differAlign);
  return close && p.local >= policy.pairing.certainLocal;
}

/**
 * A sentence takes its figures from one passage: the value stated beside the sentence's other
 * values outweighs a pairing in a passage that states none of them.
 */
function besideOthers(e: FigureEvidence, same: SourceFigure, differ: SourceFigure): boolean {
  return !!e.besideSiblings?.(same) && !e.besideSiblings(differ);
}

/** The decision from pairings in aligned sentences, when they settle it. */
function fromPairings(e: FigureEvidence, policy: FigurePolicy): Decision | undefined {
  const drawn = new Set(e.drawsOn);
  const cited = citesIt(e.how) ? drawn : new Set<number>();
  const citedAgree = e.agreeing.find((p) => cited.has(p.docId));
  if (citedAgree) return { kind: 'match', reference: citedAgree, certain: true };
  const citedDiffer = e.differing.find((p) => cited.has(p.docId));
  const bestAgree = e.agreeing[0];
  // An uncited passage drawing on sources is contradicted only by them: another story stating another value
  // is another report. (A cited passage may be contradicted elsewhere, unless its source states the value.)
  const guessed = cited.size === 0 && drawn.size > 0;
  const differing = guessed ? e.differing.filter((p) => drawn.has(p.docId)) : e.differing;
  const bestDiffer = citedDiffer ?? differing[0];
  const P = policy.pairing;
  // A much closer passage that states another value outweighs a loose agreement elsewhere.
  if (bestAgree && !bestAgree.recalled && bestDiffer && strength(bestDiffer, policy) > strength(bestAgree, policy) + P.overrideMargin && bestDiffer.align >= P.overrideAlign) {
    return { kind: 'mismatch', reference: bestDiffer, certain: certainPair(bestDiffer, policy) };
  }
  if (bestAgree) {
    // The cited source says otherwise, or matches the sentence far less well than the one that agrees.
    const citedWeaker = cited.size > 0 && e.citedBest < Math.max(P.citedWeakerFloor, bestAgree.align - P.citedWeakerMargin);
    // Or the cited source states the value nowhere, while another states it in a close passage with context.
    const statedOnlyElsewhere = cited.size > 0 && !bestAgree.recalled && bestAgree.align >= P.overrideAlign && bestAgree.local >= policy.docSearch.contradictLocal;
    if ((citedDiffer || citedWeaker || statedOnlyElsewhere) && !e.searchedSame) return { kind: 'citation', reference: bestAgree, certain: false };
    return { kind: 'match', reference: cited.size > 0 && e.searchedSame ? e.searchedSame : bestAgree, certain: true };
  }
  if (citedDiffer) {
    // A loose pairing does not outweigh the cited source stating the draft's value about as closely elsewhere.
    const same = e.searchedSame;
    const outweighed = same && !certainPair(citedDiffer, policy) && strength(citedDiffer, policy) < strength(same, policy) + policy.docSearch.contradictMargin;
    // Two cited sources that give different values: the draft agrees with one (figure.sources-disagree says so).
    const otherCitedAgrees = same !== undefined && cited.has(same.docId) && same.docId !== citedDiffer.docId;
    // A sentence takes its figures from one passage: the value stated beside the sentence's other values
    // outweighs a loose pairing in a passage that states none of them.
    const beside = same !== undefined && !certainPair(citedDiffer, policy) && besideOthers(e, same, citedDiffer);
    if (outweighed || otherCitedAgrees || beside) return { kind: 'match', reference: same, certain: false };
    return { kind: 'mismatch', reference: citedDiffer, certain: certainPair(citedDiffer, policy) };
  }
  const differ = differing[0];
  // A passage of a source the draft does not draw on never overrides a drawn-on source that states the value.
  const foreign = differ !== undefined && !drawn.has(differ.docId);
  // The source states the draft's value about as closely elsewhere: the loose pairing was another quantity.
  const same = e.searchedSame;
  const statedElsewhere = differ !== undefined && same !== undefined && !certainPair(differ, policy)
    && (strength(same, policy) + policy.docSearch.contradictMargin >= strength(differ, policy) || besideOthers(e, same, differ));
  if (differ && !(foreign && e.searchedSame) && !(cited.size > 0 && e.searchedSame) && !statedElsewhere) {
    return { kind: 'mismatch', reference: differ, certain: cited.size === 0 && certainPair(differ, policy) };
  }
  return undefined;
}

/** Decides one draft figure. */
export function decideFigure(e: FigureEvidence, policy: FigurePolicy = FIGURE_POLICY): Decision {
  let d = decideRaw(e, policy);
  // A small count in words paired loosely is as likely another count of the passage as a wrong one:
  // with little shared context, or (in a passage drawing on no source) from a passage not close to the sentence.
  const D = policy.docSearch;
  const far = (p: SourceFigure) => p.local < D.contradictLocal || (e.drawsOn.length === 0 && p.align < D.contradictAlign);
  const loose = d.reference !== undefined && !d.reference.searched && !d.certain && far(d.reference);
  // ... unless the source states the sentence's other values beside it: then it is this passage's count.
  if (d.kind === 'mismatch' && e.minor && loose && !e.besideSiblings?.(d.reference!)) d = { kind: 'unchecked', certain: false, note: e.minor };
  // A change or ratio the passage's own values give ("up 16.5%" from 200 to 233) is no contradiction.
  if (d.kind === 'mismatch' && e.relative && e.derivation && !e.derivation.bound) {
    return { kind: 'match', reference: e.derivation.from[0], certain: false, derivation: e.derivation };
  }
  if (d.kind !== 'mismatch' || !d.reference) return d;
  // A bound or a rounding of the differing value is no contradiction (but a slip of the pen is).
  const why = e.slip?.(d.reference) ? undefined : e.consistent?.(d.reference);
  if (why) return { kind: 'match', reference: d.reference, certain: false, derivation: { text: why, from: [d.reference] } };
  // A period named by a passage that states none of the sentence's values, stated elsewhere, is another fact's period.
  if (e.otherFact?.(d.reference)) return e.searchedSame ? { kind: 'match', reference: e.searchedSame, certain: false } : { kind: 'unchecked', certain: false, note: OTHER_FACT };
  if (d.certain) return d;
  // A loose pairing with one of the values that the draft's figure sums or combines ("up to 400 jobs": 100 + 300).
  const combined = e.derivation && !e.derivation.bound && e.derivation.from.length > 1 ? e.derivation : undefined;
  if (combined?.from.some((p) => p.docId === d.reference?.docId && p.sid === d.reference.sid)) return { kind: 'match', reference: combined.from[0], certain: false, derivation: combined };
  // A loosely paired date far from the draft's is another event's date, not this one mis-stated.
  if (e.otherEvent?.(d.reference)) return { kind: e.drawsOn.length > 0 ? 'unsupported' : 'unchecked', certain: false };
  return d;
}

/** Why a period paired only with another fact's passage is not compared. */
export const OTHER_FACT = 'a period the sources name only beside another fact';

function decideRaw(e: FigureEvidence, policy: FigurePolicy): Decision {
  const paired = fromPairings(e, policy);
  if (paired) return paired;
  if (e.drawsOn.length === 0) return { kind: 'unchecked', certain: false };
  const D = policy.docSearch;
  const same = e.searchedSame;
  const differ = e.searchedDiffer;
  if (e.derivation?.bound) return { kind: 'match', reference: e.derivation.from[0], certain: false, derivation: e.derivation };
  // An intrinsic swap: the value is stated, but about another quantity; this one has another value.
  // Decisive context: the differing figure shares twice the usual context with the draft's.
  const decisive = (differ?.local ?? 0) >= 2 * D.contradictLocal;
  const tellsApart = (e.words ?? Infinity) >= D.swapMinWords || decisive;
  const swap = differ !== undefined && (!e.minor || decisive) && tellsApart
    && differ.align >= (decisive ? D.decisiveAlign : D.contradictAlign) && differ.local >= D.contradictLocal
    && (!same || strength(differ, policy) >= strength(same, policy) + D.contradictMargin);
  if (swap) return { kind: 'mismatch', reference: differ, certain: false };
  // A sentence takes its figures from one passage: a differing value in a close passage that states the
  // sentence's other values outweighs the same value stated in a passage that barely resembles the
  // sentence, away from them, with no more context (an intrinsic swap).
  const fromPassage = differ !== undefined && differ.align >= D.contradictAlign && !!e.besideSiblings?.(differ)
    && (!same || (!e.besideSiblings(same) && same.align < D.strayAlign && differ.local >= same.local && strength(differ, policy) >= strength(same, policy) + D.contradictMargin));
  if (fromPassage) return { kind: 'mismatch', reference: differ, certain: false };
  // A slip of the pen: a numeral one digit away from a value stated about a like quantity.
  if (differ && !same && !e.minor && e.slip?.(differ) && differ.local >= D.nearMissLocal) return { kind: 'mismatch', reference: differ, certain: false };
  // A date one field off the date of a close passage, the sources stating the draft's date nowhere: the same date mis-stated.
  if (differ && !same && e.dateSlip?.(differ) && differ.align >= D.contradictAlign) return { kind: 'mismatch', reference: differ, certain: false };
  // A score ("6-3") is a common value: stated elsewhere in the source it is this result only with its context.
  const telling = same !== undefined && (same.figure.kind !== 'score' || same.local >= D.scoreLocal);
  if (same && telling && strength(same, policy) >= D.verifyStrength) return { kind: 'match', reference: same, certain: false };
  if (e.derivation) return { kind: 'match', reference: e.derivation.from[0], certain: false, derivation: e.derivation };
  if (e.minor) return { kind: 'unchecked', certain: false, note: e.minor };
  if (e.unstated) return { kind: 'unchecked', certain: false, note: e.unstated };
  return { kind: 'unsupported', certain: false };
}
