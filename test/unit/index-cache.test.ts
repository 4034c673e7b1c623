import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, cpSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { cacheFile } from '../../server/src/core/loader.ts';
import { createNodeFileSystem } from '../../server/src/node/nodefs.ts';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-cache-'));
  cpSync(resolve(__dirname, '../../examples/corpus'), join(dir, 'corpus'), { recursive: true });
  return dir;
}

async function load(root: string) {
  const e = createEngine({ fs: createNodeFileSystem(), root, config: { ...DEFAULT_CONFIG, corpus: ['corpus'] }, cacheDir: join(root, '.cache') });
  const problems = await e.loadCorpus();
  await e.flushCache();
  return { e, problems, stats: e.loadStats() };
}

const draft = 'Negotiators hinted at a quick restart on the $9 billion Main Line 1 railway, the largest single CPEC project.\n';

test('a second load reuses the cache and gives the same findings', async () => {
  const root = workspace();
  const first = await load(root);
  assert.equal(first.stats.indexed, 4);
  assert.equal(first.stats.cacheWritten, true);
  const second = await load(root);
  assert.deepEqual([second.stats.fromCache, second.stats.indexed, second.stats.cache], [4, 0, 'used']);
  assert.deepEqual(second.e.check(draft).findings, first.e.check(draft).findings);
  assert.equal(second.e.check(draft).findings.find((f) => f.code === 'figure.mismatch')?.expected, '$7 billion');
});

test('a changed source alone is re-indexed; a touched but identical one is not', async () => {
  const root = workspace();
  await load(root);
  const changed = join(root, 'corpus/001_62cc25fecc494a02.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('$7 billion Main Line 1', '$8 billion Main Line 1'));
  const touched = join(root, 'corpus/002_afcec826eed69c49.txt');
  utimesSync(touched, new Date(), new Date(Date.now() + 5000));
  const r = await load(root);
  assert.deepEqual([r.stats.fromCache, r.stats.indexed], [3, 1]);
  assert.equal(r.e.check(draft).findings.find((f) => f.code === 'figure.mismatch')?.expected, '$8 billion');
});

test('a corrupt or truncated cache is detected and rebuilt, never trusted', async () => {
  const root = workspace();
  await load(root);
  const file = cacheFile(join(root, '.cache'));
  const bytes = readFileSync(file);
  writeFileSync(file, bytes.subarray(0, bytes.length - 40));
  const r = await load(root);
  assert.deepEqual([r.stats.cache, r.stats.indexed, r.stats.cacheWritten], ['corrupt', 4, true]);
  writeFileSync(file, 'not a cache at all');
  assert.equal((await load(root)).stats.cache, 'corrupt');
  assert.equal((await load(root)).stats.cache, 'used');
});

test('a removed source disappears from a cached load', async () => {
  const root = workspace();
  await load(root);
  const { rmSync } = await import('node:fs');
  rmSync(join(root, 'corpus/004_7d622b931650d239.txt'));
  const r = await load(root);
  assert.equal(r.e.sources().length, 3);
  assert.equal(r.stats.cacheWritten, true);
});

test('reloading the corpus in the same engine never reuses results of the old index', async () => {
  const root = workspace();
  const e = createEngine({ fs: createNodeFileSystem(), root, config: { ...DEFAULT_CONFIG, corpus: ['corpus'] } });
  await e.loadCorpus();
  assert.equal(e.check(draft).findings.find((f) => f.code === 'figure.mismatch')?.expected, '$7 billion');
  const file = join(root, 'corpus/001_62cc25fecc494a02.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('$7 billion Main Line 1', '$9 billion Main Line 1'));
  await e.loadCorpus();
  assert.equal(e.check(draft).findings.find((f) => f.code === 'figure.mismatch'), undefined);
});
