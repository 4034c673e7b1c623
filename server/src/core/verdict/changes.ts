/**
 * Changes the draft states between two of its own values: in "profit rose 20% to $233 million
 * from $200 million" the percent must be the change between the two amounts. When both
 * amounts are verified against the source and the percent is not, the percent is a wrong
 * derivation: a mismatch whose fix is the change the source's values give.
 */
import type { SourceFigure } from '../align/figure-analysis.ts';
import { figureKey, type Figure } from '../figures/index.ts';
import type { Decision } from './decide.ts';
import { formatNumber, inDraftNotation } from './fixes.ts';
import { comparisonPairs, type Role } from './roles.ts';
import type { CheckContext } from '../rules/context.ts';

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

/**
 * The decision for a difference the draft states ("59.1 million acres, down 3.4 million") when the
 * source value it was paired with is a level of the same quantity: the difference is that level's
 * distance from the sentence's verified value, and the fix is that distance in the draft's notation.
 */
export function wrongDifference(figs: readonly Figure[], decisions: readonly Decision[], p: number, isChange: (f: Figure) => boolean): Decision | undefined {
  const f = figs[p];
  const d = decisions[p];
  const r = d.reference;
  if (!AMOUNTS.has(f.kind) || f.high !== undefined || d.kind !== 'mismatch' || !r || r.meta !== undefined || !isChange(f)) return undefined;
  // The level the difference is taken from: the nearest verified value of the same quantity before it ("59.1 million acres,
  // down 2.4 million"), else after it.
  const level = (k: number) => k !== p && figureKey(figs[k]) === figureKey(f) && decisions[k].kind === 'match' && decisions[k].reference?.docId === r.docId;
  let j = -1;
  for (let k = p - 1; k >= 0 && j < 0; k--) if (level(k)) j = k;
  for (let k = p + 1; k < figs.length && j < 0; k++) if (level(k)) j = k;
  const q = j >= 0 ? decisions[j].reference : undefined;
  if (!q || q.figure.high !== undefined || r.figure.high !== undefined) return undefined;
  const expected = Math.abs(r.figure.value - q.figure.value);
  // The difference explains the draft's value better than the paired value does (else that pairing was the slip).
  if (expected === 0 || expected >= Math.abs(q.figure.value) || Math.abs(expected - f.value) >= Math.abs(r.figure.value - f.value)) return undefined;
  const written = inDraftNotation(f, { ...f, value: expected });
  if (!written) return undefined;
  const text = `${r.figure.text} − ${q.figure.text} = ${written}`.replace(/^(.*) − (.*) = /, r.figure.value >= q.figure.value ? '$1 − $2 = ' : '$2 − $1 = ');
  return { kind: 'mismatch', reference: r, certain: false, expected: written, derivation: { text, from: [r, q] } };
}

/**
 * The decision for a percent change no source states when the sentence's verified value beside it
 * is compared in its source with an earlier one ("revenue jumped 37% to $266.2 million" against
 * "Revs 266.2 mln vs 194.6 mln"): verified when it is that change, with the derivation.
 */
export function changeFromSource(ctx: CheckContext, figs: readonly Figure[], decisions: readonly Decision[], p: number, direction: number): Decision | undefined {
  const f = figs[p];
  if (f.kind !== 'percent' || f.high !== undefined || decisions[p].kind !== 'unsupported') return undefined;
  for (const k of [p + 1, p - 1, p + 2, p - 2]) {
    const r = decisions[k]?.reference;
    if (decisions[k]?.kind !== 'match' || !r || r.meta !== undefined || !r.same || !AMOUNTS.has(r.figure.kind)) continue;
    const sfigs = ctx.index.figures(r.sid);
    const i = sfigs.findIndex((g) => g.start === r.figure.start);
    const pair = comparisonPairs(ctx.index.sentence(r.sid).text, sfigs).find(([n]) => n === i);
    const old = pair ? sfigs[pair[1]] : undefined;
    if (!old || old.value === 0) continue;
    const change = ((r.figure.value - old.value) / Math.abs(old.value)) * 100;
    if (direction * change < 0) continue;
    const from: SourceFigure = { ...r, figure: old, same: false };
    const derivation = { text: `(${r.figure.text} − ${old.text}) / ${old.text} = ${formatNumber(Math.round(change * 10) / 10, '0.0')}%`, from: [r, from] };
    if (Math.abs(Math.abs(change) - f.value) <= (f.precision ?? 0.5)) return { kind: 'match', reference: r, certain: false, derivation };
    // A change said in so many words ("jumped 27%") that the source's two values do not give: the right change is the fix.
    if (direction === 0) continue;
    const digits = /\.\d+/.exec(f.text)?.[0].length ?? 0;
    const value = formatNumber(Math.round(Math.abs(change) * 10 ** Math.max(0, digits - 1)) / 10 ** Math.max(0, digits - 1), String(f.value));
    return { kind: 'mismatch', reference: r, certain: false, expected: f.text.replace(/\d[\d,]*(?:\.\d+)?/, value), derivation };
  }
  return undefined;
}
