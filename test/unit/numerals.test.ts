/**
 * The numeral postings (server/src/core/index/numerals.ts): which sources state a passage's values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NumeralIndex, numeralKeys } from '../../server/src/core/index/numerals.ts';

test('numeral keys: separators dropped, only telling numerals (three digits or a decimal part)', () => {
  assert.deepEqual(numeralKeys('Net loss 8,812,432 vs profit 27 cts, 1.22 dlrs, 10.3 mln, 007 and 5'), ['8812432', '1.22', '10.3']);
});

test('numeral search ranks sources by the rare values they state, skips removed and ruled-out ones', () => {
  const docs: ({ normText: string } | undefined)[] = [
    { normText: 'Shr loss 1.22 dlrs vs profit 27 cts. Net loss 8,812,432 vs profit 1,847,560.' },
    { normText: 'Net profit 1,847,560 vs 1,500,000.' },
    { normText: 'Unrelated story with 100 and 200.' },
  ];
  const index = new NumeralIndex(docs);
  const keys = numeralKeys('a loss of 1.22 dollars; net loss of 8,812,432 against 1,847,560');
  assert.deepEqual(index.search(keys, 5, () => true, 3).map((h) => [h.docId, h.count]), [[0, 3], [1, 1]]);
  docs.push({ normText: 'Correction: net loss 8,812,432 vs profit 1,847,560, shr 1.22 dlrs.' });
  docs[0] = undefined;
  assert.deepEqual(index.search(keys, 5, (d) => d !== 1, 3).map((h) => h.docId), [3]);
});
