/**
 * Which sources state a numeral: postings of numerals (digit strings, commas dropped) →
 * sources. Alignment masks figures, so among look-alike stories (earnings tables, weekly
 * counts) words cannot tell a passage's source from the others; the values it states can.
 * Built lazily and incrementally (only sources added since the last query are scanned).
 */

/** A source found by the numerals it states. */
export interface NumeralHit {
  docId: number;
  /** Sum of the idf (over sources) of the query numerals it states. */
  score: number;
  /** How many of the query numerals it states. */
  count: number;
}

/** Numerals stated by more sources than this say nothing about which one a passage comes from. */
const MAX_DOCS_PER_NUMERAL = 200;

const NUMERAL = /\d[\d,]*(?:\.\d+)?/g;

/**
 * The distinct numeral keys of a text: digit strings without thousands separators, only
 * those telling enough to point at a source (at least three digits, or a decimal part).
 */
export function numeralKeys(text: string): string[] {
  const out = new Set<string>();
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m !== null; m = NUMERAL.exec(text)) {
    const key = m[0].replace(/,/g, '').replace(/^0+(?=\d)/, '');
    if (key.includes('.') || key.length >= 3) out.add(key);
  }
  return [...out];
}

/** Numeral postings over an index's sources (its `docs` array, appended to only). */
export class NumeralIndex {
  private readonly postings = new Map<string, number[]>();
  private scanned = 0;

  constructor(private readonly docs: readonly ({ normText: string } | undefined)[]) {}

  private catchUp(): void {
    for (; this.scanned < this.docs.length; this.scanned++) {
      const doc = this.docs[this.scanned];
      if (!doc) continue;
      for (const key of numeralKeys(doc.normText)) {
        const list = this.postings.get(key);
        if (list) list.push(this.scanned);
        else this.postings.set(key, [this.scanned]);
      }
    }
  }

  /**
   * The `k` live sources stating the most (idf-weighted) of `keys`, best first; `accept`
   * rules sources out; `live` is how many sources the index holds. Linear in the postings of the keys (long ones are skipped).
   */
  search(keys: readonly string[], k: number, accept: (docId: number) => boolean, live: number): NumeralHit[] {
    this.catchUp();
    const hits = new Map<number, NumeralHit>();
    for (const key of new Set(keys)) {
      const list = this.postings.get(key);
      if (!list || list.length > MAX_DOCS_PER_NUMERAL) continue;
      const docs = list.filter((d) => this.docs[d] !== undefined);
      const idf = Math.log(1 + live / (1 + docs.length));
      for (const d of docs) {
        if (!accept(d)) continue;
        const h = hits.get(d) ?? { docId: d, score: 0, count: 0 };
        h.score += idf;
        h.count++;
        hits.set(d, h);
      }
    }
    return [...hits.values()].sort((a, b) => b.score - a.score || a.docId - b.docId).slice(0, k);
  }
}
