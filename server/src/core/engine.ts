/**
 * The engine factory: the one entry point the CLI and the language server use.
 * It loads a corpus through a FileSystem, indexes it, and checks drafts.
 */
import { alignSentence } from './align/align.ts';
import type { Config } from './config.ts';
import { severityFor } from './config.ts';
import type { SourceDoc } from './corpus/index.ts';
import { loadIndex, loadSource, uniqueKey, type LoadStats } from './loader.ts';
import { parseDraft, type Draft } from './draft/index.ts';
import { citationEdits } from './fixes/citation.ts';
import { CorpusIndex } from './index/corpus-index.ts';
import type { LazyDoc } from './index/lazy-doc.ts';
import { collectMatches } from './matches.ts';
import { figureReports } from './verdict/reports.ts';
import { RULES, CheckContext } from './rules/index.ts';
import { newCache, resetCache, type AnalysisCache } from './rules/context.ts';
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
  /** What the last loadCorpus did (sources from the cache, re-indexed, cache state). */
  loadStats(): LoadStats;
  /** Waits for the index cache write started by the last load; resolves to its problem, if any. */
  flushCache(): Promise<LoadProblem | undefined>;
  /** Forgets memoised per-sentence results (they are otherwise reused across checks). */
  clearCache(): void;
  /** Checks one draft. Pure and synchronous once the corpus is loaded. */
  check(text: string, options?: { path?: string }): CheckResult;
  /** Citation edits for the sentence at `offset` (the "Insert citation" action). */
  citationFixesAt(text: string, offset: number): Fix[];
}

/** Creates an engine over a file system and a configuration. */
export function createEngine(options: EngineOptions): Engine {
  let config = options.config;
  let index = new CorpusIndex();
  let pendingWrite: Promise<LoadProblem | undefined> = Promise.resolve(undefined);
  let stats: LoadStats = { sources: 0, fromCache: 0, indexed: 0, cache: 'none', cacheWritten: false };
  const cache: AnalysisCache = newCache();

  return {
    async loadCorpus(onProgress) {
      // The old index answers checks until the new one is complete.
      const r = await loadIndex(options.fs, options.root, config, options.cacheDir, onProgress);
      index = r.index;
      stats = r.stats;
      pendingWrite = r.cacheWrite;
      return r.problems;
    },
    async updateSource(path) {
      const r = await loadSource(options.fs, path, config);
      index.remove(path);
      if ('problem' in r) return r.problem;
      if ('cached' in r) return undefined;
      uniqueKey(index, r.doc);
      index.add(r.doc, r.stamp);
      return undefined;
    },
    loadStats() {
      return stats;
    },
    flushCache() {
      return pendingWrite;
    },
    clearCache() {
      resetCache(cache);
    },
    removeSource(path) {
      index.remove(path);
    },
    sources() {
      return index.docs.filter((d): d is LazyDoc => d !== undefined);
    },
    config() {
      return config;
    },
    setConfig(c) {
      config = c;
    },
    check(text) {
      let draft: Draft;
      try {
        draft = parseDraft(text);
      } catch (e) {
        return { findings: [], matches: [], figures: [], errors: [`draft: ${(e as Error).message}`] } as CheckResult;
      }
      return runCheck(draft, index, config, cache);
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
  const result: CheckResult = { findings, matches: collectMatches(ctx), figures: figureReports(ctx) };
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
