/**
 * Financial measures: the same value of another measure is another quantity.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureOf, otherMeasure, otherQuantity } from '../../server/src/core/verdict/measures.ts';
import { engineOn } from '../helpers/engine.ts';

const at = (text: string, fig: string) => ({ kind: 'money', start: text.indexOf(fig), end: text.indexOf(fig) + fig.length });
const measure = (text: string, fig: string) => { const f = at(text, fig); return measureOf(text, f.start, f.end); };

test('measureOf reads the measure named after a figure, else the last one before it in its clause', () => {
  const ffo = 'On the earnings front, the team delivered $0.69 per share in FFO.';
  assert.equal(measure(ffo, '$0.69'), measure('FFO was $0.69 per share.', '$0.69'));
  assert.notEqual(measure('Book value was $12.45 per share.', '$12.45'), measure('Earnings per share of $12.45.', '$12.45'));
  assert.equal(measure('Revenue rose to $5 billion.', '$5 billion'), measure('Sales were $5 billion.', '$5 billion'));
  assert.equal(measure('About $2.3 billion in liquidity.', '$2.3 billion'), measure('Liquidity of $2.3 billion.', '$2.3 billion'));
  assert.equal(measure('The company paid $5 million.', '$5 million'), undefined);
  // A measure in another clause is not the figure's.
  assert.equal(measure('Sales fell; the company paid $5 million.', '$5 million'), undefined);
});

test('otherMeasure tells money figures of two measures apart, and leaves a figure with no measure alone', () => {
  const d = '- q1 core earnings per share of $12.45.';
  const s = 'GAAP book value at the end of the first quarter was $12.45 per share.';
  assert.equal(otherMeasure(d, at(d, '$12.45'), s, at(s, '$12.45')), true);
  const plain = 'The company paid $12.45 per share.';
  assert.equal(otherMeasure(plain, at(plain, '$12.45'), s, at(s, '$12.45')), false);
  const pct = { ...at(d, '$12.45'), kind: 'percent' };
  assert.equal(otherMeasure(d, pct, s, at(s, '$12.45')), false);
});

test('a value the source gives for another measure does not verify the draft figure', async () => {
  const call = [
    'Core earnings for the first quarter were $1.02 per share.',
    'GAAP book value at the end of the first quarter was $12.45 per share.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.notEqual(verdict('- q1 core earnings per share of $12.45.\n', '$12.45'), 'verified');
  assert.equal(verdict('- q1 book value per share of $12.45.\n', '$12.45'), 'verified');
});

test('a precise result is not a bound of a forecast range; a forecast in the draft may be', () => {
  const s = 'We are reinstating full-year 2020 guidance with the core FFO per share range of $1.44 per share to $1.46 per share.';
  const g = { start: s.indexOf('$1.44'), end: s.indexOf('$1.46') + 5, high: 1.46 };
  const result = '- q3 ffo per share $1.44.';
  assert.equal(otherQuantity(result, at(result, '$1.44'), s, g), true);
  const outlook = '- sees fy 2020 core ffo per share of $1.44.';
  assert.equal(otherQuantity(outlook, at(outlook, '$1.44'), s, g), false);
  const about = { ...at(result, '$1.44'), approx: 'about' };
  assert.equal(otherQuantity(result, about, s, g), false);
});

test('otherShape: a range and a single value are different statements (not for years and dates)', async () => {
  const { extractFigures, otherShape } = await import('../../server/src/core/figures/index.ts');
  const one = (text: string) => extractFigures(text)[0];
  const rows: [string, string, boolean][] = [
    ['$3.26 to $3.32', '$3.56', true],
    ['$3.56', '$0.62 to $0.64', true],
    ['8% to 10%', '6%', true],
    ['$3.26 to $3.32', '$3.16 to $3.22', false],
    ['$3.56', '$3.66', false],
    ['between 2015 and 2020', '2018', false],
  ];
  for (const [a, b, want] of rows) assert.equal(otherShape(one(a), one(b)), want, `${a} / ${b}`);
});

test('a result stated as one value does not contradict an outlook range', async () => {
  const call = [
    'So all-in, this resulted in adjusted diluted earnings per share of $3.56, which was above our guidance.',
    'For the first quarter, we are establishing adjusted DEPS guidance to be between $3.26 and $3.32.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.equal(verdict('- sees q1 adjusted earnings per share $3.26 to $3.32.\n', '$3.26 to $3.32'), 'verified');
  const result = await engineOn({ 'call.txt': call.split('\n')[0] + '\n' });
  const outlook = result.check('- sees q1 adjusted diluted earnings per share $3.26 to $3.32.\n').figures.find((f) => f.text === '$3.26 to $3.32');
  assert.notEqual(outlook?.verdict, 'contradicted');
});

test('otherBasis: an adjusted (non-GAAP, core, organic) value and a reported one are different measures', async () => {
  const { otherBasis } = await import('../../server/src/core/verdict/measures.ts');
  const rows: [string, string, string, string, boolean][] = [
    ['- q2 earnings per share $0.13.', '$0.13', 'AAM\'s adjusted earnings per share in the second quarter of 2021 was $0.29 per share.', '$0.29', true],
    ['- q4 gaap earnings per share $0.49.', '$0.49', 'On a core basis, net income for the fourth quarter was $72 million or $0.29 per share.', '$0.29', true],
    ['- q4 earnings per share $1.33 excluding items.', '$1.33', 'Adjusted earnings per share were $1.40 in the quarter.', '$1.40', false],
    ['- q3 loss per share $0.08.', '$0.08', 'RPC reported a $0.09 loss compared to an $0.08 adjusted loss per share.', '$0.09', false],
    ['- q3 loss per share $0.08.', '$0.08', 'RPC reported a $0.09 loss compared to an $0.08 adjusted loss per share.', '$0.08', true],
    ['- sees organic sales growth of 10% to 12%.', '10% to 12%', 'Sales grew 15% in the quarter.', '15%', true],
    ['- q3 earnings per share $1.51.', '$1.51', 'Earnings per share were $1.49.', '$1.49', false],
  ];
  const at = (text: string, fig: string) => ({ kind: fig.includes('%') ? 'percent' : 'money', start: text.indexOf(fig), end: text.indexOf(fig) + fig.length });
  for (const [d, f, s, g, want] of rows) assert.equal(otherBasis(d, at(d, f), s, at(s, g)), want, `${f} / ${g}`);
});

test('a reported value is not contradicted by the adjusted one a closer passage states', async () => {
  const call = [
    'AAM\'s adjusted earnings per share in the second quarter of 2021 was $0.29 per share compared to a loss of $1.79 in the second quarter of 2020.',
    'Gross profit was $190 million or 14.8% of sales in the second quarter of 2021.',
    'Taking all these drivers into account, our GAAP net income was $16 million or $0.13 per share in the second quarter of 2021.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.notEqual(verdict('- q2 earnings per share $0.13.\n', '$0.13'), 'contradicted');
  assert.equal(verdict('- q2 adjusted earnings per share $0.31.\n', '$0.31'), 'contradicted');
});

test('otherRate: growth rates of different measures are different facts; amounts and unnamed rates are left alone', async () => {
  const { otherRate } = await import('../../server/src/core/verdict/measures.ts');
  const at = (text: string, fig: string) => ({ kind: fig.includes('%') || fig.includes('percent') ? 'percent' : 'money', start: text.indexOf(fig), end: text.indexOf(fig) + fig.length });
  const rows: [string, string, string, string, boolean][] = [
    ['- qtrly sales grew 8% to $1.2 billion.', '8%', 'Research and development expenses in the quarter grew 10% to $207 million.', '10%', true],
    ['- q4 sales rose 3.2 percent.', '3.2 percent', 'RS&I operating margins of $97.2 million rose $7.2 million or 8% versus 2020.', '8%', true],
    ['- qtrly sales of $6.4 billion increased 7%.', '7%', 'Segment EBITA increased 10% versus the prior year.', '10%', true],
    ['- q4 sales rose 3.2 percent.', '3.2 percent', 'Net sales rose 5% in the quarter.', '5%', false],
    ['- q4 sales rose 3.2 percent.', '3.2 percent', 'It rose 5% in the quarter.', '5%', false],
    ['- qtrly sales of $6.4 billion.', '$6.4 billion', 'Segment EBITA was $6.5 billion.', '$6.5 billion', false],
  ];
  for (const [d, f, s, g, want] of rows) assert.equal(otherRate(d, at(d, f), s, at(s, g)), want, `${f} / ${g}`);
});
