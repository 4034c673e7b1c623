/**
 * What the client supports and what the server announces.
 */
import {
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { CODE_ACTION_KINDS } from './code-actions.ts';
import { COMMANDS } from './commands.ts';
import { TRIGGER_CHARACTERS } from './completion.ts';

/** The client features the server adapts to. */
export interface ClientFeatures {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchers: boolean;
  relativePatterns: boolean;
}

/** Reads the relevant client capabilities. */
export function clientFeatures(caps: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: Boolean(caps.textDocument?.diagnostic),
    diagnosticRefresh: Boolean(caps.workspace?.diagnostics?.refreshSupport),
    configuration: Boolean(caps.workspace?.configuration),
    dynamicConfiguration: Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration),
    dynamicWatchers: Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration),
    relativePatterns: Boolean(caps.workspace?.didChangeWatchedFiles?.relativePatternSupport),
  };
}

/** The server's capabilities for a client. */
export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    definitionProvider: true,
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    executeCommandProvider: { commands: Object.values(COMMANDS) },
    ...(features.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'citecheck', interFileDependencies: true, workspaceDiagnostics: false } }
      : {}),
  };
}
