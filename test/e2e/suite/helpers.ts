// Helpers of the extension-host suite: fresh draft copies, waiting on diagnostics, and
// reading hovers, code actions and completions through VS Code's command API.
import * as vscode from 'vscode';

export const SOURCE = 'citecheck';
const TIMEOUT_MS = 60_000;

/** The temp workspace (a copy of examples/) the runner opened. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return folder.uri;
}

/** Polls `check` until it returns a value other than undefined/false. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string, timeoutMs = TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Copies the demo draft to `name` in the workspace root and shows it in an editor. */
export async function openDraftCopy(name: string): Promise<vscode.TextEditor> {
  const root = workspaceRoot();
  const target = vscode.Uri.joinPath(root, name);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, 'draft.md'), target, { overwrite: true });
  const doc = await vscode.workspace.openTextDocument(target);
  return vscode.window.showTextDocument(doc);
}

/** The diagnostic's code as a string. */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** citecheck's diagnostics of a document (other linters' are left out). */
export function citecheckDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (code === undefined || codeOf(d) === code));
}

/** Waits until citecheck's diagnostics of `uri` satisfy `ok` (default: there are some). */
export function waitForDiagnostics(uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0, what = 'citecheck diagnostics'):
  Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ds = citecheckDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, what);
}

/** The first diagnostic with the given code, waiting for it. */
export async function firstDiagnostic(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic> {
  const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === code), `a ${code} diagnostic`);
  return ds.filter((d) => codeOf(d) === code)
    .sort((a, b) => a.range.start.compareTo(b.range.start))[0]!;
}

/** Code actions at `range`, resolved so that their edits are filled in. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind, 100);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** The edits an action makes to `uri`. */
export function editsIn(action: vscode.CodeAction, uri: vscode.Uri): vscode.TextEdit[] {
  return action.edit?.get(uri) ?? [];
}

/** True when an edit replaces (part of) the text of `range`. */
function overlaps(edit: vscode.TextEdit, range: vscode.Range): boolean {
  const common = edit.range.intersection(range);
  return common !== undefined && !common.isEmpty;
}

/** The preferred quick fix for a diagnostic, with the edit that replaces the diagnostic's text. */
export async function preferredFix(uri: vscode.Uri, diag: vscode.Diagnostic):
  Promise<{ action: vscode.CodeAction; main: vscode.TextEdit }> {
  const actions = await codeActions(uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  const forDiag = (a: vscode.CodeAction) => !a.diagnostics?.length
    || a.diagnostics.some((d) => d.range.isEqual(diag.range) && d.message === diag.message);
  const candidates = actions.filter((a) => a.isPreferred && forDiag(a)
    && editsIn(a, uri).some((e) => overlaps(e, diag.range)));
  const action = candidates[0];
  if (!action) throw new Error(`no preferred quick fix editing "${diag.message}" among: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
  return { action, main: editsIn(action, uri).find((e) => overlaps(e, diag.range))! };
}

/** The plain text of hovers (markdown escapes and emphasis removed, whitespace collapsed). */
export function hoverText(hovers: vscode.Hover[]): string {
  const parts = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
  return parts.join('\n').replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1').replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ');
}

/** The first number-like token of a text (digits with separators), e.g. "7" in "$7 billion". */
export function firstNumber(text: string): string | undefined {
  return /\d[\d,.]*\d|\d/.exec(text)?.[0];
}

/** Letters and digits only, lower-cased: compares citation keys with file names loosely. */
export function alnum(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Source files of the workspace's corpus folder. */
export async function corpusFiles(): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(workspaceRoot(), 'corpus'));
  return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name).sort();
}
