import assert from 'node:assert/strict';
import test from 'node:test';
import { compareFigures, extractFigures } from '../../server/src/core/figures/index.ts';
import { otherChangeRole } from '../../server/src/core/verdict/change-role.ts';
import { consistentWith, totalOfSentence } from '../../server/src/core/verdict/derive.ts';
import { asConversion, convertsPrevious } from '../../server/src/core/verdict/conversions.ts';

/** The first figure of `text` whose text is `value`. */
function at(text: string, value: string) {
  const f = extractFigures(text).find((x) => x.text === value);
  assert.ok(f, `${value} in ${text}`);
  return f;
}

/** [draft, source, value, other quantity?] */
const ROLES: [string, string, string, boolean][] = [
  ['The number of GPs has decreased by 23%.', 'The fact that 23% of GPs were aged 55 or over.', '23%', true],
  ['Shares fell more than 20% after the results.', 'The user base increased by more than 20% year-on-year.', '20%', true],
  ['Sales rose 5% in the year.', 'Sales were up 5% on the year before.', '5%', false],
  ['The counties shed an average of 0.02% of their population.', 'The change narrowed to a loss of 0.02% from a loss of 0.09%.', '0.02%', false],
  ['Unemployment fell to 5% in May.', 'Some 5% of workers were unemployed in May.', '5%', false],
  ['About 23% of GPs are over 55.', 'Almost 23% of GPs are aged over 55.', '23%', false],
];

test('change roles: a rise against a fall, a change against a share', () => {
  for (const [draft, source, value, expected] of ROLES) {
    assert.equal(otherChangeRole(draft, at(draft, value), source, at(source, value)), expected, `${draft} / ${source}`);
  }
});

/** [draft, draft figure, source sentence, paired source figure, a total?] */
const TOTALS: [string, string, string, string, boolean][] = [
  ['More than 30 police officers and staff are being investigated.', '30', 'Notices went to 26 serving officers and seven police staff.', 'seven', true],
  ['The bank set aside £560m to settle claims over mortgage bonds and foreign exchange rates.', '£560m',
    'Barclays provided £270m to settle claims over mortgage bonds and £290m over foreign exchange rates.', '£290m', true],
  // A total names its parts: no "and" after the draft's figure.
  ['The firm expects at least $400 million of savings.', '$400 million', 'Savings of $125 million and $350 million.', '$125 million', false],
  // Small counts: two of several values are no total ("four storms (two and two)").
  ['Six named storms and hurricanes have formed.', 'Six', 'The four named storms (two tropical storms and two hurricanes) have formed.', 'four', false],
];

test('totals of one sentence\'s values', () => {
  for (const [draft, dv, source, sv, expected] of TOTALS) {
    const stated = extractFigures(source);
    assert.equal(totalOfSentence(at(draft, dv), at(source, sv), stated, draft) !== undefined, expected, draft);
  }
});

test('bounds: a count in words is rounded like digits, a rank is no bound', () => {
  assert.equal(consistentWith(at('the lowest in more than three years', 'three years'), at('a five years low', 'five years')), undefined);
  assert.ok(consistentWith(at('more than half a million cars', 'half a million'), at('some 577,000 cars', '577,000')));
  assert.ok(consistentWith(at('for more than two years', 'two years'), at('for three years', 'three years')));
  // "Nearly" and "almost" approach from below, rounded up: 45,865 is almost 50,000; 51,000 is not.
  assert.ok(consistentWith(at('won almost £50,000 after', '£50,000'), at('his £45,865 windfall', '£45,865')));
  assert.ok(consistentWith(at('nearly 10,000 people', '10,000'), at('some 9,110 residents', '9,110')));
  assert.equal(consistentWith(at('won almost £50,000 after', '£50,000'), at('his £51,000 windfall', '£51,000')), undefined);
  assert.equal(consistentWith(at('moved up to third place', 'third'), at('they were the second club', 'second')), undefined);
});

test('a number after a possessive is a count, unless a name goes on', () => {
  assert.deepEqual(extractFigures("how Scotland's 25 licensing boards deal with it").map((f) => f.text), ['25']);
  assert.deepEqual(extractFigures("Boeing's 787 Dreamliner has flown").map((f) => f.text), []);
  assert.deepEqual(extractFigures("England's 1-0 friendly defeat by Spain").map((f) => [f.text, f.kind]), [['1-0', 'score']]);
  assert.deepEqual(extractFigures('children as young as 11').map((f) => f.kind), ['age']);
  assert.deepEqual(extractFigures('profit improved to 1.6 million pounds from 100,000 pounds').map((f) => [f.kind, f.value]), [['money', 1.6e6], ['money', 1e5]]);
  assert.deepEqual(extractFigures('- sees fy eps from $0.57 to $0.72.').map((f) => [f.text, f.high]), [['$0.57 to $0.72', 0.72]]);
  assert.deepEqual(extractFigures('net income rose from $0.57 to $0.72').map((f) => f.text), ['$0.57', '$0.72']);
  assert.deepEqual(extractFigures('an additional one mln shares, one of them').map((f) => [f.text, f.value]), [['one mln', 1e6]]);
  assert.deepEqual(extractFigures('for 33 consecutive weeks').map((f) => [f.text, f.kind]), [['33 consecutive weeks', 'duration']]);
  assert.deepEqual(extractFigures("England's second one-day international, after a one-day strike").map((f) => f.text), ['one-day']);
});

test('a conversion in parentheses is the writer\'s own', () => {
  const text = 'a $565m (£397m) lawsuit and $20m to £15m';
  const figs = extractFigures(text);
  assert.deepEqual(figs.map((f) => f.text), ['$565m', '£397m', '$20m', '£15m']);
  assert.deepEqual(figs.map((_, i) => convertsPrevious(text, figs, i)), [false, true, false, false]);
  assert.equal(asConversion({ kind: 'unsupported', certain: false }).kind, 'unchecked');
  assert.equal(asConversion({ kind: 'mismatch', certain: false }).kind, 'mismatch');
});

test('"one in five" is a share, compared like a percent; "270 in 2015" and "3 in 10 minutes" are not', () => {
  const share = (t: string) => extractFigures(t).map((f) => [f.text, f.kind, Math.round(f.value * 1000) / 1000]);
  assert.deepEqual(share('One in five adults agreed'), [['One in five', 'fraction', 0.2]]);
  assert.deepEqual(share('four out of 10 adults'), [['four out of 10', 'fraction', 0.4]]);
  assert.deepEqual(share('one in 10,000 people'), [['one in 10,000', 'fraction', 0]]);
  assert.deepEqual(share('up from 270 in 2015').map((x) => x[1]), ['number', 'year']);
  assert.deepEqual(share('he scored 3 in 10 minutes').map((x) => x[1]), ['number', 'duration']);
  const [a] = extractFigures('One in five adults agreed');
  const [b] = extractFigures('Some 20% of adults agreed');
  assert.equal(compareFigures(a, b), 'same');
});
