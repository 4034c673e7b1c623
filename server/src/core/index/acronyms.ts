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

/** Longest acronym definition after its "(": "(" + 8 letters + ")". */
const ACRONYM_TAIL = 10;
const RUN_CHAR = /[\p{L}\s]/u;

/**
 * True when the code unit can be part of a long form (a letter, ', - or white
 * space); surrogates count as possible letters.
 */
function inLongForm(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 32 || (c >= 9 && c <= 13);
  return (c >= 0xd800 && c <= 0xdfff) || RUN_CHAR.test(String.fromCharCode(c));
}

/**
 * The DEFINITION matches of `text`, as text.matchAll(DEFINITION) would give them:
 * the regex only runs near a "(" followed by a possible capital, from the start of
 * the letters and spaces before it (a definition consists of nothing else).
 */
function* definitions(text: string): Generator<RegExpExecArray> {
  let pos = 0;
  for (let c = text.indexOf('('); c >= 0; c = text.indexOf('(', c + 1)) {
    const next = text.charCodeAt(c + 1);
    if (c < pos || !((next >= 65 && next <= 90) || next >= 128)) continue;
    let from = c;
    while (from > pos && inLongForm(text.charCodeAt(from - 1))) from--;
    DEFINITION.lastIndex = from;
    const m = DEFINITION.exec(text.slice(0, c + ACRONYM_TAIL));
    if (m === null || m.index >= c) continue;
    pos = m.index + m[0].length;
    yield m;
  }
}

/** Acronym (lower-case) → the stems of its long form, for definitions in `text`. */
export function findAcronyms(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of definitions(text)) {
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
