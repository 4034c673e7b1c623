/**
 * Aligns a draft sentence with the source sentences it most likely comes from.
 * Similarity is idf-weighted over content stems with figures masked, so changed
 * figures and reworded number forms do not affect it.
 */
import type { CorpusIndex, Hit } from '../index/corpus-index.ts';
import { contentStems, isTerm } from '../index/terms.ts';
import { stemWord, type Token } from '../text/tokens.ts';
import { contextStems, sourceContext, wordBefore } from './context-words.ts';

export { contextStems, sourceContext, wordBefore } from './context-words.ts';

/** A source sentence (or two adjacent ones) aligned with a draft sentence. */
export interface Alignment {
  sid: number;
  /** An adjacent sentence merged in, when the draft sentence condenses both. */
  extra?: number;
  docId: number;
  /** 0..1: blend of draft coverage and Dice similarity over idf weights. */
  score: number;
  /** Share of the draft sentence's content weight found in the source sentence(s). */
  coverage: number;
}

/** A draft sentence as a query: its known term ids and the idf weight of all its content stems. */
export interface Query {
  terms: Set<number>;
  /**
   * Terms only the long form of an acronym added ("china", "pakistan", … for "CPEC"): they
   * retrieve, but do not weigh, so a concept named by an acronym counts once, not once per
   * word of its long form (however rare those words are in the corpus).
   */
  expanded: Set<number>;
  weight: number;
  /** Content stems, unknown ones and expansions included. */
  stems: number;
}

/**
 * The query of a text: content stems (acronyms expanded), unknown stems weighing as the rarest.
 * `contentStemsOfText` is contentStems(text), when the caller has it.
 */
export function queryOf(index: CorpusIndex, text: string, contentStemsOfText: readonly string[] = contentStems(text)): Query {
  const own = [...new Set(contentStemsOfText)];
  const stems = index.expand(own);
  const terms = new Set(index.termsOf(stems));
  const expanded = longFormTerms(index, own);
  let weight = (stems.length - terms.size) * index.unknownIdf();
  for (const t of terms) if (!expanded.has(t)) weight += index.idf(t);
  return { terms, expanded, weight, stems: stems.length };
}

/** The terms of the long forms of the acronyms among `own` stems, that `own` does not hold itself. */
function longFormTerms(index: CorpusIndex, own: readonly string[]): Set<number> {
  const mine = new Set(own);
  const out = new Set<number>();
  for (const s of own) {
    const long = index.expand([s]);
    if (long.length > 1) for (const t of index.termsOf(long.filter((x) => !mine.has(x)))) out.add(t);
  }
  return out;
}

/**
 * Similarity of a query with one source sentence (or adjacent ones read together):
 * 0.6 × coverage of the query's weight + 0.4 × Dice, idf-weighted. The query's expansion
 * terms count on neither side (the acronym or long form they stand for does).
 */
export function similarity(index: CorpusIndex, q: Query, sids: readonly number[]): { score: number; coverage: number } {
  let sourceWeight = 0;
  let shared = 0;
  const all = index.termArray();
  const first = index.termsStart(sids[0]);
  const firstEnd = index.termsStart(sids[0] + 1);
  // Most queries expand no acronym: no look-up per term then.
  const expanded = q.expanded.size > 0 ? q.expanded : undefined;
  for (let k = first; k < firstEnd; k++) {
    if (expanded?.has(all[k])) continue;
    const w = index.idf(all[k]);
    sourceWeight += w;
    if (q.terms.has(all[k])) shared += w;
  }
  for (let j = 1; j < sids.length; j++) {
    for (let k = index.termsStart(sids[j]), end = index.termsStart(sids[j] + 1); k < end; k++) {
      const t = all[k];
      let seen = false;
      for (let i = first; i < firstEnd && !seen; i++) seen = all[i] === t;
      if (seen || expanded?.has(t)) continue;
      const w = index.idf(t);
      sourceWeight += w;
      if (q.terms.has(t)) shared += w;
    }
  }
  const coverage = q.weight > 0 ? shared / q.weight : 0;
  const dice = (2 * shared) / (q.weight + sourceWeight || 1);
  return { score: 0.6 * coverage + 0.4 * dice, coverage };
}

/** How much better a merged pair of sentences must score to be used instead of one. */
const MERGE_GAIN = 0.1;
const NEIGHBOURS = [-1, 1] as const;
const NONE = [] as const;

/**
 * Source sentences similar to `text`, best first, with score ≥ minScore.
 * `candidates` bounds how many retrieved sentences are scored. A draft sentence
 * that condenses two adjacent source sentences is aligned with both. `query` is
 * queryOf(index, text), when the caller has it; `search`, a memoised index.search
 * without a filter (the hits are only read).
 */
export function alignSentence(
  index: CorpusIndex, text: string, minScore = 0.2, candidates = 8, accept?: (docId: number) => boolean, query = queryOf(index, text),
  search: (terms: readonly number[], k: number) => Hit[] = (terms, k) => index.search(terms, k),
): Alignment[] {
  if (query.stems === 0) return [];
  const terms = [...query.terms];
  const out: Alignment[] = [];
  // Sources the caller rules out (e.g. published before the years the sentence names) give way to the next ones.
  const hits = accept ? index.search(terms, candidates, accept) : search(terms, candidates);
  for (const hit of hits) {
    const one = similarity(index, query, [hit.sid]);
    let best: Alignment = { sid: hit.sid, docId: index.docOf(hit.sid), score: one.score, coverage: one.coverage };
    for (const delta of one.coverage < 0.6 ? NEIGHBOURS : NONE) {
      const n = index.neighbour(hit.sid, delta);
      if (n === undefined) continue;
      const two = similarity(index, query, [hit.sid, n]);
      if (two.score > best.score + MERGE_GAIN && one.coverage < 0.6 && two.coverage >= 0.6) best = { sid: best.sid, docId: best.docId, score: two.score, coverage: two.coverage, extra: n };
    }
    if (best.score >= minScore) out.push(best);
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * Local-context similarity of two figures: idf-weighted overlap of the content
 * words around each, nearer words counting more, plus a small bonus when the
 * immediately preceding word is the same.
 */
export function localContextScore(
  index: CorpusIndex,
  draftTokens: readonly Token[],
  draftSpan: { start: number; end: number },
  sourceTokens: readonly Token[],
  sourceSpan: { start: number; end: number },
): number {
  return contextScore(draftContext(index, draftTokens, draftSpan), sourceTokens, sourceSpan);
}

/** The draft side of localContextScore, computed once for many source figures. */
export interface DraftContext {
  words: { stem: string; dist: number; idf: number }[];
  before?: string;
}

/** The weight of a context word unique in the corpus; commoner words weigh less, none less than 1. */
const CONTEXT_MAX_WEIGHT = 6;

/**
 * The context words around a draft figure, with their idf weights on a scale that does not
 * grow with the corpus: idf grows with log(sentences), so in a corpus larger than about
 * e^CONTEXT_MAX_WEIGHT sentences it is scaled down until a unique word weighs the maximum
 * (an archive of unrelated stories makes a passage's own words rarer, not its pairings closer).
 */
export function draftContext(index: CorpusIndex, draftTokens: readonly Token[], draftSpan: { start: number; end: number }): DraftContext {
  const seen = new Set<string>();
  const words: DraftContext['words'] = [];
  const scale = Math.min(1, CONTEXT_MAX_WEIGHT / index.unknownIdf());
  for (const c of contextStems(draftTokens, draftSpan.start, draftSpan.end)) {
    if (seen.has(c.stem)) continue;
    seen.add(c.stem);
    const t = index.knownTerm(c.stem);
    words.push({ stem: c.stem, dist: c.dist, idf: t === undefined ? 1 : Math.max(1, Math.min(index.idf(t) * scale, CONTEXT_MAX_WEIGHT)) });
  }
  return { words, before: wordBefore(draftTokens, draftSpan.start) };
}

/** localContextScore against a precomputed draft context (and, optionally, source context). */
export function contextScore(d: DraftContext, sourceTokens: readonly Token[], sourceSpan: { start: number; end: number }, around?: Map<string, number>): number {
  return contextScoreOf(d, around ?? sourceContext(sourceTokens, sourceSpan), wordBefore(sourceTokens, sourceSpan.start));
}

/**
 * localContextScore from both sides' contexts: the source's context words (nearest distance
 * of each) and the word right before its figure (undefined: no bonus for the same word before).
 */
export function contextScoreOf(d: DraftContext, nearest: ReadonlyMap<string, number>, before: string | undefined): number {
  let score = 0;
  for (const c of d.words) {
    const sd = nearest.get(c.stem);
    if (sd !== undefined) score += c.idf / (1 + 0.15 * (c.dist + sd));
  }
  if (d.before !== undefined && d.before === before) score += 0.5;
  return score;
}

/**
 * The thing a bare number counts: the content word right after it ("eleven states",
 * "188.8 bushels"), as a stem; undefined when none follows directly.
 */
export function countedNoun(tokens: readonly Token[], end: number, text?: string): string | undefined {
  for (const t of tokens) {
    if (t.start < end) continue;
    if (t.start - end > 2 || (text !== undefined && /[^\s-]/.test(text.slice(end, t.start)))) return undefined;
    if (!isTerm(t) || NOT_COUNTED.has(t.word)) return undefined;
    return PEOPLE_STATES.has(t.word) ? PEOPLE : t.stem;
  }
  return undefined;
}

/** States that count people ("21 dead" = 21 people dead, "17 injured"): they count what "people" counts. */
const PEOPLE_STATES = new Set(['dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained', 'displaced', 'evacuated', 'hospitalised', 'hospitalized',
  'people', 'persons', 'person', 'individuals']);
const PEOPLE = stemWord('people');

/** Words after a number that do not name what it counts ("5 vs 3", "12 in the year", "17 others injured"). */
const NOT_COUNTED = new Set(['other', 'others', 'more', 'vs', 'versus', 'against', 'compared', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'earlier', 'later', 'ago', 'each', 'apiece']);

/** Two bare numbers that count different things ("eleven states" / "188.8 bushels") are not one quantity. */
export function countOtherThings(f: { kind: string; end: number }, fTokens: readonly Token[], g: { kind: string; end: number }, gTokens: readonly Token[]): boolean {
  if (f.kind !== 'number' || g.kind !== 'number') return false;
  const a = countedNoun(fTokens, f.end);
  const b = countedNoun(gTokens, g.end);
  return a !== undefined && b !== undefined && a !== b;
}
