/**
 * Roles in a comparison: in "rose to $233 million from $200 million", "$233 million vs
 * $200 million", "net loss 8,843,000 vs profit 6,306,000" or "from 200 to 233" one value is
 * the new (current) one and the other the old (earlier) one. A draft that states the
 * source's old value as the new one has swapped them, though both values are stated.
 * Only two figures of one kind and unit next to each other are read (linear in the text).
 */
import { figureKey, type Figure } from '../figures/index.ts';

/** The part a figure plays in a comparison. */
export type Role = 'new' | 'old';

/** Words between two figures that put the first as the new value and the second as the old. */
const NEW_THEN_OLD = /^[^.;]{0,24}?\b(?:vs\.?|versus|compared (?:with|to)|against|from|up from|down from|over)\s[^.;\d]{0,24}$/i;
/** "from A to B": the first is the old value. */
const FROM_BEFORE = /\bfrom\s(?:a\s|an\s)?[^.;\d]{0,12}$/i;
const TO_BETWEEN = /^[^.;\d]{0,16}\bto\s[^.;\d]{0,12}$/i;
/** The longest gap between two figures read as one comparison. */
const MAX_GAP = 48;

/** The comparisons of a text: pairs of indexes into `figs` (in text order), new value first. */
export function comparisonPairs(text: string, figs: readonly Figure[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    if (figureKey(a) !== figureKey(b) || a.high !== undefined || b.high !== undefined) continue;
    if (b.start - a.end > MAX_GAP || b.start < a.end) continue;
    if (pairs.length > 0 && pairs[pairs.length - 1].includes(i)) continue;
    const gap = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    if (FROM_BEFORE.test(before) && TO_BETWEEN.test(gap)) pairs.push([i + 1, i]);
    else if (NEW_THEN_OLD.test(gap)) pairs.push([i, i + 1]);
  }
  return pairs;
}

/** The roles of the figures of a text, by index into `figs` (in text order). */
export function comparisonRoles(text: string, figs: readonly Figure[]): Map<number, Role> {
  const roles = new Map<number, Role>();
  for (const [n, o] of comparisonPairs(text, figs)) {
    if (n < o) roles.set(n, 'new').set(o, 'old');
    else roles.set(o, 'old').set(n, 'new');
  }
  return roles;
}

/** The other figure of the comparison figure `i` is in, if any. */
export function partnerOf(pairs: readonly [number, number][], i: number): number | undefined {
  for (const [n, o] of pairs) {
    if (n === i) return o;
    if (o === i) return n;
  }
  return undefined;
}
