import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft, type Draft } from '../../server/src/core/draft/index.ts';

const inner = (d: Draft) => d.quotations.map((q) => d.text.slice(q.innerStart, q.innerEnd));
const outer = (d: Draft) => d.quotations.map((q) => d.text.slice(q.start, q.end));

test('straight and curly double quotes', () => {
  const d = parseDraft('He called it "a disaster" and “a shame” too.\n');
  assert.deepEqual(inner(d), ['a disaster', 'a shame']);
  assert.deepEqual(outer(d), ['"a disaster"', '“a shame”']);
  assert.ok(d.quotations.every((q) => !q.block && q.text === d.text.slice(q.innerStart, q.innerEnd)));
});

test('single-quote quotations versus apostrophes', () => {
  const d = parseDraft("It's the '90s, Pakistan's rock 'n' roll era, and she called it ‘a new dawn’ and 'bold'.\n");
  assert.deepEqual(inner(d), ['a new dawn', 'bold']);
  const e = parseDraft('The ministers’ plan was ‘not workable’, officials’ notes said.\n');
  assert.deepEqual(inner(e), ['not workable']);
});

test('a single-quoted quote nested in a double-quoted one yields the outer quotation', () => {
  const d = parseDraft('She said: “He told me ‘never again’ and left.”\n');
  assert.deepEqual(inner(d), ['He told me ‘never again’ and left.']);
  assert.equal(d.quotations[0].prose, "He told me 'never again' and left.");
});

test('a quotation may span sentences and keeps them together', () => {
  const md = 'He said: "We will win. They will not. That is all." Then he left.\n';
  const d = parseDraft(md);
  assert.deepEqual(inner(d), ['We will win. They will not. That is all.']);
  assert.deepEqual(d.sentences.map((s) => s.text), ['He said: "We will win. They will not. That is all."', 'Then he left.']);
});

test('markup inside and around quotation marks', () => {
  const md = 'It was **“a *historic* day”**, he said.\n';
  const d = parseDraft(md);
  assert.deepEqual(inner(d), ['a *historic* day']);
  assert.equal(d.quotations[0].prose, 'a historic day');
});

test('unclosed quotations produce nothing', () => {
  const d = parseDraft('He said “we will win and never stopped.\n\nNext “closed” one.\n');
  assert.deepEqual(inner(d), ['closed']);
  assert.equal(d.sentences.length, 2);
});

test('block quotes: each paragraph is a block quotation with its prose', () => {
  const md = 'The minister wrote:\n\n> Growth will reach\n> 5% this year.\n>\n> We are *confident*.\n\nAfter.\n';
  const d = parseDraft(md);
  const blocks = d.quotations.filter((q) => q.block);
  assert.equal(blocks.length, 2);
  assert.equal(d.text.slice(blocks[0].innerStart, blocks[0].innerEnd), 'Growth will reach\n> 5% this year.');
  assert.equal(blocks[0].prose, 'Growth will reach 5% this year.');
  assert.equal(d.text.slice(blocks[1].innerStart, blocks[1].innerEnd), 'We are *confident*.');
  assert.equal(blocks[1].prose, 'We are confident.');
});

test('a block quote introduced by "X said:" gets that speaker', () => {
  const md = 'Finance Minister Muhammad Aurangzeb said:\n\n> The IMF programme is on track.\n';
  const d = parseDraft(md);
  const q = d.quotations.find((x) => x.block);
  assert.equal(q?.speaker?.name, 'Muhammad Aurangzeb');
  assert.ok(q?.speaker);
  assert.equal(d.text.slice(q.speaker.start, q.speaker.end), 'Muhammad Aurangzeb');
});

test('quotes in code, URLs and front matter are ignored', () => {
  const md = '---\ntitle: "Not a quote"\n---\n\nUse `"x"` or\n\n```\n"code"\n```\n\nReal "one" here.\n';
  assert.deepEqual(inner(parseDraft(md)), ['one']);
});
