import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, p95, quantile, repeat, summarize } from '../../scripts/bench/stats.ts';
import { MemFs, memFsOf } from '../../scripts/bench/memfs.ts';
import { parseJsonl, readCorpus, readJsonl } from '../../scripts/bench/jsonl.ts';
import { evaluateTargets, formatJson, growthPer10x, type BenchResult } from '../../scripts/bench/report.ts';

test('median and p95 interpolate between ranks', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  const hundred = Array.from({ length: 101 }, (_, i) => 100 - i);
  assert.equal(p95(hundred), 95);
  assert.equal(quantile([5], 0.95), 5);
  assert.ok(Number.isNaN(median([])));
  assert.deepEqual(summarize([2, 4, 6]), { median: 4, p95: 5.8, min: 2, max: 6, runs: 3 });
});

test('repeat runs warm-up then the timed runs with their indices', () => {
  const seen: number[] = [];
  const t = repeat((i) => seen.push(i), 4, 2);
  assert.deepEqual(seen, [-1, -2, 0, 1, 2, 3]);
  assert.equal(t.runs, 4);
});

test('MemFs lists implied folders, reads, stats and records writes', async () => {
  const fs = memFsOf([{ file: '000001.txt', text: 'héllo' }, { file: 'sub/a.md', text: '# A' }], '/bench/corpus');
  assert.deepEqual(await fs.readDir('/bench'), [{ name: 'corpus', isDirectory: true }]);
  const entries = (await fs.readDir('/bench/corpus/')) ?? [];
  assert.deepEqual(entries.map((e) => `${e.name}:${e.isDirectory}`).sort(), ['000001.txt:false', 'sub:true']);
  assert.equal(new TextDecoder().decode(await fs.readFile('/bench/corpus/000001.txt')), 'héllo');
  assert.equal((await fs.stat('/bench/corpus/000001.txt'))?.size, 6);
  assert.equal((await fs.stat('/bench/corpus/sub'))?.isDirectory, true);
  assert.equal(await fs.stat('/nope'), undefined);
  assert.equal(await fs.readDir('/bench/corpus/000001.txt'), undefined);
  await assert.rejects(fs.readFile('/bench/missing.txt'));
  assert.equal(fs.totalBytes, 9);
  const cache = new MemFs();
  await cache.writeFile('/c/index.bin', new Uint8Array([1, 2]));
  assert.deepEqual(cache.written, ['/c/index.bin']);
  assert.equal(cache.fileCount, 1);
});

test('parseJsonl reads articles, skips blank lines and names bad lines', () => {
  const rows = parseJsonl('{"id": 7, "title": "T", "date": "1987-02-26", "text": "Body."}\n\n{"id":"x/1","text":"B"}\n');
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0], { id: '7', title: 'T', date: '1987-02-26', text: 'Body.', file: '000007.txt' });
  assert.equal(rows[1].file, '000x_1.txt');
  assert.throws(() => parseJsonl('{"id":1,"text":"a"}\nnot json'), /line 2/);
  assert.throws(() => parseJsonl('{"id":1}'), /missing "text"/);
});

test('readJsonl reads plain and gzip files; readCorpus reads folders', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-test-'));
  try {
    const body = '{"id":1,"title":"A","text":"One."}\n{"id":2,"title":"B","text":"Two."}\n';
    await writeFile(join(dir, 'a.jsonl'), body);
    await writeFile(join(dir, 'a.jsonl.gz'), gzipSync(body));
    assert.deepEqual((await readJsonl(join(dir, 'a.jsonl'))).map((a) => a.text), ['One.', 'Two.']);
    assert.deepEqual(await readJsonl(join(dir, 'a.jsonl.gz')), await readJsonl(join(dir, 'a.jsonl')));
    await mkdir(join(dir, 'src', 'deep'), { recursive: true });
    await writeFile(join(dir, 'src', 'b.md'), '# B');
    await writeFile(join(dir, 'src', 'deep', 'c.txt'), 'C.');
    await writeFile(join(dir, 'src', 'skip.png'), 'x');
    const folder = await readCorpus(join(dir, 'src'));
    assert.deepEqual(folder.map((a) => a.file), ['b.md', 'deep/c.txt']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('targets and growth per tenfold corpus', () => {
  assert.equal(growthPer10x(10, 20, 1000, 10000), 2);
  assert.ok(Math.abs(growthPer10x(10, 40, 1000, 100000) - 2) < 1e-9);
  const r = { check_5k_median_ms: 40, edit_recheck_median_ms: 6, scaling_per_10x: 1.2, index_mb_per_s: 25, cache: 'implemented', cache_load_ms: 100, peak_rss_mb: 200, corpus_mb: 17 } as BenchResult;
  const marks = evaluateTargets(r).map((t) => t.pass);
  assert.deepEqual(marks, [true, false, true, true, true, false]);
  const json = JSON.parse(formatJson({ ...r, index_build_ms: 1.23456 }, evaluateTargets(r)));
  assert.equal(json.targets['edit re-check median'], 'MISS');
  assert.equal(json.index_build_ms, 1.235);
  const cold = evaluateTargets({ ...r, cache: 'not implemented — cold load' });
  assert.equal(cold[4].pass, false);
});

test('summarizeProfile sums self time per function and total time below it', async () => {
  const { summarizeProfile } = await import('../../scripts/bench/profile-summary.ts');
  const frame = (functionName: string) => ({ functionName, url: 'file:///work/main/x.ts', lineNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2] },
      { id: 2, callFrame: frame('check'), children: [3, 4] },
      { id: 3, callFrame: frame('search') },
      { id: 4, callFrame: frame('sourceRef') },
    ],
    samples: [3, 3, 4, 2],
    timeDeltas: [1000, 1000, 3000, 500],
  };
  const rows = summarizeProfile(profile);
  assert.deepEqual(rows.map((r) => [r.name, r.selfMs, r.totalMs]), [
    ['sourceRef x.ts:1', 3, 3],
    ['search x.ts:1', 2, 2],
    ['check x.ts:1', 0.5, 5.5],
    ['(root) x.ts:1', 0, 5.5],
  ]);
  assert.deepEqual(summarizeProfile(profile, 'search').map((r) => r.name), ['search x.ts:1']);
});
