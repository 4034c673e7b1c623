import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, type Figure } from '../../server/src/core/figures/index.ts';
import { normalize } from '../../server/src/core/text/normalize.ts';

function fig(text: string, want: string, fields: Partial<Figure> = {}): Figure {
  const all = extractFigures(text);
  const f = all.find((x) => x.text === want);
  assert.ok(f, `no figure "${want}" in ${JSON.stringify(all.map((x) => x.text))}`);
  assert.equal(text.slice(f.start, f.end), want);
  for (const [k, v] of Object.entries(fields)) {
    const actual = (f as unknown as Record<string, unknown>)[k];
    if (typeof v === 'number') assert.ok(Math.abs((actual as number) - v) < 1e-6 * Math.max(1, Math.abs(v)), `${want}.${k}: ${actual} != ${v}`);
    else assert.deepEqual(actual, v, `${want}.${k}`);
  }
  return f;
}
const texts = (s: string) => extractFigures(s).map((f) => f.text);

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

test('ambiguous slashed dates and bare months are no figures', () => {
  assert.deepEqual(texts('It was dated 10/11/2024. In October, a bombing near Karachi; in May they may return.'), []);
});

test('years alone, and 4-digit numbers that are not years', () => {
  const s = 'Formed back in 2017, it has demanded since 2022 that, in 2024 and in 1987, about 2000 people, '
    + '2,000 troops and 2000 km be added.';
  for (const y of [2017, 2022, 2024, 1987]) fig(s, String(y), { kind: 'year', value: y, date: { year: y } });
  fig(s, '2000', { kind: 'number', approx: 'about' });
  fig(s, '2,000', { kind: 'number', value: 2000 });
  fig(s, '2000 km', { kind: 'quantity', value: 2e6, unit: 'm' });
  assert.deepEqual(texts('the 1990s and mid-2024'), ['2024']);
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
  const cases: [string, string][] = [
    ['over', 'over'], ['more than', 'over'], ['nearly', 'about'], ['almost', 'about'], ['about', 'about'],
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
});

test('names containing numbers are not figures', () => {
  const s = 'Task Force-88, Warrior-VIII, COVID-19, G20, G-7, a Boeing 737, an F-16, the Airbus A320, '
    + 'the iPhone 15, Article 370, Section 8, Route 66, Windows 11, a PS5, the $7 billion Main Line 1 railway, '
    + 'Phase II and Air Force One.';
  assert.deepEqual(texts(s), ['$7 billion']);
});

test('times, phones, versions, URLs, e-mails and locators are skipped', () => {
  const s = 'At 3:30 pm and 10 am, call 555-123-4567 or +92 21 1234 5678; version 1.2.3 is at '
    + 'https://example.com/2024/10/report-15 or bob2024@example.com; see p. 33, pp. 33-35, para 5 and [3].';
  assert.deepEqual(texts(s), []);
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
