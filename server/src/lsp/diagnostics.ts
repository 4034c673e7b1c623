/**
 * Findings → LSP diagnostics, and the push scheduler (debounced, superseded by newer
 * versions, only the changed document re-checked).
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/types.ts';
import { sendStatus } from './status.ts';
import type { Checked, Workspace } from './workspace.ts';

/** Base of the documentation links of finding codes (README section anchors). */
export const DOCS_BASE = 'https://github.com/citecheck/citecheck#';

/** Diagnostic source name. */
export const SOURCE = 'citecheck';

/** Debounce between a change and its check, in milliseconds. */
export const DEBOUNCE_MS = 250;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** README anchor of a finding code, GitHub style ("figure.mismatch" → "#figuremismatch"). */
export function docsLink(code: string): string {
  return DOCS_BASE + code.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/** Shortens a passage for one-line messages. */
export function clip(text: string, max = 160): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

function relatedInformation(ws: Workspace, f: Finding): DiagnosticRelatedInformation[] {
  const refs = f.source ? [{ value: f.expected, source: f.source }] : [];
  for (const alt of f.alternatives ?? []) refs.push({ value: alt.value, source: alt.source });
  return refs.map(({ value, source }) => ({
    location: ws.sourceLocation(source),
    message:
      `${source.title}${source.paragraph ? `, para ${source.paragraph}` : ''}` +
      `${value ? ` (${value})` : ''}: ${clip(source.excerpt)}`,
  }));
}

/** The diagnostic of one finding (fixes travel on `data`). */
export function toDiagnostic(ws: Workspace, doc: TextDocument, f: Finding): Diagnostic {
  const related = relatedInformation(ws, f);
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.code,
    codeDescription: { href: docsLink(f.code) },
    source: SOURCE,
    message: f.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: { fixes: f.fixes },
  };
}

/** The diagnostics of a document's current version (empty when it is not checked). */
export function diagnosticsFor(ws: Workspace, doc: TextDocument): Diagnostic[] {
  return checkedDiagnostics(ws, doc, ws.check(doc));
}

/** The diagnostics of a check result of `doc` (empty when there is none). */
export function checkedDiagnostics(ws: Workspace, doc: TextDocument, checked: Checked | undefined): Diagnostic[] {
  if (!checked) return [];
  return checked.result.findings.map((f) => toDiagnostic(ws, doc, f));
}

/**
 * Pushes diagnostics (when the client does not pull them): each change restarts the
 * document's timer, and a result is dropped if the document changed meanwhile.
 */
export class DiagnosticsPublisher {
  /** True when the client pulls diagnostics (then nothing is pushed for open drafts). */
  pull = false;
  /** True when the client supports `workspace/diagnostic/refresh`. */
  refreshSupport = false;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly ws: Workspace) {}

  /** Schedules a check of one document after the debounce delay. */
  schedule(uri: string, delay = DEBOUNCE_MS): void {
    if (this.pull) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  /** Cancels the pending check of a closed document and clears its diagnostics. */
  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    if (!this.pull) void this.ws.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-checks every open document (after a corpus or config change). */
  recheckAll(): void {
    if (this.pull) {
      if (this.refreshSupport) this.ws.connection.languages.diagnostics.refresh();
      sendStatus(this.ws);
      return;
    }
    for (const doc of this.ws.documents.all()) this.schedule(doc.uri, 0);
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    await this.ws.ready;
    const doc = this.ws.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const diagnostics = diagnosticsFor(this.ws, doc);
      if (this.ws.documents.get(uri)?.version !== version) return;
      await this.ws.connection.sendDiagnostics({ uri, version, diagnostics });
      sendStatus(this.ws);
    } catch (e) {
      this.ws.connection.console.error(`citecheck: checking ${uri} failed: ${String(e)}`);
    }
  }
}
