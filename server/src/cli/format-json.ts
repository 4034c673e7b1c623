/**
 * `--format json`: findings and figure verdicts with LSP-style ranges (0-based lines,
 * UTF-16 characters).
 * Shape: {"files":[{"path","findings":[{"code","severity","message","range","expected",
 * "source":{"key","title","path","excerpt"},"fixes":[{"title","edits":[{"range","newText"}]}]}],
 * "figures":[{"verdict","text","range","start","end","reason","source","sourceValue",
 * "derivation"?}],"figureCounts":{"total","verified","contradicted","unsupported","unchecked"}}],
 * "figureCounts":{…}}
 */
import { countFigures, type FigureCounts, type FigureReport, type FigureVerdictKind, type Finding } from '../core/types.ts';
import { byPosition, countAllFigures, positioner, type Positioner, type Range, type Report } from './report.ts';

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

/** The source passage a figure was compared with (or draws on). */
export interface JsonFigureSource {
  key: string;
  title: string;
  /** Display path of the source file. */
  path: string;
  /** 1-based paragraph in the source's article text, or null. */
  paragraph: number | null;
  /** The passage in the source file, when the source is loaded. */
  range?: Range;
  excerpt: string;
}

/** One figure of a draft with its verdict. */
export interface JsonFigure {
  verdict: FigureVerdictKind;
  text: string;
  range: Range;
  /** UTF-16 offsets into the draft. */
  start: number;
  end: number;
  reason: string;
  source: JsonFigureSource | null;
  /** The source's wording of the value, or null. */
  sourceValue: string | null;
  /** How a derived value follows from the source's values (only when there is one). */
  derivation?: string;
}

/** One checked file in the JSON output. */
export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  figures: JsonFigure[];
  figureCounts: FigureCounts;
}

/** The JSON document. */
export interface JsonOutput {
  files: JsonFile[];
  /** Verdict counts over all files. */
  figureCounts: FigureCounts;
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

type SourcePositioner = (path: string) => Positioner | undefined;

/** Positioners over the sources' raw text, one per source (built on first use). */
function sourcePositioners(report: Report): SourcePositioner {
  const memo = new Map<string, Positioner | undefined>();
  return (path) => {
    if (!memo.has(path)) {
      const raw = report.sourceText(path);
      memo.set(path, raw === undefined ? undefined : positioner(raw));
    }
    return memo.get(path);
  };
}

function toJsonFigure(f: FigureReport, pos: Positioner, report: Report, sourcePos: SourcePositioner): JsonFigure {
  let source: JsonFigureSource | null = null;
  if (f.source) {
    const spos = sourcePos(f.source.path);
    source = {
      key: f.source.key, title: f.source.title, path: report.sourcePath(f.source.path),
      paragraph: f.source.paragraph ?? null,
      ...(spos ? { range: spos.range(f.source.start, f.source.end) } : {}),
      excerpt: f.source.excerpt,
    };
  }
  return {
    verdict: f.verdict, text: f.text, range: pos.range(f.start, f.end), start: f.start, end: f.end,
    reason: f.reason, source, sourceValue: f.sourceValue ?? null,
    ...(f.derivation ? { derivation: f.derivation } : {}),
  };
}

/** Builds the JSON document for a report. */
export function toJson(report: Report): JsonOutput {
  const sourcePos = sourcePositioners(report);
  return {
    files: report.files.map((file) => {
      const pos = positioner(file.text);
      return {
        path: file.path,
        findings: byPosition(file.findings).map((f) => toJsonFinding(f, pos, report)),
        figures: [...file.figures].sort((a, b) => a.start - b.start).map((f) => toJsonFigure(f, pos, report, sourcePos)),
        figureCounts: countFigures(file.figures),
      };
    }),
    figureCounts: countAllFigures(report.files),
  };
}

/** Renders the report as pretty-printed JSON, ending with a newline. */
export function formatJson(report: Report): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}
