/**
 * The engine factory: the one entry point the CLI and the language server use.
 * It loads a corpus through a FileSystem, indexes it, and checks drafts.
 */
import { alignSentence } from './align/align.ts';
import type { Config } from './config.ts';
import { severityFor } from './config.ts';
import { listCorpusFiles, parseSource, type SourceDoc } from './corpus/index.ts';
import { parseDraft, type Draft } from './draft/index.ts';
import { citationEdits } from './fixes/citation.ts';
import { CorpusIndex } from './index/corpus-index.ts';
import { collectMatches } from './matches.ts';
import { RULES, CheckContext } from './rules/index.ts';
import type { AnalysisCache } from './rules/context.ts';
import type { CheckResult, FileSystem, Finding, Fix, LoadProblem } from './types.ts';

/** How an engine reaches its corpus and what it checks for. */
export interface EngineOptions {
  fs: FileSystem;
  /** Workspace root: corpus globs are relative to it. */
  root: string;
  config: Config;
  /** Folder for a persistent index cache (optional). */
  cacheDir?: string;
}

/** A loaded corpus and the checks over it. */
export interface Engine {
  /** (Re)loads the whole corpus; reports progress as (done, total). */
  loadCorpus(onProgress?: (done: number, total: number) => void): Promise<LoadProblem[]>;
  /** Re-reads one source file (added or changed); undefined when it loaded fine. */
  updateSource(path: string): Promise<LoadProblem | undefined>;
  removeSource(path: string): void;
  /** The loaded sources. */
  sources(): readonly SourceDoc[];
  /** The current configuration. */
  config(): Config;
  setConfig(config: Config): void;
  /** Checks one draft. Pure and synchronous once the corpus is loaded. */
  check(text: string, options?: { path?: string }): CheckResult;
  /** Citation edits for the sentence at `offset` (the "Insert citation" action). */
  citationFixesAt(text: string, offset: number): Fix[];
}

const READ_BATCH = 64;

/** Creates an engine over a file system and a configuration. */
export function createEngine(options: EngineOptions): Engine {
  let config = options.config;
  let index = new CorpusIndex();
  const cache: AnalysisCache = { version: -1, sentences: new Map(), quotes: new Map() };

  async function read(path: string): Promise<{ doc: SourceDoc } | { problem: LoadProblem }> {
    try {
      const st = await options.fs.stat(path);
      if (st && st.size > config.maxFileSize) {
        const mb = (n: number) => (n / 1e6).toFixed(1);
        return { problem: { path, message: `file is ${mb(st.size)} MB, over the ${mb(config.maxFileSize)} MB limit (maxFileSize)` } };
      }
      return parseSource(path, await options.fs.readFile(path), { maxBytes: config.maxFileSize });
    } catch (e) {
      return { problem: { path, message: `cannot read file: ${(e as Error).message}` } };
    }
  }

  function uniqueKey(doc: SourceDoc): void {
    const base = doc.key;
    for (let n = 2; index.docByKey(doc.key) !== undefined && index.docs[index.docByKey(doc.key) as number]?.path !== doc.path; n++) {
      doc.key = `${base}-${n}`;
    }
  }

  return {
    async loadCorpus(onProgress) {
      const paths = await listCorpusFiles(options.fs, config.corpus, options.root, config.ignore);
      const next = new CorpusIndex();
      index = next;
      const problems: LoadProblem[] = [];
      for (let i = 0; i < paths.length; i += READ_BATCH) {
        const results = await Promise.all(paths.slice(i, i + READ_BATCH).map(read));
        for (const r of results) {
          if ('problem' in r) problems.push(r.problem);
          else {
            uniqueKey(r.doc);
            next.add(r.doc);
          }
        }
        onProgress?.(Math.min(paths.length, i + READ_BATCH), paths.length);
      }
      return problems;
    },
    async updateSource(path) {
      const r = await read(path);
      if ('problem' in r) {
        index.remove(path);
        return r.problem;
      }
      index.remove(path);
      uniqueKey(r.doc);
      index.add(r.doc);
      return undefined;
    },
    removeSource(path) {
      index.remove(path);
    },
    sources() {
      return index.docs.filter((d): d is SourceDoc => d !== undefined);
    },
    config() {
      return config;
    },
    setConfig(c) {
      config = c;
    },
    check(text) {
      return runCheck(parseDraft(text), index, config, cache);
    },
    citationFixesAt(text, offset) {
      return citationFixes(parseDraft(text), index, config, offset);
    },
  };
}

function runCheck(draft: Draft, index: CorpusIndex, config: Config, cache: AnalysisCache): CheckResult {
  const ctx = new CheckContext(draft, index, config, cache);
  const findings: Finding[] = [];
  const errors: string[] = [];
  for (const rule of RULES) {
    const level = severityFor(config, rule.code, rule.defaultSeverity);
    if (level === 'off') continue;
    try {
      for (const f of rule.run(ctx)) {
        const configured = config.severity[rule.code];
        const severity = configured && configured !== 'off' ? configured : (f.severity ?? level);
        findings.push({ ...f, severity } as Finding);
      }
    } catch (e) {
      errors.push(`${rule.code}: ${(e as Error).message}`);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  const result: CheckResult = { findings, matches: collectMatches(ctx) };
  if (errors.length) (result as CheckResult & { errors: string[] }).errors = errors;
  return result;
}

function citationFixes(draft: Draft, index: CorpusIndex, config: Config, offset: number): Fix[] {
  const s = draft.sentences.find((x) => offset >= x.start && offset <= x.end);
  if (!s) return [];
  const seen = new Set<number>();
  const fixes: Fix[] = [];
  for (const a of alignSentence(index, s.text, 0.35)) {
    if (seen.has(a.docId) || fixes.length >= 3) continue;
    seen.add(a.docId);
    const doc = index.docs[a.docId] as SourceDoc;
    const edits = citationEdits(draft, s, doc, config.citationStyle);
    if (edits.length) fixes.push({ title: `Insert citation of ${doc.key} (${doc.title})`, edits, preferred: fixes.length === 0 });
  }
  return fixes;
}
