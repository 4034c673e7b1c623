import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, type Approx, type Figure } from '../../server/src/core/figures/index.ts';
import { normalize } from '../../server/src/core/text/normalize.ts';

/** The figure whose text is `want`, checked for offsets and then for `fields`. */
function fig(text: string, want: string, fields: Partial<Figure> = {}): Figure {
  const all = extractFigures(text);
  const f = all.find((x) => x.text === want);
  assert.ok(f, `no figure "${want}" in ${JSON.stringify(all.map((x) => x.text))}`);
  assert.equal(text.slice(f.start, f.end), want);
  for (const [k, v] of Object.entries(fields)) {
    const actual: unknown = (f as unknown as Record<string, unknown>)[k];
    if (typeof v === 'number') assert.ok(Math.abs((actual as number) - v) < 1e-6 * Math.max(1, Math.abs(v)), `${want}.${k}: ${actual} != ${v}`);
    else assert.deepEqual(actual, v, `${want}.${k}`);
  }
  return f;
}
const texts = (s: string) => extractFigures(s).map((f) => f.text);

test('numbers with separators, decimals and signs', () => {
  const s = 'Output reached 1,234.5 tonnes; 2,600 workers, a ratio of 0.75, about 1.8 of them, and -5 below.';
  fig(s, '2,600', { kind: 'number', value: 2600 });
  fig(s, '0.75', { kind: 'number', value: 0.75, precision: 0.005 });
  fig(s, '1.8', { value: 1.8, approx: 'about' });
  fig(s, '-5', { value: -5 });
  fig(s, '1,234.5 tonnes', { kind: 'quantity', value: 1234500, unit: 'kg' });
});

test('number words, compounds and idioms', () => {
  const s = 'It killed twenty-one people, one hundred and five were hurt, three thousand fled; '
    + 'a dozen homes and half a million acres burned, with a million more at risk and seven billion spent.';
  fig(s, 'twenty-one', { kind: 'number', value: 21 });
  fig(s, 'one hundred and five', { value: 105 });
  fig(s, 'three thousand', { value: 3000 });
  fig(s, 'a dozen', { value: 12 });
  fig(s, 'half a million acres', { kind: 'quantity', value: 500000 * 4046.8564224, unit: 'm2' });
  fig(s, 'a million', { value: 1e6 });
  fig(s, 'seven billion', { value: 7e9 });
  assert.deepEqual(texts('Dozens of people and thousands of troops; tens of thousands fled.'), []);
});

test('counts with a following noun are plain numbers', () => {
  const s = 'A suicide bombing resulted in the deaths of three people, including two Chinese nationals, '
    + 'and left 17 others injured. In 2021, a bus blast killed 13 people, including nine Chinese nationals.';
  fig(s, 'three', { kind: 'number', value: 3 });
  fig(s, 'two', { kind: 'number', value: 2 });
  fig(s, '17', { kind: 'number', value: 17 });
  fig(s, '13', { value: 13 });
  fig(s, 'nine', { value: 9 });
  fig(s, '2021', { kind: 'year', value: 2021 });
});

test('scale words and abbreviations', () => {
  const s = 'Costs of $7bn, $7 bn and 7 billion, revenue of 1.8 billion yen, 3 mln dlrs, 2 bln, '
    + '5 trillion, 10k followers, Rs 2 crore and 3 lakh rupees, 4 tn yen.';
  fig(s, '$7bn', { kind: 'money', value: 7e9, unit: 'USD' });
  fig(s, '$7 bn', { value: 7e9, unit: 'USD' });
  fig(s, '7 billion', { kind: 'number', value: 7e9 });
  fig(s, '1.8 billion yen', { kind: 'money', value: 1.8e9, unit: 'JPY' });
  fig(s, '3 mln dlrs', { value: 3e6, unit: 'USD' });
  fig(s, '2 bln', { value: 2e9 });
  fig(s, '5 trillion', { value: 5e12 });
  fig(s, '10k', { value: 10000 });
  fig(s, 'Rs 2 crore', { kind: 'money', value: 2e7, unit: 'RS' });
  fig(s, '3 lakh rupees', { value: 3e5, unit: 'RS' });
  fig(s, '4 tn yen', { value: 4e12, unit: 'JPY' });
});

test('currencies before and after the number', () => {
  const s = 'Paid US$7,000,000,000, USD 5 million, €3.5bn, EUR 20, £5m, ¥300, Rs. 500, PKR 700 billion, '
    + 'INR 60, 250,000 dlrs, 40 euros, 12 dollars, 9 pounds sterling, 90 cts and 5 million Pakistani rupees.';
  fig(s, 'US$7,000,000,000', { kind: 'money', value: 7e9, unit: 'USD' });
  fig(s, 'USD 5 million', { value: 5e6, unit: 'USD' });
  fig(s, '€3.5bn', { value: 3.5e9, unit: 'EUR' });
  fig(s, 'EUR 20', { value: 20, unit: 'EUR' });
  fig(s, '£5m', { value: 5e6, unit: 'GBP' });
  fig(s, '¥300', { value: 300, unit: 'JPY' });
  fig(s, 'Rs. 500', { value: 500, unit: 'RS' });
  fig(s, 'PKR 700 billion', { value: 7e11, unit: 'PKR' });
  fig(s, 'INR 60', { unit: 'INR' });
  fig(s, '250,000 dlrs', { value: 250000, unit: 'USD' });
  fig(s, '40 euros', { unit: 'EUR' });
  fig(s, '12 dollars', { unit: 'USD' });
  fig(s, '9 pounds sterling', { kind: 'money', unit: 'GBP', value: 9 });
  fig(s, '90 cts', { kind: 'money', unit: 'USD', value: 0.9 });
  fig(s, '5 million Pakistani rupees', { value: 5e6, unit: 'PKR' });
});

test('"pounds" alone is a weight, with £ or "sterling" it is money', () => {
  const s = 'a pickup truck loaded with nearly 220 pounds of explosives worth £300 and 50 pounds sterling';
  fig(s, '220 pounds', { kind: 'quantity', unit: 'kg', value: 220 * 0.45359237, approx: 'nearly' });
  fig(s, '£300', { kind: 'money', unit: 'GBP' });
  fig(s, '50 pounds sterling', { kind: 'money', unit: 'GBP' });
});

test('Reuters style', () => {
  const s = 'The company said net profit rose to 250,000 dlrs from 190,000 dlrs, up 31 pct. '
    + 'Shr 1.10 dlrs vs 95 cts. Net 2,500,000 vs 1,900,000. Revs 12.5 mln vs 10.1 mln.';
  assert.deepEqual(texts(s), ['250,000 dlrs', '190,000 dlrs', '31 pct', '1.10 dlrs', '95 cts',
    '2,500,000', '1,900,000', '12.5 mln', '10.1 mln']);
  fig(s, '31 pct', { kind: 'percent', value: 31, unit: '%' });
  fig(s, '1.10 dlrs', { value: 1.1, precision: 0.005 });
});

test('percentages and percentage points', () => {
  const s = 'Inflation was 5%, or 5 percent, 5 per cent, 5 pct, a 5-percent rise; rates rose 2 percentage points, '
    + '2 pts and 50 basis points.';
  for (const t of ['5%', '5 percent', '5 per cent', '5 pct', '5-percent']) fig(s, t, { kind: 'percent', value: 5, unit: '%' });
  fig(s, '2 percentage points', { kind: 'points', value: 2, unit: 'pp' });
  fig(s, '2 pts', { kind: 'points', value: 2, unit: 'pp' });
  fig(s, '50 basis points', { kind: 'points', value: 0.5, unit: 'pp' });
});

test('ordinals', () => {
  const s = 'The drills marked the eighth between them, in the twenty-first century; he came 8th, '
    + 'she 1st, then 2nd and 3rd, in the second phase.';
  fig(s, 'eighth', { kind: 'ordinal', value: 8 });
  fig(s, 'twenty-first', { kind: 'ordinal', value: 21 });
  fig(s, '8th', { kind: 'ordinal', value: 8 });
  fig(s, '1st', { value: 1 });
  fig(s, '2nd', { value: 2 });
  fig(s, '3rd', { value: 3 });
  fig(s, 'second', { kind: 'ordinal', value: 2 });
  assert.deepEqual(texts('At first, it was first of all a second-rate plan.'), []);
});

test('ranges distribute scale and unit to both ends', () => {
  const s = 'between 4 and 8 people, 4 to 8 percent, 4-8 units, $4-$8 billion, $4 to 8 billion, 3 to 5 days, '
    + 'between 2015 and 2020, the 2019-20 budget, 900,000 to 1.2 million';
  fig(s, 'between 4 and 8', { kind: 'number', value: 4, high: 8 });
  fig(s, '4 to 8 percent', { kind: 'percent', value: 4, high: 8, unit: '%' });
  fig(s, '4-8', { value: 4, high: 8 });
  fig(s, '$4-$8 billion', { kind: 'money', value: 4e9, high: 8e9, unit: 'USD' });
  fig(s, '$4 to 8 billion', { value: 4e9, high: 8e9, unit: 'USD' });
  fig(s, '3 to 5 days', { kind: 'duration', value: 3, high: 5 });
  fig(s, 'between 2015 and 2020', { kind: 'year', value: 2015, high: 2020 });
  fig(s, '2019-20', { kind: 'year', value: 2019, high: 2020 });
  fig(s, '900,000 to 1.2 million', { value: 900000, high: 1.2e6 });
});

test('ranges in earnings notation: named ranges, a unit written with both ends', () => {
  const rows: [string, string, number, number][] = [
    ['we expect revenue to range from $1.64 billion to $1.66 billion.', '$1.64 billion to $1.66 billion', 1.64e9, 1.66e9],
    ['revenue ranging from $775 million to $790 million versus 2020', '$775 million to $790 million', 775e6, 790e6],
    ['adjusted DEPS guidance to be in the range of $14.35 and $14.75.', '$14.35 and $14.75', 14.35, 14.75],
    ['core FFO per share range of $1.44 per share to $1.46 per share.', '$1.44 per share to $1.46', 1.44, 1.46],
    ['guidance in the range of $2.25 per diluted share to $2.45 per diluted share', '$2.25 per diluted share to $2.45', 2.25, 2.45],
  ];
  for (const [text, want, value, high] of rows) fig(text, want, { kind: 'money', value, high });
  // Without the words of a range, "from ... to" is a change and "... and ..." two amounts.
  assert.deepEqual(texts('Revenue rose from $4 billion to $5 billion.'), ['$4 billion', '$5 billion']);
  assert.deepEqual(texts('It earned $1.44 per share to offset $1.46 of costs.'), ['$1.44', '$1.46']);
  assert.deepEqual(texts('Sales of $5 and $6 in the range.'), ['$5', '$6']);
});

test('"Fiscal 2021" is a year, and "Second Quarter" after it a quarter, not 2021 seconds', () => {
  const rows: [string, string[]][] = [
    ["Graham's Fiscal 2021 Second Quarter Results.", ['2021', 'Second Quarter']],
    ['Fiscal 2021 was an exceptional year.', ['2021']],
    ['Calendar 2022 looks strong.', ['2022']],
    ['It took 30 seconds.', ['30 seconds']],
  ];
  for (const [text, want] of rows) assert.deepEqual(texts(text), want, text);
  fig("Graham's Fiscal 2021 Second Quarter Results.", '2021', { kind: 'year', value: 2021 });
  fig("Graham's Fiscal 2021 Second Quarter Results.", 'Second Quarter', { kind: 'quarter', value: 2 });
});

test('changes and scores are not ranges', () => {
  assert.deepEqual(texts('Sales rose from 4 to 8 million.'), ['4', '8 million']);
  assert.deepEqual(texts('They won 3-1 and rose 5 pct to 40 dlrs.'), ['3-1', '5 pct', '40 dlrs']);
});

test('durations in days', () => {
  const s = 'his five-day visit, a 2-year plan, 3 months, 10 weeks, 48 hours, a 10-year term, 30 minutes, a one-day visit';
  fig(s, 'five-day', { kind: 'duration', value: 5, unit: 'day' });
  fig(s, '2-year', { value: 730.5 });
  fig(s, '3 months', { value: 91.3125 });
  fig(s, '10 weeks', { value: 70 });
  fig(s, '48 hours', { value: 2 });
  fig(s, '10-year', { value: 3652.5 });
  fig(s, '30 minutes', { value: 30 / 1440 });
  fig(s, 'one-day', { value: 1 });
  assert.deepEqual(texts('One day, he left; one of the men stayed.'), []);
});

test('dates in several styles', () => {
  const s = 'Published October 15, 2024; signed 15 Oct 2024, due Oct. 15, filed 2024-10-15, '
    + 'planned for June 2024, dated 15/10/2024 and 3/15/2024, from February 4 to 8, on 4-8 March 2025.';
  const full = { kind: 'date' as const, value: 20241015, date: { year: 2024, month: 10, day: 15 } };
  fig(s, 'October 15, 2024', full);
  fig(s, '15 Oct 2024', full);
  fig(s, '2024-10-15', full);
  fig(s, '15/10/2024', full);
  fig(s, 'Oct. 15', { kind: 'date', value: 1015, date: { month: 10, day: 15 } });
  fig(s, 'June 2024', { value: 20240600, date: { year: 2024, month: 6 } });
  fig(s, '3/15/2024', { date: { year: 2024, month: 3, day: 15 } });
  fig(s, 'February 4 to 8', { value: 204, high: 208, date: { month: 2, day: 4 } });
  fig(s, '4-8 March 2025', { value: 20250304, high: 20250308 });
});

test('ambiguous slashed dates are no figures; bare months after "in" are months without a year', () => {
  assert.deepEqual(texts('It was dated 10/11/2024. In October, a bombing near Karachi; in May they may return.'), ['October', 'May']);
  assert.deepEqual(extractFigures('in May they may return').map((f) => f.date), [{ month: 5 }]);
});

test('years alone, and 4-digit numbers that are not years', () => {
  const s = 'Formed back in 2017, it has demanded since 2022 that, in 2024 and in 1987, about 2000 people, '
    + '2,000 troops and 2000 km be added.';
  for (const y of [2017, 2022, 2024, 1987]) fig(s, String(y), { kind: 'year', value: y, date: { year: y } });
  fig(s, '2000', { kind: 'number', approx: 'about' });
  fig(s, '2,000', { kind: 'number', value: 2000 });
  fig(s, '2000 km', { kind: 'quantity', value: 2e6, unit: 'm' });
  assert.deepEqual(texts('the 1990s and mid-2024'), ['1990s', '2024']);
});

test('quantities convert to SI base units', () => {
  const s = 'a more than 2,600-kilometer railway, 2,600 km long, 100 kg, 5 tonnes, 5 tons, 300 miles, 10 metres, '
    + '3 litres, 40 mph, 12 feet, 6 inches, 50 acres, 3 hectares, 2 gallons, 500 MW and a 100m sprint.';
  fig(s, '2,600-kilometer', { kind: 'quantity', value: 2.6e6, unit: 'm', approx: 'over' });
  fig(s, '2,600 km', { value: 2.6e6, unit: 'm' });
  fig(s, '100 kg', { value: 100, unit: 'kg' });
  fig(s, '5 tonnes', { value: 5000, unit: 'kg' });
  fig(s, '5 tons', { value: 5 * 907.18474, unit: 'kg' });
  fig(s, '300 miles', { value: 300 * 1609.344, unit: 'm' });
  fig(s, '10 metres', { value: 10, unit: 'm' });
  fig(s, '3 litres', { value: 3, unit: 'l' });
  fig(s, '40 mph', { unit: 'm/s', value: 40 * 0.44704 });
  fig(s, '12 feet', { value: 12 * 0.3048 });
  fig(s, '6 inches', { value: 6 * 0.0254 });
  fig(s, '50 acres', { unit: 'm2' });
  fig(s, '3 hectares', { value: 30000, unit: 'm2' });
  fig(s, '2 gallons', { unit: 'l' });
  fig(s, '500 MW', { unit: 'W', value: 5e8 });
  fig(s, '100m', { value: 100, unit: 'm' });
});

test('approximators are reported apart from the figure', () => {
  const cases: [string, Approx][] = [
    ['over', 'over'], ['more than', 'over'], ['nearly', 'nearly'], ['almost', 'nearly'], ['about', 'about'],
    ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'],
    ['at least', 'at-least'], ['up to', 'up-to'], ['less than', 'under'], ['fewer than', 'under'],
    ['under', 'under'], ['close to', 'about'], ['just over', 'over'],
  ];
  for (const [words, approx] of cases) {
    const s = `The unit consists of ${words} 15,000 troops.`;
    const f = fig(s, '15,000', { approx });
    assert.equal(s.slice(f.approxText!.start, f.approxText!.end), words);
  }
  const f = fig('Investments amounting to over $60 billion.', '$60 billion', { approx: 'over', value: 6e10 });
  assert.equal(f.start, 'Investments amounting to over '.length);
  assert.equal(fig('Some 300 people came.', '300').approx, 'about');
  // "up to" after a verb moving something up names the level reached, not a bound.
  assert.equal(fig('The loss pushed the debt up to 50.99 billion ringgit.', '50.99 billion ringgit').approx, undefined);
  assert.equal(fig('The plan puts up to 400 jobs at risk.', '400').approx, 'up-to');
  assert.equal(fig('Annual inflation edged up to 18.2% from 18.3%.', '18.2%').approx, undefined);
});

test('names containing numbers are not figures', () => {
  const s = 'Task Force-88, Warrior-VIII, COVID-19, G20, G-7, a Boeing 737, an F-16, the Airbus A320, '
    + 'the iPhone 15, Article 370, Section 8, Route 66, Windows 11, a PS5, the $7 billion Main Line 1 railway, '
    + 'Phase II and Air Force One.';
  assert.deepEqual(texts(s), ['$7 billion']);
});

test('phones, versions, URLs, e-mails and locators are skipped; times of day are times', () => {
  const s = 'At 3:30 pm and 10 am, call 555-123-4567 or +92 21 1234 5678; version 1.2.3 is at '
    + 'https://example.com/2024/10/report-15 or bob2024@example.com; see p. 33, pp. 33-35, para 5 and [3]; John 3:16.';
  assert.deepEqual(extractFigures(s).map((f) => [f.text, f.kind]), [['3:30 pm', 'time'], ['10 am', 'time']]);
});

test('"one", "a" and "an" alone are not figures; glued letters are no figures', () => {
  assert.deepEqual(texts('No one knew; the one who came was one of the men, a man and an hour later.'), []);
  assert.deepEqual(texts('5G networks, 3D films and 4K screens'), []);
  const s = 'one million people, one dollar and one percent';
  fig(s, 'one million', { value: 1e6 });
  fig(s, 'one dollar', { kind: 'money', value: 1 });
  fig(s, 'one percent', { kind: 'percent', value: 1 });
});

test('offsets refer to the given text, raw or normalised', () => {
  const raw = 'Losses reached \u201cnearly\u201d 5\u2013\u200b8\u00a0per\u00a0cent \u2014 and $7\u00a0bn.';
  const n = normalize(raw);
  for (const f of extractFigures(n.text)) assert.equal(n.text.slice(f.start, f.end), f.text);
  assert.deepEqual(texts(n.text), ['5-8 per cent', '$7 bn']);
  const rawFigs = texts('from 4\u20138 per\u00a0cent and \u22125 degrees');
  assert.deepEqual(rawFigs, ['4\u20138 per\u00a0cent', '\u22125']);
});

test('realistic article text', () => {
  const s = 'Beijing has hinted at a quick restart on the $7 billion Main Line 1 railway, the largest single CPEC '
    + 'project, which would connect Peshawar to Karachi through a more than 2,600-kilometer railway. '
    + 'Formed back in 2017, this unit consists of over 15,000 troops. Alongside the SSD, specialized forces '
    + 'such as Task Force-88 continue to safeguard Gwadar Port. One of the points in the Joint Communique states '
    + 'that the two countries are close.';
  assert.deepEqual(texts(s), ['$7 billion', '2,600-kilometer', '2017', '15,000', 'two']);
});

test('extraction scales to 1 MB of news text', () => {
  const para = 'The company said net profit rose to 250,000 dlrs from 190,000 dlrs, up 31 pct, in 2024. '
    + 'Over 15,000 troops guard the $7 billion Main Line 1 railway, more than 2,600-kilometer long, since October 15, 2024. ';
  const big = para.repeat(Math.ceil(1_000_000 / para.length));
  const figs = extractFigures(big);
  assert.equal(figs.length, 8 * Math.ceil(1_000_000 / para.length));
});

test('fractions, bare points and signs', () => {
  const s = 'The rate dropped four-tenths of a percentage point (down 0.4 points); two thirds of voters and '
    + 'three quarters agreed; payrolls rose +49 thousand.';
  fig(s, 'four-tenths of a percentage point', { kind: 'points', value: 0.4, unit: 'pp' });
  fig(s, '0.4 points', { kind: 'points', value: 0.4, unit: 'pp' });
  fig(s, 'two thirds', { kind: 'fraction', value: 2 / 3 });
  fig(s, 'three quarters', { value: 0.75 });
  fig(s, '49 thousand', { value: 49000 });
  assert.deepEqual(texts('At one point, a third of them said a fourth attack came.'), ['a third', 'fourth']);
  // A rank after "a" ("a third term") is an ordinal; a share is followed by "of" or nothing.
  assert.deepEqual(extractFigures('He won a third term and a fifth.').map((f) => [f.text, f.kind]), [['third', 'ordinal']]);
});

test('capitalised "Between", month abbreviations and sentence-final months', () => {
  fig('Between eight and 13 storms.', 'Between eight and 13', { value: 8, high: 13 });
  const s = 'Updated every 6 hours from 3 June. Due Sept. 3, 2024.';
  fig(s, '3 June', { kind: 'date', date: { month: 6, day: 3 } });
  fig(s, 'Sept. 3, 2024', { value: 20240903 });
  fig(s, '6 hours', { kind: 'duration', value: 0.25 });
});

test('citation keys, codes and short hyphenated words hold no figures', () => {
  assert.deepEqual(texts('As reported [@noaa-2024-update; @smith2020], with <meta charset="utf-8">.'), []);
  assert.deepEqual(texts('a category-5 storm in mid-2024'), ['5', '2024']);
});
