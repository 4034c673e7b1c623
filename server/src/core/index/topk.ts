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
