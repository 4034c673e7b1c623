// Developer probe: times one corpus load (index build) of a JSON-lines corpus, for --cpu-prof.
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { readCorpus } from './jsonl.ts';
import { memFsOf } from './memfs.ts';

async function main(): Promise<void> {
  const arts = await readCorpus(process.argv[2]);
  const fs = memFsOf(arts, '/bench/corpus');
  for (let i = 0; i < 2; i++) {
    const e = createEngine({ fs, root: '/bench', config: { ...DEFAULT_CONFIG, corpus: ['corpus'] } });
    const t = performance.now();
    await e.loadCorpus();
    console.log(`load ${(performance.now() - t).toFixed(0)} ms`);
  }
}
void main();
