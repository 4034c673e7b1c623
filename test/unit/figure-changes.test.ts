/**
 * Changes as writers state them: "rose 0.5% to 6.2%" is a change and a level, a percent is not
 * the same number of percentage points, and a whole percent states a computed change rounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core/figures/index.ts';
import { engineOn } from '../helpers/engine.ts';

const texts = (t: string) => extractFigures(t).map((f) => f.text);

test('after a past-tense change verb, "X% to Y%" is a change and a level; elsewhere a range', () => {
  assert.deepEqual(texts('Unemployment rose 0.5% to 6.2%.'), ['0.5%', '6.2%']);
  assert.deepEqual(texts('Sales were up by about 5% to 7% of revenue.'), ['5%', '7%']);
  assert.deepEqual(texts('Revenue is expected to grow 5% to 7%.'), ['5% to 7%']);
  assert.deepEqual(texts('sees fy revenue up 8 to 9 percent'), ['8 to 9 percent']);
  assert.deepEqual(texts('Sales rose 5 to 7 percent.'), ['5 to 7 percent']);
});

const WIRE = [
  'Revenue rose to 4.1 billion dollars in 2020 from 3.5 billion dollars in 2019.',
  'The unemployment rate rose 0.5 percentage points to 6.2 percent.',
  '',
].join('\n');

test('a percent for the same number of percentage points is a mismatch fixed with the points', async () => {
  const e = await engineOn({ 'wire.txt': WIRE });
  const r = e.check('Unemployment rose 0.5% to 6.2% [@wire].\n');
  const f = r.findings.find((x) => x.code === 'figure.mismatch');
  assert.ok(f, JSON.stringify(r.figures));
  assert.equal(f.fixes[0].edits[0].newText, '0.5 percentage points');
  assert.equal(r.figures.find((x) => x.text === '6.2%')?.verdict, 'verified');
  assert.equal(e.check('Unemployment rose 0.5 percentage points [@wire].\n').figures[0].verdict, 'verified');
});

test('a whole percent change computed from two stated values is verified at its written precision', async () => {
  const e = await engineOn({ 'wire.txt': WIRE });
  const verdict = (draft: string) => e.check(draft).figures[0];
  assert.equal(verdict("Acme's revenue rose 17% [@wire].\n").verdict, 'verified');
  assert.match(verdict("Acme's revenue rose 17% [@wire].\n").reason, /17\.14%/);
  assert.notEqual(verdict("Acme's revenue rose 19% [@wire].\n").verdict, 'verified');
});

test('a percent change computed from the sources derives a draft change only in its direction', async () => {
  const wire = 'Revenue fell to 3.5 billion dollars in 2020 from 4.1 billion dollars in 2019.\n';
  const e = await engineOn({ 'wire.txt': wire });
  const verdict = (draft: string) => e.check(draft).figures[0].verdict;
  assert.equal(verdict("Acme's revenue fell 15% [@wire].\n"), 'verified');
  assert.notEqual(verdict("Acme's revenue rose 15% [@wire].\n"), 'verified');
});
