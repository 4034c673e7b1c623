import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertComparison, assertFigure, pick, repeatTo } from '../helpers/figures.ts';
import { extractFigures, type Figure } from '../../server/src/core/figures/index.ts';

/** Lower-case, telegraphic summaries (earnings-call bullets): the forms of figures they write. */

type Want = Partial<Pick<Figure, 'kind' | 'value' | 'high' | 'unit' | 'date'>>;

/** [text, the figure's text, expected fields]. */
const FORMS: [string, string, Want][] = [
  // quarters and halves in lower case
  ['compname posts q1 earnings per share $1.68', 'q1', { kind: 'quarter', value: 1, date: undefined }],
  ['q4 2021 revenue', 'q4 2021', { kind: 'quarter', value: 4, date: { year: 2021 } }],
  ['q3 fy22 sales rose', 'q3 fy22', { kind: 'quarter', value: 3, date: { year: 2022 } }],
  ['q2 of fiscal 2022 sales', 'q2 of fiscal 2022', { kind: 'quarter', value: 2, date: { year: 2022 } }],
  ["q4'21 sales", "q4'21", { kind: 'quarter', value: 4, date: { year: 2021 } }],
  ['4q21 sales', '4q21', { kind: 'quarter', value: 4, date: { year: 2021 } }],
  ['fourth-quarter sales', 'fourth-quarter', { kind: 'quarter', value: 4 }],
  ['h2 2021 sales', 'h2 2021', { kind: 'half', value: 2, date: { year: 2021 } }],
  ['home deliveries for 2020 q2', '2020 q2', { kind: 'quarter', value: 2, date: { year: 2020 } }],
  ['in 2022 H1 sales', '2022 H1', { kind: 'half', value: 1, date: { year: 2022 } }],
  // fiscal years
  ['sees fy22 revenue', 'fy22', { kind: 'year', value: 2022, date: { year: 2022 } }],
  ['sees fy 2022 revenue', 'fy 2022', { kind: 'year', value: 2022 }],
  ["fy'22 earnings", "fy'22", { kind: 'year', value: 2022 }],
  ['fy-2021 outlook', 'fy-2021', { kind: 'year', value: 2021 }],
  ['fy 2022-23 outlook', 'fy 2022-23', { kind: 'year', value: 2022, high: 2023 }],
  ['fiscal 2022 revenue', '2022', { kind: 'year', value: 2022 }],
  // "&" joins a range after "between", as "and" does
  ['eps will be between $1.99 & $2.07.', 'between $1.99 & $2.07', { kind: 'money', value: 1.99, high: 2.07 }],
  // a spoken two-digit fiscal year (transcripts): the apostrophe tells it from a count
  ["Throughout fiscal '22, we accelerated", "fiscal '22", { kind: 'year', value: 2022, date: { year: 2022 } }],
  ["below fiscal year '22 levels", "fiscal year '22", { kind: 'year', value: 2022 }],
  ['fiscal ’21 was a record', 'fiscal ’21', { kind: 'year', value: 2021 }],
  ['fiscal 22 stores', '22', { kind: 'number', value: 22 }],
  // lower-case month names before a day or a year
  ['as of september 30, 2021 cash', 'september 30, 2021', { kind: 'date', value: 20210930 }],
  ['as of december 31, 2019', 'december 31, 2019', { kind: 'date', date: { year: 2019, month: 12, day: 31 } }],
  ['quarter ended march 31', 'march 31', { kind: 'date', date: { month: 3, day: 31 } }],
  ['dec. 31, 2020 balance', 'dec. 31, 2020', { kind: 'date', value: 20201231 }],
  ['june 2021 quarter', 'june 2021', { kind: 'date', value: 20210600 }],
  ['on may 5, 2021', 'may 5, 2021', { kind: 'date', value: 20210505 }],
  // hyphenated numbers that stay figures
  ['a category-5 storm', '5', { kind: 'number', value: 5 }],
  ['post-2020 growth', '2020', { kind: 'year', value: 2020 }],
  ['the trailing-12 months', '12 months', { kind: 'duration' }],
  // a unit or scale written after the second number of a pair that is no range
  ['sees fy sales up 17 to 8%', '17', { kind: 'percent', value: 17, unit: '%' }],
  ['rose from 5 to 7 percent', '5', { kind: 'percent', value: 5, high: undefined }],
  ['from $3.8 to 4.2 billion', '$3.8', { kind: 'money', value: 3.8e9, unit: 'USD' }],
  ['from 3 to 4.2 billion dollars', '3', { kind: 'money', value: 3e9 }],
  ['from 900 to 1.2 billion', '900', { kind: 'number', value: 900 }],
  // lower-case ISO codes and the cent sign after the number
  ['operating profit rose to 402 million usd', '402 million usd', { kind: 'money', value: 4.02e8, unit: 'USD' }],
  ['loss per share 0.13 usd', '0.13 usd', { kind: 'money', value: 0.13, unit: 'USD' }],
  ['dividend of 71¢ per share', '71¢', { kind: 'money', value: 0.71, unit: 'USD' }],
  // lower-case scales
  ['revenue 1.2 bln', '1.2 bln', { value: 1.2e9 }],
  ['sales $5 mln', '$5 mln', { kind: 'money', value: 5e6 }],
];

test('figure telegraphic: lower-case quarters, fiscal years, dates', () => {
  for (const [text, want, fields] of FORMS) assertFigure(text, want, fields);
});

/** [text, the texts of all its figures]: names and look-alikes are no figures. */
const ONLY: [string, string[]][] = [
  ['expect impact from covid-19 to be significant', []],
  ['covid-19 and sars-cov-2 and omega-3', []],
  ['COVID-19 and F-16', []],
  ['shares may 5%', ['5%']],
  ['sales may 5 percent', ['5 percent']],
  ['costs may rise', []],
  ['an h1 heading', []],
  ['tech firm qorvo q1', ['q1']],
  ['common equity tier 1 capital ratio of 10.8%', ['10.8%']],
  ['phase 2 trial and type 2 diabetes', []],
  ['fell 81% to 2.1 million', ['81%', '2.1 million']],
  ['we try 5 try', ['5']],
  ['sees fy revenue $7.75 million to $7.95 billion', ['$7.75 million', '$7.95 billion']],
  ['sees revenue $900 million to $1.2 billion', ['$900 million to $1.2 billion']],
];

test('figure telegraphic: names and look-alikes', () => {
  for (const [text, want] of ONLY) assert.deepEqual(extractFigures(text).map((f) => f.text), want, text);
});

const PAIRS: [[string, string], [string, string], 'same' | 'different' | 'incomparable'][] = [
  [['q1 sales', 'q1'], ['the first quarter', 'first quarter'], 'same'],
  [['q1 sales', 'q1'], ['1ST QTR NET', '1ST QTR'], 'same'],
  [['q1 sales', 'q1'], ['in Q2', 'Q2'], 'different'],
  [['q4 2021 sales', 'q4 2021'], ['fourth quarter of 2021', 'fourth quarter of 2021'], 'same'],
  [['q4 fy22 sales', 'q4 fy22'], ['fourth quarter of fiscal 2022', 'fourth quarter of fiscal 2022'], 'same'],
  [['sees fy22 revenue', 'fy22'], ['for fiscal 2022', '2022'], 'same'],
  [['sees fy22 revenue', 'fy22'], ['in FY 2023', 'FY 2023'], 'different'],
  [['as of september 30, 2021', 'september 30, 2021'], ['as of September 30, 2021', 'September 30, 2021'], 'same'],
  [['as of september 30, 2021', 'september 30, 2021'], ['on September 29, 2021', 'September 29, 2021'], 'different'],
  [['rose 5 percent', '5 percent'], ['rose 5%', '5%'], 'same'],
  [['rose 5.0 percent', '5.0 percent'], ['rose 5%', '5%'], 'same'],
];

test('figure telegraphic: comparisons with the forms of the transcript', () => {
  for (const [a, b, want] of PAIRS) assertComparison(pick(...a), pick(...b), want);
});

test('figure telegraphic: adversarial inputs take linear time', () => {
  for (const s of ['q4 ', 'fy ', "fy'", 'september 3', 'may 5 ', 'covid-1', 'a-', 'x-1']) {
    const t0 = performance.now();
    extractFigures(repeatTo(s, 200_000));
    assert.ok(performance.now() - t0 < 3000, `${JSON.stringify(s)} took too long`);
  }
});

test('the year of a law\'s name is part of the name, not a figure', () => {
  assert.deepEqual(extractFigures('under the offences against the person act 1861 and the Children Act 2004').map((f) => f.text), []);
  assert.deepEqual(extractFigures('The act 50 years ago').map((f) => f.text), ['50 years']);
  assert.deepEqual(extractFigures('Congress passed the act in 2004').map((f) => f.text), ['2004']);
});
