import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseRecord, compareBaseline, formatBaseline, improved, parseBaseline, passes, type Baseline } from '../../scripts/accuracy/baseline.ts';
import type { Miss } from '../../scripts/accuracy/score.ts';

const miss = (code: string, excerpt: string): Miss => ({ caseName: 'c.md', code, excerpt, message: '' });

/** A baseline of one case: "$9 billion" met, "2015" missed, no false alarm. */
function baseline(): Baseline {
  return {
    'c.md': caseRecord({
      truePositives: [miss('figure.mismatch', '$9 billion')],
      falseNegatives: [miss('figure.mismatch', '2015')],
      falsePositives: [],
    }),
  };
}

test('an identical run passes with nothing to report', () => {
  const cmp = compareBaseline(baseline(), baseline());
  assert.ok(passes(cmp));
  assert.ok(!improved(cmp));
});

test('an expectation met in the baseline and missed now is a new miss and fails', () => {
  const run: Baseline = { 'c.md': { met: [], missed: ['figure.mismatch: $9 billion', 'figure.mismatch: 2015'], falseAlarms: [] } };
  const cmp = compareBaseline(baseline(), run);
  assert.ok(!passes(cmp));
  assert.deepEqual(cmp.newMisses, [{ caseName: 'c.md', item: 'figure.mismatch: $9 billion' }]);
  assert.deepEqual(cmp.newFalseAlarms, []);
});

test('a false alarm the baseline does not hold fails, even a second copy of a known one', () => {
  const base = baseline();
  base['c.md'].falseAlarms = ['quote.altered: "Go"'];
  const run: Baseline = { 'c.md': { ...base['c.md'], falseAlarms: ['quote.altered: "Go"', 'quote.altered: "Go"'] } };
  const cmp = compareBaseline(base, run);
  assert.ok(!passes(cmp));
  assert.deepEqual(cmp.newFalseAlarms, [{ caseName: 'c.md', item: 'quote.altered: "Go"' }]);
});

test('a new case with a miss or a false alarm fails', () => {
  const run: Baseline = { ...baseline(), 'd.md': { met: [], missed: ['quote.altered: x'], falseAlarms: ['figure.mismatch: 7'] } };
  const cmp = compareBaseline(baseline(), run);
  assert.equal(cmp.newMisses.length, 1);
  assert.equal(cmp.newFalseAlarms.length, 1);
});

test('an expectation newly met and a false alarm gone pass as improvements', () => {
  const base = baseline();
  base['c.md'].falseAlarms = ['figure.mismatch: 1987'];
  const run: Baseline = { 'c.md': { met: ['figure.mismatch: $9 billion', 'figure.mismatch: 2015'], missed: [], falseAlarms: [] } };
  const cmp = compareBaseline(base, run);
  assert.ok(passes(cmp));
  assert.ok(improved(cmp));
  assert.deepEqual(cmp.newlyMet, [{ caseName: 'c.md', item: 'figure.mismatch: 2015' }]);
  assert.deepEqual(cmp.alarmsGone, [{ caseName: 'c.md', item: 'figure.mismatch: 1987' }]);
});

test('a partial run (--case) does not report the other cases as gone', () => {
  const base: Baseline = { ...baseline(), 'd.md': { met: [], missed: [], falseAlarms: [] } };
  assert.deepEqual(compareBaseline(base, baseline(), true).casesGone, []);
  assert.deepEqual(compareBaseline(base, baseline()).casesGone, ['d.md']);
});

test('the file form is sorted, one item per line, and reads back', () => {
  const b: Baseline = { 'z.md': { met: ['b: 2', 'a: 1'], missed: [], falseAlarms: [] }, 'a.md': { met: [], missed: [], falseAlarms: [] } };
  const text = formatBaseline(b);
  assert.ok(text.indexOf('"a.md"') < text.indexOf('"z.md"'));
  assert.ok(text.indexOf('"a: 1"') < text.indexOf('"b: 2"'));
  assert.ok(text.endsWith('\n'));
  assert.deepEqual(parseBaseline(text)['z.md'].met, ['a: 1', 'b: 2']);
});

test('long or multi-line excerpts become one clipped line', () => {
  const r = caseRecord({ truePositives: [], falseNegatives: [], falsePositives: [miss('source.uncited', `a\n${'x'.repeat(200)}`)] });
  assert.equal(r.falseAlarms.length, 1);
  assert.ok(!r.falseAlarms[0].includes('\n'));
  assert.ok(r.falseAlarms[0].length <= 'source.uncited: '.length + 80);
});
