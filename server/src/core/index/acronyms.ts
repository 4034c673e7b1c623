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

/** Acronyms of a corpus, indexed for expansion in both directions. */
export class AcronymTable {
  private readonly long = new Map<string, string[]>();
  /** First stem of a long form → the acronyms whose long form starts with it. */
  private readonly byFirst = new Map<string, string[]>();

  get size(): number {
    return this.long.size;
  }

  /** Adds a definition unless the acronym is already defined. */
  define(acronym: string, stems: string[]): void {
    if (this.long.has(acronym) || stems.length === 0) return;
    this.long.set(acronym, stems);
    const list = this.byFirst.get(stems[0]) ?? [];
    list.push(acronym);
    this.byFirst.set(stems[0], list);
  }

  /** All definitions, for the cache. */
  entries(): [string, string[]][] {
    return [...this.long];
  }

  /**
   * Calls `add` for each stem that expand() appends to `stems`, in order; `has` must
   * tell whether a stem is among `stems` or was already added.
   */
  forEachAddition(stems: readonly string[], has: (stem: string) => boolean, add: (stem: string) => void): void {
    if (this.long.size === 0) return;
    for (let i = 0; i < stems.length; i++) {
      const long = this.long.get(stems[i]);
      if (long !== undefined) for (const x of long) if (!has(x)) add(x);
      const acronyms = this.byFirst.get(stems[i]);
      if (acronyms === undefined) continue;
      for (const acronym of acronyms) if (!has(acronym) && (this.long.get(acronym) as string[]).every(has)) add(acronym);
    }
  }

  /** Stems plus the long forms of acronyms among them, and the acronyms of complete long forms. */
  expand(stems: readonly string[]): string[] {
    if (this.long.size === 0) return [...stems];
    const out = new Set(stems);
    this.forEachAddition(stems, (x) => out.has(x), (x) => out.add(x));
    return [...out];
  }
}
