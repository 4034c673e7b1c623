/**
 * citecheck language server entry (`node dist/server.js --stdio`, or IPC from VS Code).
 * Wires the connection to the handlers; all logic lives in the sibling modules.
 */
import {
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  createConnection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeFileSystem } from '../node/nodefs.ts';
import { clientFeatures, serverCapabilities, type ClientFeatures } from './capabilities.ts';
import { codeActions } from './code-actions.ts';
import { executeCommand } from './commands.ts';
import { completion } from './completion.ts';
import { CorpusManager } from './corpus.ts';
import { CorpusWatch } from './corpus-watch.ts';
import { definition } from './definition.ts';
import { DiagnosticsPublisher, diagnosticsFor } from './diagnostics.ts';
import { hover } from './hover.ts';
import { describeError, guard, guardNotification, throwIfCancelled } from './safe.ts';
import { sendStatus } from './status.ts';
import { pathToUri, uriToPath } from './uris.ts';
import { Workspace } from './workspace.ts';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const ws = new Workspace(connection, documents, createNodeFileSystem());
const publisher = new DiagnosticsPublisher(ws);
const log = connection.console;
let features: ClientFeatures;
let pushedSettings: unknown;
let corpus: CorpusManager;
let watch: CorpusWatch;

process.on('uncaughtException', (e) => log.error(`citecheck: uncaught: ${describeError(e)}`));
process.on('unhandledRejection', (e) => log.error(`citecheck: unhandled: ${describeError(e)}`));

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(uriToPath).filter((p): p is string => p !== undefined);
}

async function fetchSettings(): Promise<unknown> {
  if (!features.configuration) return pushedSettings;
  return connection.workspace.getConfiguration({ scopeUri: pathToUri(ws.root), section: 'citecheck' });
}

connection.onInitialize((params) => {
  features = clientFeatures(params.capabilities);
  ws.folders = workspaceFolders(params);
  ws.root = ws.folders[0] ?? process.cwd();
  publisher.pull = features.pullDiagnostics;
  publisher.refreshSupport = features.diagnosticRefresh;
  const options = (params.initializationOptions ?? {}) as { storagePath?: string };
  corpus = new CorpusManager(ws, publisher, fetchSettings, options.storagePath, () => watch?.register());
  watch = new CorpusWatch(ws, corpus, features.dynamicWatchers, features.relativePatterns);
  return { capabilities: serverCapabilities(features), serverInfo: { name: 'citecheck' } };
});

connection.onInitialized(() => {
  if (features.dynamicConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'citecheck' });
  }
  void corpus.start();
});

connection.onDidChangeConfiguration(
  guardNotification(log, 'configuration change', async (params) => {
    const settings = (params.settings ?? {}) as { citecheck?: unknown };
    if (!features.configuration) pushedSettings = settings.citecheck;
    await corpus.reloadConfig();
  }),
);

connection.onDidChangeWatchedFiles(guardNotification(log, 'file change', (params) => watch.changed(params.changes)));

documents.onDidChangeContent((e) => publisher.schedule(e.document.uri));
documents.onDidClose((e) => {
  ws.forget(e.document.uri);
  publisher.close(e.document.uri);
  sendStatus(ws);
});

const pullDiagnostics = guard(log, 'diagnostics', { kind: 'full', items: [] } as DocumentDiagnosticReport, async (params: DocumentDiagnosticParams, token) => {
  await ws.ready;
  throwIfCancelled(token);
  const doc = documents.get(params.textDocument.uri);
  const items = doc ? diagnosticsFor(ws, doc) : [];
  sendStatus(ws);
  return { kind: 'full', items } as DocumentDiagnosticReport;
});
connection.languages.diagnostics.on((params, token) => pullDiagnostics(params, token) as Promise<DocumentDiagnosticReport>);

/** Registers a position request that waits for the index and honours cancellation. */
function onReady<P, R, F>(name: string, fallback: F, fn: (params: P) => R) {
  return guard(log, name, fallback, async (params: P, token) => {
    await ws.ready;
    throwIfCancelled(token);
    return fn(params);
  });
}

connection.onHover(onReady('hover', null, (p) => hover(ws, p)));
connection.onDefinition(onReady('definition', [], (p) => definition(ws, p)));
connection.onCompletion(onReady('completion', [], (p) => completion(ws, p)));
connection.onCodeAction(onReady('code actions', [], (p) => codeActions(ws, p)));
connection.onExecuteCommand(guard(log, 'command', null, (p) => executeCommand(ws, corpus, p)));

documents.listen(connection);
connection.listen();
