import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertComparison, assertFigure, pick, repeatTo } from '../helpers/figures.ts';
import { extractFigures, type Figure } from '../../server/src/core/figures/index.ts';


type Want = Partial<Pick<Figure, 'kind' | 'value' | 'high' | 'unit' | 'date' | 'rawUnit'>>;

/** [text, the figure's text, expected fields]. */
const FORMS: [string, string, Want][] = [
  // 1. fiscal years
  ['In FY 2012, the Commission filed', 'FY 2012', { kind: 'year', value: 2012, date: { year: 2012 } }],
  ['revenue in FY2015 rose', 'FY2015', { kind: 'year', value: 2015, date: { year: 2015 } }],
  ['FY13 sales', 'FY13', { kind: 'year', value: 2013 }],
  ['in fiscal 2013 it', '2013', { kind: 'year', value: 2013, date: { year: 2013 } }],
  ['in fiscal year 2014 it', '2014', { kind: 'year', value: 2014, date: { year: 2014 } }],
  ['in FY 2013-14 it', 'FY 2013-14', { kind: 'year', value: 2013, high: 2014, date: { year: 2013 } }],
  ['in FY 1987/88', 'FY 1987/88', { kind: 'year', value: 1987, high: 1988 }],
  // 2. a month alone: a date without year
  ['In May, Secretary Perdue said', 'May', { kind: 'date', value: 500, date: { month: 5 } }],
  ['prices rose in January', 'January', { kind: 'date', date: { month: 1 } }],
  ["May's figures showed", 'May', { kind: 'date', date: { month: 5 } }],
  ['by mid-March', 'March', { kind: 'date', date: { month: 3 } }],
  ['at the end of June', 'June', { kind: 'date', date: { month: 6 } }],
  ['from May to July', 'July', { kind: 'date', date: { month: 7 } }],
  ['since August, when', 'August', { kind: 'date', date: { month: 8 } }],
  // a row of table cells is no phone number
  ['Delinquent Filings 132 110 132', '110', { kind: 'number', value: 110 }],
  // day ranges written with words before the month
  ['from 4 to 8 February, promising', '4 to 8 February', { kind: 'date', value: 204, high: 208, date: { month: 2, day: 4 } }],
  ['between 3 and 5 March', '3 and 5 March', { kind: 'date', value: 303, high: 305 }],
  // 3. number words with "point"
  ['three point four billion dollars', 'three point four billion dollars', { kind: 'money', value: 3.4e9, unit: 'USD' }],
  ['two point five percent', 'two point five percent', { kind: 'percent', value: 2.5, unit: '%' }],
  ['one point two million people', 'one point two million', { kind: 'number', value: 1.2e6 }],
  ['twenty-one point seven five percent', 'twenty-one point seven five percent', { kind: 'percent', value: 21.75 }],
  // 4. wire notation
  ['for the nine mths', 'nine mths', { kind: 'duration', value: 9 * 365.25 / 12, unit: 'day' }],
  ['six mths to June', 'six mths', { kind: 'duration', value: 6 * 365.25 / 12 }],
  ['in the 12 mths', '12 mths', { kind: 'duration', value: 365.25 }],
  ['profit of 12.6 mln stg', '12.6 mln stg', { kind: 'money', value: 12.6e6, unit: 'GBP' }],
  ['profit of 12.6 million pounds', '12.6 million pounds', { kind: 'money', value: 12.6e6, unit: 'GBP' }],
  ['6.3 billion pounds of fibre', '6.3 billion pounds', { kind: 'quantity', unit: 'kg', rawUnit: 'lb' }],
  ['a 10 Canadian dlrs note', '10 Canadian dlrs', { kind: 'money', value: 10, unit: 'CAD' }],
  ['5.5 Australian dlrs', '5.5 Australian dlrs', { kind: 'money', unit: 'AUD' }],
  ['20 HK dlrs', '20 HK dlrs', { kind: 'money', unit: 'HKD' }],
  ['3 N.Z. dlrs', '3 N.Z. dlrs', { kind: 'money', unit: 'NZD' }],
  ['40 mln Canadian dollars', '40 mln Canadian dollars', { kind: 'money', value: 4e7, unit: 'CAD' }],
  ['rose 42.5\n    pct in', '42.5\n    pct', { kind: 'percent', value: 42.5 }],
  ['up 1.5\n pct points', '1.5\n pct points', { kind: 'points', value: 1.5 }],
  ['worth 12.6 mln\n  dlrs', '12.6 mln\n  dlrs', { kind: 'money', value: 12.6e6, unit: 'USD' }],
  // 5. weekdays: a date after "on", "last" ... even before a capitalised word
  ['on Sunday Arsenal beat Spurs', 'Sunday', { kind: 'date', date: { weekday: 0 } }],
  ['Monday April 7', 'Monday April 7', { kind: 'date', date: { month: 4, day: 7, weekday: 1 } }],
];

test('figure gaps: fiscal years, bare months, "point", wire notation, weekdays', () => {
  for (const [text, want, fields] of FORMS) {
    assertFigure(text, want, fields);
  }
});

/** [text, the figure texts it must yield (and nothing else)]. */
const ONLY: [string, string[]][] = [
  ['prices may rise', []],
  ['May I ask', []],
  ['Theresa May said', []],
  ["Theresa May's government", []],
  ['protesters march on', []],
  ['by April Ryan', []],
  ['last March', []],
  ['Nigeria coach Sunday Oliseh said', []],
  ['Tuesday Morning Inc said', []],
  ['Tuesday Morning Corp said', []],
  ['the Sunday Times', []],
  ['at one point four people died', ['four']],
  ['the three point plan', ['three point']],
];

test('figure gaps: look-alikes', () => {
  for (const [text, want] of ONLY) assert.deepEqual(extractFigures(text).map((f) => f.text), want, text);
});

const PAIRS: [[string, string], [string, string], 'same' | 'different'][] = [
  [['12.6 mln stg', '12.6 mln stg'], ['12.6 million pounds', '12.6 million pounds'], 'same'],
  [['12.6 mln stg', '12.6 mln stg'], ['£12.6m', '£12.6m'], 'same'],
  [['12.6 million pounds', '12.6 million pounds'], ['£12.6m', '£12.6m'], 'same'],
  [['In FY 2012, it', 'FY 2012'], ['in 2012', '2012'], 'same'],
  [['in FY 2013-14', 'FY 2013-14'], ['in 2013-14', '2013-14'], 'same'],
  [['In May, it', 'May'], ['May 15, 2019', 'May 15, 2019'], 'same'],
  [['In May, it', 'May'], ['June 2019', 'June 2019'], 'different'],
  [['three point four billion dollars', 'three point four billion dollars'], ['$3.4 billion', '$3.4 billion'], 'same'],
  [['nine mths', 'nine mths'], ['nine months', 'nine months'], 'same'],
  [['10 Canadian dlrs', '10 Canadian dlrs'], ['C$10', 'C$10'], 'same'],
];

test('figure gaps: comparisons', () => {
  for (const [a, b, want] of PAIRS) {
    const x = pick(a[0], a[1]);
    const y = pick(b[0], b[1]);
    assertComparison(x, y, want);
  }
});

const SIZE = 200_000;
const repeat = (s: string) => repeatTo(s, SIZE);

/**
 * Adversarial inputs of 200,000 characters. Every step of extractFigures is linear: the
 * scanner's anchors and the sticky readers look a bounded distance back and read forward
 * only over the figure (or one run of blanks), so each shape takes tens of milliseconds
 * (a quadratic step took ~26 s on a 160,000-letter word). No timing is asserted: a
 * regression shows as this test exceeding the runner's normal timeout.
 */
const ADVERSARIAL: [string, string, number][] = [
  ['long word', repeat('a'), 0],
  ['repeated decades', repeat('1990s'), 0],
  ['long digit run', repeat('7'), 1],
  ['many dots', repeat('.'), 0],
  ['many hyphens', repeat('-'), 0],
  ['digits and dots', repeat('1.'), 0],
  ['letters and digits', repeat('a1'), 0],
  ['blanks', repeat(' '), 0],
  ['address-like', repeat('a@'), 0],
];

test('figure gaps: adversarial inputs take linear time', () => {
  for (const [name, text, count] of ADVERSARIAL) assert.equal(extractFigures(text).length, count, name);
  const gap = `42${' '.repeat(SIZE)}x`;
  assert.deepEqual(extractFigures(gap).map((f) => f.text), ['42'], 'a long blank run after a number');
});
