/**
 * Searches the sources a passage draws on, sentence by sentence, for a draft figure:
 * the agreeing source figure whose surrounding words best match the draft's, and the
 * differing one that states the same quantity (same kind and unit, most shared context).
 * Work is bounded by FIGURE_POLICY.docSearch.maxSentences per passage.
 */
import { contextScoreOf, countOtherThings, queryOf, similarity, type Query } from '../align/align.ts';
import { otherReportingPeriod, sourcePeriod, type PeriodMention } from './periods.ts';
import { basePeriodOnlyInSource, rangeAroundPoint, otherPeriod, periodOf, type SourceFigure } from '../align/figure-analysis.ts';
import { compareFigures, figureKey, vaguerAgreement } from '../figures/compare.ts';
import { extractFigures, resolveRelative, type Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import type { Token } from '../text/tokens.ts';
import { FIGURE_POLICY } from './policy.ts';
import { otherQuantity } from './measures.ts';
import { implausible, sourceEarlierValues, unlikeDiffering, type Stated } from './unlike.ts';
import { strength } from './decide.ts';

/** A figure of a source, with its sentence (for the title and date: the first sentence). */
export interface SourceOccurrence {
  sid: number;
  docId: number;
  figure: Figure;
  /** Stated by the source's title or publication date rather than its text. */
  meta?: string;
  /** figureKey of the figure. */
  key: string;
  /** Its index among the figures of its sentence (index.figures(sid)); -1 for the title and date. */
  gi: number;
}

/** The context words around a source occurrence (memoised by the index). */
function aroundOf(ctx: CheckContext, o: SourceOccurrence): ReadonlyMap<string, number> {
  return ctx.index.figureContext(o.sid, o.gi).nearest;
}

/** The publication date of a source as a date figure. */
function dateFigure(date: string | undefined): Figure | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const value = year * 10000 + (month ?? 0) * 100 + (day ?? 0);
  return { start: 0, end: 0, text: date as string, kind: month ? 'date' : 'year', value, date: { year, month, day } };
}

/** Figures stated by a source's title and date. */
/**
 * A title in capitals ("GEMINI FOOD SIX MTHS NET") read in lower case, so that its number
 * words are not taken for names; other titles as they are. Same length, so offsets hold.
 */
function headlineCase(title: string): string {
  return /\p{Ll}/u.test(title) ? title : title.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function metaOccurrences(ctx: CheckContext, docId: number, sid: number): SourceOccurrence[] {
  const doc = ctx.doc(docId);
  const out: SourceOccurrence[] = extractFigures(headlineCase(doc.title ?? '')).map((figure) => ({ sid, docId, figure, meta: doc.title, key: figureKey(figure), gi: -1 }));
  const d = dateFigure(doc.date);
  if (d) out.push({ sid, docId, figure: d, meta: doc.date, key: figureKey(d), gi: -1 });
  return out;
}

/**
 * A source date without a year ("in January", "on March 3") is in the year of the
 * source's publication, or the year before when the month is after the publication's.
 */
function withYear(ctx: CheckContext, docId: number, g: Figure): Figure {
  const pub = dateFigure(ctx.doc(docId).date)?.date;
  if (g.relative) return pub?.year ? resolveRelative(g, { year: pub.year, month: pub.month, day: pub.day }) : g;
  if (g.kind !== 'date' || !g.date || g.date.year !== undefined || !g.date.month) return g;
  if (!pub?.year) return g;
  const year = pub.month !== undefined && g.date.month > pub.month ? pub.year - 1 : pub.year;
  return { ...g, date: { ...g.date, year }, value: g.value + year * 10000 };
}

/** What the sources say about one figure when searched as a whole. */
export interface DocEvidence {
  /** The agreeing occurrence with the most shared context. */
  same?: SourceFigure;
  /** Differing occurrences of the same quantity, strongest first. */
  differ: SourceFigure[];
  /** Every comparable occurrence, best context first (for fixes and derivations). */
  comparable: SourceFigure[];
}

/** Every figure of the given sources, memoised by the index. */
export function occurrences(ctx: CheckContext, docs: readonly number[]): SourceOccurrence[] {
  return withinBudget(ctx, docs).flatMap((docId) => docFigures(ctx, docId));
}

/** The figures of one source (dated by its publication, with its title and date), memoised. */
function docFigures(ctx: CheckContext, docId: number): SourceOccurrence[] {
  return ctx.source('figs', docId, () => {
    const { first, end } = ctx.index.sentenceRange(docId);
    const figs: SourceOccurrence[] = [];
    for (let sid = first; sid < end && sid - first < FIGURE_POLICY.docSearch.maxSentences; sid++) {
      ctx.index.figures(sid).forEach((figure, gi) => {
        const g = withYear(ctx, docId, figure);
        figs.push({ sid, docId, figure: g, key: figureKey(g), gi });
      });
    }
    if (end > first) figs.push(...metaOccurrences(ctx, docId, first));
    return figs;
  });
}

/** The first sources whose sentences together stay within the search budget (at least one). */
function withinBudget(ctx: CheckContext, docs: readonly number[]): number[] {
  let budget = FIGURE_POLICY.docSearch.maxSentences;
  const out: number[] = [];
  for (const docId of docs) {
    out.push(docId);
    const { first, end } = ctx.index.sentenceRange(docId);
    budget -= end - first;
    if (budget <= 0) break;
  }
  return out;
}

/**
 * A numeral one slip away from another: one digit changed, two adjacent digits swapped,
 * or one digit dropped or added ("94,000" for "49,000"; "1,250" for "1,205").
 */
export function nearMiss(a: string, b: string): boolean {
  const x = a.replace(/\D/g, '');
  const y = b.replace(/\D/g, '');
  if (!x || !y || x === y || Math.min(x.length, y.length) < 2) return false;
  if (x.length === y.length) {
    const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** A bare four-digit number between 1900 and 2100 ("8% below 2024") is read as the year. */
function yearLike(f: Figure): Figure {
  if (f.kind !== 'number' || f.high !== undefined || !/^(?:19|20)\d\d$/.test(f.text)) return f;
  return { ...f, kind: 'year', date: { year: f.value } };
}

/** "50 states" stated as "his 50th state": a count and an ordinal of one value agree. */
function countsAsOrdinal(f: Figure, g: Figure): boolean {
  const kinds = (f.kind === 'number' && g.kind === 'ordinal') || (f.kind === 'ordinal' && g.kind === 'number');
  return kinds && f.value === g.value && f.high === undefined && g.high === undefined;
}

/**
 * Dates that differ in exactly one of the fields both state ("April 7" / "April 6",
 * "May 2019" / "May 2018"): one date mis-stated, not another event's date.
 */
export function oneFieldApart(f: Figure, g: Figure): boolean {
  if (f.kind === 'year' && g.kind === 'year') return Math.abs(f.value - g.value) <= FIGURE_POLICY.docSearch.dateSlipYears;
  if (!f.date || !g.date) return false;
  let shared = 0;
  let slip = false;
  let differ = 0;
  for (const k of ['year', 'month', 'day'] as const) {
    const a = f.date[k];
    const b = g.date[k];
    if (a === undefined || b === undefined) continue;
    shared++;
    if (a === b) continue;
    differ++;
    const limit = k === 'day' ? FIGURE_POLICY.docSearch.dateSlipDays : k === 'year' ? FIGURE_POLICY.docSearch.dateSlipYears : 0;
    slip = Math.abs(a - b) <= limit;
  }
  // Ranges of days ("February 4 to 8"): the last day is one more field.
  if (f.kind === 'date' && g.kind === 'date' && f.high !== undefined && g.high !== undefined && f.high !== g.high) {
    differ++;
    slip = Math.abs((f.high % 100) - (g.high % 100)) <= FIGURE_POLICY.docSearch.dateSlipDays;
  }
  return shared >= 2 && differ === 1 && slip;
}

/** The figures of one source grouped by figureKey, memoised (for quick "does it state this value?"). */
export function occurrencesByKey(ctx: CheckContext, docId: number): Map<string, SourceOccurrence[]> {
  return ctx.source('figs-by-key', docId, () => {
    const out = new Map<string, SourceOccurrence[]>();
    for (const o of docFigures(ctx, docId)) {
      const list = out.get(o.key) ?? [];
      list.push(o);
      out.set(o.key, list);
    }
    return out;
  });
}

/**
 * The occurrences that can compare with `f`, looked up by kind: dates with dates and years,
 * money in any currency, counts with ordinals, every other kind with its own key.
 */
function comparableOccurrences(ctx: CheckContext, docs: readonly number[], f: Figure, key: string, dated: boolean): SourceOccurrence[] {
  const out: SourceOccurrence[] = [];
  // Only dates, money and counts compare across keys; every other kind is found under its own key.
  const anyKey = dated || f.kind === 'money' || f.kind === 'number' || f.kind === 'ordinal';
  for (const docId of withinBudget(ctx, docs)) {
    const byKey = occurrencesByKey(ctx, docId);
    if (!anyKey) {
      for (const o of byKey.get(key) ?? []) out.push(o);
      continue;
    }
    for (const [k, list] of byKey) {
      // A count also meets the amounts of a results table, whose currency is not written.
      const fits = dated ? k === 'date' || k === 'year' : k === key || (f.kind === 'money' && k.startsWith('money:')) || (f.kind === 'number' && (k === 'ordinal' || k === 'money:USD')) || (f.kind === 'ordinal' && k === 'number');
      if (fits) for (const o of list) out.push(o);
    }
  }
  return out;
}

/** True when the two sets of years share one. */
function sharesYear(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const y of a) if (b.has(y)) return true;
  return false;
}

/** The similarity of a query with source sentence `sid` (memoised in `sims`). */
function simOf(ctx: CheckContext, query: Query, sims: Map<number, number>, sid: number): number {
  let v = sims.get(sid);
  if (v === undefined) sims.set(sid, (v = similarity(ctx.index, query, [sid]).score));
  return v;
}

/**
 * Whether draft sentence `text` states figure `f` as the earlier value of a comparison. The
 * sentence's figures and comparisons are read once per text, not once per figure searched.
 */
/** Whether draft figure `f` of `text` is the earlier value of a comparison ("against $817 million a year earlier"). */
export function earlierValue(ctx: CheckContext, text: string, f: Figure): boolean {
  const i = ctx.figures(text).findIndex((g) => g.start === f.start && g.end === f.end);
  return i >= 0 && ctx.earlierValues(text).has(i);
}

/** Whether source occurrence `o` states another quantity than the draft's figure (see unlikeDiffering). */
function unlikeOccurrence(ctx: CheckContext, mine: Stated, o: SourceOccurrence): boolean {
  return unlikeDiffering(mine, { text: ctx.index.sentence(o.sid).text, figure: o.figure, earlier: sourceEarlierValues(ctx.index, o.sid).has(o.gi) });
}

/** Searches `docs` for figure `f` of a draft sentence `text` tokenised as `tokens`. */
export function searchDocs(ctx: CheckContext, draftFigure: Figure, text: string, tokens: readonly Token[], docs: readonly number[],
  query: Query = queryOf(ctx.index, text), reporting?: PeriodMention): DocEvidence {
  const f = yearLike(draftFigure);
  const years = ctx.reportedYears(text);
  const around = ctx.draftContext(tokens, f);
  const sims = new Map<number, number>();
  const key = figureKey(f);
  const dated = f.kind === 'date' || f.kind === 'year';
  const comparable: SourceFigure[] = [];
  let same: SourceFigure | undefined;
  const differ: SourceFigure[] = [];
  const mine: Stated = { text, figure: draftFigure, earlier: earlierValue(ctx, text, draftFigure) };
  for (const o of comparableOccurrences(ctx, docs, f, key, dated)) {
    const g = o.figure;
    const ordinal = countsAsOrdinal(f, g);
    const cmp = ordinal ? 'same' : compareFigures(f, g);
    if (cmp === 'incomparable' || (cmp === 'same' && rangeAroundPoint(f, g))) continue;
    // The same value of another measure ("book value per share" for "earnings per share") is another quantity.
    if (cmp === 'same' && !o.meta && otherQuantity(text, draftFigure, ctx.index.sentence(o.sid).text, g)) continue;
    if (cmp === 'different' && dated && !oneFieldApart(f, g)) continue;
    // A year that a comparison is made against ("compared to full-year 2020") is another part of the fact.
    if (!o.meta && basePeriodOnlyInSource(text, f, ctx.index.sentence(o.sid).text, g)) continue;
    // The same measure for another reporting period (the nine months', not the quarter's) is another fact. The
    // draft's value stated for another quarter is the value, the quarter then in question (quarterOfResult).
    if (reporting && !o.meta && otherReportingPeriod(reporting, sourcePeriod(ctx, o.docId, o.sid, g.start, g.end), cmp === 'same')) continue;
    // Figures about another year are other facts; figures about the same year are this one's.
    const period = o.meta ? undefined : periodOf(ctx.index, o.sid);
    if (cmp === 'different' && !dated && period && otherPeriod(years, period)) continue;
    const sameYear = !dated && period !== undefined && years.size > 0 && sharesYear(years, ctx.index.yearsNamed(o.sid));
    const local = o.meta ? 0 : contextScoreOf(around, aroundOf(ctx, o), undefined);
    // A count matches an ordinal only about the same thing ("50 states" / "his 50th state").
    if (ordinal && local < FIGURE_POLICY.docSearch.ordinalLocal) continue;
    const align = o.meta ? 0 : simOf(ctx, query, sims, o.sid) + (sameYear ? FIGURE_POLICY.docSearch.sameYearBonus : 0);
    const p: SourceFigure = { sid: o.sid, docId: o.docId, figure: g, align, local, same: cmp === 'same', searched: true };
    if (o.meta) p.meta = o.meta;
    comparable.push(p);
    if (p.same) {
      if (!same || strength(p) > strength(same)) same = p;
    } else if (!o.meta && !implausible(f, g) && !unlikeOccurrence(ctx, mine, o) && !countOtherThings(f, tokens, g, ctx.index.tokens(o.sid))) differ.push(p);
  }
  comparable.sort((a, b) => strength(b) - strength(a));
  differ.sort((a, b) => strength(b) - strength(a));
  // "February" does not verify "February 18" when the source says "February 17".
  if (same && dated && differ.some((d) => vaguerAgreement(f, same!.figure, d.figure))) same = undefined;
  return { same, differ, comparable };
}

/**
 * Every figure of the sources, as pairings with draft figure `f` by context (for
 * derivations that combine figures of other kinds: ratios, spans between years).
 */
export function allFigures(ctx: CheckContext, f: Figure, tokens: readonly Token[], docs: readonly number[]): SourceFigure[] {
  const around = ctx.draftContext(tokens, f);
  const out = occurrences(ctx, docs).filter((o) => !o.meta).map((o): SourceFigure => ({
    sid: o.sid, docId: o.docId, figure: o.figure, align: 0, same: false, searched: true,
    local: contextScoreOf(around, aroundOf(ctx, o), undefined),
  }));
  return out.sort((a, b) => b.local - a.local);
}
