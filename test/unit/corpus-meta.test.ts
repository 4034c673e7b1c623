import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignUniqueKeys, keyFromPath, parseSource, slugify } from '../../server/src/core/corpus/index.ts';
import { titleFromText } from '../../server/src/core/corpus/meta.ts';
import { baseName, isAbsolutePath, joinPath, normalizePath, relativePath } from '../../server/src/core/corpus/paths.ts';

test('keys are slugs of the file name without extension', () => {
  assert.equal(keyFromPath('/c/001_62cc25fecc494a02.txt'), '001-62cc25fecc494a02');
  assert.equal(keyFromPath('C:\\c\\Nikkei Asia – Pakistan.md'), 'nikkei-asia-pakistan');
  assert.equal(keyFromPath('/c/Économie & Société (2024).html'), 'economie-societe-2024');
  assert.equal(keyFromPath('/c/.md'), 'md');
  assert.equal(keyFromPath('/c/———.txt'), 'source');
  assert.equal(slugify('  Hello,   World!  '), 'hello-world');
});

test('front matter id or key wins over the file name', () => {
  const md = parseSource('/c/a.md', new TextEncoder().encode('---\nkey: 2024\n---\nText.\n'));
  assert.ok('doc' in md && md.doc.key === '2024');
});

test('assignUniqueKeys suffixes duplicates in path order, skipping taken keys', () => {
  const docs = [
    { path: '/c/z/a.md', key: 'a' },
    { path: '/c/a.md', key: 'a' },
    { path: '/c/m/a.txt', key: 'a' },
    { path: '/c/b.md', key: 'a-2' },
  ];
  assignUniqueKeys(docs);
  assert.deepEqual(
    docs.map((d) => d.key),
    ['a-4', 'a', 'a-3', 'a-2'],
  );
  assert.deepEqual(new Set(docs.map((d) => d.key)).size, 4);
});

test('titles from text are the first line, cut near 120 characters', () => {
  assert.equal(titleFromText('\n\n  Headline here  \nBody'), 'Headline here');
  const long = `${'word '.repeat(40)}end`;
  const t = titleFromText(long);
  assert.ok(t.endsWith('…') && t.length <= 121 && !t.includes('  '));
});

test('path helpers work for POSIX and Windows-style paths', () => {
  assert.equal(joinPath('/ws', 'a/./b/../c.md'), '/ws/a/c.md');
  assert.equal(joinPath('C:\\ws', 'src\\a.md'), 'C:/ws/src/a.md');
  assert.equal(joinPath('/ws', '/abs/x'), '/abs/x');
  assert.equal(normalizePath('/a/../../b'), '/b');
  assert.equal(normalizePath('a/../..'), '..');
  assert.equal(normalizePath('\\\\server\\share\\x'), '//server/share/x');
  assert.ok(isAbsolutePath('D:/x') && isAbsolutePath('/x') && !isAbsolutePath('x/y'));
  assert.equal(relativePath('/ws/', '/ws/src/a.md'), 'src/a.md');
  assert.equal(relativePath('/ws', '/wsx/a.md'), undefined);
  assert.equal(baseName('C:\\ws\\a.md'), 'a.md');
});
