/**
 * Swapped roles: a draft that states a comparison's old value as the new one ("rose to 200
 * from 233" for "rose to 233 from 200"), or gives the year-ago value of "$1.65 a share,
 * compared with $1.50" as the figure itself, states a value the source gives, about another
 * time. The figure contradicts the source's value in its own role.
 */
import { comparisonBase, reportedYears, yearsOf } from '../align/figure-analysis.ts';
import { compareFigures, type Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Decision } from './decide.ts';
import { comparisonPairs, partnerOf, strongComparison, type Role } from './roles.ts';

/**
 * A value the source states in the other role of a comparison than the draft's: the mismatch
 * with the source's value in the draft's role. A lone draft value counts as a new one.
 */
export function swapped(ctx: CheckContext, text: string, context: string, f: Figure, role: Role | undefined, d: Decision): Decision | undefined {
  const ref = d.reference;
  if (d.kind !== 'match' || !ref || ref.meta !== undefined || d.derivation) return undefined;
  const { figs, pairs } = sourceRoles(ctx, ref.sid);
  const k = figs.findIndex((g) => g.start === ref.figure.start);
  const j = partnerOf(pairs, k);
  const theirs: Role | undefined = j === undefined ? undefined : pairs.some(([n]) => n === k) ? 'new' : 'old';
  // A lone value is a new one when the source compares in so many words, unless the draft says
  // it is earlier ("a year ago", "from $4 billion", "in 2020").
  const sourceText = ctx.index.sentence(ref.sid).text;
  const lone = theirs === 'old' && j !== undefined && strongComparison(sourceText, figs, j, k) && !earlierValue(text, context, f, sourceText);
  const mine = role ?? (lone ? 'new' : undefined);
  if (!theirs || !mine || theirs === mine) return undefined;
  const other = j === undefined ? undefined : figs[j];
  if (!other || compareFigures(f, other) !== 'different') return undefined;
  return { kind: 'mismatch', reference: { ...ref, figure: other, same: false }, certain: false };
}

/** Words that put a draft's lone value in an earlier period. */
const EARLIER = /\b(?:ago|earlier|last year|prior|previous(?:ly)?|preceding|initial(?:ly)?|original(?:ly)?|first estimate|year[- ]over[- ]year)\b/i;

/**
 * Whether the draft presents figure `f` of `text` as an earlier value: it (or its table
 * `context`, a row label and column header) says so, compares against it, or names a year
 * that the source sentence compares against.
 */
function earlierValue(text: string, context: string, f: Figure, sourceText: string): boolean {
  if (EARLIER.test(text) || EARLIER.test(context) || comparisonBase(text, f.start)) return true;
  const reported = reportedYears(sourceText);
  const named = yearsOf(text);
  return [...yearsOf(sourceText)].some((y) => !reported.has(y) && named.has(y));
}

/** The figures of source sentence `sid` and their comparisons, memoised by the index. */
function sourceRoles(ctx: CheckContext, sid: number): { figs: Figure[]; pairs: [number, number][] } {
  return ctx.source('roles', sid, () => {
    const figs = ctx.index.figures(sid);
    return { figs, pairs: comparisonPairs(ctx.index.sentence(sid).text, figs) };
  });
}
