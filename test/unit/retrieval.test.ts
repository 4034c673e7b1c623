/** Retrieval: top-k over postings, completed by the terms not traversed, without state leaking between queries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Postings } from '../../server/src/core/index/postings.ts';
import { Retrieval } from '../../server/src/core/index/retrieval.ts';

/** A retrieval over sentences given as lists of term ids, with idf over `sentences.length`. */
function retrievalOver(sentences: number[][], vocabulary: number): { r: Retrieval; postings: Postings; idf: (t: number) => number } {
  const postings = new Postings();
  for (let t = 0; t < vocabulary; t++) postings.addTerm();
  const starts = [0];
  const all: number[] = [];
  sentences.forEach((terms, sid) => {
    for (const t of terms) (postings.add(t, sid), all.push(t));
    starts.push(all.length);
  });
  const idf = (t: number) => Math.log(1 + sentences.length / (1 + postings.df[t]));
  const termArray = Int32Array.from(all);
  const r = new Retrieval(postings, idf, () => true, () => termArray, (sid) => starts[sid]);
  return { r, postings, idf };
}

test('a fallback query that grows the touch buffer leaves no scores behind', () => {
  // Term 0 is in every sentence (too common to traverse), term 1 only in the first ten.
  const sentences = Array.from({ length: 3000 }, (_, sid) => (sid < 10 ? [1, 0] : [0]));
  const accept = (sid: number) => sid >= 100;
  const { r, idf } = retrievalOver(sentences, 2);
  const first = r.search([1, 0], 3, sentences.length, accept);
  assert.deepEqual(first, [100, 101, 102].map((sid) => ({ sid, score: idf(0) })));
  // The same query again, and a plain one, answer as on a fresh retrieval.
  assert.deepEqual(r.search([1, 0], 3, sentences.length, accept), first);
  assert.deepEqual(r.search([1, 0], 2, sentences.length), retrievalOver(sentences, 2).r.search([1, 0], 2, sentences.length));
});

/** The retrieval's ranking by brute force: rare terms traversed, the best COMPLETED completed with all the others, every touched sentence ranked. */
function reference(sentences: number[][], df: number[], idf: (t: number) => number, terms: number[], k: number, live: (sid: number) => boolean, common = false): { sid: number; score: number }[] {
  const rare = terms.filter((t) => common || df[t] <= 1000).sort((a, b) => df[a] - df[b]).slice(0, 10);
  const scores = new Map<number, number>();
  for (const t of rare) sentences.forEach((ts, sid) => ts.includes(t) && scores.set(sid, (scores.get(sid) ?? 0) + idf(t)));
  const touched = [...scores.keys()];
  if (rare.length < terms.length) {
    const weight = (t: number) => (terms.includes(t) && !rare.includes(t) ? idf(t) : 0);
    const sorted = [...scores.values()].sort((a, b) => b - a);
    const floor = touched.length > 1000 ? sorted[999] : -Infinity;
    const above = touched.filter((sid) => (scores.get(sid) as number) > floor);
    const pool = [...above, ...touched.filter((sid) => scores.get(sid) === floor).slice(0, 1000 - above.length)];
    for (const sid of pool) scores.set(sid, sentences[sid].reduce((s, t) => s + weight(t), scores.get(sid) as number));
  }
  return touched
    .filter(live)
    .map((sid) => ({ sid, score: scores.get(sid) as number }))
    .sort((a, b) => b.score - a.score || a.sid - b.sid)
    .slice(0, k);
}

test('search ranks exactly as completing every pooled sentence would (random corpora, ties, filters)', () => {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const vocabulary = 40;
  // Term t is in a sentence with probability p[t]: some too common to traverse, some enough to fill the pool.
  const p = Array.from({ length: vocabulary }, (_, t) => (t < 6 ? 0.3 + 0.1 * (t % 3) : t < 20 ? 0.05 + 0.01 * (t % 7) : 0.002 + 0.002 * (t % 5)));
  const sentences = Array.from({ length: 6000 }, () => {
    const ts: number[] = [];
    for (let t = 0; t < vocabulary; t++) if (rand() < p[(t * 7) % vocabulary]) ts.push(t);
    return ts;
  });
  const { r, postings, idf } = retrievalOver(sentences, vocabulary);
  const filters: (((sid: number) => boolean) | undefined)[] = [undefined, (sid) => sid % 3 !== 0, (sid) => sid > 5900, (sid) => sid % 50 === 7];
  for (let round = 0; round < 150; round++) {
    const terms = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 14) }, () => Math.floor(rand() * vocabulary)))];
    const k = 1 + Math.floor(rand() * 25);
    const accept = filters[round % filters.length];
    let expected = reference(sentences, postings.df, idf, terms, k, accept ?? (() => true));
    if (accept && expected.length === 0 && terms.some((t) => postings.df[t] > 1000) && terms.filter((t) => postings.df[t] <= 1000).length < 10) expected = reference(sentences, postings.df, idf, terms, k, accept, true);
    assert.deepEqual(r.search(terms, k, sentences.length, accept), expected, `query ${terms} k=${k} filter ${round % filters.length}`);
  }
});
