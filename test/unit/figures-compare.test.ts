import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFigures, extractFigures, figureKey, type Figure } from '../../server/src/core/figures/index.ts';

/** The only (or `index`th) figure of `text`. */
function one(text: string, index = 0): Figure {
  const figs = extractFigures(text);
  assert.ok(figs[index], `no figure in "${text}"`);
  return figs[index];
}
function cmp(a: string, b: string): string {
  const r = compareFigures(one(a), one(b));
  assert.equal(compareFigures(one(b), one(a)), r, `asymmetric: ${a} / ${b}`);
  return r;
}

test('equal values written differently are the same', () => {
  assert.equal(cmp('nine people', '9 people'), 'same');
  for (const b of ['$7 billion', 'US$7,000,000,000', '7 billion dollars', '$7 bn', 'USD 7,000 million']) {
    assert.equal(cmp('$7bn', b), 'same', b);
  }
  assert.equal(cmp('5%', '5 percent'), 'same');
  assert.equal(cmp('5 per cent', '5 pct'), 'same');
  assert.equal(cmp('three thousand', '3,000'), 'same');
  assert.equal(cmp('250,000 dlrs', '$250,000'), 'same');
  assert.equal(cmp('2,600-kilometer', '2,600 km'), 'same');
  assert.equal(cmp('the eighth drill', 'the 8th drill'), 'same');
});

test('different values are different', () => {
  assert.equal(cmp('$7 billion', '$8 billion'), 'different');
  assert.equal(cmp('7 billion', '7.02 billion'), 'different');
  assert.equal(cmp('31 pct', '30 pct'), 'different');
  assert.equal(cmp('13 people', '12 people'), 'different');
  assert.equal(cmp('the eighth drill', 'the seventh drill'), 'different');
});

test('rounding: less precise decimals match when the other rounds to them', () => {
  assert.equal(cmp('1.8 billion yen', '1.83 billion yen'), 'same');
  assert.equal(cmp('2.6 million', '2,612,000'), 'same');
  assert.equal(cmp('1.8 billion', '1.86 billion'), 'different');
  assert.equal(cmp('about 7 billion', '7.02 billion'), 'same');
});

test('approximators widen tolerance but are no mismatch on their own', () => {
  assert.equal(cmp('over 50 people', '50 people'), 'same');
  assert.equal(cmp('60 people', 'over 50 people'), 'different');
  assert.equal(cmp('nearly 220 pounds', '100 kilograms'), 'same');
  assert.equal(cmp('about 100 kg', '104 kg'), 'same');
  assert.equal(cmp('about 100 kg', '110 kg'), 'different');
});

test('unit conversions agree within 1% without an approximator', () => {
  assert.equal(cmp('220 pounds', '99.8 kg'), 'same');
  assert.equal(cmp('220 pounds', '105 kg'), 'different');
  assert.equal(cmp('5 tonnes', '5,000 kg'), 'same');
  assert.equal(cmp('5 tons', '5 tonnes'), 'different');
  assert.equal(cmp('a five-day visit', '120 hours'), 'same');
  assert.equal(cmp('five-day', '5 days'), 'same');
  assert.equal(cmp('two weeks', '14 days'), 'same');
});

test('incompatible kinds and units are incomparable', () => {
  assert.equal(cmp('$5 billion', '5%'), 'incomparable');
  assert.equal(cmp('100 kg', '100 km'), 'incomparable');
  assert.equal(cmp('in 2024', '2,024 people'), 'incomparable');
  assert.equal(cmp('$5 million', '5 million'), 'incomparable');
  assert.equal(cmp('$5 million', '€5 million'), 'incomparable');
  assert.equal(cmp('5%', '5 percentage points'), 'different'); // one number in two units: the percent-for-points slip
  assert.equal(cmp('5%', '3 percentage points'), 'incomparable');
  assert.equal(cmp('the 8th', '8 people'), 'incomparable');
  assert.equal(cmp('5 days', '5 km'), 'incomparable');
  assert.equal(cmp('Rs 500', 'PKR 500'), 'same');
  assert.equal(cmp('INR 500', 'PKR 500'), 'incomparable');
});

test('dates compare on the fields both have', () => {
  assert.equal(cmp('June 2024', 'June 15, 2024'), 'same');
  assert.equal(cmp('Oct 15', 'Oct 16'), 'different');
  assert.equal(cmp('October 15, 2024', '2024-10-15'), 'same');
  assert.equal(cmp('in 2024', 'October 15, 2024'), 'same');
  assert.equal(cmp('in 2023', 'October 15, 2024'), 'different');
  assert.equal(cmp('in 2024', 'Oct 15'), 'incomparable');
  assert.equal(cmp('March 2024', 'October 2024'), 'different');
  assert.equal(cmp('from February 4 to 8', 'February 6'), 'same');
  assert.equal(cmp('from February 4 to 8', 'February 9'), 'different');
});

test('ranges: both ends must agree; a single value must lie inside', () => {
  assert.equal(cmp('4 to 8 percent', '4-8%'), 'same');
  assert.equal(cmp('between 4 and 8 percent', '4 to 9 percent'), 'different');
  assert.equal(cmp('4 to 8 percent', '8%'), 'same');
  assert.equal(cmp('4 to 8 percent', '6 percent'), 'same');
  assert.equal(cmp('4 to 8 percent', '10 percent'), 'different');
  assert.equal(cmp('$4-$8 billion', '$4 billion to $8 billion'), 'same');
});

test('figureKey groups comparable figures', () => {
  assert.equal(figureKey(one('$7 billion')), 'money:USD');
  assert.equal(figureKey(one('5 percent')), 'percent');
  assert.equal(figureKey(one('2 percentage points')), 'points');
  assert.equal(figureKey(one('220 pounds')), 'quantity:kg');
  assert.equal(figureKey(one('June 2024')), 'date');
  assert.equal(figureKey(one('since 2022')), 'year');
  assert.equal(figureKey(one('17 others')), 'number');
  assert.equal(figureKey(one('the eighth')), 'ordinal');
  assert.equal(figureKey(one('five-day')), 'duration');
  assert.equal(figureKey(one('Rs 50')), figureKey(one('PKR 50')));
});
