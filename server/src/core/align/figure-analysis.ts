/**
 * Decides, for each figure of a draft sentence, which source figures state the
 * same fact, and whether they agree. Pure; results are sentence-relative.
 */
import { compareFigures, type Figure } from '../figures/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { localContextScore, type Alignment } from './align.ts';

/** A source figure paired with a draft figure. */
export interface SourceFigure {
  sid: number;
  docId: number;
  /** Offsets relative to the source sentence. */
  figure: Figure;
  /** Sentence alignment score. */
  align: number;
  /** Local-context score of the pairing. */
  local: number;
  same: boolean;
}

/** What the sources say about one draft figure. */
export interface FigureVerdict {
  figure: Figure;
  /** Best agreeing source figure per source. */
  agreeing: SourceFigure[];
  /** Best differing source figure per source that has no agreeing one. */
  differing: SourceFigure[];
}

/** Thresholds of evidence: how sure a pairing must be to count. */
function strongEnough(p: SourceFigure): boolean {
  if (p.same) return p.align >= 0.45 || (p.align >= 0.2 && p.local >= 1.5);
  return p.align >= 0.5 || (p.align >= 0.3 && p.local >= 3) || (p.align >= 0.2 && p.local >= 6);
}

function strength(p: SourceFigure): number {
  return p.align + 0.04 * p.local;
}

/** Pairs the draft figures of one sentence with the figures of one source sentence. */
function pairWithSentence(
  index: CorpusIndex,
  figs: readonly Figure[],
  draftTokens: readonly Token[],
  a: Alignment,
): (SourceFigure | undefined)[] {
  const text = index.sentence(a.sid).text;
  const sourceFigs = index.figures(a.sid);
  const sourceTokens = tokenize(text);
  const used = new Set<number>();
  const result: (SourceFigure | undefined)[] = figs.map(() => undefined);
  const options = figs.map((f) =>
    sourceFigs
      .map((g, gi) => ({ gi, g, cmp: compareFigures(f, g) }))
      .filter((o) => o.cmp !== 'incomparable')
      .map((o) => ({ ...o, local: localContextScore(index, draftTokens, f, sourceTokens, o.g) })),
  );
  for (const wantSame of [true, false]) {
    figs.forEach((_, fi) => {
      if (result[fi]) return;
      const pool = options[fi].filter((o) => !used.has(o.gi) && (o.cmp === 'same') === wantSame);
      if (pool.length === 0) return;
      // Ambiguous pairing among several candidates needs local evidence.
      pool.sort((x, y) => y.local - x.local || x.gi - y.gi);
      const best = pool[0];
      if (!wantSame && pool.length > 1 && best.local <= (pool[1]?.local ?? 0)) return;
      used.add(best.gi);
      result[fi] = { sid: a.sid, docId: a.docId, figure: best.g, align: a.score, local: best.local, same: wantSame };
    });
  }
  return result;
}

/**
 * Analyses the figures `figs` (offsets into `text`) of a draft sentence against
 * the aligned source sentences.
 */
export function analyseFigures(
  index: CorpusIndex,
  text: string,
  figs: readonly Figure[],
  alignments: readonly Alignment[],
): FigureVerdict[] {
  const draftTokens = tokenize(text);
  const pairs: SourceFigure[][] = figs.map(() => []);
  for (const a of alignments) {
    pairWithSentence(index, figs, draftTokens, a).forEach((p, fi) => {
      if (p && strongEnough(p)) pairs[fi].push(p);
    });
  }
  return figs.map((figure, fi) => {
    const bestPerDoc = new Map<number, SourceFigure>();
    const agreeDocs = new Set(pairs[fi].filter((p) => p.same).map((p) => p.docId));
    for (const p of pairs[fi]) {
      if (!p.same && agreeDocs.has(p.docId)) continue;
      const cur = bestPerDoc.get(p.docId);
      if (!cur || (p.same && !cur.same) || (p.same === cur.same && strength(p) > strength(cur))) bestPerDoc.set(p.docId, p);
    }
    const all = [...bestPerDoc.values()].sort((x, y) => strength(y) - strength(x));
    return { figure, agreeing: all.filter((p) => p.same), differing: all.filter((p) => !p.same) };
  });
}
