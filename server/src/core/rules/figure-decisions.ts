/**
 * Gathers the evidence for every draft figure (pairings in aligned source sentences,
 * the sources its passage draws on, a search of those sources, derivations) and asks
 * the one decision function (verdict/decide.ts) for its verdict. Rules, hovers and
 * summaries all read these decisions.
 */
import { occurrenceKey, type FigureVerdict, type SourceFigure } from '../align/figure-analysis.ts';
import type { DraftSentence } from '../draft/index.ts';
import { compareFigures, vaguerDate, type Figure } from '../figures/index.ts';
import type { SourceRef } from '../types.ts';
import type { Query } from '../align/align.ts';
import type { Token } from '../text/tokens.ts';
import { citesIt, decideFigure, type Decision } from '../verdict/decide.ts';
import { changeDirection, comparedAfter, consistentWith, derive, totalOfSentence } from '../verdict/derive.ts';
import { asConversion, convertsPrevious } from '../verdict/conversions.ts';
import { minor } from '../verdict/minor.ts';
import { allFigures, earlierValue, nearMiss, oneFieldApart, searchDocs } from '../verdict/doc-search.ts';
import { drawsOn, type DrawsOn } from '../verdict/draws-on.ts';
import { FIGURE_POLICY } from '../verdict/policy.ts';
import { draftPeriod, inheritedPeriod, periodKey, sourcePeriod, TIME_KINDS, type PeriodMention } from '../verdict/periods.ts';
import { quarterOfResult } from '../verdict/quarters.ts';
import { yearOfResult } from '../verdict/result-years.ts';
import type { Role } from '../verdict/roles.ts';
import { rivalBySource } from '../verdict/rivals.ts';
import { loneOrdinal, rowSlots, slotMismatch } from '../verdict/slots.ts';
import { swapped } from '../verdict/swaps.ts';
import { boundElsewhere } from '../verdict/bindings.ts';
import { changeFromSource, wrongChange, wrongDifference } from '../verdict/changes.ts';
import { listOf } from '../verdict/lists.ts';
import { otherFactPeriod } from '../verdict/period-facts.ts';
import { statesNear } from '../verdict/unlike.ts';
import type { CheckContext } from './context.ts';

/** The decision for one draft figure, with what it was decided from. */
export interface FigureDecision extends Decision {
  sentence: DraftSentence;
  verdict: FigureVerdict;
  /** Draft offsets of the figure. */
  start: number;
  end: number;
  /** Doc ids the sentence cites. */
  cited: Set<number>;
  /** The sources the passage draws on. */
  drawsOn: DrawsOn;
  /** Comparable figures of the drawn-on sources, best context first (fix candidates). */
  candidates: SourceFigure[];
  /** Another cited source's different value for the same quantity, when the draft agrees with one cited source. */
  rival?: SourceFigure;
  /** The memoised decision this one was made from (the same object while the sentence and its sources are unchanged). */
  memo: object;
}

const memo = new WeakMap<CheckContext, FigureDecision[]>();

/** Kinds whose differences written as such ("12 million fewer than in 1986") are derived from two stated values. */
const ADDED_KINDS = new Set(['number', 'money', 'quantity']);

/** Kinds whose derivations combine figures of other kinds (ratios, spans of years, totals of units). */
const OTHER_KINDS = new Set(['multiple', 'duration', 'quantity', 'money', 'percent', 'points']);

interface Searched {
  same?: SourceFigure;
  differ: SourceFigure[];
  /** Every comparable occurrence, agreeing or not, best context first. */
  comparable: SourceFigure[];
  candidates: SourceFigure[];
  /** Computed when first asked for. */
  derivation(): ReturnType<typeof derive>;
}

const NOTHING: Searched = { differ: [], comparable: [], candidates: [], derivation: () => undefined };

/**
 * The search of the drawn-on sources for figure `i` of a sentence, done when a decision
 * first needs it and memoised by sentence text, sources and figure.
 */
function searchFigure(ctx: CheckContext, s: DraftSentence, figs: readonly Figure[], docs: readonly number[], i: number): Searched {
  if (docs.length === 0) return NOTHING;
  const memoised = searches(ctx, s, docs);
  const done = memoised.results[i];
  if (done) return done;
  const f = figs[i];
  const e = searchDocs(ctx, f, s.text, memoised.tokens, docs, memoised.query, TIME_KINDS.has(f.kind) ? undefined : draftPeriod(ctx, s, f.start, f.end));
  let derived: { value: ReturnType<typeof derive> } | undefined;
  return (memoised.results[i] = {
    same: e.same, differ: e.differ, comparable: e.comparable, candidates: e.comparable.slice(0, 5),
    derivation() {
      // An earlier value the search passed over as the later one's is no input to round or bound.
      const all = OTHER_KINDS.has(f.kind) ? allFigures(ctx, f, memoised.tokens, docs) : undefined;
      const pool = !all ? e.comparable : earlierValue(ctx, s.text, f) ? all.filter((p) => compareFigures(f, p.figure) !== 'same' || e.comparable.some((q) => q.sid === p.sid && q.figure.start === p.figure.start)) : all;
      derived ??= { value: e.same ? undefined : derive(f, pool, changeDirection(s.text, f.start, f.end)) };
      return derived.value;
    },
  });
}

/** The memoised searches of a sentence's figures in some sources (looked up once per check and list of sources). */
interface Searches {
  tokens: Token[];
  query: Query;
  results: Searched[];
}

function searches(ctx: CheckContext, s: DraftSentence, docs: readonly number[]): Searches {
  const bySources = ctx.perCheck('searches', s, () => new Map<readonly number[], Searches>());
  let found = bySources.get(docs);
  if (!found) {
    const key = `search\u0000${docs.join(',')}\u0000${s.context ?? ''}\u0000${periodKey(inheritedPeriod(ctx, s))}`;
    bySources.set(docs, (found = ctx.textStage(s.text, key, () => ({ tokens: ctx.tokens(s.text), query: ctx.query(s.text), results: [] as Searched[] }))));
  }
  return found;
}

/**
 * A figure the drawn-on sources do not state may come from another source the sentence
 * aligns closely with: then it is the citation (or the lack of one) that is wrong.
 */
function elsewhere(ctx: CheckContext, s: DraftSentence, from: DrawsOn, i: number): Decision | undefined {
  // The sources the draft cites elsewhere first, then those the sentence aligns with closely.
  const aligned = ctx.sentence(s).alignments.filter((a) => a.score >= FIGURE_POLICY.docSearch.otherSourceAlign).map((a) => a.docId);
  const others = [...new Set([...draftCited(ctx), ...aligned])].filter((id) => !from.docs.includes(id)).slice(0, 2 * FIGURE_POLICY.drawsOn.maxSources);
  if (others.length === 0) return undefined;
  const figure = ctx.sentence(s).figures[i].figure;
  const same = searchFigure(ctx, s, ctx.sentence(s).figures.map((v) => v.figure), others, i).same;
  // Another source's "February 1986" does not state the draft's "February 18".
  if (!same || vaguerDate(same.figure, figure)) return undefined;
  return { kind: citesIt(from.how) ? 'citation' : 'match', reference: same, certain: false };
}

/**
 * The pairings of a draft figure reported for `reporting` whose source figure is reported for a like span:
 * the nine months' or the year's value neither verifies nor contradicts the quarter's (which
 * quarter is the quarter check's to say).
 */
function samePeriod(ctx: CheckContext, reporting: PeriodMention | undefined, pairs: SourceFigure[]): SourceFigure[] {
  if (!reporting || pairs.length === 0) return pairs;
  return pairs.filter((p) => p.meta !== undefined || (sourcePeriod(ctx, p.docId, p.sid, p.figure.start, p.figure.end)?.kind ?? reporting.kind) === reporting.kind);
}

/** A count of the names a passage of the drawn-on sources lists ("eleven states": Arkansas, …). */
function counted(ctx: CheckContext, s: DraftSentence, from: DrawsOn, f: Figure): Decision | undefined {
  if (f.kind !== 'number' || f.high !== undefined) return undefined;
  for (const a of ctx.sentence(s).alignments.filter((x) => from.docs.includes(x.docId)).slice(0, FIGURE_POLICY.pairing.listSentences)) {
    const items = listOf(ctx.index.sentence(a.sid).text, f.value);
    if (!items) continue;
    const reference: SourceFigure = { sid: a.sid, docId: a.docId, figure: { ...f, start: 0, end: 0 }, align: a.score, local: 0, same: true, meta: items.join(', ') };
    return { kind: 'match', reference, certain: false, derivation: { text: `${items.length} listed: ${items.slice(0, 3).join(', ')} … ${items[items.length - 1]}`, from: [reference] } };
  }
  return undefined;
}

/**
 * When the passage cites two or more sources and the draft agrees with one, a different value
 * another cited source states about the same quantity (for figure.sources-disagree).
 */
function otherCitedValue(ctx: CheckContext, from: DrawsOn, d: Decision, search: () => Searched): SourceFigure | undefined {
  if (!citesIt(from.how) || from.docs.length < 2 || d.kind !== 'match' || !d.reference) return undefined;
  const agreeing = d.reference.docId;
  const D = FIGURE_POLICY.docSearch;
  const { differ, comparable } = search();
  const cited = differ.filter((p) => p.docId !== agreeing && from.docs.includes(p.docId));
  const close = cited.find((p) => p.local >= D.contradictLocal && p.align >= D.contradictAlign);
  if (close) return close;
  // Judged source against source, a rival comes from a source that does not also state the draft's value.
  const stating = new Set(comparable.filter((p) => p.same).map((p) => p.docId));
  return rivalBySource(ctx, d.reference, cited.filter((p) => !stating.has(p.docId)));
}

const isDated = (f: Figure) => f.kind === 'date' || f.kind === 'year';

/** The sources the whole draft cites, and a key naming them (decisions depend on them). */
function draftCited(ctx: CheckContext): number[] {
  return ctx.stage(`draft-cites\u0000${draftCitesKey(ctx)}`, () => [...ctx.docsCitedBy(ctx.draft.citations)]);
}

const citesKeys = new WeakMap<CheckContext, string>();

/** A short key for the draft's citations (FNV-1a of their keys, URLs and labels), once per check. */
function draftCitesKey(ctx: CheckContext): string {
  let key = citesKeys.get(ctx);
  if (key === undefined) {
    const text = ctx.draft.citations.map((c) => `${c.keys.join(',')}|${c.url ?? ''}|${c.label ?? ''}`).join(' ');
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    citesKeys.set(ctx, (key = `${ctx.draft.citations.length}:${(h >>> 0).toString(36)}`));
  }
  return key;
}

/** A figure's decision and fix candidates, independent of where the sentence sits in the draft. */
type SentenceDecision = Decision & { candidates: SourceFigure[]; rival?: SourceFigure };

/** The decisions for the figures of one sentence, memoised by its text, sources and citations. */
function decideSentence(ctx: CheckContext, s: DraftSentence, out: FigureDecision[]): void {
  const cited = ctx.citedDocs([s]);
  const from = drawsOn(ctx, s);
  const citedIds = citesIt(from.how) ? new Set(from.docs) : cited;
  const key = `decide\u0000${draftCitesKey(ctx)}\u0000${from.how}\u0000${from.docs.join(',')}\u0000${[...citedIds].join(',')}\u0000${s.context ?? ''}\u0000${periodKey(inheritedPeriod(ctx, s))}`;
  const decisions = ctx.textStage(s.text, key, () => decideFigures(ctx, s, from, citedIds));
  ctx.sentence(s).figures.forEach((verdict, i) => {
    const r = ctx.draftRange(s, verdict.figure.start, verdict.figure.end);
    if (!ctx.inQuotation(r.start, r.end)) out.push(placed(s, verdict, r, cited, from, decisions[i]));
  });
}

/** A sentence's decision placed in the draft (its fields listed, not spread: this runs for every figure of every check). */
function placed(sentence: DraftSentence, verdict: FigureVerdict, r: { start: number; end: number }, cited: Set<number>, drawsOn: DrawsOn, m: SentenceDecision): FigureDecision {
  return {
    sentence, verdict, start: r.start, end: r.end, cited, drawsOn, kind: m.kind, reference: m.reference, certain: m.certain,
    derivation: m.derivation, expected: m.expected, note: m.note, candidates: m.candidates, rival: m.rival, memo: m,
  };
}

/** Decides every figure of a sentence (quotations included; the caller leaves those out). */
function decideFigures(ctx: CheckContext, s: DraftSentence, from: DrawsOn, citedIds: ReadonlySet<number>): SentenceDecision[] {
  const analysis = ctx.sentence(s);
  const citedBest = Math.max(0, ...analysis.alignments.filter((a) => citedIds.has(a.docId)).map((a) => a.score));
  const figs = analysis.figures.map((v) => v.figure);
  const search = (i: number) => searchFigure(ctx, s, figs, from.docs, i);
  let taken: Set<string> | undefined;
  // One source figure states one draft figure: those that agree with a draft figure are taken.
  const isTaken = (p: SourceFigure) => {
    taken ??= new Set(analysis.figures.flatMap((v, i) => [v.agreeing[0], v.differing[0], search(i).same]).filter((x) => x).map((x) => occurrenceKey(x as SourceFigure)));
    return taken.has(occurrenceKey(p));
  };
  // Where the sources state each figure of the sentence (its closest agreement, or the value found by searching).
  const stated = (j: number) => [analysis.figures[j].agreeing[0], search(j).same].filter((p): p is SourceFigure => p !== undefined);
  const reach = FIGURE_POLICY.pairing.siblingReach;
  const besideSiblings = (i: number) => (p: SourceFigure) =>
    figs.some((_, j) => j !== i && stated(j).some((q) => q.docId === p.docId && Math.abs(q.sid - p.sid) <= reach && occurrenceKey(q) !== occurrenceKey(p)))
    || (p.meta === undefined && statesNear(ctx.index, p, figs.filter((g, j) => j !== i && !TIME_KINDS.has(g.kind))));
  const otherFact = otherFactPeriod(ctx, s.text, { figs, stated, beside: (i, p) => besideSiblings(i)(p) });
  const words = ctx.contentStems(s.text).length;
  let roles: ReadonlyMap<number, Role> | undefined;
  const draftRoles = () => (roles ??= ctx.roles(s.text, figs));
  const decisions = analysis.figures.map((verdict, i) => {
    const f = verdict.figure;
    const reporting = TIME_KINDS.has(f.kind) ? undefined : draftPeriod(ctx, s, f.start, f.end);
    let decision = decideFigure({
      agreeing: samePeriod(ctx, reporting, verdict.agreeing), differing: samePeriod(ctx, reporting, verdict.differing), drawsOn: from.docs, how: from.how, citedBest,
      get searchedSame() { return search(i).same; },
      get searchedDiffer() { return search(i).differ.find((p) => !isTaken(p)); },
      get derivation() { return search(i).derivation(); },
      minor: minor(f, s.text), words,
      // Transcripts and filings often name the period only as "this quarter", "the half".
      unstated: f.kind === 'quarter' || f.kind === 'half' ? 'a reporting period the sources name only in relation to their date' : undefined, relative: f.kind === 'percent' || f.kind === 'points' || f.kind === 'multiple' || (ADDED_KINDS.has(f.kind) && comparedAfter(s.text, f.end)),
      slip(p) { return !isDated(f) && nearMiss(f.text, p.figure.text); },
      consistent(p) { return consistentWith(f, p.figure) ?? (p.meta === undefined ? totalOfSentence(f, p.figure, ctx.index.figures(p.sid), s.text) : undefined); },
      besideSiblings: besideSiblings(i),
      otherFact: otherFact(i),
      otherEvent(p) { return isDated(p.figure) && isDated(f) && !oneFieldApart(f, p.figure); },
      dateSlip(p) { return isDated(p.figure) && isDated(f) && oneFieldApart(f, p.figure); },
    });
    if (decision.kind === 'unsupported') decision = elsewhere(ctx, s, from, i) ?? counted(ctx, s, from, f) ?? decision;
    if (decision.kind === 'unchecked' && decision.note !== undefined) decision = loneOrdinal(f, () => search(i)) ?? decision;
    if (convertsPrevious(s.text, figs, i)) decision = asConversion(decision);
    decision = swapped(ctx, s.text, s.context ?? '', f, draftRoles().get(i), decision) ?? boundElsewhere(ctx, s.text, f, decision) ?? decision;
    const rival = otherCitedValue(ctx, from, decision, () => search(i));
    return { ...decision, candidates: decision.kind === 'unsupported' ? search(i).candidates : [], ...(rival ? { rival } : {}) };
  });
  // A percent change between two of the sentence's verified values must be their change.
  return decisions.map((d, i) => {
    const wrong = (figs[i].kind === 'percent' ? wrongChange(figs, draftRoles(), decisions, i) ?? changeFromSource(ctx, figs, decisions, i, changeDirection(s.text, figs[i].start, figs[i].end)) : quarterOfResult(ctx, s.text, figs, decisions, i, from.docs) ?? yearOfResult(ctx, s.text, figs, decisions, i))
      ?? slotMismatch(ctx, figs, decisions, i) ?? wrongDifference(figs, decisions, i, (f) => !draftRoles().has(i) && changeDirection(s.text, f.start, f.end) !== 0);
    return oneShape(wrong ? { ...wrong, candidates: [] } : d);
  });
}

/**
 * A decision with every field in one order, so that the objects placing it in the draft (every
 * figure of every check) read it from one shape instead of the many the spreads above make.
 */
function oneShape(d: SentenceDecision): SentenceDecision {
  return { kind: d.kind, reference: d.reference, certain: d.certain, derivation: d.derivation, expected: d.expected, note: d.note, candidates: d.candidates, rival: d.rival };
}

/** Decisions for every draft figure outside quotations, memoised per check. */
export function figureDecisions(ctx: CheckContext): FigureDecision[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const out: FigureDecision[] = [];
  for (const s of ctx.draft.sentences) decideSentence(ctx, s, out);
  rowSlots(ctx, out);
  memo.set(ctx, out);
  return out;
}

/** The SourceRef of a paired source figure. */
export function figureRef(ctx: CheckContext, p: SourceFigure): SourceRef {
  if (p.meta !== undefined) return ctx.refOfSentence(p.sid);
  return ctx.refInSentence(p.sid, p.figure.start, p.figure.end);
}

/** The source's text of a paired source figure. */
export function figureText(ctx: CheckContext, p: SourceFigure): string {
  if (p.meta !== undefined) return p.meta;
  return ctx.sourceText(p.sid, p.figure.start, p.figure.end);
}
