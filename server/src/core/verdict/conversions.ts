/**
 * A writer's own conversion: "$565m (£397m)" restates the amount before the parenthesis in
 * another currency. Sources rarely state it, and no rate is at hand to check it, so when the
 * sources do not state it either, it is not unsupported but unchecked: the amount it converts
 * carries the verdict. Reads the few characters between the two figures.
 */
import type { Figure } from '../figures/index.ts';
import type { Decision } from './decide.ts';

/** Why such a conversion is not compared. */
export const CONVERSION = 'the writer\'s conversion of the amount before it into another currency';

/** Between an amount and its conversion: an opening parenthesis, perhaps "about" or "or". */
const BETWEEN = /^\s*\(\s*(?:about|around|some|roughly|approximately|or|c\.)?\s*$/i;

/** Whether figure `i` of `figs` in `text` converts the amount right before it into another currency. */
export function convertsPrevious(text: string, figs: readonly Figure[], i: number): boolean {
  const f = figs[i];
  const prev = figs[i - 1];
  if (!prev || f.kind !== 'money' || prev.kind !== 'money' || f.unit === prev.unit) return false;
  return BETWEEN.test(text.slice(prev.end, f.start));
}

/** The decision for a conversion the sources do not state: unchecked, with the reason. */
export function asConversion<D extends Decision>(d: D): D {
  return d.kind === 'unsupported' ? { ...d, kind: 'unchecked', note: CONVERSION } : d;
}
