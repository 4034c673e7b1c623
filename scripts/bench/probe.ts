// Developer probe: times cold, warm and edit re-checks of one generated draft, optionally
// under --cpu-prof. Usage: node --import tsx scripts/bench/probe.ts <corpus.jsonl.gz> [words]
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { buildDraft, editOneFigure } from './drafts.ts';
import { readCorpus } from './jsonl.ts';
import { memFsOf } from './memfs.ts';

async function main(): Promise<void> {
  const [corpus, words = '5000'] = process.argv.slice(2);
  const arts = await readCorpus(corpus);
  const e = createEngine({ fs: memFsOf(arts, '/bench/corpus'), root: '/bench', config: { ...DEFAULT_CONFIG, corpus: ['corpus'] } });
  await e.loadCorpus();
  const sources = e.sources().slice(0, 1000).map((d) => ({ key: d.key, text: d.plain }));
  const draft = buildDraft(sources, Number(words), 1).text;
  const time = (f: () => void) => {
    const t = performance.now();
    f();
    return (performance.now() - t).toFixed(1);
  };
  for (let i = 0; i < 5; i++) {
    const cold = time(() => (e.clearCache(), e.check(draft)));
    const warm = time(() => e.check(draft));
    const edited = editOneFigure(draft, i + 1) ?? draft;
    const edit = time(() => e.check(edited));
    console.log(`cold ${cold} ms, warm ${warm} ms, edit ${edit} ms`);
  }
}
void main();
