/**
 * `--format json`: findings with LSP-style ranges (0-based lines, UTF-16 characters).
 * Shape: {"files":[{"path","findings":[{"code","severity","message","range","expected",
 * "source":{"key","title","path","excerpt"},"fixes":[{"title","edits":[{"range","newText"}]}]}]}]}
 */
import type { Finding } from '../core/types.ts';
import { byPosition, positioner, type Positioner, type Range, type Report } from './report.ts';

/** One finding in the JSON output. */
export interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  range: Range;
  /** What the source says, or null. */
  expected: string | null;
  /** The source passage, or null. */
  source: { key: string; title: string; path: string; excerpt: string } | null;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
}

/** The JSON document. */
export interface JsonOutput {
  files: { path: string; findings: JsonFinding[] }[];
}

function toJsonFinding(f: Finding, pos: Positioner, report: Report): JsonFinding {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: pos.range(f.start, f.end),
    expected: f.expected ?? null,
    source: f.source
      ? { key: f.source.key, title: f.source.title, path: report.sourcePath(f.source.path), excerpt: f.source.excerpt }
      : null,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ range: pos.range(e.start, e.end), newText: e.newText })),
    })),
  };
}

/** Builds the JSON document for a report. */
export function toJson(report: Report): JsonOutput {
  return {
    files: report.files.map((file) => {
      const pos = positioner(file.text);
      return { path: file.path, findings: byPosition(file.findings).map((f) => toJsonFinding(f, pos, report)) };
    }),
  };
}

/** Renders the report as pretty-printed JSON, ending with a newline. */
export function formatJson(report: Report): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}
