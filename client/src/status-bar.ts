/**
 * The status-bar item: "$(book) 4 sources · 3 problems", driven by `citecheck/status`.
 * Clicking it opens the output channel.
 */
import * as vscode from 'vscode';

/** Payload of the server's `citecheck/status` notification. */
export interface StatusParams {
  sources: number;
  problems: number;
  indexing: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The status-bar text for a status. */
export function statusText(s: StatusParams): string {
  if (s.indexing) return '$(sync~spin) citecheck: indexing sources';
  return `$(book) ${plural(s.sources, 'source')} · ${plural(s.problems, 'problem')}`;
}

/** Creates the status-bar item (shown once the server reports). */
export function createStatusBar(command: string): vscode.StatusBarItem & { update(s: StatusParams): void } {
  const item = vscode.window.createStatusBarItem('citecheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'citecheck';
  item.command = command;
  item.text = '$(book) citecheck';
  item.tooltip = 'citecheck: show output';
  return Object.assign(item, {
    update(s: StatusParams) {
      item.text = statusText(s);
      item.tooltip = `citecheck: ${plural(s.sources, 'source')} indexed, ${plural(s.problems, 'problem')} in open drafts. Click to show the output.`;
      item.show();
    },
  });
}
