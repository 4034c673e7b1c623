import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, applyFixes, preferredFixes } from '../../server/src/cli/apply-fixes.ts';
import type { Finding, Fix } from '../../server/src/core/types.ts';

const fix = (title: string, edits: [number, number, string][], preferred = true): Fix =>
  ({ title, preferred, edits: edits.map(([start, end, newText]) => ({ start, end, newText })) });

test('applies edits from the end so earlier offsets stay valid', () => {
  const text = 'Costs rose 9% to $9 billion.';
  const out = applyEdits(text, [
    { start: 11, end: 13, newText: '7%' },
    { start: 17, end: 27, newText: '$7 billion' },
    { start: 27, end: 27, newText: ' [@src]' },
  ]);
  assert.equal(out, 'Costs rose 7% to $7 billion [@src].');
});

test('an insertion at the start of a replaced range goes before the replacement', () => {
  assert.equal(applyEdits('abcdef', [{ start: 2, end: 4, newText: 'XY' }, { start: 2, end: 2, newText: '>' }]), 'ab>XYef');
});

test('overlapping fixes are skipped whole, the first one wins', () => {
  const a = fix('a', [[0, 5, 'HELLO']]);
  const b = fix('b', [[3, 8, 'xx'], [10, 11, 'Z']]);
  const c = fix('c', [[9, 9, '!']]);
  const r = applyFixes('hello world', [a, b, c]);
  assert.equal(r.text, 'HELLO wor!ld');
  assert.deepEqual(r.applied.map((f) => f.title), ['a', 'c']);
  assert.deepEqual(r.skipped.map((f) => f.title), ['b']);
});

test('two insertions at the same point conflict; touching replacements do not', () => {
  const r = applyFixes('abc', [fix('1', [[1, 1, 'x']]), fix('2', [[1, 1, 'y']]), fix('3', [[0, 1, 'A']]), fix('4', [[1, 3, 'BC']])]);
  assert.equal(r.text, 'AxBC');
  assert.deepEqual(r.skipped.map((f) => f.title), ['2']);
});

test('edits outside the text are skipped, never applied', () => {
  const r = applyFixes('short', [fix('bad', [[3, 99, 'x']]), fix('neg', [[-1, 2, 'x']])]);
  assert.equal(r.text, 'short');
  assert.equal(r.applied.length, 0);
});

test('preferredFixes takes only the preferred fix of each finding', () => {
  const base = { severity: 'error', message: 'm', start: 0, end: 1 } as const;
  const findings: Finding[] = [
    { ...base, code: 'figure.mismatch', fixes: [fix('other', [[0, 1, 'x']], false), fix('pref', [[0, 1, 'y']])] },
    { ...base, code: 'quote.not-found', fixes: [fix('not preferred', [[0, 1, 'z']], false)] },
  ];
  assert.deepEqual(preferredFixes(findings).map((f) => f.title), ['pref']);
});
