import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/draft/index.ts';
import { citationEdits, switchCitationEdits } from '../../server/src/core/fixes/citation.ts';
import type { SourceMeta, TextEdit } from '../../server/src/core/types.ts';

const nikkei: SourceMeta = { key: 'nikkei', title: 'Pakistan and China near security deal', author: 'Adnan Aamir', publication: 'Nikkei Asia', date: '2024-10-24', url: 'https://asia.nikkei.com/deal' };
const dawn: SourceMeta = { key: 'dawn', title: 'Dawn report', url: 'https://dawn.com/r' };

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

function cite(text: string, style: 'pandoc' | 'footnote' | 'link', source = nikkei): string {
  const d = parseDraft(text);
  return apply(text, citationEdits(d, d.sentences[0], source, style));
}

test('pandoc: before the final punctuation, merged into an existing bracket, never duplicated', () => {
  assert.equal(cite('The railway costs $7 billion.\n', 'pandoc'), 'The railway costs $7 billion [@nikkei].\n');
  assert.equal(cite('The railway costs $7 billion [@dawn].\n', 'pandoc'), 'The railway costs $7 billion [@dawn; @nikkei].\n');
  assert.equal(cite('The railway costs $7 billion [@nikkei].\n', 'pandoc'), 'The railway costs $7 billion [@nikkei].\n');
});

test('footnote: a reference after the sentence and one definition at the end, reused when present', () => {
  const once = cite('The railway costs $7 billion.\n', 'footnote');
  assert.equal(once, 'The railway costs $7 billion.[^nikkei]\n\n[^nikkei]: Adnan Aamir, "Pakistan and China near security deal", Nikkei Asia, 2024-10-24. https://asia.nikkei.com/deal\n');
  const existing = 'The railway costs $7 billion.\n\nIt is long.[^1]\n\n[^1]: See https://asia.nikkei.com/deal\n';
  const d = parseDraft(existing);
  const out = apply(existing, citationEdits(d, d.sentences[0], nikkei, 'footnote'));
  assert.match(out, /^The railway costs \$7 billion\.\[\^1\]/);
  assert.equal(out.match(/^\[\^/gm)?.length, 1);
});

test('link: an inline link with the title; without a URL it falls back to pandoc', () => {
  assert.equal(cite('The railway costs $7 billion.\n', 'link'), 'The railway costs $7 billion ([Pakistan and China near security deal](https://asia.nikkei.com/deal)).\n');
  assert.equal(cite('The railway costs $7 billion.\n', 'link', { key: 'nourl', title: 'No URL' }), 'The railway costs $7 billion [@nourl].\n');
  assert.equal(cite('The railway costs [$7 billion](https://asia.nikkei.com/deal/).\n', 'link'), 'The railway costs [$7 billion](https://asia.nikkei.com/deal/).\n');
});

test('switching a citation replaces only the key or URL', () => {
  const text = 'It costs $7 billion [@dawn, p. 3].\n';
  const d = parseDraft(text);
  assert.equal(apply(text, switchCitationEdits(d, d.citations[0], dawn, nikkei)), 'It costs $7 billion [@nikkei, p. 3].\n');
});
