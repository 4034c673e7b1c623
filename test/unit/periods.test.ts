/**
 * Reporting periods: a figure about one quarter is neither verified by nor a mis-statement
 * of the same measure for another period of the same report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { otherReportingPeriod, periodAt, periodMentions } from '../../server/src/core/verdict/periods.ts';
import { memoryFs } from '../helpers/memory-fs.ts';
import { engineOn } from '../helpers/engine.ts';

test('periodMentions reads quarters, halves, nine months and years, not "a year earlier"', () => {
  const kinds = (t: string) => periodMentions(t).map((m) => `${m.kind}${m.n ?? ''}`);
  assert.deepEqual(kinds('For the third quarter, net rose; in the nine months it fell'), ['quarter3', 'nine-months']);
  assert.deepEqual(kinds('q1 adjusted earnings; sees fy 2022 revenue; first-half sales; Six mths'), ['quarter1', 'year', 'half1', 'half']);
  assert.deepEqual(kinds('compared with 38 cents a year earlier, in the year-earlier period'), []);
  assert.deepEqual(kinds('Year'), ['year']);
  // A value "for 2021" is the year's, and "for 2021 Q3" a quarter.
  assert.deepEqual(kinds('we expect organic growth of 9% to 11% for 2021'), ['year']);
  assert.deepEqual(kinds('guidance for 2021 Q3 revenue'), ['quarter3']);
});

test('"in 2021" is the year of a value named after it, only a time after a value', () => {
  const at = (text: string, fig: string) => periodAt(text, text.indexOf(fig), text.indexOf(fig) + fig.length)?.kind;
  const rows: [string, string, string | undefined][] = [
    ['$0.75 per share in 2021', '$0.75', undefined],
    ['Based on results through the first half of the year, we now expect core net operating earnings in 2021 to be in the range of $8.40 to $9.20.', '$8.40 to $9.20', 'year'],
    ['In the first half, net sales were $4.1 billion.', '$4.1 billion', 'half'],
    ["revenue in 2021's third quarter was $5 million", '$5 million', 'quarter'],
  ];
  for (const [text, fig, want] of rows) assert.equal(at(text, fig), want, text);
});

test('a period after "and" is the next figure\'s: "full year ... $2.05 to $2.10 and Q4 ... $0.38 to $0.43"', () => {
  const text = 'We now expect full year adjusted diluted earnings per share in the range of $2.05 to $2.10 and Q4 adjusted diluted earnings per share of $0.38 to $0.43.';
  const at = (fig: string) => periodAt(text, text.indexOf(fig), text.indexOf(fig) + fig.length);
  assert.equal(at('$2.05 to $2.10')?.kind, 'year');
  assert.equal(at('$0.38 to $0.43')?.n, 4);
});

test('a value "for" a year is the year\'s, though a quarter is named before it in another clause', () => {
  const text = 'With constraints in Q3 continuing into Q4, we now expect organic revenue growth of 9% to 11% for 2021.';
  const fig = '9% to 11%';
  assert.equal(periodAt(text, text.indexOf(fig), text.indexOf(fig) + fig.length)?.kind, 'year');
});

test('periodAt: a period right after the figure in its clause, else the nearest before it', () => {
  const text = 'For the fourth quarter, net was 213,000, and the loss was 11 cents in the year, against 38 cents.';
  const at = (fig: string) => periodAt(text, text.indexOf(fig), text.indexOf(fig) + fig.length)?.kind;
  assert.equal(at('213,000'), 'quarter');
  assert.equal(at('11 cents'), 'year');
  assert.equal(at('38 cents'), 'year');
  assert.equal(otherReportingPeriod({ kind: 'quarter', n: 3, start: 0, end: 0 }, { kind: 'quarter', start: 0, end: 0 }), false);
  assert.equal(otherReportingPeriod({ kind: 'quarter', n: 3, start: 0, end: 0 }, { kind: 'quarter', n: 4, start: 0, end: 0 }), true);
  assert.equal(otherReportingPeriod({ kind: 'quarter', start: 0, end: 0 }, { kind: 'nine-months', start: 0, end: 0 }), true);
  // Only another span: the draft's value stated for another quarter is the value (the quarter is then in question).
  assert.equal(otherReportingPeriod({ kind: 'quarter', n: 3, start: 0, end: 0 }, { kind: 'quarter', n: 4, start: 0, end: 0 }, true), false);
  assert.equal(otherReportingPeriod({ kind: 'quarter', n: 3, start: 0, end: 0 }, { kind: 'nine-months', start: 0, end: 0 }, true), true);
});

const TABLE = [
  'DALLAS CORP <DLS> 3RD QTR NET', '', 'DALLAS, Oct 19 - Shr 30 cts vs 12 cts',
  '    Net 2,191,000 vs 852,000', '    Sales 106.6 mln vs 102.9 mln', '    Nine mths',
  '    Shr 44 cts vs 40 cts', '    Net 3,236,000 vs 2,919,000', '    Sales 297.9 mln vs 297.9 mln', '',
].join('\n');

test('a table section heading gives its lines their period: the nine months\' net does not verify the quarter\'s', async () => {
  const e = await engineOn({ 'dallas.txt': TABLE });
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.equal(verdict('Dallas Corp said net income was 2,191,000 in the third quarter [@dallas].\n', '2,191,000'), 'verified');
  assert.notEqual(verdict('Dallas Corp said net income was 3,236,000 in the third quarter [@dallas].\n', '3,236,000'), 'verified');
  assert.equal(verdict('Dallas Corp said net income was 3,236,000 in the nine months [@dallas].\n', '3,236,000'), 'verified');
});

test('a year a source compares against is not the year its figures are for', async () => {
  const { comparisonBase, reportedYears, yearsOf } = await import('../../server/src/core/align/figure-analysis.ts');
  const s = 'EBITDA is expected to be $840 million to $855 million, compared to full-year 2020 EBITDA of $715 million.';
  assert.equal(comparisonBase(s, s.indexOf('2020')), true);
  assert.deepEqual([...reportedYears(s)], []);
  assert.deepEqual([...yearsOf(s)], [2020]);
  const d = 'Revenue rose from $2 billion to $3 billion in 2021.';
  assert.equal(comparisonBase(d, d.indexOf('2021')), false);
  const outlook = [
    'Turning to our outlook for full-year 2021.',
    'Adjusted EBITDA is expected to be in the range of $840 million to $855 million, an increase of 18%, compared to full-year 2020 adjusted EBITDA of $715 million.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': outlook });
  const year = e.check('Full year 2021 adjusted EBITDA is expected to be in the range of $840 million to $855 million [@call].\n').figures.find((f) => f.text === '2021');
  assert.equal(year?.verdict, 'verified', JSON.stringify(year));
});

test('a bound right before a value ("more than 15,000", "below $80") is no comparison base; a year after it is', async () => {
  const { comparisonBase } = await import('../../server/src/core/align/figure-analysis.ts');
  const rows: [string, string, boolean][] = [
    ['The division counts more than 15,000 soldiers.', '15,000', false],
    ['Brent fell below $80 a barrel.', '$80', false],
    ['It has over 200 stores.', '200', false],
    ['Output is 8% below 2024.', '2024', true],
    ['Sales were up 20% over 2019.', '2019', true],
    ['Sales were $5 million versus $4 million.', '$4', true],
    ['Shares were higher than $5 a year ago.', '$5', true],
  ];
  for (const [text, fig, base] of rows) assert.equal(comparisonBase(text, text.indexOf(fig)), base, text);
  const source = 'Formed back in 2017, the division consists of over 15,000 troops trained for the task.\n';
  const e = await engineOn({ 'ssd.txt': source });
  const year = e.check('The division, created in 2015, counts more than 15,000 troops [@ssd].\n').figures.find((f) => f.text === '2015');
  assert.equal(year?.verdict, 'contradicted', JSON.stringify(year));
});

test('a result\'s quarter is checked against the quarter of the passage that states it', async () => {
  const call = [
    'Good morning and welcome to our first quarter call.',
    'Driven by the strength in operating income, first-quarter earnings per share grew 48% to $2.87.',
    'Higher operating income led to higher adjusted earnings per share compared to the same period last year.',
    'Looking ahead to the second quarter, we expect sales of about $4.3 billion.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const quarter = (draft: string) => e.check(draft).figures.find((f) => /^q\d$/.test(f.text))?.verdict;
  assert.equal(quarter('- q1 adjusted earnings per share $2.87.\n'), 'verified');
  assert.equal(quarter('- q2 adjusted earnings per share $2.87.\n'), 'contradicted');
});

test('a period after "versus" belongs to the value compared with, not to the figure before it', () => {
  const text = 'Earnings per share of $0.26 versus $0.23 in Q3.';
  const at = (fig: string) => periodAt(text, text.indexOf(fig), text.indexOf(fig) + fig.length);
  assert.equal(at('$0.26'), undefined);
  assert.equal(at('$0.23')?.n, 3);
});

test('a quarter is checked against the quarter the source reports on when the passage stating the result names none', async () => {
  const call = [
    'Welcome to our fourth quarter call.',
    'EPS was $0.26 for the quarter, adjusted earnings per share was $0.28 for the quarter.',
    'Earnings per share of $0.26 versus $0.23 in Q3.',
    'Sales in the fourth quarter rose, and fourth quarter margins widened.',
    'For the first quarter, we expect revenue of $700 million.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const quarter = (draft: string) => e.check(draft).figures.find((f) => /^q\d$/.test(f.text))?.verdict;
  assert.equal(quarter('- q4 earnings per share $0.26.\n'), 'verified');
  assert.equal(quarter('- q3 earnings per share $0.26.\n'), 'contradicted');
  assert.equal(quarter('- sees q1 revenue of $700 million.\n'), 'verified');
  // A result the source does not state: its quarter is still the one the source reports on.
  const second = (draft: string) => e.check(draft).figures.filter((f) => /^q\d$/.test(f.text))[1]?.verdict;
  assert.equal(second('- q4 earnings per share $0.26.\n- q4 non-gaap earnings per share $0.42.\n'), 'verified');
  assert.equal(second('- q4 earnings per share $0.26.\n- q3 non-gaap earnings per share $0.42.\n'), 'contradicted');
});

test('a quarter is not contradicted by the outlook of another quarter that gives its own value', async () => {
  const call = [
    'Operating margin was 15.4%, and non-GAAP earnings per share of $0.43 were above expectations.',
    'Our customers renewed at record rates, and cloud revenue grew strongly.',
    'Our teams executed well across every region during the period.',
    'For the fourth quarter, we expect non-GAAP earnings per diluted share to be in the range of $0.25 to $0.29.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const quarter = (draft: string) => e.check(draft).figures.find((f) => /^q\d$/.test(f.text))?.verdict;
  assert.notEqual(quarter('- q3 non-gaap earnings per share $0.43.\n'), 'contradicted');
  // The outlook's own value beside it: that quarter is the passage's fact.
  assert.equal(quarter('- sees q3 non-gaap earnings per share $0.25 to $0.29.\n'), 'contradicted');
});

test('a year is checked against the year the passage stating the sentence\'s value reports on', async () => {
  const call = [
    'For 2021, we now expect adjusted diluted earnings per share of $2.40 to $2.43.',
    'We will give our 2022 outlook in February, and the 2022 Farm Bill is pending.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const year = (draft: string) => e.check(draft).figures.find((f) => /^20\d\d$/.test(f.text))?.verdict;
  assert.equal(year('- sees 2021 adjusted diluted earnings per share of $2.40 to $2.43.\n'), 'verified');
  assert.equal(year('- sees 2022 adjusted diluted earnings per share of $2.40 to $2.43.\n'), 'contradicted');
});

test('passagePeriod: a source sentence naming no year continues the one before it, if that one names years', async () => {
  const { loadIndex } = await import('../../server/src/core/loader.ts');
  const { passagePeriod } = await import('../../server/src/core/align/figure-analysis.ts');
  const files = {
    'src/a.md': 'For the year that ended September 30, 2015, the agency filed a record 807 actions. Of these 807 actions, 507 were new.\n\nThe agency said more would follow. Its staff grew.\n',
  };
  const { index } = await loadIndex(memoryFs(files), '/w', { ...DEFAULT_CONFIG, corpus: ['src'] }, undefined);
  const sids = [0, 1, 2, 3].filter((sid) => index.sentence(sid)?.doc);
  const byText = (start: string) => sids.find((sid) => index.sentence(sid).text.startsWith(start)) as number;
  assert.deepEqual([...passagePeriod(index, byText('Of these'))], [2015]);
  assert.deepEqual([...passagePeriod(index, byText('For the year'))], [2015]);
  // Two sentences on, with none naming a year in between: the sentence's own period (none: the source has no date).
  assert.deepEqual([...passagePeriod(index, byText('Its staff'))], []);
});

test('a value a close passage gives for the year neither verifies nor contradicts the quarter\'s', async () => {
  const call = [
    'Fourth quarter net income was $189.8 million, or $2.70 per diluted share.',
    'Net income for the year was $732 million or $15.31 per diluted common share.',
    '',
  ].join('\n');
  const e = await engineOn({ 'call.txt': call });
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.notEqual(verdict('- fourth quarter net income of $189.8 million, or $15.31 per diluted share.\n', '$15.31'), 'verified');
  assert.equal(verdict('- net income for the year of $732 million, or $15.31 per diluted share.\n', '$15.31'), 'verified');
});
