/**
 * The `check` and `index` commands: load config and corpus, check drafts, optionally
 * fix them, and render the report.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { createEngine, type Engine } from '../core/engine.ts';
import type { CheckResult, LoadProblem } from '../core/types.ts';
import { createNodeFileSystem } from '../node/nodefs.ts';
import { applyFixes, preferredFixes } from './apply-fixes.ts';
import type { Command } from './args.ts';
import { loadConfig, type LoadedConfig } from './config-loader.ts';
import { readDraft, writeDraftAtomically } from './drafts.ts';
import { EXIT, UsageError } from './errors.ts';
import { formatJson } from './format-json.ts';
import { formatSarif } from './format-sarif.ts';
import { formatText } from './format-text.ts';
import type { FileReport, Report } from './report.ts';

/** The default index cache folder, next to the config file. */
export const DEFAULT_CACHE = '.citecheck-cache';

/** Where the CLI writes and what it knows about its terminal. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether colours may be used on stdout (TTY, NO_COLOR unset). */
  colorCapable: boolean;
}

type CheckCommand = Extract<Command, { kind: 'check' }>;
type IndexCommand = Extract<Command, { kind: 'index' }>;

/** Forward-slash path relative to `cwd` (paths outside it stay absolute). */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

/** Loads the corpus, printing one warning line per problem; no sources is a usage error. */
async function loadEngine(loaded: LoadedConfig, io: Io, cacheDir?: string): Promise<{ engine: Engine; problems: LoadProblem[] }> {
  const engine = createEngine({ fs: createNodeFileSystem(), root: loaded.root, config: loaded.config, cacheDir });
  const problems = await engine.loadCorpus();
  const cacheProblem = await engine.flushCache();
  if (cacheProblem) problems.push(cacheProblem);
  for (const p of problems) io.stderr(`citecheck: warning: ${displayPath(io.cwd, resolve(loaded.root, p.path))}: ${p.message}\n`);
  if (engine.sources().length === 0) {
    const where = loaded.config.corpus.join(', ') || '(none)';
    const origin = loaded.path ? `config ${displayPath(io.cwd, loaded.path)}` : 'no .citecheck.json found';
    throw new UsageError(`no loadable sources in corpus ${where} under ${displayPath(io.cwd, loaded.root) || '.'} (${origin}; use --corpus <dir>)`);
  }
  return { engine, problems };
}

function makeReport(files: FileReport[], engine: Engine, loaded: LoadedConfig, cwd: string): Report {
  const byPath = new Map(engine.sources().map((s) => [s.path, s.raw]));
  return {
    files,
    sourceCount: engine.sources().length,
    sourcePath: (p) => displayPath(cwd, resolve(loaded.root, p)),
    sourceText: (p) => byPath.get(p),
  };
}

/** Checks a text, passing on (as warnings) any rule the engine reports as failed. */
function checkText(engine: Engine, text: string, path: string, io: Io): CheckResult {
  const result: CheckResult & { errors?: string[] } = engine.check(text, { path });
  for (const e of result.errors ?? []) io.stderr(`citecheck: warning: ${displayPath(io.cwd, path)}: check failed: ${e}\n`);
  return result;
}

/** The file report of one checked text. */
function fileReport(path: string, text: string, result: CheckResult): FileReport {
  return { path, text, findings: result.findings, figures: result.figures ?? [] };
}

/** Checks one draft; with `fix`, applies preferred fixes, writes the file if changed, re-checks. */
async function checkDraft(engine: Engine, path: string, fix: boolean, io: Io): Promise<FileReport> {
  const shown = displayPath(io.cwd, path);
  const draft = await readDraft(path, shown);
  const checked = checkText(engine, draft.text, path, io);
  if (!fix) return fileReport(shown, draft.text, checked);
  const result = applyFixes(draft.text, preferredFixes(checked.findings));
  if (result.text === draft.text) return fileReport(shown, draft.text, checked);
  await writeDraftAtomically(draft, result.text, shown);
  const skipped = result.skipped.length ? ` (${result.skipped.length} overlapping skipped)` : '';
  io.stderr(`citecheck: fixed ${result.applied.length} problem${result.applied.length === 1 ? '' : 's'} in ${shown}${skipped}\n`);
  return fileReport(shown, result.text, checkText(engine, result.text, path, io));
}

function render(report: Report, cmd: CheckCommand, color: boolean): string {
  if (cmd.format === 'json') return formatJson(report);
  if (cmd.format === 'sarif') return formatSarif(report);
  return formatText(report, { color, figures: cmd.figures });
}

/** The index cache folder: --cache, else .citecheck-cache at the root (for check only when it exists). */
function cacheFolder(given: string | undefined, loaded: LoadedConfig, io: Io, create: boolean): string | undefined {
  if (given !== undefined) return resolve(io.cwd, given);
  const dflt = resolve(loaded.root, DEFAULT_CACHE);
  return create || existsSync(dflt) ? dflt : undefined;
}

/** `citecheck check`: returns the exit code. */
export async function runCheck(cmd: CheckCommand, io: Io): Promise<number> {
  const drafts = cmd.drafts.map((d) => resolve(io.cwd, d));
  for (const d of cmd.drafts) await readDraft(resolve(io.cwd, d), d); // fail fast before loading the corpus
  const loaded = loadConfig({ cwd: io.cwd, firstDraft: cmd.drafts[0], configPath: cmd.config, corpus: cmd.corpus });
  const { engine } = await loadEngine(loaded, io, cacheFolder(cmd.cache, loaded, io, false));
  const files: FileReport[] = [];
  for (const d of drafts) files.push(await checkDraft(engine, d, cmd.fix, io));
  const report = makeReport(files, engine, loaded, io.cwd);
  io.stdout(render(report, cmd, cmd.color && io.colorCapable));
  const errors = files.some((f) => f.findings.some((x) => x.severity === 'error'));
  return errors ? EXIT.findings : EXIT.clean;
}

/** `citecheck index`: loads the corpus and reports its size; returns the exit code. */
export async function runIndex(cmd: IndexCommand, io: Io): Promise<number> {
  const loaded = loadConfig({ cwd: io.cwd, configPath: cmd.config, corpus: cmd.corpus });
  const cacheDir = cacheFolder(cmd.cache, loaded, io, true);
  const { engine, problems } = await loadEngine(loaded, io, cacheDir);
  const n = engine.sources().length;
  const s = engine.loadStats();
  io.stdout(`${n} source${n === 1 ? '' : 's'} indexed, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  io.stdout(`cache ${displayPath(io.cwd, cacheDir as string) || '.'}: ${s.fromCache} from cache, ${s.indexed} (re)indexed${s.cache === 'corrupt' ? ', corrupt cache rebuilt' : ''}${s.cacheWritten ? ', written' : ', up to date'}\n`);
  return EXIT.clean;
}
