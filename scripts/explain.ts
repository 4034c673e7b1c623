// Prints, for each sentence of a draft, its aligned source sentences and figure verdicts.
// Usage: node --import tsx scripts/explain.ts <draft.md> <corpus-dir>
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { alignSentence } from '../server/src/core/align/align.ts';
import { analyseFigures } from '../server/src/core/align/figure-analysis.ts';
import { DEFAULT_CONFIG } from '../server/src/core/config.ts';
import { parseSource, listCorpusFiles } from '../server/src/core/corpus/index.ts';
import { parseDraft } from '../server/src/core/draft/index.ts';
import { extractFigures } from '../server/src/core/figures/index.ts';
import { CorpusIndex } from '../server/src/core/index/corpus-index.ts';
import { createNodeFileSystem } from '../server/src/node/nodefs.ts';

async function main(): Promise<void> {
  const [draftPath, corpusDir] = process.argv.slice(2);
  const fs = createNodeFileSystem();
  const index = new CorpusIndex();
  const root = resolve(corpusDir);
  for (const p of await listCorpusFiles(fs, [root], dirname(root), DEFAULT_CONFIG.ignore)) {
    const r = parseSource(p, await fs.readFile(p));
    if ('doc' in r) index.add(r.doc);
  }
  const draft = parseDraft(readFileSync(draftPath, 'utf8'));
  for (const s of draft.sentences) {
    console.log(`\n# ${s.text}`);
    const al = alignSentence(index, s.text);
    for (const a of al.slice(0, Number(process.env.ALN ?? 3))) console.log(`  ${a.score.toFixed(2)} [${index.sentence(a.sid).doc.key}] ${index.sentence(a.sid).text.slice(0, 160)}`);
    for (const v of analyseFigures(index, s.text, extractFigures(s.text), al)) {
      const fmt = (p: (typeof v.agreeing)[0]) => `${p.figure.text}@${index.sentence(p.sid).doc.key.slice(0, 12)} a=${p.align.toFixed(2)} l=${p.local.toFixed(1)}`;
      console.log(`  fig ${v.figure.text} (${v.figure.kind}) agree=[${v.agreeing.map(fmt).join('; ')}] differ=[${v.differing.map(fmt).join('; ')}]`);
    }
  }
  for (const q of draft.quotations) console.log(`quote ${JSON.stringify(draft.text.slice(q.innerStart, q.innerEnd)).slice(0, 80)} speaker=${q.speaker?.name}`);
}
void main();
