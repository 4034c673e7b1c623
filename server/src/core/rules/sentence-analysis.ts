/**
 * The analysis of one draft sentence: the source sentences it aligns with and what
 * they say about each of its figures. Pure; memoised by CheckContext.sentence().
 */
import { alignSentence, type Alignment, type Query } from '../align/align.ts';
import { analyseFigures, reportable, type DraftContextOf, type FigureVerdict } from '../align/figure-analysis.ts';
import { recallAgreements } from '../align/figure-recall.ts';
import type { Figure } from '../figures/index.ts';
import type { CorpusIndex, Hit } from '../index/corpus-index.ts';
import type { Token } from '../text/tokens.ts';
import { FIGURE_POLICY } from '../verdict/policy.ts';

/** Alignment and figure verdicts of one draft sentence (sentence-relative offsets). */
export interface SentenceAnalysis {
  alignments: Alignment[];
  figures: FigureVerdict[];
}

/** Memoised readings of draft texts (see CheckContext). */
export interface TextReadings {
  tokens(text: string): Token[];
  query(text: string): Query;
  /** The figures of a draft text (extractFigures), not to be changed. */
  figures(text: string): readonly Figure[];
  /** The years a draft text names (yearsOf) and reports on (reportedYears), not to be changed. */
  years(text: string): ReadonlySet<number>;
  reportedYears(text: string): ReadonlySet<number>;
  /** The context words around a span of a tokenised draft text (see draftContext). */
  draftContext: DraftContextOf;
  /** The top-k sentences sharing some terms (CorpusIndex.search, no filter), memoised. */
  search(terms: readonly number[], k: number): Hit[];
}

/**
 * Aligns a sentence and analyses its figures. A table cell's row label and column
 * header (`context`) join the text for alignment; figures come from the cell alone.
 */
export function analyseSentence(index: CorpusIndex, read: TextReadings, text: string, context?: string): SentenceAnalysis {
  const prefix = context ? `${context}: ` : '';
  const full = prefix + text;
  const alignments = alignSentence(index, full, undefined, FIGURE_POLICY.pairing.alignCandidates, reportable(index, full, read.years(full)), read.query(full), read.search);
  const figs = read.figures(full).filter((f) => f.start >= prefix.length);
  if (alignments.length === 0) return { alignments, figures: figs.map((f) => ({ figure: shiftBy(f, prefix.length), agreeing: [], differing: [] })) };
  const tokens = read.tokens(full);
  const figures = recallAgreements(index, full, analyseFigures(index, full, figs, alignments, tokens, read.draftContext, read.reportedYears(full)), tokens).map((v) => (prefix ? { ...v, figure: shiftBy(v.figure, prefix.length) } : v));
  return { alignments, figures };
}

function shiftBy(f: Figure, n: number): Figure {
  return n ? { ...f, start: f.start - n, end: f.end - n } : f;
}
