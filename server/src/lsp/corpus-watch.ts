/**
 * Keeps the index in step with the corpus on disk: registers file watchers for the
 * corpus folders and `.citecheck.json` (dynamic registration), and applies
 * `workspace/didChangeWatchedFiles` events.
 */
import { basename, sep } from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Disposable,
  type FileEvent,
  type FileSystemWatcher,
} from 'vscode-languageserver/node';
import { listCorpusFiles } from '../core/corpus/index.ts';
import type { CorpusManager } from './corpus.ts';
import { CONFIG_FILE } from './settings.ts';
import { absolutePath, pathToUri, uriToPath } from './uris.ts';
import type { Workspace } from './workspace.ts';

const GLOB_CHARS = /[*?[\]{}!]/;

/** Glob of one corpus entry: a folder means everything below it. */
export function corpusGlob(entry: string): string {
  const clean = entry.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return GLOB_CHARS.test(clean) ? clean : `${clean}/**`;
}

/** The watchers for the current config (relative to the root when supported). */
export function corpusWatchers(ws: Workspace, relativePatterns: boolean): FileSystemWatcher[] {
  const rootUri = pathToUri(ws.root);
  const patterns = [...ws.config.corpus.map(corpusGlob), CONFIG_FILE];
  return patterns.map((pattern) => ({
    globPattern: relativePatterns
      ? { baseUri: rootUri, pattern }
      : `${ws.root.replace(/\\/g, '/')}/${pattern}`,
  }));
}

/** Registers (and re-registers after config changes) the corpus file watchers. */
export class CorpusWatch {
  private registration: Promise<Disposable> | undefined;

  constructor(
    private readonly ws: Workspace,
    private readonly corpus: CorpusManager,
    private readonly dynamic: boolean,
    private readonly relativePatterns: boolean,
  ) {}

  /** (Re-)registers the watchers when the client allows dynamic registration. */
  register(): void {
    if (!this.dynamic) return;
    const previous = this.registration;
    const watchers = corpusWatchers(this.ws, this.relativePatterns);
    this.registration = (async () => {
      await previous?.then((d) => d.dispose(), () => undefined);
      return this.ws.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    })();
    this.registration.catch((e: unknown) => this.ws.connection.console.warn(`citecheck: cannot watch files: ${String(e)}`));
  }

  /** Applies a batch of file events: config reloads, source updates and removals. */
  async changed(changes: FileEvent[]): Promise<void> {
    const paths = changes.map((c) => ({ type: c.type, path: uriToPath(c.uri) })).filter((c) => c.path);
    if (paths.some((c) => basename(c.path!) === CONFIG_FILE && c.path === absolutePath(CONFIG_FILE, this.ws.root))) {
      await this.corpus.reloadConfig();
    }
    const rest = paths.filter((c) => basename(c.path!) !== CONFIG_FILE);
    if (rest.length === 0) return;
    await this.corpus.run('corpus update', () => this.apply(rest as { type: FileChangeType; path: string }[]));
  }

  private async apply(changes: { type: FileChangeType; path: string }[]): Promise<void> {
    const engine = this.ws.engine;
    if (!engine) return;
    const loaded = new Map(engine.sources().map((s) => [absolutePath(s.path, this.ws.root), s.path]));
    const listed = await listCorpusFiles(this.ws.fs, this.ws.config.corpus, this.ws.root, this.ws.config.ignore);
    const inCorpus = new Map(listed.map((p) => [absolutePath(p, this.ws.root), p]));
    let touched = false;
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted || !inCorpus.has(change.path)) {
        for (const [abs, path] of loaded) {
          if (abs !== change.path && !abs.startsWith(change.path + sep)) continue;
          engine.removeSource(path);
          touched = true;
        }
        continue;
      }
      this.corpus.logProblems([await engine.updateSource(inCorpus.get(change.path)!)]);
      touched = true;
    }
    if (touched) this.corpus.afterChange();
  }
}
