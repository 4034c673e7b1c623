/** A retrieved source sentence with its retrieval score (sum of shared idf). */
export interface Hit {
  sid: number;
  score: number;
}

/** Ranking order of hits: higher score first, then lower sid. */
function better(score: number, sid: number, than: Hit): boolean {
  return score > than.score || (score === than.score && sid < than.sid);
}

/**
 * The k best of the first `count` touched sentences, best first, without sorting them all;
 * with `reset`, sets their scores back to 0 for the next query.
 */
export function topK(touched: Int32Array, count: number, scores: Float64Array, k: number, live: (sid: number) => boolean, reset = true): Hit[] {
  const hits: Hit[] = [];
  for (let j = 0; j < count; j++) {
    const sid = touched[j];
    const score = scores[sid];
    if (reset) scores[sid] = 0;
    if (hits.length === k && !better(score, sid, hits[k - 1])) continue;
    if (!live(sid)) continue;
    let i = hits.length < k ? hits.length : k - 1;
    while (i > 0 && better(score, sid, hits[i - 1])) {
      if (i < k) hits[i] = hits[i - 1];
      i--;
    }
    hits[i] = { sid, score };
  }
  return hits;
}

/**
 * The k-th largest of the first `n` values of `values` (which it reorders), by quickselect:
 * linear on average. -Infinity when k exceeds n.
 */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  if (k > n || k < 1) return -Infinity;
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}

/** The k-th largest of the values added so far (-Infinity until k were added), for small k. */
export class KthBest {
  /** The best values added, largest first. */
  private readonly values: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.values = new Float64Array(Math.max(k, 0));
  }

  /** Adds a value. */
  add(v: number): void {
    const values = this.values;
    if (this.k < 1 || (this.size === this.k && v <= values[this.k - 1])) return;
    let i = this.size < this.k ? this.size++ : this.k - 1;
    for (; i > 0 && values[i - 1] < v; i--) values[i] = values[i - 1];
    values[i] = v;
  }

  /** The k-th largest value added, or -Infinity while fewer than k were added. */
  kth(): number {
    return this.size === this.k && this.k > 0 ? this.values[this.k - 1] : -Infinity;
  }
}
