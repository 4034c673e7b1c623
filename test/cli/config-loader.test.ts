import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, locateConfig, withCorpus } from '../../server/src/cli/config-loader.ts';
import { UsageError } from '../../server/src/cli/errors.ts';
import { useColor } from '../../server/src/cli/format-text.ts';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';

function tree(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'citecheck-cfg-')));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

test('the nearest config above the first draft wins over the current directory', () => {
  const dir = tree({ '.citecheck.json': '{}', 'a/.citecheck.json': '{}', 'a/b/c/draft.md': '' });
  assert.equal(locateConfig(dir, 'a/b/c/draft.md'), join(dir, 'a/.citecheck.json'));
  assert.equal(locateConfig(dir, undefined), join(dir, '.citecheck.json'));
  assert.equal(locateConfig(dir, 'a/b/c/draft.md', 'x.json'), join(dir, 'x.json'));
});

test('loadConfig: config folder is the root; defaults without a file', () => {
  const dir = tree({ 'p/.citecheck.json': '{"corpus": ["src"], "citationStyle": "footnote"}', 'p/d.md': '' });
  const loaded = loadConfig({ cwd: dir, firstDraft: 'p/d.md', corpus: [] });
  assert.equal(loaded.root, join(dir, 'p'));
  assert.deepEqual(loaded.config.corpus, ['src']);
  assert.equal(loaded.config.citationStyle, 'footnote');
  const bare = tree({ 'd.md': '' });
  const none = loadConfig({ cwd: bare, firstDraft: 'd.md', corpus: [] });
  assert.equal(none.root, bare);
  assert.deepEqual(none.config.corpus, DEFAULT_CONFIG.corpus);
  assert.equal(none.path, undefined);
});

test('an invalid config is a one-line UsageError naming the key', () => {
  const dir = tree({ '.citecheck.json': '{"maxFileSize": "big"}' });
  assert.throws(() => loadConfig({ cwd: dir, corpus: [] }), (err: unknown) =>
    err instanceof UsageError && /maxFileSize/.test(err.message) && !err.message.includes('\n'));
});

test('--corpus is relative to cwd, rebased onto the config root when inside it', () => {
  const base = { config: { ...DEFAULT_CONFIG, corpus: ['sources'] }, root: '/w/project' };
  assert.deepEqual(withCorpus(base, ['project/extra', 'project/more/**/*.md'], '/w').config.corpus, ['extra', 'more/**/*.md']);
  assert.equal(withCorpus(base, ['project/extra'], '/w').root, '/w/project');
  const outside = withCorpus(base, ['elsewhere'], '/w');
  assert.equal(outside.root, '/w');
  assert.deepEqual(outside.config.corpus, ['elsewhere']);
  assert.equal(withCorpus(base, [], '/w'), base);
});

test('colour only on a terminal without NO_COLOR', () => {
  assert.equal(useColor(true, {}), true);
  assert.equal(useColor(false, {}), false);
  assert.equal(useColor(undefined, {}), false);
  assert.equal(useColor(true, { NO_COLOR: '1' }), false);
  assert.equal(useColor(true, { NO_COLOR: '' }), true);
});
