/**
 * Comparisons in a text (verdict/roles.ts comparisonPairs): which value is the new one and which
 * the old; a wire results table compares within each line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core/figures/index.ts';
import { comparisonPairs } from '../../server/src/core/verdict/roles.ts';

function pairs(text: string): string[] {
  const figs = extractFigures(text);
  return comparisonPairs(text, figs).map(([n, o]) => `${figs[n].text} vs ${figs[o].text}`);
}

test('comparisonPairs: "vs" and "compared with" pair a new value with an old one', () => {
  assert.deepEqual(pairs('Net loss 8,843,000 vs profit 6,306,000.'), ['8,843,000 vs 6,306,000']);
  assert.deepEqual(pairs('Profit rose to $233 million from $200 million.'), ['$233 million vs $200 million']);
});

test('comparisonPairs: a results table pairs within each line, not across a section heading', () => {
  const table = 'Shr not given Net loss 330,613 vs profit Revs 2,170,628 vs 614,511 Year Shr loss one ct vs profit nine cts Net loss 212,289 vs profit 829,747';
  const found = pairs(table);
  assert.ok(found.includes('2,170,628 vs 614,511'), JSON.stringify(found));
  assert.ok(found.includes('212,289 vs 829,747'), JSON.stringify(found));
  assert.ok(!found.some((p) => p.startsWith('614,511 vs')), JSON.stringify(found));
});
