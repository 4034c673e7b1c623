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

/** A comparison stated across other figures: "$1.65 per share compared with $95.1 million or $1.50 per share". */
const STRONG_CUE = /\b(?:vs\.?|versus|compared (?:with|to))\s/i;
/** The most figures looked ahead for the other value of a comparison, and their value ratio at most. */
const LOOK_AHEAD = 4;
const MAX_RATIO = 10;

/** Two figures that could be one quantity at two times: same kind and unit, single values of like size. */
function alike(a: Figure, b: Figure): boolean {
  if (figureKey(a) !== figureKey(b) || a.high !== undefined || b.high !== undefined) return false;
  const x = Math.abs(a.value), y = Math.abs(b.value);
  return x === 0 || y === 0 ? x === y : Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

/** The gap between figures `i` and `j` with the figures inside it masked ("#"). */
function maskedGap(text: string, figs: readonly Figure[], i: number, j: number): string {
  let out = '';
  let at = figs[i].end;
  for (let k = i + 1; k < j; k++) {
    out += text.slice(at, figs[k].start) + '#';
    at = figs[k].end;
  }
  return out + text.slice(at, figs[j].start);
}

/** A clause break after a cue: the next value belongs to another clause ("versus last year and increased 8%"). */
const BREAK = /[,;:()]|\band\b|\bwhich\b/i;
/** A change stated from an old value: "up from", "rose from". */
const CHANGED_FROM = /\b(?:up|down|rose|fell|increased|decreased|grew|declined|climbed|dropped) from\s/i;
/** Either cue, every occurrence. */
const ANY_CUE = new RegExp(`${STRONG_CUE.source}|${CHANGED_FROM.source}`, 'gi');

/**
 * Whether figures `n` (new) and `o` (old) of `text` are compared in so many words: "vs",
 * "versus", "compared with" or "up from" between them, and no clause break between that cue
 * and the old value (other figures in between are allowed).
 */
export function strongComparison(text: string, figs: readonly Figure[], n: number, o: number): boolean {
  if (o < n) return CHANGED_FROM.test(text.slice(Math.max(0, figs[o].start - 24), figs[o].start));
  const gap = maskedGap(text, figs, n, o);
  let after: string | undefined;
  for (const m of gap.matchAll(ANY_CUE)) after = gap.slice(m.index + m[0].length);
  return after !== undefined && !BREAK.test(after) && !/[;.]\s/.test(gap) && !TABLE_LINE.test(gap);
}

/** A results table's next line or section between two values ("… Year Shr loss …", "… Net loss …"): each line compares its own. */
const TABLE_LINE = /\b(?:Year|Qtr|Nine mths|Six mths|Shr|Net|Revs|Oper|Avg shrs)\b/;

/** The old value compared with figure `i` across other figures ("X ... compared with ... Y"), if any. */
function parallelPartner(text: string, figs: readonly Figure[], i: number, paired: ReadonlySet<number>): number | undefined {
  for (let j = i + 1; j < figs.length && j <= i + LOOK_AHEAD; j++) {
    if (figs[j].start - figs[i].end > 2 * MAX_GAP) return undefined;
    if (!alike(figs[i], figs[j])) continue;
    return !paired.has(j) && strongComparison(text, figs, i, j) ? j : undefined;
  }
  return undefined;
}

/** Notes the comparison of new value `n` with old value `o`. */
function addPair(pairs: [number, number][], paired: Set<number>, n: number, o: number): void {
  pairs.push([n, o]);
  paired.add(n).add(o);
}

/** The comparisons of a text: pairs of indexes into `figs` (in text order), new value first. */
export function comparisonPairs(text: string, figs: readonly Figure[]): [number, number][] {
  const pairs: [number, number][] = [];
  const paired = new Set<number>();
  for (let i = 0; i + 1 < figs.length; i++) {
    if (paired.has(i)) continue;
    const a = figs[i];
    const b = figs[i + 1];
    const gap = text.slice(a.end, b.start);
    if (!paired.has(i + 1) && figureKey(a) === figureKey(b) && a.high === undefined && b.high === undefined) {
      if (b.start - a.end <= MAX_GAP && b.start >= a.end) {
        const before = text.slice(Math.max(0, a.start - 24), a.start);
        if (FROM_BEFORE.test(before) && TO_BETWEEN.test(gap)) { addPair(pairs, paired, i + 1, i); continue; }
        if (NEW_THEN_OLD.test(gap) && !TABLE_LINE.test(gap)) { addPair(pairs, paired, i, i + 1); continue; }
      }
    }
    const j = parallelPartner(text, figs, i, paired);
    if (j !== undefined) addPair(pairs, paired, i, j);
  }
  return pairs.sort((x, y) => Math.min(...x) - Math.min(...y));
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
