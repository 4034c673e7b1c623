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

  /** How many sentences list term `t` (removed ones included until the next compaction). */
  length(t: number): number {
    const base = this.base;
    const inBase = base && t + 1 < base.offsets.length ? base.offsets[t + 1] - base.offsets[t] : 0;
    return inBase + this.lists[t].length;
  }

  /**
   * Adds `w` to scores[sid] for every sentence containing `t`, listing first touches in
   * `touched` from index `count` (it must have room for length(t) more); returns the new count.
   */
  accumulate(t: number, w: number, scores: Float64Array, touched: Int32Array, count: number): number {
    const base = this.base;
    let n = count;
    if (base && t + 1 < base.offsets.length) {
      const postings = base.postings;
      for (let k = base.offsets[t], end = base.offsets[t + 1]; k < end; k++) {
        const sid = postings[k];
        if (scores[sid] === 0) touched[n++] = sid;
        scores[sid] += w;
      }
    }
    const list = this.lists[t];
    for (let k = 0; k < list.length; k++) {
      const sid = list[k];
      if (scores[sid] === 0) touched[n++] = sid;
      scores[sid] += w;
    }
    return n;
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
