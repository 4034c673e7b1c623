import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertComparison, assertFigure, pick } from '../helpers/figures.ts';
import { compareFigures, extractFigures, figureKey, resolveRelative, type Figure } from '../../server/src/core/figures/index.ts';


type Want = Partial<Pick<Figure, 'kind' | 'value' | 'high' | 'unit' | 'date' | 'relative'>>;

/** [text, the figure's text, expected fields]. */
const FORMS: [string, string, Want][] = [
  // 1. fractions and mixed numbers
  ['It closed at 31 and 7/8.', '31 and 7/8', { kind: 'number', value: 31.875 }],
  ['It closed at 31-7/8.', '31-7/8', { kind: 'number', value: 31.875 }],
  ['It closed at 31 7/8.', '31 7/8', { kind: 'number', value: 31.875 }],
  ['Only 7/8 of them voted.', '7/8', { kind: 'fraction', value: 0.875 }],
  ['half of the 200 workers', 'half', { kind: 'fraction', value: 0.5 }],
  ['a half of the budget', 'a half', { kind: 'fraction', value: 0.5 }],
  ['one-half of the budget', 'one-half', { kind: 'fraction', value: 0.5 }],
  ['a third of them', 'a third', { kind: 'fraction', value: 1 / 3 }],
  ['sales fell by a quarter', 'a quarter', { kind: 'fraction', value: 0.25 }],
  ['three quarters agreed', 'three quarters', { kind: 'fraction', value: 0.75 }],
  ['three-quarters agreed', 'three-quarters', { kind: 'fraction', value: 0.75 }],
  ['two-thirds of voters', 'two-thirds', { kind: 'fraction', value: 2 / 3 }],
  ['one and a half million people', 'one and a half million', { kind: 'number', value: 1.5e6 }],
  ['it took one and a half', 'one and a half', { kind: 'number', value: 1.5 }],
  ['2 and a half hours', '2 and a half hours', { kind: 'duration', value: 2.5 / 24, unit: 'day' }],
  ['31 and 7/8 dlrs', '31 and 7/8 dlrs', { kind: 'money', value: 31.875, unit: 'USD' }],
  ['31-7/8 dlrs', '31-7/8 dlrs', { kind: 'money', value: 31.875, unit: 'USD' }],
  ['a cut of half a percentage point', 'half a percentage point', { kind: 'points', value: 0.5, unit: 'pp' }],
  ['a quarter-point cut', 'a quarter-point', { kind: 'points', value: 0.25, unit: 'pp' }],
  ['it took half an hour', 'half an hour', { kind: 'duration', value: 0.5 / 24, unit: 'day' }],
  // 2. percentage points and percent
  ['up 17 percentage points', '17 percentage points', { kind: 'points', value: 17, unit: 'pp' }],
  ['up 17 pct points', '17 pct points', { kind: 'points', value: 17, unit: 'pp' }],
  ['up 17 points', '17 points', { kind: 'points', value: 17, unit: 'pp' }],
  ['up 17 pct', '17 pct', { kind: 'percent', value: 17, unit: '%' }],
  ['up 17 per cent', '17 per cent', { kind: 'percent', value: 17, unit: '%' }],
  ['up 17 percent', '17 percent', { kind: 'percent', value: 17, unit: '%' }],
  // 3. "X% to Y" is two figures; genuine ranges stay ranges
  ['sales fell 81% to 2.1 million', '81%', { kind: 'percent', value: 81, unit: '%' }],
  ['sales fell 81% to 2.1 million', '2.1 million', { kind: 'number', value: 2.1e6 }],
  ['17 to 25 named storms', '17 to 25', { kind: 'number', value: 17, high: 25 }],
  ['rose 17%-25%', '17%-25%', { kind: 'percent', value: 17, high: 25 }],
  ['$3-5 billion', '$3-5 billion', { kind: 'money', value: 3e9, high: 5e9, unit: 'USD' }],
  ['$3 billion to $5 billion', '$3 billion to $5 billion', { kind: 'money', value: 3e9, high: 5e9 }],
  ['4 to 8 percent', '4 to 8 percent', { kind: 'percent', value: 4, high: 8 }],
  // times of day: minutes since midnight; "8:15" alone may be either half of the day
  ['She will be home at 8:15 pm.', '8:15 pm', { kind: 'time', value: 20 * 60 + 15 }],
  ['at 20:57 BST on Wednesday', '20:57 BST', { kind: 'time', value: 20 * 60 + 57 }],
  ['meet at 10am', '10am', { kind: 'time', value: 600 }],
  ['by 3 p.m. local time', '3 p.m. local time', { kind: 'time', value: 900 }],
  ['shares closed at 1400 GMT', '1400 GMT', { kind: 'time', value: 840 }],
  ['at 8.15pm', '8.15pm', { kind: 'time', value: 20 * 60 + 15 }],
  ['the 9:30 train', '9:30', { kind: 'time', value: 570, unit: 'clock12' }],
  ['at 12 am', '12 am', { kind: 'time', value: 0 }],
  ['rose 8.15 pct', '8.15 pct', { kind: 'percent', value: 8.15 }],
  // spreads over a benchmark are points; the rate a level came from takes its unit; amounts carry their currency
  ['to 7/8 pct over Libor from 1-1/8 pct', '7/8 pct', { kind: 'points', value: 0.875, unit: 'pp' }],
  ['to 7/8 pct over Libor from 1-1/8 pct', '1-1/8 pct', { kind: 'points', value: 1.125, unit: 'pp' }],
  ['to 7/8 percentage point over Libor from 1 1/8', '1 1/8', { kind: 'points', value: 1.125, unit: 'pp' }],
  ['rose to 14% from 13 in the year', '13', { kind: 'percent', value: 13, unit: '%' }],
  ['rose 5% from 2,000 stores', '2,000', { kind: 'number', value: 2000 }],
  ['agreed at 1.35 billion dlrs instead of 3.335 billion', '3.335 billion', { kind: 'money', value: 3.335e9, unit: 'USD' }],
  ['about 6.3 billion sterling, 1.5 billion of which have been used', '1.5 billion', { kind: 'money', value: 1.5e9, unit: 'GBP' }],
  ['a season total of 5.93 mln against 5.81 a year ago', '5.81', { kind: 'number', value: 5.81e6 }],
  ['profit 5.2 mln dlrs vs 4.1', '4.1', { kind: 'money', value: 4.1e6, unit: 'USD' }],
  ['5 mln shares against 90 a year ago', '90', { kind: 'number', value: 90 }],
  ['64.7 mln acres of corn, 12 million fewer than in 1986', '12 million', { kind: 'quantity', value: 12e6 * 4046.8564224, unit: 'm2' }],
  ['pushed the debt up to 50.99 billion ringgit, from 1985\'s 42.3 billion', '42.3 billion', { kind: 'money', value: 42.3e9, unit: 'MYR' }],
  ['a 3.51 billion H.K. dlr deficit', '3.51 billion H.K. dlr', { kind: 'money', value: 3.51e9, unit: 'HKD' }],
  // a wire results table: amounts after a money label, and after "vs" on the same line, are money
  ['Net loss 330,613 vs profit Revs 2,170,628 vs 614,511 Year Shr loss one ct', '2,170,628', { kind: 'money', value: 2170628, unit: 'USD' }],
  ['Net loss 330,613 vs profit Revs 2,170,628 vs 614,511 Year Shr loss one ct', '614,511', { kind: 'money', value: 614511, unit: 'USD' }],
  ['Revs 8,963,097 vs 12.6 mln Year Shr loss 2.93 dlrs', '12.6 mln', { kind: 'money', value: 12.6e6, unit: 'USD' }],
  ['Net 10.1 mln vs 11.4 mln Avg shrs 17.4 mln vs 17.1 mln', '17.4 mln', { kind: 'number', value: 17.4e6 }],
  ['Shr loss one ct vs profit nine cts', 'one ct', { kind: 'money', value: 0.01, unit: 'USD' }],
  ['Sales rose to 5,000 units', '5,000', { kind: 'number', value: 5000 }],
  // dates listed before one year share it
  ['bombings in March and October 2024', 'March', { kind: 'date', date: { year: 2024, month: 3 } }],
  ['on March 5 and October 7, 2024', 'March 5', { kind: 'date', date: { year: 2024, month: 3, day: 5 } }],
  // 4. scores
  ['Bayern beat Dortmund 2-0 on Saturday.', '2-0', { kind: 'score', value: 2, high: 0 }],
  ['a 1-0 victory', '1-0', { kind: 'score', value: 1, high: 0 }],
  ['They won 3-1.', '3-1', { kind: 'score', value: 3, high: 1 }],
  ['They drew 2-2 with Leeds.', '2-2', { kind: 'score', value: 2, high: 2 }],
  ['Nadal won 6-4 3-6 6-3 in Miami.', '6-4', { kind: 'score', value: 6, high: 4 }],
  ['Nadal won 6-4 3-6 6-3 in Miami.', '3-6', { kind: 'score', value: 3, high: 6 }],
  ['Murray won 7-6 (7-4) 6-2.', '7-6', { kind: 'score', value: 7, high: 6 }],
  ['Arsenal 2-1 Chelsea', '2-1', { kind: 'score', value: 2, high: 1 }],
  ['delays of 5-7 days', '5-7 days', { kind: 'duration', value: 5, high: 7 }],
  ['the 2019-20 season', '2019-20', { kind: 'year', value: 2019, high: 2020 }],
  ['they won 5-7 seats', '5-7', { kind: 'number', value: 5, high: 7 }],
  ['his 5-7 record', '5-7', { kind: 'number', value: 5, high: 7 }],
  // 5. decades
  ['in the 1920s', '1920s', { kind: 'year', value: 1920, high: 1929, date: { year: 1920 } }],
  ['since the 1990s', '1990s', { kind: 'year', value: 1990, high: 1999 }],
  ["back in the '90s", "'90s", { kind: 'year', value: 1990, high: 1999 }],
  ['in the 1800s', '1800s', { kind: 'year', value: 1800, high: 1899 }],
  // 6. ages
  ['a 92-year-old man', '92-year-old', { kind: 'age', value: 92, unit: 'year' }],
  ['a man aged 92', '92', { kind: 'age', value: 92, unit: 'year' }],
  ['at age 92', '92', { kind: 'age', value: 92 }],
  ['he is 92 years old', '92 years old', { kind: 'age', value: 92 }],
  ['a six-month-old baby', 'six-month-old', { kind: 'age', value: 0.5 }],
  ['a 15-year affair', '15-year', { kind: 'duration', value: 15 * 365.25 }],
  // 7. multiples
  ['sales doubled', 'doubled', { kind: 'multiple', value: 2 }],
  ['twice as many', 'twice', { kind: 'multiple', value: 2 }],
  ['plans to double the fleet', 'double', { kind: 'multiple', value: 2 }],
  ['output tripled', 'tripled', { kind: 'multiple', value: 3 }],
  ['three times as large', 'three times', { kind: 'multiple', value: 3 }],
  ['2.5 times more', '2.5 times', { kind: 'multiple', value: 2.5 }],
  ['costs halved', 'halved', { kind: 'multiple', value: 0.5 }],
  ['prices quadrupled', 'quadrupled', { kind: 'multiple', value: 4 }],
  ['a threefold rise', 'threefold', { kind: 'multiple', value: 3 }],
  ['a 10-fold rise', '10-fold', { kind: 'multiple', value: 10 }],
  // 8. dates, weekdays and holidays
  ['on April 7', 'April 7', { kind: 'date', date: { month: 4, day: 7 } }],
  ['on Monday', 'Monday', { kind: 'date', date: { weekday: 1 } }],
  ["Tuesday's vote", 'Tuesday', { kind: 'date', date: { weekday: 2 } }],
  ['Police said on Sunday 15 people died.', '15', { kind: 'number', value: 15 }],
  ['Monday, April 7, 2025', 'Monday, April 7, 2025', { kind: 'date', date: { year: 2025, month: 4, day: 7, weekday: 1 } }],
  ['on Christmas Day', 'Christmas Day', { kind: 'date', date: { month: 12, day: 25 } }],
  ['on Christmas Eve', 'Christmas Eve', { kind: 'date', date: { month: 12, day: 24 } }],
  ["on New Year's Day", "New Year's Day", { kind: 'date', date: { month: 1, day: 1 } }],
  ["on New Year's Eve 2019", "New Year's Eve 2019", { kind: 'date', date: { year: 2019, month: 12, day: 31 } }],
  ['on Independence Day', 'Independence Day', { kind: 'date', date: { month: 7, day: 4 } }],
  ['on July Fourth', 'July Fourth', { kind: 'date', date: { month: 7, day: 4 } }],
  ['on the Fourth of July', 'Fourth of July', { kind: 'date', date: { month: 7, day: 4 } }],
  ['on Halloween', 'Halloween', { kind: 'date', date: { month: 10, day: 31 } }],
  ["on Valentine's Day", "Valentine's Day", { kind: 'date', date: { month: 2, day: 14 } }],
  // 9. relative dates
  ['yesterday', 'yesterday', { kind: 'date', relative: { unit: 'day', offset: -1 } }],
  ['Today, he said', 'Today', { kind: 'date', relative: { unit: 'day', offset: 0 } }],
  ['last year', 'last year', { kind: 'year', relative: { unit: 'year', offset: -1 } }],
  ['this year', 'this year', { kind: 'year', relative: { unit: 'year', offset: 0 } }],
  ['next year', 'next year', { kind: 'year', relative: { unit: 'year', offset: 1 } }],
  ['last month', 'last month', { kind: 'date', relative: { unit: 'month', offset: -1 } }],
  ['last week', 'last week', { kind: 'date', relative: { unit: 'week', offset: -1 } }],
  // 10. wire notation
  ['233 mln dlrs', '233 mln dlrs', { kind: 'money', value: 2.33e8, unit: 'USD' }],
  ['96 pct', '96 pct', { kind: 'percent', value: 96, unit: '%' }],
  ['1.5 billion dlrs', '1.5 billion dlrs', { kind: 'money', value: 1.5e9, unit: 'USD' }],
  ['40 mln stg', '40 mln stg', { kind: 'money', value: 4e7, unit: 'GBP' }],
  ['300 billion yen', '300 billion yen', { kind: 'money', value: 3e11, unit: 'JPY' }],
];

test('figure forms: kind, value, high and unit', () => {
  for (const [text, want, fields] of FORMS) {
    const f = assertFigure(text, want, fields);
    if (fields.relative) assert.equal(f.date, undefined, `${text}: a relative date has no absolute date`);
  }
});

/** Text that must yield no figure. */
const NONE = [
  'in the latter half of the year', 'the other half', 'at half-time', 'a year and a half later',
  'Black Friday sales', 'the Sunday Times reported', 'he doubled down', 'Cyber Monday deals', 'USA Today reported', 'over the last year',
  'a double murder', 'mixed doubles', "Pakistan's Independence Day", 'in their 20s', '24/7 service', 'the 9/11 attacks',
];

test('figure forms: look-alikes that are no figure', () => {
  for (const text of NONE) assert.deepEqual(extractFigures(text).map((f) => f.text), [], text);
});

/** [a, b, expected comparison]; a text or [text, figure text]. */
type Side = string | [string, string];
const PAIRS: [Side, Side, 'same' | 'different' | 'incomparable'][] = [
  ['half of them', '50%', 'same'],
  ['half of them', 'a ratio of 0.5', 'same'],
  ['half of them', '49%', 'different'],
  ['a third of them', '33.3%', 'same'],
  ['a third of them', '33%', 'same'],
  ['a third of them', '40%', 'different'],
  ['three quarters', 'three-quarters', 'same'],
  ['three-quarters', '75 percent', 'same'],
  ['two-thirds of voters', '67%', 'same'],
  ['one and a half', '1.5', 'same'],
  ['7/8 of them', '87.5%', 'same'],
  ['half of them', '50 people', 'incomparable'],
  ['half of them', 'half of them', 'same'],
  ['half of them', 'a third of them', 'different'],
  ['$31.875', '31 and 7/8 dlrs', 'same'],
  ['$31.875', '31-7/8 dlrs', 'same'],
  ['31 and 7/8 dlrs', '31 7/8 dlrs', 'same'],
  ['$31.75', '31 and 7/8 dlrs', 'different'],
  ['17 percentage points', '17 pct points', 'same'],
  ['17 percentage points', '17 pct', 'different'], // the same number in another unit: the common slip
  ['17 percentage points', '12 pct', 'incomparable'],
  ['17 pct', '17 per cent', 'same'],
  ['17 percent', '17%', 'same'],
  ['$3-5 billion', '$3 billion to $5 billion', 'same'],
  ['won 2-0', 'a 1-0 victory', 'different'],
  ['won 2-0', 'beat them 2-0', 'same'],
  ['lost 0-2 to them', 'beat them 2-0', 'same'],
  ['won 2-0', '2 to 0', 'incomparable'],
  ['won 2-0', 'a 2-0 home win', 'same'],
  [['in the 1920s', '1920s'], 'in 1925', 'same'],
  [['in the 1920s', '1920s'], 'in 1935', 'different'],
  [["the '20s", "'20s"], ['in the 1920s', '1920s'], 'same'],
  ['a 92-year-old man', 'aged 93', 'different'],
  ['a 92-year-old man', '92 years old', 'same'],
  ['a 92-year-old man', 'aged 92', 'same'],
  ['a 92-year-old man', 'a 92-year affair', 'incomparable'],
  ['doubled', 'twice', 'same'],
  ['doubled', 'tripled', 'different'],
  ['three times as many', 'tripled', 'same'],
  ['halved', 'half of them', 'incomparable'],
  ['doubled', '2 people', 'incomparable'],
  ['at 8:15 pm', 'at 20:15', 'same'],
  ['at 8:15 pm', 'at 8:15', 'same'],
  ['at 8:15 pm', 'at 8:45 pm', 'different'],
  ['at 10am', 'at 10 pm', 'different'],
  ['at 1400 GMT', 'at 2 pm GMT', 'same'],
  ['at 1400 GMT', 'at 2 pm EST', 'incomparable'],
  [['about 8pm', '8pm'], 'at 7:50 pm', 'same'],
  ['at 8pm', 'at 7:50 pm', 'different'],
  ['at 8pm', '8 people', 'incomparable'],
  // plain dollars are the writer's country's; named dollars of two countries do not compare
  [['a 3.51 billion H.K. dlr deficit', '3.51 billion H.K. dlr'], 'a HK$3.51 billion deficit', 'same'],
  ['imports rose to 24.12 billion dlrs', 'imports rose to HK$24.12 billion', 'same'],
  ['imports rose to US$24.12 billion', 'imports rose to HK$24.12 billion', 'incomparable'],
  ['C$5 million', 'A$5 million', 'incomparable'],
  ['C$5 million', '$6 million', 'different'],
  [['Revs 266.2 mln vs 194.6 mln', '266.2 mln'], 'revenue of $266.2 million', 'same'],
  [['Revs 266.2 mln vs 194.6 mln', '266.2 mln'], 'revenue of 266.2 million', 'same'],
  [['Revs 266.2 mln vs 194.6 mln', '266.2 mln'], 'revenue of $262.2 million', 'different'],
  ['April 7', 'April 6', 'different'],
  ['April 7', 'April 7, 2025', 'same'],
  ['on Monday', 'on Tuesday', 'different'],
  ['on Monday', 'on Monday', 'same'],
  ['on Monday', 'April 7, 2025', 'same'],
  ['on Tuesday', 'April 7, 2025', 'different'],
  ['on Monday', 'April 7', 'incomparable'],
  ['on Monday', 'in 2025', 'incomparable'],
  ['Christmas Day', 'December 25, 2019', 'same'],
  ['Christmas Eve', 'December 25', 'different'],
  ["New Year's Day", 'Jan. 1', 'same'],
  ['July Fourth', 'Independence Day', 'same'],
  ['last year', 'in 2018', 'incomparable'],
  ['yesterday', 'yesterday', 'incomparable'],
  ['233 mln dlrs', '$233 million', 'same'],
  ['96 pct', '96%', 'same'],
  ['1.5 billion dlrs', '$1.5 billion', 'same'],
  ['40 mln stg', '£40 million', 'same'],
  ['300 billion yen', '¥300 billion', 'same'],
];

const side = (s: Side) => (typeof s === 'string' ? pick(s) : pick(s[0], s[1]));

test('figure forms: comparisons', () => {
  for (const [a, b, want] of PAIRS) {
    const x = side(a);
    const y = side(b);
    assertComparison(x, y, want);
  }
});

test('figure forms: keys of the new kinds', () => {
  for (const [text, key] of [['half of them', 'fraction'], ['won 2-0', 'score'], ['aged 92', 'age'], ['doubled', 'multiple']]) {
    assert.equal(figureKey(pick(text)), key, text);
  }
});

/** [text, reference date, expected kind/value/date/high of the resolved figure]. */
const RESOLVED: [string, { year: number; month?: number; day?: number }, Want][] = [
  ['last year', { year: 2019, month: 5, day: 2 }, { kind: 'year', value: 2018, date: { year: 2018 } }],
  ['next year', { year: 2019 }, { kind: 'year', value: 2020, date: { year: 2020 } }],
  ['last month', { year: 2019, month: 1, day: 2 }, { kind: 'date', date: { year: 2018, month: 12 } }],
  ['yesterday', { year: 2019, month: 3, day: 1 }, { kind: 'date', date: { year: 2019, month: 2, day: 28, weekday: 4 } }],
  ['today', { year: 2025, month: 4, day: 7 }, { kind: 'date', value: 20250407 }],
  ['last week', { year: 2025, month: 4, day: 17 }, { kind: 'date', value: 20250407, high: 20250413 }],
];

test('figure forms: resolveRelative anchors relative dates', () => {
  for (const [text, ref, fields] of RESOLVED) {
    const f = resolveRelative(pick(text), ref);
    assert.equal(f.relative, undefined, text);
    for (const [k, v] of Object.entries(fields)) assert.deepEqual((f as unknown as Record<string, unknown>)[k], v, `${text}: ${k}`);
  }
  const last = resolveRelative(pick('last year'), { year: 2019, month: 5, day: 2 });
  assert.equal(compareFigures(last, pick('in 2018')), 'same');
  assert.equal(compareFigures(last, pick('in 2019')), 'different');
  const monthOnly = pick('last month');
  assert.equal(resolveRelative(monthOnly, { year: 2019 }), monthOnly, 'a month needs the reference month');
  const plain = pick('in 2018');
  assert.equal(resolveRelative(plain, { year: 2019 }), plain);
});
