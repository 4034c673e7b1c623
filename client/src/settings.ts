/**
 * Configuration middleware: the server asks for the `citecheck` section, and gets only
 * the values the user set explicitly, so that unset settings do not override
 * `.citecheck.json`.
 */
import * as vscode from 'vscode';
import type { ConfigurationParams, Middleware } from 'vscode-languageclient/node';

const KEYS = ['corpus', 'ignore', 'citationStyle', 'severity', 'maxFileSize'] as const;

/** The explicitly set `citecheck.*` values for a scope. */
export function explicitSettings(scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('citecheck', scope);
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const i = config.inspect(key);
    const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Answers `workspace/configuration` for the `citecheck` section with explicit values. */
export const configurationMiddleware: Middleware['workspace'] = {
  configuration: async (params: ConfigurationParams, token, next) => {
    const defaults = await next(params, token);
    if (!Array.isArray(defaults)) return defaults;
    return params.items.map((item, i) =>
      item.section === 'citecheck'
        ? explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
        : defaults[i],
    );
  },
};
