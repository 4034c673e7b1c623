/**
 * The status-bar item: "$(book) 4 sources · 3 problems · $(check) 26/34 figures",
 * driven by `citecheck/status` and the active editor (its figure counts). Clicking it opens
 * the output channel.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol.ts';
import { statusText, statusTooltip } from './status-text.ts';

export type { StatusParams } from '../../server/src/lsp/protocol.ts';

/** The status-bar item, updated by the server's status and by the active editor. */
export type StatusBar = vscode.StatusBarItem & {
  /** A new status from the server. */
  update(s: StatusParams): void;
  /** Re-renders for the active editor's document. */
  refresh(): void;
};

/** Creates the status-bar item (shown once the server reports). */
export function createStatusBar(command: string): StatusBar {
  const item = vscode.window.createStatusBarItem('citecheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'citecheck';
  item.command = command;
  item.text = '$(book) citecheck';
  item.tooltip = 'citecheck: show output';
  let last: StatusParams | undefined;
  const render = () => {
    if (!last) return;
    const doc = vscode.window.activeTextEditor?.document;
    const uri = doc?.uri.toString();
    const name = doc ? vscode.workspace.asRelativePath(doc.uri) : undefined;
    item.text = statusText(last, uri);
    item.tooltip = statusTooltip(last, uri, name);
    item.show();
  };
  return Object.assign(item, {
    update(s: StatusParams) {
      last = s;
      render();
    },
    refresh: render,
  });
}
