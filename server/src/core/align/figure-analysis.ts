/**
 * Decides, for each figure of a draft sentence, which source figures state the
 * same fact, and whether they agree. Pure; results are sentence-relative.
 */
import { compareFigures, vaguerAgreement, type Figure } from '../figures/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { contextScoreOf, countOtherThings, draftContext, type Alignment, type DraftContext } from './align.ts';
import { FIGURE_POLICY } from '../verdict/policy.ts';
import { strength } from '../verdict/decide.ts';
import { basePeriodOnlyInSource, publicationYear, reportedYears, yearsOf } from './years.ts';
import { otherQuantity } from '../verdict/measures.ts';
import { earlierValues, implausible, sourceEarlierValues, unlikeDiffering } from '../verdict/unlike.ts';

export { basePeriodOnlyInSource, comparisonBase, publicationYear, reportedYears, yearsOf } from './years.ts';

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
  /** The only comparable pair between the two sentences. */
  unique?: boolean;
  /** Found by the figure's own context in a sentence the draft does not align with. */
  recalled?: boolean;
  /** Found by searching the whole of a source the passage draws on (no aligned sentence). */
  searched?: boolean;
  /** Stated by the source's title or date (the text given), not its article text. */
  meta?: string;
}

/** A key naming one occurrence of a source figure (its sentence, position, and title or date text). */
export const occurrenceKey = (p: Pick<SourceFigure, 'sid' | 'figure' | 'meta'>): string => `${p.sid}:${p.figure.start}:${p.meta ?? ''}`;

/** What the sources say about one draft figure. */
export interface FigureVerdict {
  figure: Figure;
  /** Best agreeing source figure per source. */
  agreeing: SourceFigure[];
  /** Best differing source figure per source that has no agreeing one. */
  differing: SourceFigure[];
}

const P = FIGURE_POLICY.pairing;

/** Thresholds of evidence: how sure a pairing must be to count. */
function strongEnough(p: SourceFigure): boolean {
  if (p.same) return p.align >= P.sameAlign || (p.align >= P.sameAlignLow && p.local >= P.sameLocal);
  return p.align >= P.differAlign || P.differTiers.some((t) => p.align >= t.align && p.local >= t.local) || (!!p.unique && p.align >= P.uniqueAlign && p.local >= P.uniqueLocal);
}

/** A figure specific enough to confirm an alignment when both sides state it. */
function isAnchor(f: Figure): boolean {
  return f.kind !== 'number' && f.kind !== 'ordinal' ? true : f.value >= P.anchorMinNumber;
}

/** A draft range that merely contains a stated point: "$0.80 to $3.37" does not state "$0.99". */
export function rangeAroundPoint(f: Figure, g: Figure): boolean {
  return f.high !== undefined && g.high === undefined && f.kind !== 'year' && f.kind !== 'date';
}

/**
 * The years a source sentence speaks of; a sentence that names none speaks of its
 * source's publication year or the year before (see periodOfText). Memoised by the index.
 */
export function periodOf(index: CorpusIndex, sid: number): ReadonlySet<number> {
  return index.period(sid);
}

/**
 * The years a source sentence reports on, read in its passage: a sentence that names no year
 * continues the one before it when that one names years ("For the year that ended September 30,
 * 2015, the SEC filed 807 actions. Of these 807 actions, …" are both about 2015).
 */
export function passagePeriod(index: CorpusIndex, sid: number): ReadonlySet<number> {
  if (index.yearsNamed(sid).size > 0) return index.period(sid);
  const before = index.neighbour(sid, -1);
  return before !== undefined && index.yearsNamed(before).size > 0 ? index.period(before) : index.period(sid);
}

/**
 * Whether a source published on `date` can report on a passage that names `years`: not when
 * every year named is more than a year after its publication (a 1987 story does not report 2021).
 */
export function canReport(date: string | undefined, years: ReadonlySet<number>): boolean {
  const published = publicationYear(date);
  if (published === undefined || years.size === 0) return true;
  return Math.min(...years) <= published + FIGURE_POLICY.drawsOn.yearsAfterPublication;
}

/**
 * Which sources can be what a sentence comes from: when it names years, not those
 * published more than a year before all of them (a 1987 story does not report 2021).
 */
export function reportable(index: CorpusIndex, text: string, years: ReadonlySet<number> = yearsOf(text)): ((docId: number) => boolean) | undefined {
  return years.size === 0 ? undefined : (docId) => canReport(index.docs[docId]?.date, years);
}

/** True when both sentences name years and share none: their figures are about different periods. */
export function otherPeriod(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const y of a) if (b.has(y)) return false;
  return true;
}

/**
 * Dates that share only one field ("December 2017" / "April 25th" share the month)
 * are too loosely comparable to call a mismatch.
 */
function looseDates(f: Figure, g: Figure): boolean {
  // A full date against a bare year shares the year only.
  if ((f.kind === 'year' && g.kind === 'date') || (f.kind === 'date' && g.kind === 'year')) return true;
  if (f.kind !== 'date' || g.kind !== 'date' || !f.date || !g.date) return false;
  const a = f.date;
  const b = g.date;
  const shared = (a.year && b.year ? 1 : 0) + (a.month && b.month ? 1 : 0) + (a.day && b.day ? 1 : 0);
  return shared < 2;
}

interface Option {
  /** Index of the source figure within its alignment unit (unique per unit). */
  gi: number;
  sid: number;
  g: Figure;
  same: boolean;
  local: number;
}

/** The context words around a span of a draft text tokenised as `tokens` (see draftContext). */
export type DraftContextOf = (tokens: readonly Token[], span: { start: number; end: number }) => DraftContext;

/**
 * A draft sentence's tokens, and the context words around each of its figures (computed once each).
 * A class, not an object of closures: one is made for every sentence analysed.
 */
class DraftSide {
  private readonly contexts = new Map<Figure, DraftContext>();
  private older?: Set<Figure>;

  constructor(
    private readonly index: CorpusIndex,
    readonly text: string,
    private readonly figs: readonly Figure[],
    readonly tokens: readonly Token[],
    private readonly contextOf?: DraftContextOf,
  ) {}

  /** Whether the draft states figure `f` (one of its figures) as the earlier value of a comparison. */
  earlier(f: Figure): boolean {
    this.older ??= new Set([...earlierValues(this.text, this.figs)].map((i) => this.figs[i]));
    return this.older.has(f);
  }

  around(f: Figure): DraftContext {
    let c = this.contexts.get(f);
    if (!c) this.contexts.set(f, (c = this.contextOf ? this.contextOf(this.tokens, f) : draftContext(this.index, this.tokens, f)));
    return c;
  }
}

/** Whether source figure `gi` of sentence `sid` (text `sourceText`) states another quantity than draft figure `f` (see unlikeDiffering). */
function unlikeSource(index: CorpusIndex, draft: DraftSide, f: Figure, sid: number, sourceText: string, gi: number): boolean {
  return unlikeDiffering({ text: draft.text, figure: f, earlier: draft.earlier(f) },
    { text: sourceText, figure: index.figures(sid)[gi], earlier: sourceEarlierValues(index, sid).has(gi) });
}

/** Comparable source figures for each draft figure, with their local-context scores. */
function optionsFor(index: CorpusIndex, figs: readonly Figure[], draft: DraftSide, sid: number): Option[][] {
  const sourceFigs = index.figures(sid);
  let sourceText: string | undefined;
  return figs.map((f) => {
    const options: Option[] = [];
    let around: DraftContext | undefined;
    for (let gi = 0; gi < sourceFigs.length; gi++) {
      const g = sourceFigs[gi];
      const cmp = compareFigures(f, g);
      if (cmp === 'incomparable') continue;
      // A year or quarter the source compares against is another part of the fact.
      if (f.kind === g.kind && basePeriodOnlyInSource(draft.text, f, (sourceText ??= index.sentence(sid).text), g)) continue;
      if (cmp === 'same' && (rangeAroundPoint(f, g) || otherQuantity(draft.text, f, (sourceText ??= index.sentence(sid).text), g))) continue;
      if (cmp === 'different' && unlikeSource(index, draft, f, sid, (sourceText ??= index.sentence(sid).text), gi)) continue;
      const c = index.figureContext(sid, gi);
      options.push({ gi, sid, g, same: cmp === 'same', local: contextScoreOf((around ??= draft.around(f)), c.nearest, c.before) });
    }
    return options;
  });
}

/** The pairing of an option of source document `docId`, at alignment `align`. */
function pairing(o: Option, docId: number, align: number): SourceFigure {
  return { sid: o.sid, docId, figure: o.g, align, local: o.local, same: o.same };
}

/** Whether source sentence `sid` speaks of the draft's `years` (memoised in `periods`). */
function samePeriod(index: CorpusIndex, years: ReadonlySet<number>, periods: Map<number, boolean>, sid: number): boolean {
  if (!periods.has(sid)) periods.set(sid, !otherPeriod(years, periodOf(index, sid)));
  return periods.get(sid) as boolean;
}

/** Pairs the draft figures of one sentence with the figures of one source sentence. */
function pairWithSentence(index: CorpusIndex, figs: readonly Figure[], draft: DraftSide, a: Alignment, years: ReadonlySet<number>): (SourceFigure | undefined)[] {
  const options = optionsFor(index, figs, draft, a.sid);
  if (a.extra !== undefined) {
    const more = optionsFor(index, figs, draft, a.extra);
    more.forEach((os, fi) => options[fi].push(...os.map((o) => ({ ...o, gi: o.gi + 10_000 }))));
  }
  const anchored = options.some((os, fi) => isAnchor(figs[fi]) && os.some((o) => o.same && o.local > 0));
  const align = Math.min(1, a.score + (anchored ? P.anchorBonus : 0));
  const used = new Set<number>();
  const result: (SourceFigure | undefined)[] = figs.map(() => undefined);
  // One source figure states one draft figure: the closest agreements are taken first.
  const agreements = options.flatMap((os, fi) => os.filter((o) => o.same).map((o) => ({ fi, o })));
  agreements.sort((x, y) => y.o.local - x.o.local || x.fi - y.fi);
  for (const { fi, o } of agreements) {
    if (result[fi] || used.has(o.gi)) continue;
    // A date with nothing around it in common, beside another date that shares the draft's context, is another event's.
    if (o.local === 0 && figs[fi].kind === 'date' && options[fi].some((x) => !x.same && x.local >= P.clearLocal)) continue;
    used.add(o.gi);
    result[fi] = pairing(o, a.docId, align);
  }
  const periods = new Map<number, boolean>();
  const pools = figs.map((f, fi) => (result[fi] ? [] : options[fi].filter((o) => !used.has(o.gi) && !implausible(f, o.g) && !looseDates(f, o.g)
    && (f.kind === 'date' || f.kind === 'year' || samePeriod(index, years, periods, o.sid))
    && !countOtherThings(f, draft.tokens, o.g, index.tokens(o.sid))).sort((x, y) => y.local - x.local || x.gi - y.gi)));
  // The draft figure with the closest context to a differing source figure is paired first.
  const order = figs.map((_, fi) => fi).filter((fi) => pools[fi].length > 0).sort((x, y) => pools[y][0].local - pools[x][0].local || x - y);
  for (const fi of order) {
    const f = figs[fi];
    const dated = f.kind === 'date' || f.kind === 'year';
    const pool = pools[fi].filter((o) => !used.has(o.gi));
    const best = pool[0];
    if (!best) continue;
    // The only comparable pair: no other draft figure could take this source figure.
    const alone = pool.length === 1 && options.filter((os, fj) => fj !== fi && !result[fj] && os.some((o) => o.gi === best.gi)).length === 0;
    const clear = best.local >= P.clearLocal && best.local > (pool[1]?.local ?? 0) * P.clearLead;
    // Dates and years often belong to other events: they always need local evidence.
    if (!clear && !(alone && !dated && align >= P.aloneAlign)) continue;
    used.add(best.gi);
    result[fi] = { ...pairing(best, a.docId, align), unique: alone && !dated };
  }
  return result;
}

/** True when a neighbour of `sid` in the same source states the draft figure's value. */
function neighbourAgrees(index: CorpusIndex, f: Figure, draft: DraftSide, sid: number): boolean {
  for (const delta of [-1, 1]) {
    const n = index.neighbour(sid, delta);
    if (n === undefined) continue;
    const [opts] = optionsFor(index, [f], draft, n);
    if (opts.some((o) => o.same && o.local >= P.neighbourLocal)) return true;
  }
  return false;
}

/**
 * Analyses the figures `figs` (offsets into `text`, tokenised as `tokens`) of a draft
 * sentence against the aligned source sentences; `contextOf` is draftContext, when the caller memoises it,
 * and `years` reportedYears(text), when the caller has it.
 */
export function analyseFigures(index: CorpusIndex, text: string, figs: readonly Figure[], alignments: readonly Alignment[], tokens = tokenize(text), contextOf?: DraftContextOf,
  years: ReadonlySet<number> = reportedYears(text)): FigureVerdict[] {
  const draft = new DraftSide(index, text, figs, tokens, contextOf);
  const pairs: SourceFigure[][] = figs.map(() => []);
  const docBest = new Map<number, number>();
  for (const a of alignments) docBest.set(a.docId, Math.max(docBest.get(a.docId) ?? 0, a.score));
  const best = Math.max(0, ...docBest.values());
  for (const a of alignments) {
    // A sentence comes from one passage: weaker passages (of its source, or of sources that match
    // it far less well than the best one) may confirm a figure, not contradict it.
    const weaker = a.score < (docBest.get(a.docId) ?? 0) - P.weakerInSource || (docBest.get(a.docId) ?? 0) < best - P.weakerThanBest;
    pairWithSentence(index, figs, draft, a, years).forEach((p, fi) => {
      if (p && strongEnough(p) && (p.same || !weaker)) pairs[fi].push(p);
    });
  }
  return figs.map((figure, fi) => {
    const agree = bestPerDoc(pairs[fi].filter((p) => p.same));
    const differ = bestPerDoc(pairs[fi].filter((p) => !p.same));
    for (const [doc, d] of differ) {
      const a = agree.get(doc);
      // Within one source, the closer passage wins; agreement gets the benefit of the doubt.
      if (neighbourAgrees(index, figure, draft, d.sid)) differ.delete(doc);
      else if (a && strength(d) > strength(a) + P.overrideMargin && d.align >= P.overrideAlign) agree.delete(doc);
      else if (a && vaguerAgreement(figure, a.figure, d.figure) && d.align > a.align) agree.delete(doc);
      else if (a) differ.delete(doc);
    }
    return { figure, agreeing: [...agree.values()].sort(byStrength), differing: [...differ.values()].sort(byStrength) };
  });
}

/** Strongest pairing first. */
function byStrength(x: SourceFigure, y: SourceFigure): number {
  return strength(y) - strength(x);
}

function bestPerDoc(pairs: readonly SourceFigure[]): Map<number, SourceFigure> {
  const best = new Map<number, SourceFigure>();
  for (const p of pairs) {
    const cur = best.get(p.docId);
    if (!cur || strength(p) > strength(cur)) best.set(p.docId, p);
  }
  return best;
}
