/** TermSignatures: a bound of the weight of some query terms a sentence holds, from its 64-bit term signature. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermSignatures } from '../../server/src/core/index/signatures.ts';

function signaturesOf(sentences: number[][]): TermSignatures {
  const starts = [0];
  const all: number[] = [];
  for (const ts of sentences) (all.push(...ts), starts.push(all.length));
  const terms = Int32Array.from(all);
  return new TermSignatures(() => terms, (sid) => starts[sid]);
}

test('the bound is never below the weight of the query terms a sentence holds, and exact without shared bits', () => {
  let seed = 3;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const sentences = Array.from({ length: 300 }, () => [...new Set(Array.from({ length: Math.floor(rand() * 20) }, () => Math.floor(rand() * 500)))]);
  const sig = signaturesOf(sentences);
  sig.update(150);
  sig.update(300); // sentences added later get their signatures too
  const weight = (t: number) => 1 + (t % 7) / 3;
  for (let round = 0; round < 50; round++) {
    const query = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 12) }, () => Math.floor(rand() * 500)))];
    sig.setQuery(query, weight);
    sentences.forEach((ts, sid) => {
      const exact = ts.filter((t) => query.includes(t)).reduce((s, t) => s + weight(t), 0);
      const bound = sig.bound(sid);
      assert.ok(bound >= exact - 1e-12, `sentence ${sid}: ${bound} < ${exact}`);
      const shared = query.some((q) => [...ts, ...query].some((t) => t !== q && t % 64 === q % 64));
      if (!shared) assert.ok(Math.abs(bound - exact) < 1e-9, `sentence ${sid}: ${bound} != ${exact}`);
    });
    sig.clearQuery();
  }
  sig.setQuery([], weight);
  assert.equal(sig.bound(0), 0);
});

test('terms 64 apart share a bit; bits 31 and 63 count', () => {
  const sig = signaturesOf([[31, 63], [95], [0, 64]]);
  sig.update(3);
  sig.setQuery([31, 63], () => 2);
  assert.deepEqual([sig.bound(0), sig.bound(1), sig.bound(2)], [4, 2, 0]);
  sig.clearQuery();
  sig.setQuery([128], () => 5);
  assert.deepEqual([sig.bound(0), sig.bound(1), sig.bound(2)], [0, 0, 5]);
});
