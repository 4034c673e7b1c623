/**
 * A sentence takes its figures from one passage. When the source sentence that states one of
 * a draft sentence's values outright also states exactly one other value comparable with a
 * figure the sources do not state, and no figure of the draft sentence is that value, the
 * figure is that value mis-stated ("formed in 2015, with over 15,000 troops" against "Formed
 * in 2017, this unit consists of over 15,000 troops"): a mismatch whose fix is the source's.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import { implausible } from './unlike.ts';
import { compareFigures, type Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Decision } from './decide.ts';
import { changeDirection } from './derive.ts';
import { inDraftNotation } from './fixes.ts';
import { TIME_KINDS } from './periods.ts';

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
  return new Set(decisions.flatMap((d) => (d.reference ? [`${d.reference.sid}:${d.reference.figure.start}`] : [])));
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
      if (taken.has(`${r.sid}:${g.start}`) || g.kind !== f.kind || compareFigures(f, g) !== 'different' || implausible(f, g)) continue;
      // A value the draft sentence states elsewhere is not free to be this one.
      if (figs.some((h, k) => k !== i && compareFigures(h, g) === 'same')) continue;
      found.push({ sid: r.sid, docId: r.docId, figure: g, align: r.align, local: 0, same: false, searched: true });
    }
  }
  if (found.length !== 1) return undefined;
  const [ref] = found;
  return { kind: 'mismatch', reference: ref, certain: false, expected: signedFix(ctx, f, ref) };
}

/** For a draft that signs a change ("−6%") against a source that words it ("down 8%"): the source's value signed. */
function signedFix(ctx: CheckContext, f: Figure, p: SourceFigure): string | undefined {
  const g = p.figure;
  if (f.value >= 0 || g.value <= 0 || changeDirection(ctx.index.sentence(p.sid).text, g.start, g.end) >= 0) return undefined;
  return inDraftNotation(f, { ...g, value: -g.value });
}
