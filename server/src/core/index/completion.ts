/**
 * Completing a query's scores with the terms it did not traverse (see Retrieval): of the
 * sentences its rare terms touched, the best COMPLETED by those terms get the weights of the
 * query's other terms they hold, so that the ranking does not depend on which terms the corpus
 * makes too common to traverse. Only sentences that can still reach the top k are read
 * (MaxScore pruning), which leaves the top k exactly those of completing all of them.
 */
import { TermSignatures } from './signatures.ts';
import { KthBest, kthLargest } from './topk.ts';

/**
 * How many of the best-scoring sentences found by the rare terms are scored by the terms not
 * traversed as well: far more than any k asked for, so that the commoner terms re-rank the
 * candidates without reading every touched sentence's terms.
 */
const COMPLETED = 1000;
/**
 * Margin of the pruning bounds: a sentence is left out only when even its bound falls short of
 * the k-th best by more than the rounding of the sums could make up.
 */
const SLACK = 1e-9;
/** Slots of the skipped terms by their low bits (as in TermSignatures): a term id, or one of these. */
const SLOTS = 64;
const NO_TERM = -1;
const SEVERAL = -2;
/** Liveness of a sentence not asked yet. */
const UNKNOWN = 0;
const LIVE = 1;
const DEAD = 2;

/** The candidate selection and score completion of one query at a time (buffers reused). */
export class Completion {
  /** The sentences that may rank in the top k, after select(). */
  candidates = new Int32Array(0);
  /** Idf of the skipped query terms, by term id (zero for every other term). */
  private weights = new Float64Array(0);
  /**
   * The skipped term of each slot (term id mod SLOTS), and its weight: a completed sentence's
   * terms are looked up here, not in the large `weights` (read only for slots of several).
   */
  private readonly slotTerm = new Int32Array(SLOTS).fill(NO_TERM);
  private readonly slotWeight = new Float64Array(SLOTS);
  /** The touched sentences' partial scores, in touch order. */
  private partial = new Float64Array(0);
  /** Scratch copy for quickselect. */
  private buffer = new Float64Array(0);
  /** The bound of each candidate's complete score; -Infinity when it is not to be completed. */
  private upper = new Float64Array(0);
  /** Whether each touched sentence (then each candidate) is live: UNKNOWN, LIVE or DEAD. */
  private alive = new Uint8Array(0);
  /** Which terms each sentence may hold (bounds what the skipped terms add). */
  private readonly signatures: TermSignatures;

  /**
   * `terms()` is every sentence's term ids in one array, those of sentence sid starting at
   * `termsStart(sid)`; `idf` weighs a term.
   */
  constructor(
    private readonly terms: () => Int32Array,
    private readonly termsStart: (sid: number) => number,
    private readonly idf: (term: number) => number,
  ) {
    this.signatures = new TermSignatures(terms, termsStart);
  }

  /**
   * Completes the scores of the first `count` touched sentences (of `sentences`, over a
   * vocabulary of `vocabulary` terms) with the `skipped` terms as far as the top `k` among
   * those `live` accepts need it, and lists in `candidates` the sentences that may rank in
   * that top k (returning how many): the top k of `scores` over the candidates are those of
   * completing every pooled sentence and ranking every touched one.
   */
  select(touched: Int32Array, count: number, scores: Float64Array, skipped: readonly number[], sentences: number, vocabulary: number, k: number, live: (sid: number) => boolean): number {
    this.reserve(count, vocabulary);
    const partial = this.partial;
    for (let j = 0; j < count; j++) partial[j] = scores[touched[j]];
    let spread = 0;
    for (const t of skipped) spread += this.skip(t, this.idf(t));
    this.signatures.update(sentences);
    this.signatures.setQuery(skipped, this.idf);
    const low = this.lowerBound(touched, count, k, live);
    const n = this.bounded(touched, count, spread, low);
    this.complete(scores, n, k, low, live);
    this.signatures.clearQuery();
    for (const t of skipped) (this.weights[t] = 0), (this.slotTerm[t % SLOTS] = NO_TERM);
    return n;
  }

  /** Notes the weight of skipped term `t`; returns it. */
  private skip(t: number, weight: number): number {
    const slot = t % SLOTS;
    this.slotTerm[slot] = this.slotTerm[slot] === NO_TERM ? t : SEVERAL;
    this.slotWeight[slot] = weight;
    return (this.weights[t] = weight);
  }

  /** Grows the buffers for `count` touched sentences and `vocabulary` terms. */
  private reserve(count: number, vocabulary: number): void {
    if (this.weights.length < vocabulary) this.weights = new Float64Array(Math.max(vocabulary, 2 * this.weights.length));
    if (this.partial.length >= count) return;
    const size = Math.max(count, 2 * this.partial.length, 1024);
    this.partial = new Float64Array(size);
    this.buffer = new Float64Array(size);
    this.upper = new Float64Array(size);
    this.alive = new Uint8Array(size);
    this.candidates = new Int32Array(size);
  }

  /**
   * The k-th best partial score of a live touched sentence (-Infinity when fewer than k are
   * live): no complete score is lower, so no sentence whose bound is lower ranks in the top k.
   * Notes in `alive` which sentences it asked `live` about.
   */
  private lowerBound(touched: Int32Array, count: number, k: number, live: (sid: number) => boolean): number {
    const best = new KthBest(k);
    const alive = this.alive;
    alive.fill(UNKNOWN, 0, count);
    for (let j = 0; j < count; j++) {
      if (this.partial[j] <= best.kth()) continue;
      alive[j] = live(touched[j]) ? LIVE : DEAD;
      if (alive[j] === LIVE) best.add(this.partial[j]);
    }
    return best.kth();
  }

  /**
   * Lists as candidates the touched sentences not known to be dead whose bound reaches `low`,
   * returning how many.
   * Pooled sentences (the best COMPLETED by partial score, ties at the floor in touch order) are
   * bounded by their partial score plus what the skipped terms can add (at most `spread`, and at
   * most the weight of those their signature may hold); the others keep their partial score.
   */
  private bounded(touched: Int32Array, count: number, spread: number, low: number): number {
    const partial = this.partial;
    const floor = this.poolFloor(count);
    let slots = COMPLETED;
    if (count > COMPLETED) for (let j = 0; j < count; j++) if (partial[j] > floor) slots--;
    let n = 0;
    for (let j = 0; j < count; j++) {
      const p = partial[j];
      const pooled = p > floor || (p === floor && slots-- > 0);
      if (this.alive[j] === DEAD) continue;
      if (!pooled || p + spread + SLACK < low) {
        if (p < low) continue;
        this.upper[n] = -Infinity;
      } else {
        const upper = p + this.signatures.bound(touched[j]);
        if (upper + SLACK < low) continue;
        this.upper[n] = upper;
      }
      this.alive[n] = this.alive[j];
      this.candidates[n++] = touched[j];
    }
    return n;
  }

  /**
   * The score of the COMPLETED-th best touched sentence by partial score (-Infinity when
   * there are fewer): only sentences at least that good get the skipped terms' weights.
   */
  private poolFloor(count: number): number {
    if (count <= COMPLETED) return -Infinity;
    this.buffer.set(this.partial.subarray(0, count));
    return kthLargest(this.buffer, count, COMPLETED);
  }

  /**
   * Completes the pooled candidates not known to be dead whose bound still reaches `low` and
   * the k-th best complete live score so far (a candidate left out stays below it with either
   * score). Liveness is asked only of those that would raise that k-th best, as topK does.
   */
  private complete(scores: Float64Array, n: number, k: number, low: number, live: (sid: number) => boolean): void {
    const all = this.terms();
    const { weights, slotTerm, slotWeight } = this;
    const best = new KthBest(k);
    for (let i = 0; i < n; i++) {
      const sid = this.candidates[i];
      if (this.upper[i] === -Infinity || this.upper[i] + SLACK < Math.max(low, best.kth()) || this.alive[i] === DEAD) continue;
      let score = scores[sid];
      // The skipped terms' weights in the sentence's term order (adding no zeros: the same sum).
      for (let j = this.termsStart(sid), end = this.termsStart(sid + 1); j < end; j++) {
        const t = all[j];
        const slot = slotTerm[t % SLOTS];
        if (slot === t) score += slotWeight[t % SLOTS];
        else if (slot === SEVERAL) score += weights[t];
      }
      scores[sid] = score;
      if (score > best.kth() && (this.alive[i] === LIVE || live(sid))) best.add(score);
    }
  }
}
