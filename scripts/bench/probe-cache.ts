// Developer probe: times a cached corpus load (second engine over the same in-memory files and cache).
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { readCorpus } from './jsonl.ts';
import { memFsOf } from './memfs.ts';

async function main(): Promise<void> {
  const fs = memFsOf(await readCorpus(process.argv[2]), '/bench/corpus');
  const make = () => createEngine({ fs, root: '/bench', config: { ...DEFAULT_CONFIG, corpus: ['corpus'] }, cacheDir: '/bench/.cache' });
  const first = make();
  await first.loadCorpus();
  await first.flushCache();
  for (let i = 0; i < 3; i++) {
    const e = make();
    const t = performance.now();
    await e.loadCorpus();
    console.log(`cached load ${(performance.now() - t).toFixed(0)} ms`, e.loadStats());
  }
}
void main();
