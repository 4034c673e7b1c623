/**
 * Counts of listed items: "eleven states" for a source that names Arkansas, Delaware, …
 * and Wisconsin. A list is a run of capitalised names separated by commas, with "and" or
 * "or" before the last; its length verifies a count that no source states as a number.
 */

/** One name: capitalised words ("South Dakota", "St. Louis"), at most four. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
const SEP = String.raw`(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)`;
const LIST = new RegExp(`${NAME}(?:${SEP}${NAME}){2,}`, 'gu');

/** Longest text searched for lists. */
const MAX_TEXT = 2000;

/** The lengths of the lists of names in a text (linear: one pass of a bounded pattern). */
export function listLengths(text: string): { length: number; items: string[] }[] {
  const out: { length: number; items: string[] }[] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
    const items = m[0].split(new RegExp(SEP, 'u'));
    out.push({ length: items.length, items });
  }
  return out;
}

/** A list in `text` with exactly `count` names, if any. */
export function listOf(text: string, count: number): string[] | undefined {
  // Sentences only (a bounded input: each start tries at most a few name lengths).
  if (!Number.isInteger(count) || count < 3 || count > 60 || text.length > MAX_TEXT) return undefined;
  return listLengths(text).find((l) => l.length === count)?.items;
}
