/**
 * Dates mis-stated by one field (verdict/doc-search.ts oneFieldApart): one date written
 * wrong, not another event's date, so a loose pairing still contradicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, type Figure } from '../../server/src/core/figures/index.ts';
import { oneFieldApart } from '../../server/src/core/verdict/doc-search.ts';

const date = (text: string): Figure => {
  const f = extractFigures(text).find((x) => x.kind === 'date' || x.kind === 'year');
  assert.ok(f, text);
  return f;
};

const ROWS: [string, string, boolean][] = [
  ['on April 7, 2025', 'on April 6, 2025', true],
  ['in May 2019', 'in May 2018', true],
  ['on April 7, 2025', 'on June 19, 2025', false],
  ['from February 4 to 9, 2025', 'from February 4 to 8, 2025', true],
  ['from February 4 to 8, 2025', 'from February 4 to 8, 2025', false],
  ['from February 4 to 28, 2025', 'from February 4 to 8, 2025', false],
];

for (const [a, b, want] of ROWS) {
  test(`oneFieldApart: "${a}" / "${b}" → ${want}`, () => assert.equal(oneFieldApart(date(a), date(b)), want));
}

test('vaguerAgreement: a date agreeing only by leaving out the field another date gets wrong', async () => {
  const { vaguerAgreement } = await import('../../server/src/core/figures/index.ts');
  assert.equal(vaguerAgreement(date('in March 2023'), date('in March'), date('in March 2024')), true);
  assert.equal(vaguerAgreement(date('on February 18'), date('in February'), date('on February 17')), true);
  assert.equal(vaguerAgreement(date('on February 18'), date('on February 18'), date('on February 17')), false);
  assert.equal(vaguerAgreement(date('in March 2023'), date('in March'), date('in June 2024')), false);
});

test('vaguerDate: a source date without the day or month the draft states', async () => {
  const { vaguerDate } = await import('../../server/src/core/figures/index.ts');
  assert.equal(vaguerDate(date('in February 1986'), date('on February 18')), true);
  assert.equal(vaguerDate(date('on June 15, 2024'), date('in June 2024')), false);
});
