// A real LSP client over stdio for the protocol tests: spawns `node dist/server.js --stdio`
// in a temp workspace (a copy of examples/corpus plus drafts) and records what the server sends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { WorkDoneProgress } from 'vscode-languageserver-protocol';

export const REPO = resolve(__dirname, '../..');
const SERVER = join(REPO, 'dist/server.js');
const TIMEOUT_MS = 60_000;

/** Newest modification time of the files below a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/server.js when it is missing or older than the server sources (one builder at a time). */
export function ensureBuilt(): void {
  const fresh = () => existsSync(SERVER) && statSync(SERVER).mtimeMs >= newest(join(REPO, 'server/src'));
  if (fresh()) return;
  const lock = join(REPO, 'dist/.build-lock');
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    }
  }
  try {
    if (!fresh()) {
      const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('build failed');
    }
  } finally {
    rmdirSync(lock);
  }
}

/** Polls `check` until it returns something other than undefined/false. */
export async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Applies a versioned workspace edit to a text (the edits of `uri` only). */
export function applyEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  for (const e of edit.changes?.[uri] ?? []) edits.push(e);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

/** The client capabilities of the test client (push or pull diagnostics). */
function capabilities(pull: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      workspaceEdit: { documentChanges: true },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    window: { workDoneProgress: true, showMessage: {} },
    textDocument: {
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true },
      completion: { completionItem: { documentationFormat: ['markdown'] } },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

export interface SessionOptions {
  pull?: boolean;
  /** Files of the workspace besides the corpus copy (name → text). */
  files?: Record<string, string>;
  /** The client's `citecheck` settings. */
  settings?: Record<string, unknown>;
}

/** One server process, its temp workspace, and everything it sent. */
export class Session {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly registrations: unknown[] = [];
  readonly progress: { kind: string }[] = [];
  settings: Record<string, unknown>;
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  private stderr = '';

  private constructor(
    readonly root: string,
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  /** Starts a server over a fresh temp workspace and completes the initialize handshake. */
  static async start(options: SessionOptions = {}): Promise<Session> {
    ensureBuilt();
    const root = mkdtempSync(join(tmpdir(), 'citecheck-lsp-'));
    cpSync(join(REPO, 'examples/corpus'), join(root, 'corpus'), { recursive: true });
    writeFileSync(join(root, '.citecheck.json'), JSON.stringify({ corpus: ['corpus'] }));
    for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(root, name), text);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new Session(root, proc, conn, options.settings ?? {});
    proc.stderr!.on('data', (d) => (s.stderr += String(d)));
    s.listen();
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
      capabilities: capabilities(options.pull ?? false),
      initializationOptions: { storagePath: join(root, '.storage') },
    });
    await conn.sendNotification('initialized', {});
    return s;
  }

  private listen(): void {
    const c = this.conn;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.diagnostics.set(p.uri, p));
    c.onNotification((method: string, params: unknown) => this.notifications.push({ method, params }));
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'citecheck' ? this.settings : null)));
    c.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      c.onProgress(WorkDoneProgress.type, p.token, (value) => this.progress.push(value));
      return null;
    });
    c.onRequest('client/registerCapability', (p: unknown) => {
      this.registrations.push(p);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.notifications.push({ method: 'workspace/diagnostic/refresh', params: null });
      return null;
    });
  }

  /** The file URI of a workspace-relative path. */
  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  /** The absolute path of a workspace-relative path. */
  path(name: string): string {
    return join(this.root, name);
  }

  /** Opens a Markdown document (didOpen). */
  async open(name: string, text: string): Promise<string> {
    const uri = this.uri(name);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Replaces a document's text (full-text didChange); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** The client's current text of an open document. */
  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  /** The client's current version of an open document. */
  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** A position (line, character) of the first occurrence of `needle` (+ `delta` characters). */
  positionOf(uri: string, needle: string, delta = 0): { line: number; character: number } {
    const text = this.text(uri);
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" not in the document`);
    return TextDocument.create(uri, 'markdown', 0, text).positionAt(at + delta);
  }

  /** Sends a request. */
  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    const sent = token ? this.conn.sendRequest(method, params, token.token) : this.conn.sendRequest(method, params);
    return sent as Promise<R>;
  }

  /** Waits until the published diagnostics of `uri` satisfy `ok`. */
  waitForDiagnostics(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams> {
    return waitFor(() => {
      const p = this.diagnostics.get(uri);
      return p && ok(p) ? p : undefined;
    }, `${what}${this.stderr ? ` (server stderr: ${this.stderr.slice(-2000)})` : ''}`);
  }

  /** True while the server process runs. */
  alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Shuts the server down and removes the temp workspace. */
  async stop(): Promise<void> {
    try {
      if (this.alive()) {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
        await this.conn.sendNotification('exit');
      }
    } catch {
      // already gone
    }
    this.conn.dispose();
    if (this.alive()) this.proc.kill();
    rmSync(this.root, { recursive: true, force: true });
  }
}

export { CancellationTokenSource };
