/**
 * Acronyms defined by sources ("China-Pakistan Economic Corridor (CPEC)"): a sentence
 * that says "CPEC" also carries the long form's terms, and the other way round.
 */
import { contentStems } from './terms.ts';

const DEFINITION = /((?:[\p{Lu}][\p{L}'-]*\s+(?:(?:of|and|for|the|on|in|de)\s+)?){1,7})\(([\p{Lu}][\p{L}]{1,7})\)/gu;

/** Initial letters of a long form's words (hyphenated parts count separately). */
function initials(words: string[]): string {
  return words
    .filter((w) => !/^(of|and|for|the|on|in|de)$/.test(w))
    .flatMap((w) => w.split('-'))
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();
}

/** Acronym (lower-case) → the stems of its long form, for definitions in `text`. */
export function findAcronyms(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2].toLowerCase();
    const words = m[1].trim().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const tail = words.slice(k);
      if (initials(tail) === acronym.replace(/[^a-z]/g, '')) {
        const stems = contentStems(tail.join(' '));
        if (stems.length > 1 && !out.has(acronym)) out.set(acronym, stems);
        break;
      }
    }
  }
  return out;
}

/** Adds the long-form stems of acronyms, and the acronym of complete long forms. */
export function expandStems(stems: readonly string[], acronyms: ReadonlyMap<string, string[]>): string[] {
  if (acronyms.size === 0) return [...stems];
  const out = new Set(stems);
  for (const s of stems) for (const x of acronyms.get(s) ?? []) out.add(x);
  for (const [acronym, long] of acronyms) if (!out.has(acronym) && long.every((x) => out.has(x))) out.add(acronym);
  return [...out];
}
