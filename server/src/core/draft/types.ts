/**
 * Public data types of the draft analysis (see docs/ARCHITECTURE.md, "Draft").
 * All offsets are UTF-16 offsets into the draft text unless a field says otherwise.
 */

/** A citation written in the draft: Pandoc `[@key]`, a footnote call `[^n]` or a link. */
export interface Citation {
  kind: 'pandoc' | 'footnote' | 'link';
  /** Citation keys (Pandoc) or, for footnotes, the keys its definition mentions. */
  keys: string[];
  /** Link target, or for footnotes the first URL of the definition. */
  url?: string;
  /** Footnote label (`1` for `[^1]`). */
  label?: string;
  start: number;
  end: number;
}

/** A footnote definition `[^label]: text`. */
export interface FootnoteDef {
  label: string;
  start: number;
  end: number;
  /** The definition's content as written (trimmed). */
  text: string;
  keys: string[];
  urls: string[];
}

/** A named (or described) speaker of a quotation; offsets cover the name as written. */
export interface Speaker {
  name: string;
  start: number;
  end: number;
}

/** A quotation of the draft: inline (“…”, "…", ‘…’) or a block quote paragraph. */
export interface Quotation {
  /** Draft offsets including the quotation marks. */
  start: number;
  end: number;
  /** Draft offsets of the quoted words. */
  innerStart: number;
  innerEnd: number;
  /** text.slice(innerStart, innerEnd) of the draft. */
  text: string;
  block: boolean;
  speaker?: Speaker;
  /** The quoted words as normalised prose (markup and citations removed). */
  prose: string;
}

/** Kind of Markdown block a sentence belongs to. */
export type BlockKind = 'paragraph' | 'heading' | 'list' | 'blockquote' | 'table';

/** One sentence of prose. */
export interface DraftSentence {
  /** Draft offsets of the sentence (trimmed, markup excluded at both ends). */
  start: number;
  end: number;
  /** Normalised prose (markup, citations, URLs removed). */
  text: string;
  /** Offset in `text` -> draft offset (text.length -> `end`). */
  toDraft(offset: number): number;
  /** Citations inside the sentence or directly after its end punctuation. */
  citations: Citation[];
  block: BlockKind;
  /** Index of the prose block (paragraph, heading, list item, cell) the sentence is in. */
  blockIndex: number;
  /** Table cells: the row label and column header, as extra context for alignment. */
  context?: string;
}

/** The analysed draft. */
export interface Draft {
  text: string;
  sentences: DraftSentence[];
  quotations: Quotation[];
  citations: Citation[];
  footnotes: Map<string, FootnoteDef>;
}
