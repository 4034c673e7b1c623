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

/** The result of checking one draft. */
export interface CheckResult {
  findings: Finding[];
  matches: Match[];
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
