/**
 * Terminal output: one line per finding (`path:line:col  severity  code  message`, 1-based),
 * an indented source excerpt, per file the counts of figure verdicts (with `--figures`,
 * every figure below them), a total over several files, and a summary line. Colours are
 * optional.
 */
import { countFigures, formatFigureCounts, type FigureCounts, type FigureReport, type FigureVerdictKind, type Finding, type Severity, type SourceRef } from '../core/types.ts';
import { byPosition, countAllFigures, countSeverities, positioner, type FileReport, type Report, type SeverityCounts } from './report.ts';

const ANSI = {
  red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', gray: '\u001b[90m',
  cyan: '\u001b[36m', green: '\u001b[32m', bold: '\u001b[1m', reset: '\u001b[0m',
} as const;

const VERDICT_COLOR: Record<FigureVerdictKind, string> = {
  verified: ANSI.green, contradicted: ANSI.red, unsupported: ANSI.yellow, unchecked: ANSI.gray,
};

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

/** "34 figures: 26 verified, …", or "no figures". */
export function figureCountsText(counts: FigureCounts): string {
  return counts.total === 0 ? 'no figures' : formatFigureCounts(counts);
}

/**
 * One line per figure, indented, in draft order:
 * `  12:5   verified      "$7 billion"  matches Nikkei Asia, para 7: "$7 billion"`.
 */
export function figureLines(text: string, figures: readonly FigureReport[], paint: Paint = (_c, t) => t): string[] {
  const pos = positioner(text);
  const rows = [...figures].sort((a, b) => a.start - b.start).map((f) => {
    const { start } = pos.range(f.start, f.end);
    return { at: `${start.line + 1}:${start.character + 1}`, f };
  });
  const width = Math.max(0, ...rows.map((r) => r.at.length));
  return rows.map(({ at, f }) => {
    const derivation = f.derivation && !f.reason.includes(f.derivation) ? ` (${f.derivation})` : '';
    const verdict = paint(VERDICT_COLOR[f.verdict], f.verdict.padEnd(12));
    return `  ${at.padEnd(width)}  ${verdict}  "${f.text.replace(/\s+/g, ' ')}"  ${f.reason}${derivation}`;
  });
}

/** The lines of one file: its findings, its figure counts and (with `figures`) every figure. */
function fileLines(file: FileReport, paint: Paint, figures: boolean): string[] {
  const lines = findingLines(file.path, file.text, file.findings, paint);
  lines.push(`${file.path}: ${figureCountsText(countFigures(file.figures))}`);
  if (figures) lines.push(...figureLines(file.text, file.figures, paint));
  return lines;
}

/** Renders the report as terminal text, ending with a newline. */
export function formatText(report: Report, options: { color: boolean; figures?: boolean }): string {
  const paint: Paint = options.color ? (c, t) => `${c}${t}${ANSI.reset}` : (_c, t) => t;
  const lines: string[] = [];
  for (const file of report.files) lines.push(...fileLines(file, paint, options.figures ?? false));
  if (report.files.length > 1) lines.push(`total: ${figureCountsText(countAllFigures(report.files))}`);
  const counts = countSeverities(report.files);
  if (lines.length > 0) lines.push('');
  const summary = summaryLine(counts, report.files.length, report.sourceCount);
  lines.push(options.color ? paint(ANSI.bold, summary) : summary);
  return lines.join('\n') + '\n';
}
