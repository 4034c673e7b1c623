/**
 * Loading the corpus (with work-done progress), reloading the config, and keeping the
 * engine in step. Operations run one at a time, in order.
 */
import { createEngine } from '../core/engine.ts';
import type { LoadProblem } from '../core/types.ts';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { DiagnosticsPublisher } from './diagnostics.ts';
import { corpusChanged, loadConfig } from './settings.ts';
import { sendStatus } from './status.ts';
import type { Workspace } from './workspace.ts';

/** Fetches the client's `citecheck` settings (undefined when there are none). */
export type SettingsSource = () => Promise<unknown>;

/** Owns the engine's life cycle: first load, rebuilds and config reloads. */
export class CorpusManager {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ws: Workspace,
    private readonly publisher: DiagnosticsPublisher,
    private readonly settings: SettingsSource,
    private readonly cacheDir?: string,
    /** Called after the config changed (e.g. to re-register file watchers). */
    private readonly onConfig?: () => void,
  ) {}

  /** Runs `op` after every earlier operation; failures are logged, never thrown. */
  run<T>(name: string, op: () => Promise<T>): Promise<T | undefined> {
    const next = this.queue.then(op).catch((e: unknown) => {
      this.ws.connection.console.error(`citecheck: ${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return undefined;
    });
    this.queue = next;
    return next;
  }

  /** Reads the config, creates the engine and loads the corpus the first time. */
  start(): Promise<void> {
    return this.run('start', async () => {
      await this.readConfig();
      this.ws.engine = createEngine({
        fs: this.ws.fs,
        root: this.ws.root,
        config: this.ws.config,
        ...(this.cacheDir ? { cacheDir: this.cacheDir } : {}),
      });
      await this.load();
    }).finally(() => this.ws.setReady());
  }

  /** Re-reads `.citecheck.json` and the settings; rebuilds the index if the corpus moved. */
  reloadConfig(): Promise<void> {
    return this.run('config reload', async () => {
      const before = this.ws.config;
      await this.readConfig();
      this.ws.engine?.setConfig(this.ws.config);
      if (corpusChanged(before, this.ws.config)) await this.load();
      else this.afterChange();
    }).then(() => undefined);
  }

  /** Rebuilds the whole index (command `citecheck.rebuildIndex`). */
  rebuild(): Promise<number> {
    return this.run('index rebuild', async () => {
      await this.load();
      return this.ws.engine?.sources().length ?? 0;
    }).then((n) => n ?? 0);
  }

  /** Invalidates cached checks, re-checks open drafts and updates the status. */
  afterChange(): void {
    this.ws.invalidate();
    this.publisher.recheckAll();
    sendStatus(this.ws);
  }

  /** Logs per-file load problems to the output channel. */
  logProblems(problems: readonly (LoadProblem | undefined)[]): void {
    for (const p of problems) if (p) this.ws.connection.console.warn(`citecheck: ${p.path}: ${p.message}`);
  }

  private async readConfig(): Promise<void> {
    const { config, errors } = await loadConfig(this.ws.fs, this.ws.root, await this.settings());
    this.ws.config = config;
    for (const e of errors) this.ws.connection.console.warn(`citecheck: config: ${e}`);
    this.onConfig?.();
  }

  private async load(): Promise<void> {
    const engine = this.ws.engine;
    if (!engine) return;
    this.ws.indexing = true;
    sendStatus(this.ws);
    const progress = await startProgress(this.ws);
    progress.begin('citecheck: indexing sources', 0, undefined, false);
    try {
      const problems = await engine.loadCorpus((done, total) => {
        progress.report(total > 0 ? Math.round((done / total) * 100) : 100, `${done}/${total} sources`);
      });
      this.logProblems(problems);
      this.ws.connection.console.info(`citecheck: indexed ${engine.sources().length} sources from ${this.ws.root}`);
    } finally {
      progress.done();
      this.ws.indexing = false;
      this.afterChange();
    }
  }
}

/** A work-done progress reporter; a silent one when the client refuses to create it. */
async function startProgress(ws: Workspace): Promise<Pick<WorkDoneProgressServerReporter, 'begin' | 'report' | 'done'>> {
  try {
    return await ws.connection.window.createWorkDoneProgress();
  } catch {
    return { begin() {}, report() {}, done() {} };
  }
}
