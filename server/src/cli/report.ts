/**
 * The data every output format renders: checked files with their findings and figure
 * verdicts, plus a way to
 * reach the text of the sources (for SARIF related locations). Positions are computed
 * with vscode-languageserver-textdocument (0-based lines, UTF-16 characters).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { countFigures, type FigureCounts, type FigureReport, type Finding, type Severity } from '../core/types.ts';

/** One checked draft. */
export interface FileReport {
  /** Path as displayed: relative to the current directory, forward slashes. */
  path: string;
  /** The draft text the findings' offsets refer to. */
  text: string;
  findings: Finding[];
  /** The engine's verdict on every figure of the draft outside quotations, in draft order. */
  figures: FigureReport[];
}

/** Everything a formatter needs. */
export interface Report {
  files: FileReport[];
  /** Number of loaded sources. */
  sourceCount: number;
  /** Display path (relative to cwd, forward slashes) of a source path from the engine. */
  sourcePath(path: string): string;
  /** Raw text of a source file, when loaded. */
  sourceText(path: string): string | undefined;
}

/** LSP-style position. */
export interface Position {
  line: number;
  character: number;
}

/** LSP-style range. */
export interface Range {
  start: Position;
  end: Position;
}

/** Converts UTF-16 offsets of one text to LSP ranges. */
export interface Positioner {
  range(start: number, end: number): Range;
}

/** A positioner over `text`, backed by TextDocument.positionAt. */
export function positioner(text: string): Positioner {
  const doc = TextDocument.create('file:///citecheck', 'markdown', 0, text);
  return {
    range: (start, end) => ({ start: doc.positionAt(start), end: doc.positionAt(end) }),
  };
}

/** Counts of findings per severity. */
export type SeverityCounts = Record<Severity, number>;

/** Tallies the findings of all files by severity. */
export function countSeverities(files: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const finding of f.findings) counts[finding.severity]++;
  return counts;
}

/** Sorts findings by position (start, then end), keeping the engine's order for ties. */
export function byPosition(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Figure verdict counts over all files. */
export function countAllFigures(files: readonly FileReport[]): FigureCounts {
  return countFigures(files.flatMap((f) => f.figures));
}
