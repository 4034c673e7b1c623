// Prints, for each sentence of a draft, its aligned source sentences and, for each figure,
// the sources its passage draws on, the evidence and the decision.
// Usage: node --import tsx scripts/explain.ts <draft.md> <corpus-dir>   (ALN=n shows more alignments)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/core/config.ts';
import { parseSource, listCorpusFiles } from '../server/src/core/corpus/index.ts';
import { parseDraft } from '../server/src/core/draft/index.ts';
import { CorpusIndex } from '../server/src/core/index/corpus-index.ts';
import { CheckContext } from '../server/src/core/rules/context.ts';
import { newCache } from '../server/src/core/rules/context.ts';
import { figureDecisions } from '../server/src/core/rules/figure-decisions.ts';
import type { SourceFigure } from '../server/src/core/align/figure-analysis.ts';
import { createNodeFileSystem } from '../server/src/node/nodefs.ts';
import { searchDocs } from '../server/src/core/verdict/doc-search.ts';

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
  const ctx = new CheckContext(draft, index, DEFAULT_CONFIG, newCache());
  const decisions = figureDecisions(ctx);
  const key = (p: SourceFigure) => index.sentence(p.sid).doc.key.slice(0, 14);
  const fmt = (p?: SourceFigure) => (p ? `${p.figure.text}@${key(p)} a=${p.align.toFixed(2)} l=${p.local.toFixed(1)}` : '-');
  for (const s of draft.sentences) {
    console.log(`\n# ${s.text}`);
    for (const a of ctx.sentence(s).alignments.slice(0, Number(process.env.ALN ?? 3))) console.log(`  ${a.score.toFixed(2)} [${index.sentence(a.sid).doc.key}] ${index.sentence(a.sid).text.slice(0, 160)}`);
    for (const d of decisions.filter((x) => x.sentence === s)) {
      const v = d.verdict;
      console.log(`  fig ${v.figure.text} (${v.figure.kind}) -> ${d.kind}${d.certain ? ' certain' : ''} ref=${fmt(d.reference)} drawsOn=${d.drawsOn.how}:[${d.drawsOn.docs.map((id) => index.docs[id]?.key.slice(0, 14)).join(',')}]`);
      console.log(`      agree=[${v.agreeing.map(fmt).join('; ')}] differ=[${v.differing.map(fmt).join('; ')}] cands=[${d.candidates.map(fmt).join('; ')}]${d.derivation ? ` derived: ${d.derivation.text}` : ''}`);
      if (process.env.SEARCH) { const e = searchDocs(ctx, v.figure, s.text, ctx.tokens(s.text), d.drawsOn.docs); console.log(`      searched same=${fmt(e.same)} differ=[${e.differ.slice(0, 3).map(fmt).join('; ')}]`); }
    }
  }
  for (const q of draft.quotations) console.log(`quote ${JSON.stringify(draft.text.slice(q.innerStart, q.innerEnd)).slice(0, 80)} speaker=${q.speaker?.name}`);
}
void main();
