/**
 * 64-bit term signatures of sentences: bit (t mod 64) is set for every term t a sentence holds.
 * They bound, without reading a sentence's terms, the weight some query terms can add to its
 * score: a term whose bit is clear is certainly absent (see Completion.bounded).
 */

/** Bits per signature. */
const BITS = 64;

/** Term signatures of an index's sentences, computed as sentences are added. */
export class TermSignatures {
  /** Two 32-bit words per sentence: bits 0–31, then bits 32–63. */
  private words = new Int32Array(0);
  private count = 0;
  /** The summed weight of the query terms of each bit (see setQuery). */
  private readonly bitWeights = new Float64Array(BITS);
  private queryLow = 0;
  private queryHigh = 0;

  /**
   * `terms()` is every sentence's term ids in one array, those of sentence sid starting at
   * `termsStart(sid)`; a sentence's terms never change once it is added.
   */
  constructor(
    private readonly terms: () => Int32Array,
    private readonly termsStart: (sid: number) => number,
  ) {}

  /** Computes the signatures of the sentences added since the last call (`sentences`: how many there are now). */
  update(sentences: number): void {
    if (sentences <= this.count) return;
    if (this.words.length < 2 * sentences) {
      const grown = new Int32Array(Math.max(2 * sentences, 2 * this.words.length));
      grown.set(this.words.subarray(0, 2 * this.count));
      this.words = grown;
    }
    const all = this.terms();
    for (let sid = this.count; sid < sentences; sid++) {
      let low = 0;
      let high = 0;
      for (let k = this.termsStart(sid), end = this.termsStart(sid + 1); k < end; k++) {
        const bit = all[k] & (BITS - 1);
        if (bit < 32) low |= 1 << bit;
        else high |= 1 << (bit - 32);
      }
      this.words[2 * sid] = low;
      this.words[2 * sid + 1] = high;
    }
    this.count = sentences;
  }

  /** Sets the terms (and their weights) that bound() sums, until clearQuery. */
  setQuery(terms: readonly number[], weight: (term: number) => number): void {
    for (const t of terms) {
      const bit = t & (BITS - 1);
      this.bitWeights[bit] += weight(t);
      if (bit < 32) this.queryLow |= 1 << bit;
      else this.queryHigh |= 1 << (bit - 32);
    }
  }

  /** Forgets the query terms. */
  clearQuery(): void {
    this.bitWeights.fill(0);
    this.queryLow = 0;
    this.queryHigh = 0;
  }

  /**
   * An upper bound of the summed weight of the query terms sentence `sid` holds (the exact sum,
   * up to rounding, when no other of its terms shares a bit with a query term).
   */
  bound(sid: number): number {
    return this.sumBits(this.words[2 * sid] & this.queryLow, 0) + this.sumBits(this.words[2 * sid + 1] & this.queryHigh, 32);
  }

  /** The summed bit weights of the set bits of `word` (bit b standing for bit offset + b). */
  private sumBits(word: number, offset: number): number {
    let sum = 0;
    for (let w = word; w !== 0; w &= w - 1) sum += this.bitWeights[offset + 31 - Math.clz32(w & -w)];
    return sum;
  }
}
