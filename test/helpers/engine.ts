/** An engine over in-memory sources (file name → text), its corpus loaded: for unit tests. */
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine, type Engine } from '../../server/src/core/engine.ts';
import { memoryFs } from './memory-fs.ts';

export async function engineOn(files: Record<string, string>): Promise<Engine> {
  const e = createEngine({ fs: memoryFs(files), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  return e;
}
