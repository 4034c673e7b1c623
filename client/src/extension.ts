/**
 * citecheck VS Code extension: starts the language server (dist/server.js over IPC),
 * wraps its commands, and shows a status-bar item. All checking happens in the server.
 */
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type Location,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { configurationMiddleware } from './settings.ts';
import { STATUS_NOTIFICATION } from '../../server/src/lsp/protocol.ts';
import { createStatusBar, type StatusParams } from './status-bar.ts';

let client: LanguageClient | undefined;

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath('dist/server.js');
  return {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
}

function clientOptions(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClientOptions {
  return {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: output,
    initializationOptions: { storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath },
    middleware: { workspace: configurationMiddleware },
  };
}

/** Sends a server command (`citecheck.server.*`). */
function serverCommand<T>(command: string, args: unknown[] = []): Promise<T> {
  if (!client) throw new Error('the citecheck server is not running');
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

async function openSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const loc = await serverCommand<Location | null>('citecheck.server.openSource', [
    { uri: editor.document.uri.toString(), position: editor.selection.active },
  ]);
  if (!loc) {
    void vscode.window.showInformationMessage('citecheck: no source passage under the cursor.');
    return;
  }
  const range = client!.protocol2CodeConverter.asRange(loc.range);
  await vscode.window.showTextDocument(vscode.Uri.parse(loc.uri), { selection: range, preview: true });
}

function registerCommands(context: vscode.ExtensionContext, output: vscode.OutputChannel): void {
  const run = (id: string, fn: () => Promise<unknown>) =>
    vscode.commands.registerCommand(id, () => fn().catch((e: unknown) => void vscode.window.showErrorMessage(`citecheck: ${String(e)}`)));
  context.subscriptions.push(
    run('citecheck.checkWorkspace', async () => {
      const r = await serverCommand<{ files: number; problems: number } | null>('citecheck.server.checkWorkspace');
      if (r) void vscode.window.setStatusBarMessage(`citecheck: ${r.problems} problems in ${r.files} files`, 5000);
    }),
    run('citecheck.rebuildIndex', () => serverCommand('citecheck.server.rebuildIndex')),
    run('citecheck.openSource', openSource),
    vscode.commands.registerCommand('citecheck.showOutput', () => output.show(true)),
  );
}

/** Extension entry point. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('citecheck');
  context.subscriptions.push(output);
  registerCommands(context, output);
  const status = createStatusBar('citecheck.showOutput');
  context.subscriptions.push(status, vscode.window.onDidChangeActiveTextEditor(() => status.refresh()));
  try {
    client = new LanguageClient('citecheck', 'citecheck', serverOptions(context), clientOptions(context, output));
    context.subscriptions.push(client.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => status.update(s)));
    await client.start();
  } catch (e) {
    output.appendLine(`citecheck failed to start: ${e instanceof Error ? e.stack : String(e)}`);
    void vscode.window.showErrorMessage(`citecheck could not start its language server: ${String(e)}`);
  }
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
