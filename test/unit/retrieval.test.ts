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
