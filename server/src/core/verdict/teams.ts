/**
 * The sides of a score: the names in its clause ("Egypt beat Morocco 1-0"). A score between
 * other sides ("Burkina Faso, who beat Tunisia 2-0") is another match's result, no
 * contradiction of this one. Reads a bounded window around each score.
 */
import { MONTH_NAMES, WEEKDAYS } from '../figures/index.ts';

/** Characters read on each side of a score for the names of its sides. */
const REACH = 60;
/** Where a clause ends: the names beyond it belong to another clause. */
const CLAUSE_END = /[,;:.()!?"“”]/;
/** A capitalised word: a name, or a sentence's first word (filtered below). */
const NAME = /\p{Lu}[\p{L}'’-]+/gu;
/** Capitalised words that name no side: function words at a clause start, weekdays and months. */
const NOT_A_SIDE = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'His', 'Her', 'Their',
  ...WEEKDAYS, ...MONTH_NAMES]);

interface Span { kind?: string; start: number; end: number }

/** The names in the clause around `s` of `text`. */
function sidesOf(text: string, s: Span): Set<string> {
  const before = text.slice(Math.max(0, s.start - REACH), s.start);
  const after = text.slice(s.end, s.end + REACH);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) if (CLAUSE_END.test(before[i])) { cut = i; break; }
  const end = after.search(CLAUSE_END);
  const clause = `${before.slice(cut + 1)} ${end >= 0 ? after.slice(0, end) : after}`;
  return new Set([...clause.matchAll(NAME)].map((m) => m[0]).filter((w) => !NOT_A_SIDE.has(w)));
}

/**
 * Whether draft score `f` and source score `g` are results of different matches: both clauses
 * name sides, and no name is common to them. Other kinds: never.
 */
export function otherSides(draftText: string, f: Span, sourceText: string, g: Span): boolean {
  if (f.kind !== 'score' || g.kind !== 'score') return false;
  const a = sidesOf(draftText, f);
  if (a.size === 0) return false;
  const b = sidesOf(sourceText, g);
  return b.size > 0 && ![...a].some((w) => b.has(w));
}
