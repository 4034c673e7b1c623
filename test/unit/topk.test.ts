/** kthLargest and KthBest: the k-th largest of a list, checked against a sort. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KthBest, kthLargest } from '../../server/src/core/index/topk.ts';

test('kthLargest agrees with sorting, with ties and out-of-range k', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < 200; round++) {
    const n = 1 + Math.floor(rand() * 60);
    const values = Array.from({ length: n }, () => Math.floor(rand() * 10) / 2);
    const sorted = [...values].sort((a, b) => b - a);
    const k = 1 + Math.floor(rand() * n);
    assert.equal(kthLargest(Float64Array.from(values), n, k), sorted[k - 1], `${values} k=${k}`);
  }
  assert.equal(kthLargest(Float64Array.from([1, 2]), 2, 3), -Infinity);
});

test('KthBest keeps the k-th largest of what was added', () => {
  let seed = 5;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < 200; round++) {
    const k = Math.floor(rand() * 6);
    const best = new KthBest(k);
    const seen: number[] = [];
    for (let i = 0; i < 30; i++) {
      const v = Math.floor(rand() * 8) / 2;
      best.add(v);
      seen.push(v);
      const sorted = [...seen].sort((a, b) => b - a);
      assert.equal(best.kth(), k >= 1 && sorted.length >= k ? sorted[k - 1] : -Infinity);
    }
  }
});
