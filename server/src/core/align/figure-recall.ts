/**
 * A second look for figures that only differ from their source: does another source
 * state the draft's value about the same thing in other words? ("the $60 billion
 * China-Pakistan Economic Corridor" / "investments of over $60 billion, CPEC ...").
 * Such a source turns a mismatch into a disagreement between sources.
 */
import { compareFigures, type Figure } from '../figures/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { alignSentence, contextScoreOf, contextStems, draftContext } from './align.ts';
import { reportable, type FigureVerdict, type SourceFigure } from './figure-analysis.ts';
import { FIGURE_POLICY } from '../verdict/policy.ts';

/** Kinds specific enough to look up by value. */
const SPECIFIC = new Set(['money', 'percent', 'quantity']);
const R = FIGURE_POLICY.recall;

/**
 * Agreeing source figures found by the words around `f`, outside the docs already seen, in
 * the sources `accept` accepts (those that can report on the years the sentence names).
 */
function findByContext(index: CorpusIndex, tokens: readonly Token[], f: Figure, seen: ReadonlySet<number>, accept?: (docId: number) => boolean): SourceFigure | undefined {
  const stems = index.expand(contextStems(tokens, f.start, f.end, R.window).map((c) => c.stem));
  if (stems.length < R.minStems) return undefined;
  for (const a of alignSentence(index, stems.join(' '), R.minScore, R.candidates, accept)) {
    if (seen.has(a.docId)) continue;
    const figs = index.figures(a.sid);
    for (let gi = 0; gi < figs.length; gi++) {
      const g = figs[gi];
      if (compareFigures(f, g) !== 'same') continue;
      const c = index.figureContext(a.sid, gi);
      const local = contextScoreOf(draftContext(index, tokens, f), c.nearest, c.before);
      if (local >= R.minLocal) return { sid: a.sid, docId: a.docId, figure: g, align: R.credit, local, same: true, recalled: true };
    }
  }
  return undefined;
}

/** Adds context-found agreements to verdicts that only have differing sources (`tokens`: tokenize(text)). */
export function recallAgreements(index: CorpusIndex, text: string, verdicts: FigureVerdict[], tokens: readonly Token[] = tokenize(text)): FigureVerdict[] {
  // A story published before every year the sentence names cannot report it (as for the alignments).
  let accept: { fn: ((docId: number) => boolean) | undefined } | undefined;
  return verdicts.map((v) => {
    if (v.agreeing.length > 0 || v.differing.length === 0 || !SPECIFIC.has(v.figure.kind)) return v;
    // A sentence copied almost word for word comes from that passage: nothing to look for.
    if (v.differing[0].align >= R.verbatimAlign) return v;
    const found = findByContext(index, tokens, v.figure, new Set(v.differing.map((p) => p.docId)), (accept ??= { fn: reportable(index, text) }).fn);
    return found ? { ...v, agreeing: [found] } : v;
  });
}
