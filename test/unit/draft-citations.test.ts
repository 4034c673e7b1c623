import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft, type Draft } from '../../server/src/core/draft/index.ts';

const slice = (d: Draft, r: { start: number; end: number }) => d.text.slice(r.start, r.end);

test('Pandoc citations in all their forms, removed from the prose', () => {
  const md = 'Growth hit 3% [@nikkei]. Exports fell [@dawn, p. 33]. Both agree [@a; @b]. ' +
    'Compare [see @smith04 p. 4]. Also [-@brown2020, pp. 3-5; @ali:2024].\n';
  const d = parseDraft(md);
  assert.deepEqual(d.citations.map((c) => [c.kind, c.keys, slice(d, c)]), [
    ['pandoc', ['nikkei'], '[@nikkei]'],
    ['pandoc', ['dawn'], '[@dawn, p. 33]'],
    ['pandoc', ['a', 'b'], '[@a; @b]'],
    ['pandoc', ['smith04'], '[see @smith04 p. 4]'],
    ['pandoc', ['brown2020', 'ali:2024'], '[-@brown2020, pp. 3-5; @ali:2024]'],
  ]);
  assert.deepEqual(d.sentences.map((s) => s.text), [
    'Growth hit 3%.', 'Exports fell.', 'Both agree.', 'Compare.', 'Also.',
  ]);
  d.sentences.forEach((s, i) => assert.deepEqual(s.citations, [d.citations[i]]));
  for (const s of d.sentences) assert.doesNotMatch(s.text, /[@[\]]/);
});

test('in-text @key citations with an optional locator; e-mail addresses are not citations', () => {
  const md = 'As @khan2023 [p. 7] argues, mail editor@dawn.com today.\n';
  const d = parseDraft(md);
  assert.equal(d.citations.length, 1);
  assert.deepEqual(d.citations[0].keys, ['khan2023']);
  assert.equal(slice(d, d.citations[0]), '@khan2023 [p. 7]');
  assert.equal(d.sentences[0].text, 'As argues, mail editor@dawn.com today.');
});

test('brackets without keys stay prose', () => {
  const d = parseDraft('He said [sic] it was 5% [emphasis added].\n');
  assert.equal(d.citations.length, 0);
  assert.equal(d.sentences[0].text, 'He said [sic] it was 5% [emphasis added].');
});

test('footnote calls take the keys and URLs of their definitions', () => {
  const md = [
    'The deficit was $9 billion.[^1] Exports fell [^note]. Imports rose.[^3]', '',
    '[^1]: Nikkei Asia [@nikkei-2024], https://asia.nikkei.com/a', '',
    '[^note]: <https://dawn.com/news/1>', '',
    '[^3]: dawn-2024, reuters-7', '',
  ].join('\n');
  const d = parseDraft(md);
  const fn = d.citations.filter((c) => c.kind === 'footnote');
  assert.deepEqual(fn.map((c) => [c.label, c.keys, c.url, slice(d, c)]), [
    ['1', ['nikkei-2024'], 'https://asia.nikkei.com/a', '[^1]'],
    ['note', [], 'https://dawn.com/news/1', '[^note]'],
    ['3', ['dawn-2024', 'reuters-7'], undefined, '[^3]'],
  ]);
  assert.deepEqual(d.sentences.map((s) => s.text), ['The deficit was $9 billion.', 'Exports fell.', 'Imports rose.']);
  assert.deepEqual(d.sentences.map((s) => s.citations.map((c) => c.label)), [['1'], ['note'], ['3']]);
  const def = d.footnotes.get('1');
  assert.ok(def);
  assert.equal(def.text, 'Nikkei Asia [@nikkei-2024], https://asia.nikkei.com/a');
  assert.deepEqual(def.urls, ['https://asia.nikkei.com/a']);
  assert.equal(slice(d, def).startsWith('[^1]:'), true);
  assert.equal(d.footnotes.size, 3);
  assert.ok(!d.sentences.some((s) => s.text.includes('Nikkei Asia')), 'definitions are not prose');
});

test('a footnote call without a definition is still a citation', () => {
  const d = parseDraft('Exports fell 4%.[^9]\n');
  assert.deepEqual(d.citations.map((c) => [c.kind, c.label, c.keys]), [['footnote', '9', []]]);
  assert.equal(d.sentences[0].text, 'Exports fell 4%.');
});

test('links are link citations and keep their text; reference links resolve', () => {
  const md = 'According to [a Reuters report](https://reuters.com/x), and [Dawn][d], growth slowed.\n\n[d]: https://dawn.com/y\n';
  const d = parseDraft(md);
  assert.deepEqual(d.citations.map((c) => [c.kind, c.url]), [['link', 'https://reuters.com/x'], ['link', 'https://dawn.com/y']]);
  assert.equal(d.sentences.length, 1);
  assert.equal(d.sentences[0].text, 'According to a Reuters report, and Dawn, growth slowed.');
  assert.equal(d.sentences[0].citations.length, 2);
});

test('a citation belongs to the sentence it follows, also across paragraphs chunks', () => {
  const md = 'First claim. Second claim.[^1] Third claim [@c].\n\n[^1]: @b\n';
  const d = parseDraft(md);
  assert.deepEqual(d.sentences.map((s) => s.citations.map((c) => c.keys.join())), [[], ['b'], ['c']]);
});

test('a footnote written as a reference takes the ids it names, not its names or dates', async () => {
  const { footnoteKeys } = await import('../../server/src/core/draft/citations.ts');
  assert.deepEqual(footnoteKeys('Nikkei Asia, 001-62cc25fecc494a02.'), ['001-62cc25fecc494a02']);
  assert.deepEqual(footnoteKeys('Reuters, 2024-03-02, p. 4'), []);
  assert.deepEqual(footnoteKeys('Nikkei Asia, Beijing and Islamabad near a deal'), []);
  assert.deepEqual(footnoteKeys('dawn-2024; reuters'), ['dawn-2024', 'reuters']);
});
