/**
 * Posting lists (term → sentence ids) with document frequencies: a compact CSR
 * layout for everything present at the last compaction, plus per-term arrays for
 * sentences added since.
 */

/** Postings and document frequencies of an index's terms. */
export class Postings {
  private readonly lists: number[][] = [];
  /** Live sentences containing each term. */
  readonly df: number[] = [];
  private base?: { offsets: Int32Array; postings: Int32Array };

  /** Registers a new term id (ids are dense and increasing). */
  addTerm(): void {
    this.lists.push([]);
    this.df.push(0);
  }

  /** Records that sentence `sid` contains term `t`. */
  add(t: number, sid: number): void {
    this.lists[t].push(sid);
    this.df[t]++;
  }

  /** Adds `w` to scores[sid] for every sentence containing `t`, listing first touches. */
  accumulate(t: number, w: number, scores: Float64Array, touched: number[]): void {
    const base = this.base;
    if (base && t + 1 < base.offsets.length) {
      for (let k = base.offsets[t]; k < base.offsets[t + 1]; k++) {
        const sid = base.postings[k];
        if (scores[sid] === 0) touched.push(sid);
        scores[sid] += w;
      }
    }
    for (const sid of this.lists[t]) {
      if (scores[sid] === 0) touched.push(sid);
      scores[sid] += w;
    }
  }

  /**
   * Rebuilds the compact layout from every live sentence's terms (removed sentences
   * drop out). `counted` says whether df already counts them (false for bulk loads).
   */
  compact(terms: Int32Array, starts: Int32Array, live: (sid: number) => boolean, counted: boolean): void {
    const nTerms = this.lists.length;
    const sentences = starts.length - 1;
    const offsets = new Int32Array(nTerms + 1);
    for (let sid = 0; sid < sentences; sid++) {
      if (!live(sid)) continue;
      for (let k = starts[sid]; k < starts[sid + 1]; k++) offsets[terms[k] + 1]++;
    }
    for (let t = 0; t < nTerms; t++) {
      if (!counted) this.df[t] += offsets[t + 1];
      offsets[t + 1] += offsets[t];
    }
    const fill = offsets.slice(0, nTerms);
    const postings = new Int32Array(offsets[nTerms]);
    for (let sid = 0; sid < sentences; sid++) {
      if (!live(sid)) continue;
      for (let k = starts[sid]; k < starts[sid + 1]; k++) postings[fill[terms[k]]++] = sid;
    }
    this.base = { offsets, postings };
    for (let t = 0; t < nTerms; t++) if (this.lists[t].length) this.lists[t] = [];
  }
}
