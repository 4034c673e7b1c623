/**
 * The words around a figure that tell what it is about: content words (and month names)
 * within a few tokens on each side. A source figure's context depends on its sentence
 * alone, so the index memoises it per source sentence (CorpusIndex.figureContext).
 */
import { isTerm } from '../index/terms.ts';
import type { Token } from '../text/tokens.ts';

/** Month names count as context around a figure (they are masked for alignment). */
const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

function isContextWord(t: Token): boolean {
  return isTerm(t) || MONTHS.has(t.word);
}

/**
 * Extra distance of a context word for each punctuation mark (",", ";", a bracket) between it
 * and the figure: words of another clause ("the train leaves at 9:40, so let's meet at the
 * station") say less about the figure than its own clause's. The mark right beside the figure
 * does not count.
 */
const CLAUSE_GAP = 4;

/** Two consecutive tokens separated by more than a space (punctuation between them). */
const clauseBreak = (a: Token, b: Token) => b.start - a.end >= 2;

/** Context words within `n` tokens on each side of [start, end), with their token distance (see CLAUSE_GAP). */
export function contextStems(tokens: readonly Token[], start: number, end: number, n = 8): { stem: string; dist: number }[] {
  const out: { stem: string; dist: number }[] = [];
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  for (let i = first - 1, d = 0, x = 0; i >= 0 && d < n; i--, d++) {
    if (i < first - 1 && clauseBreak(tokens[i], tokens[i + 1])) x += CLAUSE_GAP;
    if (isContextWord(tokens[i])) out.push({ stem: tokens[i].stem, dist: d + x });
  }
  let after = tokens.findIndex((t) => t.start >= end);
  if (after < 0) after = tokens.length;
  for (let i = after, d = 0, x = 0; i < tokens.length && d < n; i++, d++) {
    if (i > after && clauseBreak(tokens[i - 1], tokens[i])) x += CLAUSE_GAP;
    if (isContextWord(tokens[i])) out.push({ stem: tokens[i].stem, dist: d + x });
  }
  return out;
}

/** The word immediately before `start` (lower-case), including stop words. */
export function wordBefore(tokens: readonly Token[], start: number): string | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].end <= start) return tokens[i].word;
  return undefined;
}

/** The nearest distance of each context word around a source figure. */
export function sourceContext(sourceTokens: readonly Token[], sourceSpan: { start: number; end: number }): Map<string, number> {
  const nearest = new Map<string, number>();
  for (const c of contextStems(sourceTokens, sourceSpan.start, sourceSpan.end)) {
    if (!nearest.has(c.stem) || (nearest.get(c.stem) as number) > c.dist) nearest.set(c.stem, c.dist);
  }
  return nearest;
}

/** The context of one figure of a source sentence. */
export interface FigureContext {
  /** Nearest distance of each context word (see sourceContext). */
  nearest: Map<string, number>;
  /** The word right before the figure (see wordBefore). */
  before?: string;
}

/** The context of each figure of a sentence, in the figures' order. */
export function figureContexts(tokens: readonly Token[], figures: readonly { start: number; end: number }[]): FigureContext[] {
  return figures.map((g) => ({ nearest: sourceContext(tokens, g), before: wordBefore(tokens, g.start) }));
}
