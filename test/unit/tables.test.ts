import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { compareFigures, extractFigures } from '../../server/src/core/figures/index.ts';
import { memoryFs } from '../helpers/memory-fs.ts';

const SOURCE = '---\nid: crops\ntitle: Crop report\ndate: 2025-08-12\n---\nCorn production is forecast at 16.7 billion bushels, up 13% from last year.\n\nSoybean production is forecast at 4.29 billion bushels, down 2% from 2024.\n\nPayroll employment for November was revised down by 72,000.\n';

async function check(draft: string) {
  const e = createEngine({ fs: memoryFs({ 'crops.md': SOURCE }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  return e.check(draft).findings;
}

test('a table cell is read with its row label and column header', async () => {
  const table = '| Crop | Production forecast |\n| --- | --- |\n| Corn | 16.9 billion bushels |\n| Soybeans | 4.29 billion bushels |\n\nSource: [@crops]\n';
  const f = (await check(table)).filter((x) => x.code === 'figure.mismatch');
  assert.equal(f.length, 1, JSON.stringify(f, null, 1));
  assert.equal(f[0].actual, '16.9 billion');
  assert.equal(f[0].expected, '16.7 billion');
});

test('a citation right after a table covers its cells; none leaves them uncited', async () => {
  const cited = await check('| Crop | Production forecast |\n| --- | --- |\n| Corn | 16.7 billion bushels |\n\nSource: [@crops]\n');
  assert.deepEqual(cited.filter((x) => x.code === 'source.uncited'), []);
  const bare = await check('| Crop | Production forecast |\n| --- | --- |\n| Corn | 16.7 billion bushels |\n');
  assert.equal(bare.filter((x) => x.code === 'source.uncited').length, 1);
});

test('a sign said in words agrees with a written minus', () => {
  const [a] = extractFigures('a revision of -72,000');
  const [b] = extractFigures('revised down by 72,000');
  assert.equal(compareFigures(a, b), 'same');
  const [c] = extractFigures('a revision of -27,000');
  assert.equal(compareFigures(c, b), 'different');
});

test('a row\'s cell that no source states, beside cells one source sentence states, is its other value; the fix keeps the draft\'s sign', async () => {
  const e = createEngine({ fs: memoryFs({ 'crops.md': SOURCE.replace('Soybean production is forecast at 4.29 billion bushels, down 2% from 2024.', 'NASS forecasts all cotton production at 13.2 million 480-pound bales, down 8% from last year.') }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const table = '| Crop | Forecast | Change |\n| --- | --- | --- |\n| Cotton [@crops] | 13.2 million bales | \u22126% |\n';
  const f = e.check(table).findings.filter((x) => x.code.startsWith('figure.'));
  assert.equal(f.length, 1, JSON.stringify(f, null, 1));
  assert.equal(f[0].code, 'figure.mismatch');
  // The row cites the source: the fix only replaces the value, in the draft's notation.
  assert.deepEqual(f[0].fixes.map((x) => x.edits.map((y) => y.newText)), [['\u22128%']]);
});
