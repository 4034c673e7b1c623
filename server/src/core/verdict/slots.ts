/**
 * A sentence takes its figures from one passage. When the source sentence that states one of
 * a draft sentence's values outright also states exactly one other value comparable with a
 * figure the sources do not state, and no figure of the draft sentence is that value, the
 * figure is that value mis-stated ("formed in 2015, with over 15,000 troops" against "Formed
 * in 2017, this unit consists of over 15,000 troops"): a mismatch whose fix is the source's.
 * The cells of a table row are read the same way, and an ordinal in words against the one other
 * ordinal its sources state.
 */
import { occurrenceKey, type SourceFigure } from '../align/figure-analysis.ts';
import { implausible } from './unlike.ts';
import { compareFigures, type Figure } from '../figures/index.ts';
import { TABLE_MONEY } from '../figures/carry.ts';
import type { CheckContext } from '../rules/context.ts';
import type { FigureDecision } from '../rules/figure-decisions.ts';
import type { Decision } from './decide.ts';
import { TIME_KINDS } from './periods.ts';
import { FIGURE_POLICY } from './policy.ts';

/** The source sentences stating the sentence's other values outright (not derived, not a title or date). */
function siblingSentences(decisions: readonly Decision[], i: number): SourceFigure[] {
  const out: SourceFigure[] = [];
  decisions.forEach((d, k) => {
    const r = d.reference;
    if (k !== i && d.kind === 'match' && r && r.same && r.meta === undefined && !d.derivation && !out.some((x) => x.sid === r.sid)) out.push(r);
  });
  return out;
}

/** The source figures the draft sentence's decisions refer to, by sentence and start. */
function takenOf(decisions: readonly Decision[]): Set<string> {
  return new Set(decisions.flatMap((d) => (d.reference ? [occurrenceKey(d.reference)] : [])));
}

/**
 * The decision for unsupported figure `i` of a draft sentence from the source sentences that
 * state its sibling values, or undefined.
 */
export function slotMismatch(ctx: CheckContext, figs: readonly Figure[], decisions: readonly Decision[], i: number): Decision | undefined {
  const f = figs[i];
  if (decisions[i].kind !== 'unsupported' || f.relative || TIME_KINDS.has(f.kind)) return undefined;
  const taken = takenOf(decisions);
  const found: SourceFigure[] = [];
  for (const r of siblingSentences(decisions, i)) {
    for (const g of ctx.index.figures(r.sid)) {
      if (taken.has(occurrenceKey({ sid: r.sid, figure: g })) || !sameKind(f, g) || compareFigures(f, g) !== 'different' || implausible(f, g)) continue;
      // A value the draft sentence states elsewhere is not free to be this one.
      if (figs.some((h, k) => k !== i && compareFigures(h, g) === 'same')) continue;
      found.push({ sid: r.sid, docId: r.docId, figure: g, align: r.align, local: 0, same: false, searched: true });
    }
  }
  return found.length === 1 ? { kind: 'mismatch', reference: found[0], certain: false } : undefined;
}

/** Figures of one kind, a results table's amount (currency not written) counting as a count too. */
const sameKind = (f: Figure, g: Figure) => g.kind === f.kind || (f.kind === 'number' && g.rawUnit === TABLE_MONEY);

/** What the whole-source search found for a draft figure: the value stated, if anywhere, and differing values. */
interface Found {
  same?: SourceFigure;
  differ: readonly SourceFigure[];
}

/**
 * An ordinal in words ("the seventh joint exercise") when the drawn-on sources state one other
 * ordinal (other than "first"), and not the draft's, about like words ("marking the eighth between
 * the two nations"): that ordinal mis-stated. With several, or little shared context, it stays unchecked.
 */
export function loneOrdinal(f: Figure, search: () => Found): Decision | undefined {
  // "First" is as often idiom ("for the first time") as a count of events: never either side.
  if (f.kind !== 'ordinal' || f.value === 1) return undefined;
  const found = search();
  if (found.same) return undefined;
  const ordinals = found.differ.filter((p) => p.figure.kind === 'ordinal' && p.figure.value !== 1);
  if (new Set(ordinals.map((p) => p.figure.value)).size !== 1 || ordinals[0].local < FIGURE_POLICY.docSearch.loneOrdinalLocal) return undefined;
  return { kind: 'mismatch', reference: ordinals[0], certain: false };
}

/**
 * The cells of a table row take their values from one passage, as the figures of a sentence
 * do (see slotMismatch): an unsupported cell beside cells one source sentence states becomes
 * that sentence's other value. `out` (the draft's decisions in order) is changed in place.
 */
export function rowSlots(ctx: CheckContext, out: FigureDecision[]): void {
  for (let a = 0; a < out.length; ) {
    let b = a + 1;
    const row = out[a].sentence;
    while (b < out.length && out[b].sentence.blockIndex === row.blockIndex) b++;
    const cells = row.block === 'table' && b - a > 1 ? out.slice(a, b) : [];
    if (cells.some((d) => d.kind === 'unsupported')) {
      const figs = cells.map((d) => d.verdict.figure);
      cells.forEach((d, i) => {
        const slot = slotMismatch(ctx, figs, cells, i);
        if (slot) out[a + i] = { ...d, kind: slot.kind, reference: slot.reference, certain: false, candidates: [], memo: {} };
      });
    }
    a = b;
  }
}
