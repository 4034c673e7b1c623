import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listCorpusFiles } from '../../server/src/core/corpus/index.ts';
import { createNodeFileSystem } from '../../server/src/node/nodefs.ts';
import type { FileSystem } from '../../server/src/core/types.ts';

/** A FileSystem over a list of file paths (folders are implied by the paths). */
function memFs(files: string[]): FileSystem {
  const dirs = new Map<string, Map<string, boolean>>();
  const add = (dir: string, name: string, isDir: boolean) => {
    if (!dirs.has(dir)) dirs.set(dir, new Map());
    dirs.get(dir)?.set(name, isDir);
  };
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) add(parts.slice(0, i).join('/') || '/', parts[i], i < parts.length - 1);
  }
  const fileSet = new Set(files);
  return {
    async readDir(path) {
      const d = dirs.get(path);
      return d ? [...d].map(([name, isDirectory]) => ({ name, isDirectory })) : undefined;
    },
    async readFile(path) {
      if (!fileSet.has(path)) throw new Error(`ENOENT ${path}`);
      return new TextEncoder().encode('x');
    },
    async stat(path) {
      if (fileSet.has(path)) return { size: 1, mtimeMs: 0, isDirectory: false };
      return dirs.has(path) ? { size: 0, mtimeMs: 0, isDirectory: true } : undefined;
    },
  };
}

const FILES = [
  '/ws/sources/a.md',
  '/ws/sources/b.txt',
  '/ws/sources/c.HTML',
  '/ws/sources/d.htm',
  '/ws/sources/e.markdown',
  '/ws/sources/notes.pdf',
  '/ws/sources/.hidden.md',
  '/ws/sources/sub/f.txt',
  '/ws/sources/sub/old/g.txt',
  '/ws/sources/node_modules/pkg/readme.md',
  '/ws/sources/.git/HEAD.txt',
  '/ws/sources/.obsidian/x.md',
  '/ws/other/h.md',
  '/ws/draft.md',
  '/elsewhere/z.txt',
];
const fs = memFs(FILES);

test('a folder is walked recursively for corpus extensions only, skipping node_modules and dot-folders', async () => {
  assert.deepEqual(await listCorpusFiles(fs, ['sources'], '/ws', []), [
    '/ws/sources/a.md',
    '/ws/sources/b.txt',
    '/ws/sources/c.HTML',
    '/ws/sources/d.htm',
    '/ws/sources/e.markdown',
    '/ws/sources/sub/f.txt',
    '/ws/sources/sub/old/g.txt',
  ]);
});

test('globs, files and absolute patterns; results are sorted and unique', async () => {
  assert.deepEqual(await listCorpusFiles(fs, ['sources/**/*.txt'], '/ws', []), ['/ws/sources/b.txt', '/ws/sources/sub/f.txt', '/ws/sources/sub/old/g.txt']);
  assert.deepEqual(await listCorpusFiles(fs, ['sources/*.md', 'other/h.md', './sources/a.md', '/elsewhere'], '/ws', []), [
    '/elsewhere/z.txt',
    '/ws/other/h.md',
    '/ws/sources/a.md',
  ]);
  assert.deepEqual(await listCorpusFiles(fs, ['sources/notes.pdf', 'missing', 'missing/*.md'], '/ws', []), []);
});

test('ignore globs apply to files and prune folders', async () => {
  const listed = await listCorpusFiles(fs, ['sources'], '/ws', ['sources/sub/old', '*.htm', '**/e.markdown']);
  assert.deepEqual(listed, ['/ws/sources/a.md', '/ws/sources/b.txt', '/ws/sources/c.HTML', '/ws/sources/sub/f.txt']);
  assert.deepEqual(await listCorpusFiles(fs, ['sources/**/*.txt'], '/ws', ['sub']), ['/ws/sources/b.txt']);
});

test('Windows-style roots and patterns produce / separated paths', async () => {
  const win = memFs(['C:/ws/src/a.md', 'C:/ws/src/x/b.txt']);
  assert.deepEqual(await listCorpusFiles(win, ['src'], 'C:\\ws', []), ['C:/ws/src/a.md', 'C:/ws/src/x/b.txt']);
  assert.deepEqual(await listCorpusFiles(win, ['src\\x'], 'C:\\ws\\', []), ['C:/ws/src/x/b.txt']);
});

test('the real file system through nodefs', async () => {
  const root = mkdtempSync(join(tmpdir(), 'citecheck-list-')).replace(/\\/g, '/');
  const files = ['a.md', 'sub/b.txt', 'sub/deep/c.htm', 'sub/notes.pdf', 'sub/e.draft.md', 'drafts/d.markdown', 'node_modules/pkg/x.md', '.git/y.md', '.cache/z.txt'];
  try {
    for (const f of files) {
      mkdirSync(dirname(join(root, 'tree', f)), { recursive: true });
      writeFileSync(join(root, 'tree', f), 'text');
    }
    const fs = createNodeFileSystem();
    const listed = await listCorpusFiles(fs, ['tree'], root, ['drafts', '**/*.draft.md']);
    assert.deepEqual(listed, [`${root}/tree/a.md`, `${root}/tree/sub/b.txt`, `${root}/tree/sub/deep/c.htm`]);
    const globbed = await listCorpusFiles(fs, ['tree/**/*.{md,markdown}'], root, []);
    assert.deepEqual(globbed, [`${root}/tree/a.md`, `${root}/tree/drafts/d.markdown`, `${root}/tree/sub/e.draft.md`]);
    assert.deepEqual(await listCorpusFiles(fs, [`${root}/tree/sub/b.txt`], '/nowhere', []), [`${root}/tree/sub/b.txt`]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
