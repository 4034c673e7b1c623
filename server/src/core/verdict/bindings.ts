/**
 * Values bound to names in a list: "inflation was highest in Italy at 4.2 pct, followed by Canada
 * at 4.0 pct". A draft that gives Italy 4.0% and Canada 4.2% states values the source gives, each
 * about the other name: the figure contradicts the value its own name has in the source.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import { compareFigures, type Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Decision } from './decide.ts';

/** A capitalised name, then "at", "with", "of" or a copula, right before a value: "Canada at", "Britain with". */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s(?:at|with|on|of|was|is|had|has|reached|stood\sat)\s(?:a\s|an\s)?(?:rate\sof\s|level\sof\s)?$/u;
/** Words a sentence may start with that are not names. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'It', 'This', 'That', 'Prices', 'Inflation', 'Sales', 'Profit', 'Revenue']);

/** The name a value of `text` at `start` is bound to, if a name comes right before it. */
export function boundName(text: string, start: number): string | undefined {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  const name = m?.[1];
  return name && !NOT_NAMES.has(name.split(/\s/)[0]) ? name : undefined;
}

/**
 * The decision for a verified figure whose source value is bound to another name than the draft's,
 * while the same source sentence binds the draft's name to a different value: that value's mismatch.
 */
export function boundElsewhere(ctx: CheckContext, text: string, f: Figure, d: Decision): Decision | undefined {
  const ref = d.reference;
  if (d.kind !== 'match' || !ref || ref.meta !== undefined || d.derivation || !ref.same) return undefined;
  const mine = boundName(text, f.approxText?.start ?? f.start);
  if (!mine) return undefined;
  const sourceText = ctx.index.sentence(ref.sid).text;
  const theirs = boundName(sourceText, ref.figure.approxText?.start ?? ref.figure.start);
  if (!theirs || theirs === mine) return undefined;
  const other = ctx.index.figures(ref.sid).find((g) => g !== ref.figure && boundName(sourceText, g.approxText?.start ?? g.start) === mine);
  if (!other || compareFigures(f, other) !== 'different') return undefined;
  const reference: SourceFigure = { ...ref, figure: other, same: false };
  return { kind: 'mismatch', reference, certain: false };
}
