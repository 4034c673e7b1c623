import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft, type Draft } from '../../server/src/core/draft/index.ts';

const slice = (d: Draft, r: { start: number; end: number }) => d.text.slice(r.start, r.end);
const texts = (d: Draft) => d.sentences.map((s) => s.text);

test('toDraft maps every normalised char back through quotes, emphasis, links and wrapping', () => {
  const md = 'The **“big”** _plan_ by [Dawn](https://dawn.com/x) cost\n$9 billion — it’s\u00A0done.\n';
  const d = parseDraft(md);
  assert.equal(d.sentences.length, 1);
  const s = d.sentences[0];
  assert.equal(s.text, 'The "big" plan by Dawn cost $9 billion - it\'s done.');
  const expected = 'The “big” plan by Dawn cost $9 billion — it’s done.';
  for (let i = 0; i < s.text.length; i++) {
    const at = s.toDraft(i);
    const ch = md[at];
    if (s.text[i] === ' ') assert.match(ch, /\s/, `space at ${i}`);
    else assert.equal(ch, expected[i], `char ${i} (${s.text[i]})`);
  }
  assert.equal(s.toDraft(s.text.length), s.end);
  assert.equal(slice(d, s), md.trim());
  const b = s.text.indexOf('billion');
  assert.equal(md.slice(s.toDraft(b), s.toDraft(b + 6) + 1), 'billion');
});

test('inline markup never reaches the sentence text', () => {
  const d = parseDraft('A **bold** and *em* and __strong__ and _under_ and ~~gone~~ word.\n');
  assert.deepEqual(texts(d), ['A bold and em and strong and under and gone word.']);
});

test('escapes and character references map to their source characters', () => {
  const md = 'Prices \\*rose\\* by 5&nbsp;% &amp; more.\n';
  const d = parseDraft(md);
  const s = d.sentences[0];
  assert.equal(s.text, 'Prices *rose* by 5 % & more.');
  const amp = s.text.indexOf('&');
  assert.equal(md.slice(s.toDraft(amp), s.toDraft(amp) + 5), '&amp;');
  const r = s.text.indexOf('rose');
  assert.equal(md.slice(s.toDraft(r), s.toDraft(r + 3) + 1), 'rose');
  assert.equal(md[s.toDraft(r - 1)], '*');
});

test('skips code, front matter, HTML, comments, URLs and link targets', () => {
  const md = [
    '---', 'title: "A 99% draft."', '---', '',
    'Growth was `42%` per year <!-- fixme 77% --> <span>in</span> 2023.', '',
    '```', 'const x = "quoted 12";', '```', '',
    '    indented code 55', '',
    '<div>', 'html block 66', '</div>', '',
    '<!--', 'multi-line comment', '', 'with a blank line 88', '-->', '',
    'See https://example.com/a/b and <https://x.org/p> or [the report](https://r.org/q "t").', '',
  ].join('\n');
  const d = parseDraft(md);
  assert.deepEqual(texts(d), ['Growth was per year in 2023.', 'See and or the report.']);
  assert.equal(d.quotations.length, 0);
  const links = d.citations.filter((c) => c.kind === 'link').map((c) => c.url);
  assert.deepEqual(links, ['https://example.com/a/b', 'https://x.org/p', 'https://r.org/q']);
  const rep = d.citations.find((c) => c.url === 'https://r.org/q');
  assert.ok(rep);
  assert.equal(slice(d, rep), '[the report](https://r.org/q "t")');
});

test('block kinds: headings, list items, block quotes and table cells are separate blocks', () => {
  const md = [
    '## Growth in *2024*', '',
    '- First item. Second sentence', '  continues here.', '- Second item', '  1. Nested item', '',
    '> Quoted text here.', '',
    '| Year | Growth |', '| ---- | ------ |', '| 2023 | 3.5% |', '| 2024 | **4%** \\| est |', '',
    'Plain paragraph.', '',
  ].join('\n');
  const d = parseDraft(md);
  const kinds = d.sentences.map((s) => [s.block, s.text]);
  assert.deepEqual(kinds, [
    ['heading', 'Growth in 2024'],
    ['list', 'First item.'],
    ['list', 'Second sentence continues here.'],
    ['list', 'Second item'],
    ['list', 'Nested item'],
    ['blockquote', 'Quoted text here.'],
    ['table', 'Year'], ['table', 'Growth'], ['table', '2023'], ['table', '3.5%'], ['table', '2024'], ['table', '4% | est'],
    ['paragraph', 'Plain paragraph.'],
  ]);
  for (const s of d.sentences) assert.equal(slice(d, s).replace(/\s+/g, ' ').replace(/[*\\]/g, ''), s.text);
  // The cells of one table row share a block (a citation anywhere in the row covers it).
  const cells = d.sentences.filter((s) => s.block === 'table');
  assert.equal(new Set(cells.map((c) => c.blockIndex)).size, 3);
});

test('list item continuation lines map back across indentation', () => {
  const md = '- A list item that\n  wraps onto 12 lines.\n';
  const s = parseDraft(md).sentences[0];
  const i = s.text.indexOf('12');
  assert.equal(md.slice(s.toDraft(i), s.toDraft(i) + 2), '12');
  assert.equal(md.slice(s.start, s.end), 'A list item that\n  wraps onto 12 lines.');
});

test('block quote lines map back across the > markers', () => {
  const md = '> Exports rose\n> by 7 percent.\n';
  const s = parseDraft(md).sentences[0];
  assert.equal(s.text, 'Exports rose by 7 percent.');
  const i = s.text.indexOf('7');
  assert.equal(md[s.toDraft(i)], '7');
});

test('CRLF line endings and non-BMP characters keep offsets exact', () => {
  const md = 'Growth 😀 was\r\n5% last year.\r\n\r\nNext one.\r\n';
  const d = parseDraft(md);
  assert.deepEqual(texts(d), ['Growth 😀 was 5% last year.', 'Next one.']);
  const s = d.sentences[0];
  assert.equal(md[s.toDraft(s.text.indexOf('5%'))], '5');
  assert.equal(slice(d, d.sentences[1]), 'Next one.');
});

test('parsing is repeatable (memoised chunks give fresh, equal results)', () => {
  const md = 'One [@a]. Two.\n\nThree[^1].\n\n[^1]: See @b.\n';
  const a = parseDraft(md);
  a.citations[0].keys.push('mutated');
  const b = parseDraft(md);
  assert.deepEqual(b.citations.map((c) => c.keys), [['a'], ['b']]);
  assert.deepEqual(texts(b), texts(a));
  const edited = parseDraft('Zero.\n\n' + md);
  assert.equal(slice(edited, edited.sentences[1]), 'One [@a].');
});

test('a 20,000-word draft parses quickly once its chunks are known, and edits re-parse one chunk', () => {
  const para = (i: number) => `Prime Minister **Shehbaz Sharif** said growth hit ${i}.5% in 2024, according to [Reuters](https://reuters.com/${i}). “We will win,” he said [@nikkei, p. ${i}]. The deficit was $9 billion.[^1]\n\n`;
  let md = '';
  for (let i = 0; md.split(/\s+/).length < 20000; i++) md += para(i);
  md += '[^1]: [@nikkei]\n';
  const first = parseDraft(md);
  assert.ok(first.sentences.length > 2000);
  const edited = parseDraft(md.replace('hit 7.5%', 'hit 8.5%'));
  assert.equal(edited.sentences.length, first.sentences.length);
  assert.ok(edited.sentences.some((s) => s.text.includes('hit 8.5%')));
});
