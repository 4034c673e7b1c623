/**
 * Figure verdicts end to end over an in-memory corpus: every figure gets a verdict,
 * figure.unsupported for values no drawn-on source states, a one-paragraph summary draws
 * on its article without citing it, derived values verify, fixes keep the draft's notation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { extractFigures } from '../../server/src/core/figures/index.ts';
import { inDraftNotation } from '../../server/src/core/verdict/fixes.ts';
import { engineOn } from '../helpers/engine.ts';
import { memoryFs as memory } from '../helpers/memory-fs.ts';
import type { Finding } from '../../server/src/core/types.ts';

const WIRE = [
  '---', 'id: wire', 'title: Acme quarterly results', 'date: 1987-03-02', '---',
  'Acme Corp said first quarter net profit rose to 233 mln dlrs from 200 mln dlrs a year earlier.',
  'Revenues rose 96 pct to 4.1 billion dlrs, the company said.',
  'The company employs 12,400 people at its three plants in Ohio.',
  '',
].join('\n');
const ARTICLE = [
  '---', 'id: storm', 'title: Storm hits coast', 'date: 2024-05-02', '---',
  'The storm destroyed 1,240 homes along the coast on Tuesday, officials said.',
  'About 3,500 residents were moved to shelters in the city of Brill.',
  'The mayor said rebuilding would cost 85 million dollars.',
  '',
].join('\n');

async function engine() {
  const e = createEngine({ fs: memory({ 'wire.md': WIRE, 'storm.md': ARTICLE }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  return e;
}

/** The first finding of `code` (fails the test when there is none). */
function findingOf(r: { findings: Finding[] }, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  assert.ok(f, JSON.stringify(r.findings));
  return f;
}

const verdictOf = (r: { figures: { text: string; verdict: string }[] }, text: string) => r.figures.find((f) => f.text === text)?.verdict;

test('every figure of a cited passage gets a verdict; a value the source never states is figure.unsupported', async () => {
  const e = await engine();
  const draft = 'Acme said quarterly net profit rose to $233 million from $200 million, and it now employs 15,900 people [@wire].\n';
  const r = e.check(draft);
  assert.equal(verdictOf(r, '$233 million'), 'verified');
  assert.equal(verdictOf(r, '$200 million'), 'verified');
  assert.equal(verdictOf(r, '15,900'), 'unsupported');
  const f = findingOf(r, 'figure.unsupported');
  assert.equal(draft.slice(f.start, f.end), '15,900');
  assert.ok(f.fixes.every((x) => !x.preferred), 'fixes of an unsupported figure are never preferred');
  assert.ok(f.fixes.some((x) => x.edits[0].newText === '12,400'), JSON.stringify(f.fixes));
});

test('a contradicted figure is fixed in the draft\'s notation, not the wire\'s', async () => {
  const e = await engine();
  const draft = 'Acme said quarterly net profit rose to $223 million from $200 million a year earlier [@wire].\n';
  const r = e.check(draft);
  const f = findingOf(r, 'figure.mismatch');
  assert.equal(draft.slice(f.start, f.end), '$223 million');
  assert.equal(f.fixes[0].edits[0].newText, '$233 million');
  assert.equal(verdictOf(r, '$223 million'), 'contradicted');
});

test('a one-paragraph summary draws on its article though it cites nothing and no sentence aligns closely', async () => {
  const e = await engine();
  const draft = 'Officials in Brill say the coastal storm wrecked 1,240 houses and forced 9,000 people into shelters.\n';
  const r = e.check(draft);
  assert.equal(verdictOf(r, '1,240'), 'verified');
  assert.equal(verdictOf(r, '9,000'), 'unsupported');
});

test('with only a handful of sources, a one-paragraph draft that cites nothing draws on them even sharing no words', async () => {
  const e = await engineOn({ 'report.txt': 'The victim was threatened with a knife during the attack at Exhibition Park in the early hours.\n' });
  const r = e.check('A 19-year-old woman has been raped in Newcastle city centre.\n');
  assert.equal(verdictOf(r, '19-year-old'), 'unsupported', JSON.stringify(r.figures));
});

test('a bulleted summary that cites nothing draws on its article like a one-paragraph summary', async () => {
  const e = await engine();
  const r = e.check('- storm wrecked 1,300 houses\n- mayor puts rebuilding at $85 million\n- residents sheltered in Brill\n');
  assert.equal(verdictOf(r, '1,300'), 'unsupported', JSON.stringify(r.figures));
  assert.equal(verdictOf(r, '$85 million'), 'verified', JSON.stringify(r.figures));
});

test('a range in the draft is not verified by a single stated value inside it', async () => {
  const e = await engine();
  const r = e.check('The mayor said rebuilding would cost between 80 million and 95 million dollars [@storm].\n');
  assert.notEqual(r.figures.find((f) => /80 million/.test(f.text))?.verdict, 'verified', JSON.stringify(r.figures));
});

test('the writer\'s own passage, related to no source, is unchecked and raises nothing', async () => {
  const e = await engine();
  const draft = 'Acme said profit rose to $233 million [@wire].\n\nMy grandmother baked 40 loaves of bread every winter.\n';
  const r = e.check(draft);
  assert.equal(verdictOf(r, '40'), 'unchecked');
  assert.deepEqual(r.findings.filter((x) => x.start > draft.indexOf('grandmother')), []);
});

test('derived values verify: a percent change, a bound and a rounding', async () => {
  const e = await engine();
  const draft = 'Acme said quarterly net profit rose 16.5% to $233 million [@wire]. It employs more than 12,000 people [@wire]. Revenues were about $4 billion [@wire].\n';
  const r = e.check(draft);
  const byText = new Map(r.figures.map((f) => [f.text, f]));
  assert.equal(byText.get('16.5%')?.verdict, 'verified', JSON.stringify(r.figures));
  assert.match(byText.get('16.5%')?.derivation ?? '', /233/);
  assert.equal(byText.get('12,000')?.verdict, 'verified');
  assert.equal(byText.get('$4 billion')?.verdict, 'verified');
  assert.deepEqual(r.findings.filter((x) => x.code.startsWith('figure.')), []);
});

test('a bound holds only as a rounding of the stated value toward its side', async () => {
  const e = await engine();
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.equal(verdict('The storm destroyed more than 1,000 homes along the coast on Tuesday [@storm].\n', '1,000'), 'verified');
  // 1,240 is not 1,100 rounded down at any round step: "at least 1,100" mis-states it.
  assert.equal(verdict('The storm destroyed at least 1,100 homes along the coast on Tuesday [@storm].\n', '1,100'), 'contradicted');
});

test('inDraftNotation writes the source value the way the draft writes its figure', () => {
  const fig = (t: string) => extractFigures(t)[0];
  assert.equal(inDraftNotation(fig('94%'), fig('96 pct')), '96%');
  assert.equal(inDraftNotation(fig('$223 million'), fig('233 mln dlrs')), '$233 million');
  assert.equal(inDraftNotation(fig('1,250 tonnes'), fig('1,205 tonnes')), '1,205 tonnes');
  assert.equal(inDraftNotation(fig('$1.5 billion'), fig('1,450 mln dlrs')), '$1.45 billion');
  assert.equal(inDraftNotation(fig('nine people'), fig('seven')), undefined, 'words are replaced by the source text');
});

test('comparison roles: a draft that swaps the new and the old value is contradicted', async () => {
  const e = await engine();
  const swappedDraft = 'Acme said quarterly net profit rose to $200 million from $233 million a year earlier [@wire].\n';
  const r = e.check(swappedDraft);
  assert.equal(verdictOf(r, '$200 million'), 'contradicted', JSON.stringify(r.figures));
  assert.equal(verdictOf(r, '$233 million'), 'contradicted');
  const right = e.check('Acme said quarterly net profit rose from $200 million to $233 million [@wire].\n');
  assert.equal(verdictOf(right, '$200 million'), 'verified');
  assert.equal(verdictOf(right, '$233 million'), 'verified');
});

test('comparisonRoles reads "A vs B", "to A from B" and "from B to A"', async () => {
  const { comparisonRoles } = await import('../../server/src/core/verdict/roles.ts');
  const roles = (t: string) => [...comparisonRoles(t, extractFigures(t)).entries()].map(([i, r]) => `${extractFigures(t)[i].text}:${r}`);
  assert.deepEqual(roles('Net loss 7,041,000 vs loss 467,000'), ['7,041,000:new', '467,000:old']);
  assert.deepEqual(roles('profit rose to $233 million from $200 million'), ['$233 million:new', '$200 million:old']);
  assert.deepEqual(roles('profit rose from $200 million to $233 million'), ['$200 million:old', '$233 million:new']);
  assert.deepEqual(roles('revenue was $5 billion and margins were 12%'), []);
  // Across other figures, value with value of like size: net income with net income, per share with per share.
  assert.deepEqual(roles('earned $106.3 million or $1.65 per share compared with $95.1 million or $1.50 per share'),
    ['$106.3 million:new', '$95.1 million:old', '$1.65:new', '$1.50:old']);
  // A clause break after the cue: the next value is not the one compared with.
  assert.deepEqual(roles('sales declined 4.7% compared to the prior-year period, which translates into a 14.1% increase'), []);
});

test('a lone draft value that the source gives as the year-ago value contradicts the current one', async () => {
  const call = 'In the third quarter, Acme earned $106.3 million or $1.65 per share compared with earnings of $95.1 million or $1.50 per share in the same quarter of last year.\n';
  const e = createEngine({ fs: memory({ 'call.txt': call }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const verdict = (draft: string, text: string) => e.check(draft).figures.find((f) => f.text === text)?.verdict;
  assert.equal(verdict('- q3 earnings per share $1.50.\n', '$1.50'), 'contradicted');
  assert.equal(verdict('- q3 earnings per share $1.65.\n', '$1.65'), 'verified');
  assert.equal(verdict('- earnings per share were $1.50 a year ago.\n', '$1.50'), 'verified');
});

test('a wrong derivation: a percent change that the stated values do not give is a mismatch fixed with the right change', async () => {
  const e = await engine();
  const draft = 'Acme said quarterly net profit rose 25% to $233 million from $200 million [@wire].\n';
  const r = e.check(draft);
  const f = findingOf(r, 'figure.mismatch');
  assert.equal(draft.slice(f.start, f.end), '25%');
  assert.equal(f.fixes[0].edits[0].newText, '16.5%');
  assert.match(f.message, /233.*200/);
  const right = e.check('Acme said quarterly net profit rose 16.5% to $233 million from $200 million [@wire].\n');
  assert.equal(verdictOf(right, '16.5%'), 'verified');
});

test('listOf counts the names a source lists; countOtherThings tells counts of different things apart', async () => {
  const { listOf } = await import('../../server/src/core/verdict/lists.ts');
  const { countOtherThings } = await import('../../server/src/core/align/align.ts');
  const { tokenize } = await import('../../server/src/core/text/tokens.ts');
  const text = 'Record yields are forecast in Idaho, Illinois, Indiana, Iowa, South Dakota and Wisconsin this year.';
  assert.deepEqual(listOf(text, 6), ['Idaho', 'Illinois', 'Indiana', 'Iowa', 'South Dakota', 'Wisconsin']);
  assert.equal(listOf(text, 7), undefined);
  const a = 'forecast in eleven states';
  const b = 'a record 188.8 bushels per acre';
  const fa = extractFigures(a)[0];
  const fb = extractFigures(b)[0];
  assert.equal(countOtherThings(fa, tokenize(a), fb, tokenize(b)), true);
  const c = 'yields in 11 states';
  assert.equal(countOtherThings(fa, tokenize(a), extractFigures(c)[0], tokenize(c)), false);
});

test('a value no source states, beside values one source sentence states, is that sentence\'s other value mis-stated', async () => {
  const table = 'AGRA INDUSTRIES SIX MTHS NET\n\nSASKATOON, March 13 - Oper shr 35 cts vs 34 cts\n    Oper net 2,313,000 vs 1,646,000\n    Revs 100.1 mln vs 77.3 mln\n';
  const e = await engineOn({ 'agra.txt': table });
  const r = e.check('For the six months, operating net income was 2,313,000, compared with 1,746,000 in the year-earlier period [@agra].\n');
  const f = r.findings.find((x) => x.code === 'figure.mismatch');
  assert.equal(f?.expected, '1,646,000', JSON.stringify(r.findings));
  // Two values the sentence could have mis-stated: no guess, the figure stays unsupported.
  const two = await engineOn({ 'agra.txt': table.replace('vs 1,646,000', 'vs 1,646,000 vs 1,101,000') });
  const r2 = two.check('For the six months, operating net income was 2,313,000, compared with 1,746,000 in the year-earlier period [@agra].\n');
  assert.equal(verdictOf(r2, '1,746,000'), 'unsupported', JSON.stringify(r2.figures));
});

test('an ordinal in words is checked against the one other ordinal (not "first") its source states about the event', async () => {
  const filler = ['Beijing pressed Islamabad to protect its nationals.', 'The port of Gwadar is the centrepiece of the corridor.', 'Private security firms guard many of the projects.', 'Officials met in the capital to discuss the plans.'].join('\n\n');
  const e = await engineOn({ 'drills.txt': `${filler}\n\nThe two armies held a joint exercise in Balochistan for the first time since the attack.\n\nThe last such exercise occurred in 2019, with the drills from last year marking the eighth between the two nations.\n` });
  const r = e.check('Last winter\'s drills were the seventh joint exercise between the two armies [@drills].\n');
  const f = r.findings.find((x) => x.code === 'figure.mismatch');
  assert.equal(f?.actual, 'seventh', JSON.stringify(r.findings));
});

test('the writer\'s own counting and conversions are unchecked, not unsupported', async () => {
  const e = await engine();
  const draft = 'Storm damage in Brill will cost $85 million (£67m) to repair, and the mayor visited twice as the storm hit [@storm].\n';
  const r = e.check(draft);
  assert.equal(verdictOf(r, '$85 million'), 'verified');
  assert.equal(verdictOf(r, '£67m'), 'unchecked', JSON.stringify(r.figures));
  assert.equal(verdictOf(r, 'twice'), 'unchecked', JSON.stringify(r.figures));
  assert.ok(!r.findings.some((f) => f.code === 'figure.unsupported'), JSON.stringify(r.findings));
});

test('a title in capitals states its number words ("SIX MTHS")', async () => {
  const wire = ['---', 'id: gem', 'title: GEMINI FOOD CORP SIX MTHS JANUARY 31 NET', 'date: 1987-03-02', '---',
    'Shr profit 15 cts vs loss five cts. Net profit 150,594 vs loss 48,000.', ''].join('\n');
  const e = createEngine({ fs: memory({ 'gem.md': wire }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('Gemini Food said net income was a profit of 150,594 in the six months [@gem].\n');
  assert.equal(verdictOf(r, 'six months'), 'verified', JSON.stringify(r.figures));
});

test('a time of day is checked against the source\'s: the same minute verifies, another contradicts', async () => {
  const chat = 'Amy: Can you drop the keys off tonight?\nDerek: Sure, I will be at your place at 8:15 pm.\nAmy: Great, see you then.\n';
  const e = createEngine({ fs: memory({ 'chat.txt': chat }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  assert.equal(verdictOf(e.check('Derek will drop the keys off at Amy\'s place at 20:15.\n'), '20:15'), 'verified');
  const r = e.check('Derek will drop the keys off at Amy\'s place at 8:45 pm.\n');
  assert.equal(verdictOf(r, '8:45 pm'), 'contradicted');
  const f = findingOf(r, 'figure.mismatch');
  assert.ok(f.fixes.some((x) => x.edits[0].newText === '8:15 pm'), JSON.stringify(f.fixes));
});

test('two differing figures of one sentence: the one with the closer context takes the source figure', async () => {
  const e = createEngine({ fs: memory({ 'rail.txt': 'The new railway line cost $7 million to build, the ministry said.\n' }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('Ticket sales reached $60 million, and the new railway line cost $9 million to build [@rail].\n');
  assert.equal(verdictOf(r, '$9 million'), 'contradicted');
  assert.equal(verdictOf(r, '$60 million'), 'unsupported');
  const nine = r.findings.find((f) => f.code === 'figure.mismatch');
  assert.ok(nine?.fixes.some((x) => x.edits[0].newText === '$7 million'), JSON.stringify(r.findings));
});

test('a date whose year is wrong is contradicted by the dated passage, not verified by a mention without the year', async () => {
  const src = 'Jiang referred to the suicide car bombings in March and October 2024, which killed seven Chinese personnel.\n\nIn March 2024, a suicide car bombing in Khyber Pakhtunkhwa killed five Chinese workers and their local driver.\n';
  const e = createEngine({ fs: memory({ 'attacks.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('In March 2023 five Chinese workers and their driver died in a car bombing in Khyber Pakhtunkhwa [@attacks].\n');
  assert.equal(verdictOf(r, 'March 2023'), 'contradicted');
  assert.equal(verdictOf(e.check('In March 2024 five Chinese workers and their driver died in a car bombing in Khyber Pakhtunkhwa [@attacks].\n'), 'March 2024'), 'verified');
});

test('a passage listing values for several years gives a result no single year', async () => {
  const src = 'Azpurua said that in 1990, payments of restructured debt are lowered to 1.05 billion dlrs from 1.339 billion, to 1.25 billion from 1.994 billion in 1991 and to 1.45 billion from 2.403 billion in 1992.\n';
  const e = createEngine({ fs: memory({ 'debt.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('In 1992 payments fall to $1.45 billion from $2.403 billion [@debt].\n');
  assert.notEqual(verdictOf(r, '1992'), 'contradicted', JSON.stringify(r.figures));
  assert.equal(verdictOf(r, '$1.45 billion'), 'verified');
});

test('an earlier value swapped with the later one is not verified as a rounding of it', async () => {
  const src = [
    'Imperial Chemical Industries expects its drugs business to grow to about 35 pct of group profits within five years, compared with 30 pct now, its chairman elect told analysts.',
    'Research spending in the segment will rise to 14 pct of sales income in 1987 from 13 pct in 1986.',
    "ICI, the world's fifth largest chemicals group by sales, recently reported 1986 profits of about 888 mln dlrs on 15 billion dlrs in sales, compared with income of 817 mln dlrs on 15.87 billion dlrs in sales a year earlier.",
    'Sales in the United States totalled about three billion dlrs, executives said.', '',
  ].join('\n');
  const e = createEngine({ fs: memory({ 'ici.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check("The group, fifth among the world's chemical makers by sales, earned roughly $817 million in 1986 on sales of $15 billion, against $888 million on $15.87 billion the year before [@ici].\n");
  assert.equal(verdictOf(r, '$817 million'), 'contradicted');
  assert.notEqual(verdictOf(r, '$888 million'), 'verified', JSON.stringify(r.figures));
});

test('a month without a day does not verify the draft\'s day when the source states another day', async () => {
  const poll = [
    '---', 'id: poll', 'date: 1987-03-05', '---',
    "Charles Haughey said that if he becomes prime minister following last month's general election, he will seek advice from the Commission on the 24 billion punt foreign debt.",
    'Haughey told a news conference he is confident of being asked to form a government when parliament meets next Tuesday. Fianna Fail won 81 of the 166 seats in the February 17 poll.', '',
  ].join('\n');
  const other = ['---', 'id: other', 'date: 1987-03-05', '---', 'The contingency clause implemented soon after the original rescheduling was signed in February 1986 stays in effect, the minister said.', ''].join('\n');
  const e = createEngine({ fs: memory({ 'poll.md': poll, 'other.md': other }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('Haughey wants advice on the 24 billion punt debt [@poll]. His party took 81 of the 166 seats in the February 18 election [@poll].\n');
  assert.notEqual(verdictOf(r, 'February 18'), 'verified', JSON.stringify(r.figures));
  assert.ok(!r.findings.some((f) => f.code === 'citation.mismatch'), JSON.stringify(r.findings.map((f) => f.message)));
});

test('a difference written as such ("12 million fewer than in 1986") is derived from the two values it compares', async () => {
  const src = 'Analysts expect farmers to plant 64.7 mln acres of corn this year.\n\nIn 1986, farmers planted 76.7 mln acres of corn, the USDA said.\n';
  const e = createEngine({ fs: memory({ 'grain.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const ok = e.check('Farmers are expected to plant 64.7 million acres of corn, 12 million fewer than in 1986 [@grain].\n');
  assert.equal(verdictOf(ok, '12 million'), 'verified', JSON.stringify(ok.figures));
  assert.ok(ok.figures.find((f) => f.text === '12 million')?.derivation, 'shows the derivation');
  const bad = e.check('Farmers are expected to plant 64.7 million acres of corn, 15 million fewer than in 1986 [@grain].\n');
  assert.notEqual(verdictOf(bad, '15 million'), 'verified');
});

test('a date stated about another event does not verify the draft\'s date when its own event has another', async () => {
  const src = 'Final figures for the period to February 28 are expected to be published by the national cocoa trade commission after the carnival holiday, which ends at midday on February 27.\n';
  const e = createEngine({ fs: memory({ 'cocoa.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  assert.equal(verdictOf(e.check('Carnival ends at midday on February 28 [@cocoa].\n'), 'February 28'), 'contradicted');
  assert.equal(verdictOf(e.check('Carnival ends at midday on February 27 [@cocoa].\n'), 'February 27'), 'verified');
});

test('a wrong difference is fixed with the difference of the source\'s values', async () => {
  const src = 'Analysts expect farmers to plant 59.1 mln acres of soybeans and 64.7 mln acres of corn this year.\n\nIn 1986, farmers planted 61.5 mln acres of soybeans and 76.7 mln acres of corn.\n';
  const e = createEngine({ fs: memory({ 'grain.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('Farmers will plant 59.1 million acres of soybeans this year, down 3.4 million acres, and 64.7 million acres of corn, 13 million fewer than in 1986 [@grain].\n');
  const fix = (text: string) => r.findings.find((f) => f.code === 'figure.mismatch' && f.message.startsWith(`"${text}"`))?.fixes.map((x) => x.edits[0].newText);
  assert.deepEqual(fix('3.4 million acres')?.slice(0, 1), ['2.4 million acres'], JSON.stringify(r.findings.map((f) => f.message)));
  assert.deepEqual(fix('13 million')?.slice(0, 1), ['12 million']);
});

test('a slip in a value is not mistaken for a wrong difference', async () => {
  const src = 'An exchange loss of 7.6 billion ringgit in 1986 pushed the external debt up to 50.99 billion ringgit, from 42.3 billion in 1985, the central bank said.\n';
  const e = createEngine({ fs: memory({ 'debt.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('The external debt climbed to 50.99 billion ringgit in 1986 from 42.3 billion in 1985, largely because of a 6.7 billion ringgit exchange loss [@debt].\n');
  const f = r.findings.find((x) => x.code === 'figure.mismatch' && x.message.startsWith('"6.7 billion ringgit"'));
  assert.ok(f, JSON.stringify(r.findings.map((x) => x.message)));
  assert.equal(f.fixes[0].edits[0].newText, '7.6 billion ringgit');
});

test('a cited source among many near-identical other stories is still the one compared', async () => {
  const files: Record<string, string> = { 'cited.txt': 'Officials said the Special Security Division now counts over 15,000 troops guarding projects.\n' };
  for (let i = 0; i < 40; i++) files[`other-${i}.txt`] = `Pakistan's answer has been the Special Security Division with troops and naval units guarding the port, story ${i} says.\n`;
  const e = createEngine({ fs: memory(files), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check("Pakistan's answer has been the Special Security Division, with more than 12,000 troops, and naval units guarding the port [@cited].\n");
  assert.equal(verdictOf(r, 'more than 12,000') ?? verdictOf(r, '12,000'), 'contradicted', JSON.stringify(r.figures));
});

test('a source figure that contradicts one draft figure is not offered as the value of another', async () => {
  const chat = [
    'Anna: Hi Tom, are we still on for Saturday?', "Tom: Yes! The train leaves at 9:40, so let's meet at the station at 9:15.",
    'Anna: Great. How much are the tickets?', 'Tom: 24 euros each, I already bought two.', 'Anna: I\'ll pay you back 24 euros then. We\'re back on Sunday?',
    'Tom: Yes, the return train is at 6:30 pm on Sunday.', 'Anna: Perfect. Should I bring the tent?', "Tom: Bring the small one, it's only for 2 nights.", '',
  ].join('\n');
  const e = createEngine({ fs: memory({ 'chat.txt': chat }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const r = e.check('Tom and Anna are going away on Saturday. They will meet at the station at 9:30 for the 9:45 train. They return on Sunday at 6:30 am.\n');
  assert.equal(verdictOf(r, '9:45'), 'contradicted');
  assert.equal(verdictOf(r, '6:30 am'), 'contradicted');
  const f = r.findings.find((x) => x.message.startsWith('"9:30"'));
  assert.ok(f, JSON.stringify(r.findings.map((x) => x.message)));
  assert.ok(!/says "9:40"/.test(f.message), f.message);
});

test('a change said in words is derived from the value beside it and that value\'s earlier one in the source', async () => {
  const src = 'EXETER, N.H., April 7 - Net 10.1 mln vs 11.4 mln\nRevs 266.2 mln vs 194.6 mln\nAvg shrs 17.4 mln vs 17.1 mln\n';
  const e = createEngine({ fs: memory({ 'tyco.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const ok = e.check('Revenue jumped 37% to $266.2 million [@tyco].\n');
  assert.equal(verdictOf(ok, '37%'), 'verified', JSON.stringify(ok.figures));
  const bad = e.check('Revenue jumped 27% to $266.2 million [@tyco].\n');
  const f = bad.findings.find((x) => x.code === 'figure.mismatch');
  assert.equal(f?.fixes[0].edits[0].newText, '37%', JSON.stringify(bad.findings));
});

test('a value bound to another name in the source is contradicted by the value of the draft\'s name', async () => {
  const src = 'Among the leading industrial countries, consumer price inflation was highest in Italy at 4.2 pct, followed by Canada at 4.0 pct and Britain at 3.9 pct.\n';
  const e = createEngine({ fs: memory({ 'oecd.txt': src }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  const ok = e.check('Inflation was highest in Italy at 4.2%, followed by Canada at 4% [@oecd].\n');
  assert.equal(verdictOf(ok, '4.2%'), 'verified');
  assert.equal(verdictOf(ok, '4%'), 'verified');
  const bad = e.check('Inflation was highest in Italy at 4.2%, followed by Canada at 3.9% [@oecd].\n');
  const f = bad.findings.find((x) => x.code === 'figure.mismatch' && x.message.startsWith('"3.9%"'));
  assert.ok(f, JSON.stringify(bad.findings.map((x) => x.message)));
  assert.equal(f.fixes[0].edits[0].newText, '4.0%');
});
