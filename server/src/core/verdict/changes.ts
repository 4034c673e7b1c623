/**
 * Changes the draft states between two of its own values: in "profit rose 20% to $233 million
 * from $200 million" the percent must be the change between the two amounts. When both
 * amounts are verified against the source and the percent is not, the percent is a wrong
 * derivation: a mismatch whose fix is the change the source's values give.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import { figureKey, type Figure } from '../figures/index.ts';
import type { Decision } from './decide.ts';
import { formatNumber } from './fixes.ts';
import type { Role } from './roles.ts';

/** Kinds whose values a percent change can be taken between. */
const AMOUNTS = new Set(['money', 'number', 'quantity']);

/** The new and old value a percent of the sentence speaks of, by index, if the sentence states both. */
function changeBetween(figs: readonly Figure[], roles: ReadonlyMap<number, Role>, p: number): [number, number] | undefined {
  for (const [i, role] of roles) {
    if (role !== 'new' || !AMOUNTS.has(figs[i].kind)) continue;
    const j = [i - 1, i + 1].find((k) => roles.get(k) === 'old' && figureKey(figs[k]) === figureKey(figs[i]));
    // The percent sits next to the pair ("rose 20% to A from B", "A, up 20% from B").
    if (j !== undefined && Math.abs(p - Math.min(i, j)) <= 2) return [i, j];
  }
  return undefined;
}

/** The decision for a percent that the sentence's own verified values contradict, if any. */
export function wrongChange(figs: readonly Figure[], roles: ReadonlyMap<number, Role>, decisions: readonly Decision[], p: number): Decision | undefined {
  const f = figs[p];
  if (f.kind !== 'percent' || f.high !== undefined || decisions[p].kind === 'match' || roles.has(p)) return undefined;
  const pair = changeBetween(figs, roles, p);
  if (!pair) return undefined;
  const [a, b] = pair.map((k) => decisions[k].reference);
  if (!a || !b || decisions[pair[0]].kind !== 'match' || decisions[pair[1]].kind !== 'match' || b.figure.value === 0) return undefined;
  const change = ((a.figure.value - b.figure.value) / Math.abs(b.figure.value)) * 100;
  const tolerance = f.precision ?? 0.5;
  if (Math.abs(Math.abs(change) - Math.abs(f.value)) <= tolerance) return undefined;
  const digits = /\.\d+/.exec(f.text)?.[0].length ?? 0;
  const value = formatNumber(Math.round(Math.abs(change) * 10 ** Math.max(1, digits - 1)) / 10 ** Math.max(1, digits - 1), String(f.value));
  const written = f.text.replace(/\d[\d,]*(?:\.\d+)?/, value);
  return {
    kind: 'mismatch', reference: a as SourceFigure, certain: false, expected: written,
    derivation: { text: `(${a.figure.text} − ${b.figure.text}) / ${b.figure.text} = ${value}%`, from: [a, b] },
  };
}
