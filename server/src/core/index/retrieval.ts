/**
 * Retrieval over the postings: the sentences sharing a query's rarest terms, scored by
 * the summed idf of the terms they share. The score and touch buffers are reused from
 * query to query (owned by the index), so a query allocates only its hits.
 */
import type { Postings } from './postings.ts';
import { kthLargest, topK, type Hit } from './topk.ts';

/**
 * Terms in more sentences than this are not traversed at query time: they carry
 * little weight, and skipping them keeps latency flat as the corpus grows.
 */
const MAX_TRAVERSED_DF = 1000;
/** Only the rarest terms of a query retrieve candidates (all terms still score them). */
const MAX_QUERY_TERMS = 10;
/**
 * How many of the best-scoring sentences found by the rare terms are scored by the terms not
 * traversed as well: far more than any k asked for, so that the commoner terms re-rank the
 * candidates without reading every touched sentence's terms.
 */
const COMPLETED = 1000;

/** Top-k retrieval over an index's postings. */
export class Retrieval {
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  /** Idf of the query terms not traversed, by term id (see addSkipped). */
  private weights = new Float64Array(0);
  /** Scratch copy of touched sentences' scores (see poolFloor). */
  private buffer = new Float64Array(0);

  /**
   * `terms()` is every sentence's term ids in one array, those of sentence sid starting at
   * `termsStart(sid)` (see CorpusIndex.termArray).
   */
  constructor(
    private readonly postings: Postings,
    private readonly idf: (term: number) => number,
    private readonly live: (sid: number) => boolean,
    private readonly terms: () => Int32Array,
    private readonly termsStart: (sid: number) => number,
  ) {}

  /**
   * Top-k of `sentences` sentences sharing the given terms, best first; with `accept`, only
   * the sentences it accepts, and when none of those shares a rare term, the query's
   * commoner terms retrieve among them.
   */
  search(terms: readonly number[], k: number, sentences: number, accept?: (sid: number) => boolean): Hit[] {
    const live = accept ? (sid: number) => this.live(sid) && accept(sid) : this.live;
    const count = this.accumulate(terms, sentences, false);
    const hits = topK(this.touched, count, this.scores, k, live);
    if (!accept || hits.length > 0 || !this.skipsCommon(terms)) return hits;
    // Accumulate first: it may grow (replace) the touch buffer that topK then reads.
    const all = this.accumulate(terms, sentences, true);
    return topK(this.touched, all, this.scores, k, live);
  }

  /** Whether the rare-term query leaves out some of the query's first MAX_QUERY_TERMS terms. */
  private skipsCommon(terms: readonly number[]): boolean {
    const df = this.postings.df;
    return terms.some((t) => df[t] > MAX_TRAVERSED_DF) && terms.filter((t) => df[t] <= MAX_TRAVERSED_DF).length < MAX_QUERY_TERMS;
  }

  /**
   * The top-k sentences for each k of `ks` in turn, retrieved once, until `enough` accepts
   * the hits (or the last k is reached): the same hits as search(terms, k) for that k.
   * `enough` must not search (the score buffers are shared).
   */
  searchDeepening(terms: readonly number[], ks: readonly number[], enough: (hits: Hit[]) => boolean, sentences: number): Hit[] {
    const count = this.accumulate(terms, sentences, false);
    let hits: Hit[] = [];
    for (const k of ks) if (enough((hits = topK(this.touched, count, this.scores, k, this.live, false)))) break;
    for (let j = 0; j < count; j++) this.scores[this.touched[j]] = 0;
    return hits;
  }

  /**
   * Scores the sentences holding the query's rarest terms (`common`: whatever their df); returns
   * how many (listed in `touched`). The terms not traversed still score the sentences found, so
   * that their ranking does not depend on which terms the corpus makes too common to traverse.
   */
  private accumulate(terms: readonly number[], sentences: number, common: boolean): number {
    if (this.scores.length < sentences) this.scores = new Float64Array(sentences * 2);
    const df = this.postings.df;
    const rare = terms.filter((t) => common || df[t] <= MAX_TRAVERSED_DF).sort((a, b) => df[a] - df[b]).slice(0, MAX_QUERY_TERMS);
    const count = this.traverse(rare);
    if (rare.length < terms.length) this.addSkipped(terms.filter((t) => !rare.includes(t)), count);
    return count;
  }

  /**
   * Adds the idf of each of the `skipped` query terms to the best COMPLETED of the first `count`
   * touched sentences holding it. The weights sit in a buffer indexed by term id (zero for every other term),
   * set for the query and cleared after it: one array read per term of a touched sentence.
   */
  private addSkipped(skipped: readonly number[], count: number): void {
    const vocabulary = this.postings.df.length;
    if (this.weights.length < vocabulary) this.weights = new Float64Array(Math.max(vocabulary, 2 * this.weights.length));
    const weights = this.weights;
    for (const t of skipped) weights[t] = this.idf(t);
    const all = this.terms();
    const scores = this.scores;
    const floor = this.poolFloor(count);
    // Those above the floor first, then those at it (in touch order) while COMPLETED are not reached.
    let done = 0;
    for (let j = 0; j < count; j++) {
      const sid = this.touched[j];
      if (scores[sid] > floor) { this.complete(sid, all); done++; }
    }
    for (let j = 0; j < count && done < COMPLETED; j++) {
      const sid = this.touched[j];
      if (scores[sid] === floor) { this.complete(sid, all); done++; }
    }
    for (const t of skipped) weights[t] = 0;
  }

  /** Adds the weights of sentence `sid`'s terms (`all`: every sentence's term ids) to its score. */
  private complete(sid: number, all: Int32Array): void {
    let score = this.scores[sid];
    for (let k = this.termsStart(sid), end = this.termsStart(sid + 1); k < end; k++) score += this.weights[all[k]];
    this.scores[sid] = score;
  }

  /**
   * The score of the COMPLETED-th best of the first `count` touched sentences by the terms
   * traversed (-Infinity when there are fewer): only sentences at least that good get the
   * skipped terms' weights, since the top k come from among them.
   */
  private poolFloor(count: number): number {
    if (count <= COMPLETED) return -Infinity;
    if (this.buffer.length < count) this.buffer = new Float64Array(Math.max(count, 2 * this.buffer.length));
    for (let j = 0; j < count; j++) this.buffer[j] = this.scores[this.touched[j]];
    return kthLargest(this.buffer, count, COMPLETED);
  }

  /** Accumulates the scores of the sentences holding `rare` terms; returns how many were touched. */
  private traverse(rare: readonly number[]): number {
    let count = 0;
    for (const t of rare) {
      const need = count + this.postings.length(t);
      if (this.touched.length < need) {
        const grown = new Int32Array(Math.max(need, 2 * this.touched.length, 1024));
        grown.set(this.touched.subarray(0, count));
        this.touched = grown;
      }
      count = this.postings.accumulate(t, this.idf(t), this.scores, this.touched, count);
    }
    return count;
  }
}
