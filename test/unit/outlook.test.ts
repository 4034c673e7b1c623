/**
 * Outlook sentences (verdict/quarters.ts isOutlook): an outlook word makes a sentence an outlook,
 * unless it is the benchmark a reported result is compared with. Table-driven.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOutlook } from '../../server/src/core/verdict/quarters.ts';

test('isOutlook: forecasts are outlooks, results measured against guidance or estimates are not', () => {
  const rows: [string, boolean][] = [
    ['For the third quarter of FY 21, we are forecasting adjusted earnings per share to be $3.54 at the midpoint.', true],
    ['We expect first quarter sales of $7.6 billion to $8.2 billion.', true],
    ['- sees q1 revenue $14.75 billion to $15.75 billion.', true],
    ['Non-GAAP diluted earnings per share were $3.17, $0.44 above the high-end of our prior guidance.', false],
    ['Core FFO for the quarter was $1.48, a year-over-year increase of 16.5% and well above consensus estimates.', false],
    ['Revenue was better than expected at $2.1 billion.', false],
    ['Results came in ahead of our outlook, and we now expect full-year growth of 5%.', true],
    ['Fourth quarter net sales were $1.7 billion.', false],
  ];
  for (const [text, want] of rows) assert.equal(isOutlook(text), want, text);
});
