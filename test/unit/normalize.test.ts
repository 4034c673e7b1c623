import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, toInputRange } from '../../server/src/core/text/normalize.ts';

test('folds quotes, dashes, spaces and ellipses with an offset map', () => {
  const input = '“Hello” —  it’s\u00A0here…\nnext';
  const n = normalize(input);
  assert.equal(n.text, '"Hello" - it\'s here... next');
  assert.equal(n.map.length, n.text.length + 1);
  const i = n.text.indexOf('here');
  const r = toInputRange(n, i, i + 4);
  assert.equal(input.slice(r.start, r.end), 'here');
  const e = n.text.indexOf('...');
  const re = toInputRange(n, e, e + 3);
  assert.equal(input.slice(re.start, re.end), '…');
});

test('composes combining marks and applies NFKC', () => {
  const n = normalize('cafe\u0301 ﬁne');
  assert.equal(n.text, 'café fine');
});
