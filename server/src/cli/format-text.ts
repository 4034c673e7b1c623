/**
 * Terminal output: one line per finding (`path:line:col  severity  code  message`, 1-based),
 * an indented source excerpt, and a summary line. Colours are optional.
 */
import type { Finding, Severity, SourceRef } from '../core/types.ts';
import { byPosition, countSeverities, positioner, type Report, type SeverityCounts } from './report.ts';

const ANSI = {
  red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', gray: '\u001b[90m',
  cyan: '\u001b[36m', bold: '\u001b[1m', reset: '\u001b[0m',
} as const;

const SEVERITY_COLOR: Record<Severity, string> = {
  error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.gray,
};

/** Longest excerpt shown under a finding, in characters. */
const MAX_EXCERPT = 160;

type Paint = (color: string, text: string) => string;

/** Whether stdout may be coloured: a TTY and NO_COLOR unset or empty (--no-color is separate). */
export function useColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

/** Collapses white space and cuts a long excerpt at a word boundary, adding an ellipsis. */
export function shortenExcerpt(excerpt: string, max = MAX_EXCERPT): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut) + '…';
}

function sourceLine(source: SourceRef): string {
  const title = source.title ? `${source.title} (${source.key})` : `(${source.key})`;
  return `    > "${shortenExcerpt(source.excerpt)}" — ${title}`;
}

function findingLines(path: string, text: string, findings: Finding[], paint: Paint): string[] {
  const pos = positioner(text);
  const lines: string[] = [];
  for (const f of byPosition(findings)) {
    const { start } = pos.range(f.start, f.end);
    const where = `${path}:${start.line + 1}:${start.character + 1}`;
    const severity = paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7));
    lines.push(`${where}  ${severity}  ${paint(ANSI.cyan, f.code)}  ${f.message}`);
    if (f.source) lines.push(paint(ANSI.gray, sourceLine(f.source)));
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 problems (2 errors, 1 warning) in 1 file; 4 sources" */
export function summaryLine(counts: SeverityCounts, files: number, sources: number): string {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const tail = `in ${plural(files, 'file')}; ${plural(sources, 'source')}`;
  if (total === 0) return `no problems ${tail}`;
  const parts = [
    counts.error && plural(counts.error, 'error'),
    counts.warning && plural(counts.warning, 'warning'),
    counts.info && `${counts.info} info`,
    counts.hint && plural(counts.hint, 'hint'),
  ].filter((p): p is string => Boolean(p));
  return `${plural(total, 'problem')} (${parts.join(', ')}) ${tail}`;
}

/** Renders the report as terminal text, ending with a newline. */
export function formatText(report: Report, options: { color: boolean }): string {
  const paint: Paint = options.color ? (c, t) => `${c}${t}${ANSI.reset}` : (_c, t) => t;
  const lines: string[] = [];
  for (const file of report.files) lines.push(...findingLines(file.path, file.text, file.findings, paint));
  const counts = countSeverities(report.files);
  if (lines.length > 0) lines.push('');
  const summary = summaryLine(counts, report.files.length, report.sourceCount);
  lines.push(options.color ? paint(ANSI.bold, summary) : summary);
  return lines.join('\n') + '\n';
}
