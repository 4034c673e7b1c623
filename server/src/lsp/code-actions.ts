/**
 * Code actions: the engine's fixes as quick fixes, "Fix all citecheck problems"
 * (source.fixAll.citecheck) and "Insert citation". Edits are versioned workspace edits.
 */
import {
  CodeActionKind,
  TextDocumentEdit,
  VersionedTextDocumentIdentifier,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, TextEdit } from '../core/types.ts';
import { toDiagnostic } from './diagnostics.ts';
import type { Checked, Workspace } from './workspace.ts';

/** Kind of the "Fix all citecheck problems" action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.citecheck`;
/** Kind of the "Insert citation" actions. */
export const INSERT_CITATION_KIND = `${CodeActionKind.RefactorRewrite}.citecheck.insertCitation`;
/** The kinds this server provides (advertised in its capabilities). */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND, INSERT_CITATION_KIND];

/** True when `kind` is requested by the client's `only` filter (none = everything). */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** A versioned workspace edit applying engine edits (draft offsets) to a document. */
export function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  const changes = edits.map((e) => ({
    range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
    newText: e.newText,
  }));
  const id = VersionedTextDocumentIdentifier.create(doc.uri, doc.version);
  return { documentChanges: [TextDocumentEdit.create(id, changes)] };
}

function sameDiagnostic(d: Diagnostic, f: Finding, doc: TextDocument): boolean {
  return d.code === f.code && doc.offsetAt(d.range.start) === f.start && doc.offsetAt(d.range.end) === f.end;
}

function quickFixes(ws: Workspace, doc: TextDocument, checked: Checked, params: CodeActionParams): CodeAction[] {
  const lo = doc.offsetAt(params.range.start);
  const hi = doc.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const f of checked.result.findings) {
    if (f.start > hi || f.end < lo || f.fixes.length === 0) continue;
    const diagnostic = params.context.diagnostics.find((d) => sameDiagnostic(d, f, doc)) ?? toDiagnostic(ws, doc, f);
    for (const fix of f.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred === true,
        edit: workspaceEdit(doc, fix.edits),
      });
    }
  }
  return actions;
}

const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end;

/** The preferred fixes of all findings whose edits do not collide, in draft order. */
export function fixAllEdits(findings: Finding[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  const preferred = findings
    .map((f) => f.fixes.find((x) => x.preferred))
    .filter((x): x is Fix => x !== undefined);
  for (const fix of preferred) {
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...fix.edits);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

function fixAll(doc: TextDocument, checked: Checked): CodeAction[] {
  const findings = checked.result.findings;
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return [];
  return [{ title: 'Fix all citecheck problems', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits) }];
}

function insertCitation(ws: Workspace, doc: TextDocument, checked: Checked, params: CodeActionParams): CodeAction[] {
  const fixes = ws.engine?.citationFixesAt(checked.text, doc.offsetAt(params.range.start)) ?? [];
  return fixes.map((fix) => ({ title: fix.title, kind: INSERT_CITATION_KIND, edit: workspaceEdit(doc, fix.edits) }));
}

/** The code actions for a range of an open draft. */
export function codeActions(ws: Workspace, params: CodeActionParams): CodeAction[] {
  const doc = ws.documents.get(params.textDocument.uri);
  const checked = doc && ws.check(doc);
  if (!doc || !checked) return [];
  const only = params.context.only;
  return [
    ...(wanted(only, CodeActionKind.QuickFix) ? quickFixes(ws, doc, checked, params) : []),
    ...(wanted(only, FIX_ALL_KIND) ? fixAll(doc, checked) : []),
    ...(wanted(only, INSERT_CITATION_KIND) ? insertCitation(ws, doc, checked, params) : []),
  ];
}
