// Developer probe for profiling one part of the engine with `node --cpu-prof`:
//   node --import tsx scripts/bench/probe.ts check <corpus.jsonl.gz> [words]  cold, warm and edit re-checks
//   node --import tsx scripts/bench/probe.ts load  <corpus.jsonl.gz>          two index builds
//   node --import tsx scripts/bench/probe.ts cache <corpus.jsonl.gz>          three cached loads
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine, type Engine } from '../../server/src/core/engine.ts';
import { buildDraft, editOneFigure } from './drafts.ts';
import { readCorpus } from './jsonl.ts';
import { memFsOf, type MemFs } from './memfs.ts';

const ms = (t: number) => `${(performance.now() - t).toFixed(1)} ms`;

function engineOver(fs: MemFs, cacheDir?: string): Engine {
  return createEngine({ fs, root: '/bench', config: { ...DEFAULT_CONFIG, corpus: ['corpus'] }, ...(cacheDir ? { cacheDir } : {}) });
}

async function checks(fs: MemFs, words: number): Promise<void> {
  const e = engineOver(fs);
  await e.loadCorpus();
  const draft = buildDraft(e.sources().slice(0, 1000).map((d) => ({ key: d.key, text: d.plain })), words, 1).text;
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    e.clearCache();
    e.check(draft);
    const cold = ms(t);
    t = performance.now();
    e.check(draft);
    const warm = ms(t);
    const edited = editOneFigure(draft, i + 1) ?? draft;
    t = performance.now();
    e.check(edited);
    console.log(`cold ${cold}, warm ${warm}, edit ${ms(t)}`);
  }
}

async function loads(fs: MemFs, cached: boolean): Promise<void> {
  const cacheDir = cached ? '/bench/.cache' : undefined;
  if (cached) {
    const first = engineOver(fs, cacheDir);
    await first.loadCorpus();
    await first.flushCache();
  }
  for (let i = 0; i < (cached ? 3 : 2); i++) {
    const e = engineOver(fs, cacheDir);
    const t = performance.now();
    await e.loadCorpus();
    console.log(`${cached ? 'cached load' : 'load'} ${ms(t)}`, e.loadStats());
  }
}

async function main(): Promise<void> {
  const [mode, corpus, words = '5000'] = process.argv.slice(2);
  const fs = memFsOf(await readCorpus(corpus), '/bench/corpus');
  if (mode === 'check') await checks(fs, Number(words));
  else if (mode === 'load' || mode === 'cache') await loads(fs, mode === 'cache');
  else throw new Error('usage: probe.ts check|load|cache <corpus> [words]');
}
void main();
