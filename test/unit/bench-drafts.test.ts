import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, editOneFigure } from '../../scripts/bench/drafts.ts';
import { syntheticCorpus } from '../../scripts/bench/synthetic.ts';
import { alterQuotation, changeNumber, paraphrase, perturbFigure, splitArticle, wordCount } from '../../scripts/bench/sentences.ts';
import { Rng } from '../../scripts/bench/rng.ts';
import { baselineCheck, buildBaseline, draftSentences } from '../../scripts/bench/baseline.ts';

const corpus = syntheticCorpus(200, 3);
const sources = corpus.map((a) => ({ key: `k${a.id}`, text: a.text }));

test('synthetic corpus is seeded and full of figures and quotations', () => {
  assert.deepEqual(syntheticCorpus(5, 3), corpus.slice(0, 5));
  assert.notDeepEqual(syntheticCorpus(5, 4)[0].text, corpus[0].text);
  const text = corpus.map((a) => a.text).join('\n');
  assert.match(text, /\d+(\.\d)?( percent|%)/);
  assert.match(text, /[$€£]\d/);
  assert.match(text, /"[^"]+"/);
  assert.match(text, /(January|February|March|April|May|June|July|August|September|October|November|December) \d+, \d{4}/);
});

test('drafts are deterministic per seed and reach their word count', () => {
  for (const words of [1000, 5000]) {
    const a = buildDraft(sources, words, 42);
    assert.equal(a.text, buildDraft(sources, words, 42).text);
    assert.ok(a.words >= words && a.words < words + 80, `${a.words} words for ${words}`);
    const prose = a.text.replace(/^#.*$/gm, '').replace(/ \[@[^\]]*\]/g, '').replace(/^- /gm, '');
    assert.equal(wordCount(prose), a.words);
    for (const kind of ['verbatim', 'figure', 'quote', 'paraphrase', 'unrelated'] as const) assert.ok(a.counts[kind] > 0, kind);
  }
  assert.notEqual(buildDraft(sources, 1000, 1).text, buildDraft(sources, 1000, 2).text);
});

test('drafts cite their sources and lay out headings, paragraphs and lists', () => {
  const d = buildDraft(sources, 5000, 7);
  const keys = new Set(sources.map((s) => s.key));
  const cited = [...d.text.matchAll(/\[@([^\]]+)\]/g)].map((m) => m[1]);
  assert.ok(cited.length > 20);
  assert.ok(cited.every((k) => keys.has(k) && d.sources.includes(k)));
  assert.match(d.text, /^# /m);
  assert.match(d.text, /^## /m);
  assert.match(d.text, /^- /m);
});

test('a verbatim draft sentence is a source sentence', () => {
  const d = buildDraft(sources, 1000, 9);
  const all = new Set(sources.flatMap((s) => splitArticle(s.text)));
  const plain = d.text.split('\n').flatMap((l) => l.replace(/^- /, '').split(/(?<=\.) (?=[A-Z"])/));
  const verbatim = plain.map((s) => s.replace(/ \[@[^\]]*\](?=[.!?]["')]?$)/, '')).filter((s) => all.has(s));
  assert.ok(verbatim.length >= d.counts.verbatim * 0.8, `${verbatim.length} of ${d.counts.verbatim}`);
});

test('sentence edits change exactly what they claim', () => {
  const rng = new Rng(5);
  assert.equal(changeNumber('1,234', 1), '1,235');
  assert.equal(changeNumber('999', 1), '1000');
  assert.equal(changeNumber('3.5', 2), '3.7');
  const s = 'Exports rose 4.5 pct to 120 mln dlrs in March.';
  const f = perturbFigure(s, rng) ?? '';
  assert.notEqual(f, s);
  assert.equal(f.replace(/\d/g, '#').length >= s.replace(/\d/g, '#').length, true);
  assert.equal(perturbFigure('No figures here at all.', rng), undefined);
  const q = 'He said "we will not cut prices this year" on Monday.';
  const altered = alterQuotation(q, rng) ?? '';
  assert.notEqual(altered, q);
  assert.ok(altered.endsWith('" on Monday.'));
  assert.equal(alterQuotation('No quotation in this sentence.', rng), undefined);
  assert.notEqual(paraphrase('The company said profit rose in the first quarter, beating most forecasts by far.', new Rng(1)), '');
});

test('editOneFigure changes one figure outside headings and citations', () => {
  const text = '# Report 2024\n\nProfit was 15 mln [@000123]. Sales rose 7 pct.\n';
  for (let n = 0; n < 5; n++) {
    const e = editOneFigure(text, n) ?? '';
    assert.notEqual(e, text);
    assert.ok(e.startsWith('# Report 2024\n'));
    assert.ok(e.includes('[@000123]'));
    const nums = (t: string) => t.match(/\d+/g) ?? [];
    assert.equal(nums(e).length, nums(text).length);
    assert.equal(nums(e).filter((x, i) => x !== nums(text)[i]).length, 1);
    assert.equal(e.replace(/\d+/g, '#'), text.replace(/\d+/g, '#'));
  }
  assert.equal(editOneFigure('# 2024\n\nNo figures.', 0), undefined);
});

test('baseline finds a perturbed figure through its top hit', () => {
  const b = buildBaseline(['Acme said profit rose 12 pct to 340 mln dlrs. Other news.', 'Nothing related here at all.']);
  assert.deepEqual(draftSentences('# H\n\n- Acme said profit rose 12 pct to 341 mln dlrs [@k].'), ['Acme said profit rose 12 pct to 341 mln dlrs.']);
  const f = baselineCheck(b, 'Acme said profit rose 12 pct to 341 mln dlrs [@k].');
  assert.deepEqual(f.map((x) => x.number), ['341']);
  assert.equal(baselineCheck(b, 'Acme said profit rose 12 pct to 340 mln dlrs.').length, 0);
});

test('the sentence splitter keeps initials and abbreviations inside sentences', async () => {
  const { splitSentencesLoose } = await import('../../scripts/bench/sentences.ts');
  assert.deepEqual(splitSentencesLoose('Arvin Industries Inc said L.K. Evans was elected.\n    He is 52. Acme Corp. rose.\n\nNew para.'), [
    'Arvin Industries Inc said L.K. Evans was elected.',
    'He is 52.',
    'Acme Corp. rose.',
    'New para.',
  ]);
});
