/**
 * Retrieval over the postings: the sentences sharing a query's rarest terms, scored by
 * the summed idf of the terms they share. The score and touch buffers are reused from
 * query to query (owned by the index), so a query allocates only its hits.
 */
import { Completion } from './completion.ts';
import type { Postings } from './postings.ts';
import { topK, type Hit } from './topk.ts';

/**
 * Terms in more sentences than this are not traversed at query time: they carry
 * little weight, and skipping them keeps latency flat as the corpus grows.
 */
const MAX_TRAVERSED_DF = 1000;
/** Only the rarest terms of a query retrieve candidates (all terms still score them). */
const MAX_QUERY_TERMS = 10;

/** The sentences a query retrieved: `list` (its first `n`) holds those that may rank in its top k. */
interface Retrieved {
  list: Int32Array;
  n: number;
  /** How many sentences were touched (their scores are reset after ranking). */
  touched: number;
}

/** Top-k retrieval over an index's postings. */
export class Retrieval {
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  /** The scoring by the terms not traversed (see Completion). */
  private readonly completion: Completion;

  /**
   * `terms()` is every sentence's term ids in one array, those of sentence sid starting at
   * `termsStart(sid)` (see CorpusIndex.termArray).
   */
  constructor(
    private readonly postings: Postings,
    private readonly idf: (term: number) => number,
    private readonly live: (sid: number) => boolean,
    terms: () => Int32Array,
    termsStart: (sid: number) => number,
  ) {
    this.completion = new Completion(terms, termsStart, idf);
  }

  /**
   * Top-k of `sentences` sentences sharing the given terms, best first; with `accept`, only
   * the sentences it accepts, and when none of those shares a rare term, the query's
   * commoner terms retrieve among them.
   */
  search(terms: readonly number[], k: number, sentences: number, accept?: (sid: number) => boolean): Hit[] {
    const live = accept ? (sid: number) => this.live(sid) && accept(sid) : this.live;
    const hits = this.rank(this.accumulate(terms, sentences, false, k, live), k, live);
    if (!accept || hits.length > 0 || !this.skipsCommon(terms)) return hits;
    return this.rank(this.accumulate(terms, sentences, true, k, live), k, live);
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
    const r = this.accumulate(terms, sentences, false, Math.max(...ks), this.live);
    let hits: Hit[] = [];
    for (const k of ks) if (enough((hits = topK(r.list, r.n, this.scores, k, this.live, false)))) break;
    this.reset(r.touched);
    return hits;
  }

  /** The top k of what a query retrieved; resets the scores for the next query. */
  private rank(r: Retrieved, k: number, live: (sid: number) => boolean): Hit[] {
    const hits = topK(r.list, r.n, this.scores, k, live, false);
    this.reset(r.touched);
    return hits;
  }

  /** Sets the scores of the first `count` touched sentences back to 0. */
  private reset(count: number): void {
    for (let j = 0; j < count; j++) this.scores[this.touched[j]] = 0;
  }

  /**
   * Scores the sentences holding the query's rarest terms (`common`: whatever their df). The
   * terms not traversed still score the sentences found (see Completion), so that their ranking
   * does not depend on which terms the corpus makes too common to traverse; what may rank in the
   * top `k` among those `live` accepts is listed.
   */
  private accumulate(terms: readonly number[], sentences: number, common: boolean, k: number, live: (sid: number) => boolean): Retrieved {
    if (this.scores.length < sentences) this.scores = new Float64Array(sentences * 2);
    const df = this.postings.df;
    const rare = terms.filter((t) => common || df[t] <= MAX_TRAVERSED_DF).sort((a, b) => df[a] - df[b]).slice(0, MAX_QUERY_TERMS);
    const count = this.traverse(rare);
    if (rare.length === terms.length) return { list: this.touched, n: count, touched: count };
    const skipped = terms.filter((t) => !rare.includes(t));
    const n = this.completion.select(this.touched, count, this.scores, skipped, sentences, df.length, k, live);
    return { list: this.completion.candidates, n, touched: count };
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
