/**
 * Commands the server executes (workspace/executeCommand). The client wraps them as
 * `citecheck.checkWorkspace`, `citecheck.rebuildIndex` and `citecheck.openSource`.
 */
import { join, sep } from 'node:path';
import type { ExecuteCommandParams, Location, Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { citationAt, citedPassage, citedSources } from './citations.ts';
import type { CorpusManager } from './corpus.ts';
import { checkedDiagnostics, diagnosticsFor } from './diagnostics.ts';
import { sendStatus } from './status.ts';
import { pathToUri, uriToPath } from './uris.ts';
import type { Workspace } from './workspace.ts';

/** Server-side command identifiers. */
export const COMMANDS = {
  checkWorkspace: 'citecheck.server.checkWorkspace',
  rebuildIndex: 'citecheck.server.rebuildIndex',
  openSource: 'citecheck.server.openSource',
} as const;

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

/** Markdown files below a folder (hidden and dependency folders skipped). */
async function markdownFiles(ws: Workspace, dir: string, out: string[] = []): Promise<string[]> {
  for (const e of (await ws.fs.readDir(dir)) ?? []) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory) await markdownFiles(ws, path, out);
    else if (MARKDOWN.test(e.name)) out.push(path);
  }
  return out;
}

/** Markdown drafts of a folder: files on disk plus open documents below it. */
async function workspaceDrafts(ws: Workspace, folder: string): Promise<string[]> {
  const found = new Set(await markdownFiles(ws, folder));
  for (const doc of ws.documents.all()) {
    const path = uriToPath(doc.uri);
    if (path && MARKDOWN.test(path) && path.startsWith(folder + sep)) found.add(path);
  }
  return [...found].filter((path) => !ws.isSource(pathToUri(path)));
}

/** Checks every Markdown file of the workspace folders and publishes the results. */
export async function checkWorkspace(ws: Workspace): Promise<{ files: number; problems: number }> {
  await ws.ready;
  let files = 0;
  let problems = 0;
  for (const folder of ws.folders.length ? ws.folders : [ws.root]) {
    for (const path of await workspaceDrafts(ws, folder)) {
      const uri = pathToUri(path);
      const open = ws.documents.get(uri);
      const doc = open ?? TextDocument.create(uri, 'markdown', 0, new TextDecoder().decode(await ws.fs.readFile(path)));
      const diagnostics = open ? diagnosticsFor(ws, open) : checkedDiagnostics(ws, doc, ws.checkUncached(doc));
      await ws.connection.sendDiagnostics({ uri, diagnostics });
      files++;
      problems += diagnostics.length;
    }
  }
  sendStatus(ws);
  return { files, problems };
}

/** Reads `{uri, position}` (or `[uri, position]`) command arguments. */
function positionArgs(args: unknown[] | undefined): { uri: string; position: Position } | undefined {
  const [a, b] = args ?? [];
  if (a && typeof a === 'object' && 'uri' in a && 'position' in a) return a as { uri: string; position: Position };
  if (typeof a === 'string' && b && typeof b === 'object') return { uri: a, position: b as Position };
  return undefined;
}

/** The source location of the finding, figure, agreement or citation at a position. */
export function openSource(ws: Workspace, args: unknown[] | undefined): Location | null {
  const at = positionArgs(args);
  const doc = at && ws.documents.get(at.uri);
  const checked = doc && ws.check(doc);
  if (!at || !doc || !checked) return null;
  const offset = doc.offsetAt(at.position);
  const covers = (x: { start: number; end: number }) => x.start <= offset && offset <= x.end;
  const ref = checked.result.findings.find((f) => covers(f) && f.source)?.source ??
    (checked.result.figures ?? []).find((f) => covers(f) && f.source)?.source ??
    checked.result.matches.find(covers)?.source;
  if (ref) return ws.sourceLocation(ref);
  const c = citationAt(checked, offset);
  const source = c && citedSources(ws, checked, c).sources[0];
  return c && source ? ws.sourceLocation(citedPassage(checked, c, source)) : null;
}

/** Dispatches workspace/executeCommand. */
export async function executeCommand(ws: Workspace, corpus: CorpusManager, params: ExecuteCommandParams): Promise<unknown> {
  switch (params.command) {
    case COMMANDS.checkWorkspace:
      return checkWorkspace(ws);
    case COMMANDS.rebuildIndex:
      return { sources: await corpus.rebuild() };
    case COMMANDS.openSource:
      await ws.ready;
      return openSource(ws, params.arguments);
    default:
      throw new Error(`unknown command ${params.command}`);
  }
}
