/**
 * Checks external dataset cases (data-cases.ts) with the engine over an in-memory corpus.
 *
 * One engine serves every case: each case's sources are written as .txt files to their own
 * virtual folder, added with `updateSource`, the draft is checked, and the sources are removed
 * again. With an archive (Reuters), its articles stay loaded under ARCHIVE_FOLDER throughout.
 * `fresh` builds a new engine per case instead (slower; to cross-check the reuse).
 */
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine, type Engine } from '../../server/src/core/engine.ts';
import type { CheckResult, LoadProblem } from '../../server/src/core/types.ts';
import type { Article } from '../bench/jsonl.ts';
import { MemFs } from '../bench/memfs.ts';
import { ARCHIVE_FOLDER, archiveText } from './archive.ts';
import { sourceFileName, type DataCase } from './data-cases.ts';

/** Checks one case at a time. */
export interface CaseChecker {
  check(c: DataCase): Promise<{ result: CheckResult; problems: LoadProblem[] }>;
  /** Sources in the engine besides the case's own (the archive). */
  readonly baseSources: number;
}

const CASES_FOLDER = '/cases';

function engineOver(mem: MemFs, corpus: string[]): Engine {
  return createEngine({ fs: mem, root: '/', config: { ...DEFAULT_CONFIG, corpus } });
}

/** Writes a case's sources to `/cases/<n>/` in `mem`; returns their paths (unique names). */
function writeSources(mem: MemFs, c: DataCase, n: number): string[] {
  const taken = new Set<string>();
  return c.sources.map((s, i) => {
    let name = sourceFileName(s.name, i);
    for (let k = 2; taken.has(name); k++) name = name.replace(/(-\d+)?\.txt$/, `-${k}.txt`);
    taken.add(name);
    const path = `${CASES_FOLDER}/${n}/${name}`;
    mem.addFile(path, s.text);
    return path;
  });
}

/**
 * A checker over `archive` (may be empty). Returns once the archive is indexed.
 * Findings from sources of other cases can never appear: they are removed after each check.
 */
export async function createCaseChecker(archive: readonly Article[], fresh = false): Promise<CaseChecker> {
  const mem = new MemFs();
  for (const a of archive) mem.addFile(`${ARCHIVE_FOLDER}/reuters-${a.file}`, archiveText(a));
  const corpus = archive.length > 0 ? [ARCHIVE_FOLDER] : [];
  const shared = engineOver(mem, corpus);
  await shared.loadCorpus();
  const baseSources = shared.sources().length;
  let n = 0;
  return {
    baseSources,
    async check(c) {
      const paths = writeSources(mem, c, ++n);
      if (fresh) {
        const engine = engineOver(mem, [...corpus, `${CASES_FOLDER}/${n}`]);
        const problems = await engine.loadCorpus();
        return { result: engine.check(c.draft, { path: `${CASES_FOLDER}/${n}/draft.md` }), problems };
      }
      const problems: LoadProblem[] = [];
      for (const p of paths) {
        const problem = await shared.updateSource(p);
        if (problem) problems.push(problem);
      }
      const result = shared.check(c.draft, { path: `${CASES_FOLDER}/${n}/draft.md` });
      for (const p of paths) shared.removeSource(p);
      return { result, problems };
    },
  };
}
