/**
 * Aligns a draft sentence with the source sentences it most likely comes from.
 * Similarity is idf-weighted over content stems with figures masked, so changed
 * figures and reworded number forms do not affect it.
 */
import type { CorpusIndex } from '../index/corpus-index.ts';
import { contentStems, isTerm } from '../index/terms.ts';
import { tokenize, type Token } from '../text/tokens.ts';

/** A source sentence aligned with a draft sentence. */
export interface Alignment {
  sid: number;
  docId: number;
  /** 0..1: blend of draft coverage and Dice similarity over idf weights. */
  score: number;
  /** Share of the draft sentence's content weight found in the source sentence. */
  coverage: number;
}

/**
 * Source sentences similar to `text`, best first, with score ≥ minScore.
 * `candidates` bounds how many retrieved sentences are scored.
 */
export function alignSentence(index: CorpusIndex, text: string, minScore = 0.2, candidates = 12): Alignment[] {
  const stems = [...new Set(contentStems(text))];
  if (stems.length === 0) return [];
  const terms = index.termsOf(stems);
  const unknown = stems.length - terms.length;
  let draftWeight = unknown * index.unknownIdf();
  for (const t of terms) draftWeight += index.idf(t);
  const termSet = new Set(terms);
  const out: Alignment[] = [];
  for (const hit of index.search(terms, candidates)) {
    let sourceWeight = 0;
    for (const t of index.sentenceTerms(hit.sid)) sourceWeight += index.idf(t);
    let shared = 0;
    for (const t of index.sentenceTerms(hit.sid)) if (termSet.has(t)) shared += index.idf(t);
    const coverage = draftWeight > 0 ? shared / draftWeight : 0;
    const dice = (2 * shared) / (draftWeight + sourceWeight || 1);
    const score = 0.6 * coverage + 0.4 * dice;
    if (score >= minScore) out.push({ sid: hit.sid, docId: index.sentence(hit.sid).docId, score, coverage });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/** Up to `n` alignment-term stems on each side of [start, end) in text, nearest first. */
export function contextStems(tokens: readonly Token[], start: number, end: number, n = 5): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && before.length < n; i--) {
    if (tokens[i].end <= start && isTerm(tokens[i])) before.push(tokens[i].stem);
  }
  for (const t of tokens) {
    if (after.length >= n) break;
    if (t.start >= end && isTerm(t)) after.push(t.stem);
  }
  return { before, after };
}

/** The word immediately before `start` (lower-case), including stop words. */
export function wordBefore(tokens: readonly Token[], start: number): string | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].end <= start) return tokens[i].word;
  return undefined;
}

/**
 * Local-context similarity of two figures: idf-weighted overlap of the content
 * words around each, with nearer words counting more, plus a small bonus when
 * the immediately preceding word is the same.
 */
export function localContextScore(
  index: CorpusIndex,
  draftTokens: readonly Token[],
  draftSpan: { start: number; end: number },
  sourceTokens: readonly Token[],
  sourceSpan: { start: number; end: number },
): number {
  const d = contextStems(draftTokens, draftSpan.start, draftSpan.end);
  const s = contextStems(sourceTokens, sourceSpan.start, sourceSpan.end);
  const sAll = new Set([...s.before, ...s.after]);
  let score = 0;
  const weigh = (stems: string[]) =>
    stems.forEach((stem, i) => {
      if (!sAll.has(stem)) return;
      const [t] = index.termsOf([stem]);
      const idf = t === undefined ? 1 : Math.min(index.idf(t), 6);
      score += idf / (1 + 0.25 * i);
    });
  weigh(d.before);
  weigh(d.after);
  const wb = wordBefore(draftTokens, draftSpan.start);
  if (wb !== undefined && wb === wordBefore(sourceTokens, sourceSpan.start)) score += 0.5;
  return score;
}

/** Tokenises once; small wrapper kept for symmetry with source sentences. */
export function tokensOf(text: string): Token[] {
  return tokenize(text);
}
