/**
 * Completion of citation keys after `[@` (and `; @` inside a citation) and of footnote
 * labels after `[^`: corpus keys with their titles.
 */
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionParams,
} from 'vscode-languageserver/node';
import type { SourceDoc } from '../core/corpus/index.ts';
import { describeSource } from './hover-markdown.ts';
import type { Workspace } from './workspace.ts';

/** Characters that open a completion. */
export const TRIGGER_CHARACTERS = ['@', '^'];

const PANDOC_KEY = /\[[^\]\n]*?-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
const FOOTNOTE = /\[\^([^\]\s]*)$/;

/** What the text before the cursor asks for: a pandoc key or a footnote label. */
export function completionContext(linePrefix: string): { kind: 'pandoc' | 'footnote'; typed: string } | undefined {
  const foot = FOOTNOTE.exec(linePrefix);
  if (foot) return { kind: 'footnote', typed: foot[1] };
  const key = PANDOC_KEY.exec(linePrefix);
  if (key) return { kind: 'pandoc', typed: key[1] };
  return undefined;
}

function sourceItem(s: SourceDoc, typed: string): CompletionItem {
  const detail = [s.title, s.author, s.date].filter(Boolean).join(' · ');
  return {
    label: s.key,
    kind: CompletionItemKind.Reference,
    detail,
    documentation: { kind: MarkupKind.Markdown, value: describeSource(s) + (s.url ? `\n\n${s.url}` : '') },
    filterText: s.key,
    sortText: (s.key.startsWith(typed) ? '0' : '1') + s.key,
  };
}

/** Completion items at a position of a draft. */
export function completion(ws: Workspace, params: CompletionParams): CompletionItem[] {
  const doc = ws.documents.get(params.textDocument.uri);
  if (!doc || !ws.engine) return [];
  const lineStart = { line: params.position.line, character: 0 };
  const prefix = doc.getText({ start: lineStart, end: params.position });
  const ctx = completionContext(prefix);
  if (!ctx) return [];
  const items = ws.engine.sources().map((s) => sourceItem(s, ctx.typed));
  if (ctx.kind === 'footnote') {
    const checked = ws.check(doc);
    for (const [label, def] of checked?.draft.footnotes ?? []) {
      items.push({ label, kind: CompletionItemKind.Reference, detail: def.text.slice(0, 120), sortText: '0' + label });
    }
  }
  return items;
}
