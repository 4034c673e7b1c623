/**
 * Shared types of the citecheck engine. Everything here is plain data: offsets are
 * UTF-16 code-unit offsets into the original text (draft or source file) unless a
 * field says otherwise. Ranges (line/character) exist only at the LSP/CLI edge.
 */

/** Severity of a finding, mapped to LSP DiagnosticSeverity at the edge. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Finding codes are part of the public interface (config, CLI, diagnostics). */
export type FindingCode =
  | 'figure.mismatch'
  | 'figure.sources-disagree'
  | 'figure.unsupported'
  | 'quote.altered'
  | 'quote.not-found'
  | 'quote.misattributed'
  | 'source.uncited'
  | 'citation.mismatch'
  | 'citation.unknown-key';

/** All finding codes, in documentation order. */
export const FINDING_CODES: readonly FindingCode[] = [
  'figure.mismatch',
  'figure.sources-disagree',
  'figure.unsupported',
  'quote.altered',
  'quote.not-found',
  'quote.misattributed',
  'source.uncited',
  'citation.mismatch',
  'citation.unknown-key',
];

/** A replacement of draft text [start, end) by newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix is data: a title and the edits that apply it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix applied by `--fix` and "Fix all". At most one per finding. */
  preferred?: boolean;
}

/** Bibliographic data of a source. */
export interface SourceMeta {
  /** Citation key: front matter `id`, else a slug of the file name. */
  key: string;
  title: string;
  author?: string;
  date?: string;
  url?: string;
  publication?: string;
}

/** A pointer into a source file: offsets are into the original file text. */
export interface SourceRef extends SourceMeta {
  path: string;
  start: number;
  end: number;
  /** The passage (sentence or paragraph) as plain text. */
  excerpt: string;
  /** 1-based paragraph number within the source's article text. */
  paragraph?: number;
}

/** One alternative value when sources disagree. */
export interface SourceValue {
  value: string;
  source: SourceRef;
}

/** A problem (or, for hovers, an agreement) found in a draft. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Offsets into the draft text. */
  start: number;
  end: number;
  /** The draft's text at [start, end). */
  actual?: string;
  /** What the source says instead, where there is one. */
  expected?: string;
  source?: SourceRef;
  /** Every value when sources disagree (figure.sources-disagree). */
  alternatives?: SourceValue[];
  fixes: Fix[];
}

/** A figure or quotation of the draft that agrees with its source (for hovers). */
export interface Match {
  kind: 'figure' | 'quote' | 'sentence';
  start: number;
  end: number;
  source: SourceRef;
  /** Every source value when sources disagree. */
  alternatives?: SourceValue[];
}

/**
 * What the sources say about one draft figure:
 * - `verified`: a source the passage draws on states the same value for the same quantity
 *   (or a value it follows from: see `derivation`);
 * - `contradicted`: that source states another value for it (a `figure.mismatch`);
 * - `unsupported`: the passage draws on sources, and none states this value in any form
 *   (a `figure.unsupported`);
 * - `unchecked`: the passage draws on no source (the writer's own).
 */
export type FigureVerdictKind = 'verified' | 'contradicted' | 'unsupported' | 'unchecked';

/** The verdict on one figure of the draft (outside quotations). */
export interface FigureReport {
  /** Draft offsets of the figure. */
  start: number;
  end: number;
  /** The draft's text of the figure. */
  text: string;
  verdict: FigureVerdictKind;
  /** One line saying why ("matches Nikkei Asia, para 7: \"$7 billion\""). */
  reason: string;
  /** The source passage the figure was compared with, or the passage it draws on. */
  source?: SourceRef;
  /** The source's wording of the value (verified or contradicted). */
  sourceValue?: string;
  /** How a derived value follows from the source's values ("(4.1 − 3.5) / 3.5 = 17 %"). */
  derivation?: string;
}

/** Counts of figure verdicts, for summaries ("34 figures: 26 verified, ..."). */
export type FigureCounts = Record<FigureVerdictKind, number> & { total: number };

/** The result of checking one draft. */
export interface CheckResult {
  findings: Finding[];
  matches: Match[];
  /** A verdict for every draft figure outside quotations, in draft order. */
  figures: FigureReport[];
}

/** Counts the verdicts of a check's figures. */
export function countFigures(figures: readonly FigureReport[]): FigureCounts {
  const c: FigureCounts = { total: figures.length, verified: 0, contradicted: 0, unsupported: 0, unchecked: 0 };
  for (const f of figures) c[f.verdict]++;
  return c;
}

/** "34 figures: 26 verified, 1 contradicted, 3 unsupported, 4 unchecked". */
export function formatFigureCounts(c: FigureCounts): string {
  const noun = c.total === 1 ? 'figure' : 'figures';
  return `${c.total} ${noun}: ${c.verified} verified, ${c.contradicted} contradicted, ${c.unsupported} unsupported, ${c.unchecked} unchecked`;
}

/** Citation styles a fix may insert. */
export type CitationStyle = 'pandoc' | 'footnote' | 'link';

/**
 * File access, implemented by the CLI (node:fs) and the language server. The engine
 * never touches the file system itself; it walks folders and matches globs through this.
 */
export interface FileSystem {
  /** Entries of a folder (names only), or undefined when it is not a readable folder. */
  readDir(path: string): Promise<{ name: string; isDirectory: boolean }[] | undefined>;
  /** The file's bytes; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  /** Size and modification time, or undefined when the path does not exist. */
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory: boolean } | undefined>;
  /** Writes a whole file atomically, creating its folder (used for the index cache). */
  writeFile?(path: string, data: Uint8Array): Promise<void>;
}

/** A per-file message from loading the corpus (skipped or degraded file). */
export interface LoadProblem {
  path: string;
  message: string;
}
