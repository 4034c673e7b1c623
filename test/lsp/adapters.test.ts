// The server's pure adapter helpers: passage emphasis, completion contexts, watcher globs,
// fix-all edit selection and settings overrides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAllEdits } from '../../server/src/lsp/code-actions.ts';
import { completionContext } from '../../server/src/lsp/completion.ts';
import { corpusGlob } from '../../server/src/lsp/corpus-watch.ts';
import { docsLink } from '../../server/src/lsp/diagnostics.ts';
import { emphasisedPassage, emphasiseWords, wordsOf } from '../../server/src/lsp/hover-markdown.ts';
import { settingsOverrides } from '../../server/src/lsp/settings.ts';
import type { Finding } from '../../server/src/core/types.ts';

test('emphasis bolds runs of shared content words, spanning short shared words', () => {
  const out = emphasiseWords('The idea is to ensure minimum contact with the public.', wordsOf('ensure minimum contact'));
  assert.equal(out, 'The idea is to **ensure minimum contact** with the public.');
  assert.equal(emphasiseWords('a to the of', wordsOf('a to the of')), 'a to the of');
});

test('the source value is bolded where it occurs verbatim, with Markdown escaped around it', () => {
  assert.equal(emphasisedPassage('Costs [est.] rose to $7 billion*', '$9 billion', '$7 billion'), 'Costs \\[est.\\] rose to **$7 billion**\\*');
});

test('completion contexts: pandoc keys after [@ or ; @, footnote labels after [^', () => {
  assert.deepEqual(completionContext('As shown [@'), { kind: 'pandoc', typed: '' });
  assert.deepEqual(completionContext('As shown [see @smi'), { kind: 'pandoc', typed: 'smi' });
  assert.deepEqual(completionContext('[@a, p. 3; @b'), { kind: 'pandoc', typed: 'b' });
  assert.deepEqual(completionContext('A note[^'), { kind: 'footnote', typed: '' });
  assert.equal(completionContext('mail me@example'), undefined);
  assert.equal(completionContext('[@done] and then'), undefined);
});

test('corpus entries become watcher globs', () => {
  assert.equal(corpusGlob('sources'), 'sources/**');
  assert.equal(corpusGlob('./sources/'), 'sources/**');
  assert.equal(corpusGlob('articles/**/*.md'), 'articles/**/*.md');
});

test('docs links are README anchors of the code', () => {
  assert.equal(docsLink('figure.sources-disagree'), 'https://github.com/citecheck/citecheck#figuresources-disagree');
});

const finding = (start: number, end: number, newText: string, extra: { start: number; end: number }[] = []): Finding => ({
  code: 'figure.mismatch', severity: 'error', message: '', start, end,
  fixes: [
    { title: 'other', edits: [{ start, end, newText: 'x' }] },
    { title: 'preferred', preferred: true, edits: [{ start, end, newText }, ...extra.map((e) => ({ ...e, newText: '' }))] },
  ],
});

test('fix all takes each preferred fix once, skips colliding fixes, keeps inserts at one point', () => {
  const edits = fixAllEdits([
    finding(10, 12, 'a'),
    finding(11, 14, 'b'),
    finding(20, 22, 'c', [{ start: 100, end: 100 }]),
    finding(30, 32, 'd', [{ start: 100, end: 100 }]),
  ]);
  assert.deepEqual(edits.map((e) => [e.start, e.newText]), [[10, 'a'], [20, 'c'], [30, 'd'], [100, ''], [100, '']]);
});

test('settings overrides keep only the keys that were set, validated like the config file', () => {
  const { overrides, errors } = settingsOverrides({ corpus: [], citationStyle: 'footnote', severity: { 'quote.altered': 'off' }, maxFileSize: null });
  assert.deepEqual(overrides, { citationStyle: 'footnote', severity: { 'quote.altered': 'off' } });
  assert.deepEqual(errors, []);
  const bad = settingsOverrides({ citationStyle: 'mla', maxFileSize: 10 });
  assert.equal(bad.errors.length, 1);
  assert.deepEqual(bad.overrides, { maxFileSize: 10 }, 'an invalid setting must not override the file with a default');
});
