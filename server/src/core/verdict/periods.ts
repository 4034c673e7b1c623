/**
 * Reporting periods: the quarter, half, nine months or year a figure is reported for.
 * Earnings reports state the same measure for several periods ("Net 2,191,000 vs
 * 852,000 ... Nine mths Net 3,236,000 vs 2,919,000"); a draft figure about the third
 * quarter is not verified by the nine months' value, and is not that value mis-stated.
 *
 * A figure's period is the nearest period named before it in its sentence (else the
 * first one after it); a draft sentence that names none takes the last one named earlier
 * in its paragraph; a source sentence that names none takes its table section's (a line
 * such as "Nine mths" heads the lines below it; lines before the first such heading are
 * the title's period). Every pattern is a bounded regular expression: linear time.
 */
import type { DraftSentence } from '../draft/types.ts';
import { extractFigures, TIME_KINDS, type Figure } from '../figures/index.ts';
import type { CheckContext } from '../rules/context.ts';
import { FIGURE_POLICY } from './policy.ts';
import type { Decision } from './decide.ts';
import { comparisonBase } from '../align/years.ts';

/** The span a figure is reported for. */
export type PeriodKind = 'quarter' | 'half' | 'nine-months' | 'year';

/** Kinds of figure that name a time themselves (see figures/compare.ts). */
export { TIME_KINDS };

/** A period named in a text; `n` is the quarter or half when the text says which. */
export interface PeriodMention {
  kind: PeriodKind;
  n?: number;
  start: number;
  end: number;
  /** The period of a figure named after it only ("in 2021"), not of one before it. */
  onlyBefore?: boolean;
}

/** Periods named without a figure of their own: "the quarter", "qtr", "full year", "fiscal 2022", a "Year" heading. */
const WORDS: { re: RegExp; kind: PeriodKind; onlyBefore?: boolean }[] = [
  { re: /\b(?:the|this|latest|current|same|fiscal) (?:quarter|qtr)\b|\bqtr\b/gi, kind: 'quarter' },
  { re: /\bhalf[ -]year\b/gi, kind: 'half' },
  { re: /\b(?:full|fiscal|financial|calendar)[ -]year\b|\b(?:in|for|during|over) the (?:full |fiscal )?year\b(?![ -](?:earlier|ago|before))|\byear (?:ended|ending)\b|\bfiscal (?:19|20)\d{2}\b|\bfor (?:calendar )?(?:19|20)\d{2}\b(?![ -]?(?:q[1-4]|first|second|third|fourth|1st|2nd|3rd|4th|h[12])\b)|^\s*year\s*$/gi, kind: 'year' },
  // "earnings in 2021 to be $8.40 to $9.20": the year of a value named after it ("$0.75 per share in 2021" is only a time).
  { re: /\bin (?:calendar |fiscal )?(?:19|20)\d{2}\b(?![ -]?(?:q[1-4]|first|second|third|fourth|1st|2nd|3rd|4th|h[12])\b|'s)/gi, kind: 'year', onlyBefore: true },
];

/** The span a duration figure names as a reporting period ("nine mths", "39 weeks", "12 months"), if it is one. */
function spanOf(f: Figure): PeriodKind | undefined {
  if (f.kind !== 'duration' || f.unit !== 'day' || f.high !== undefined || f.approx) return undefined;
  const { spanDays, spanSlack } = FIGURE_POLICY.periods;
  return spanDays.find(([, days]) => Math.abs(f.value - days) <= spanSlack * days)?.[0];
}

/** The period a figure names: a quarter or half ("q1", "4th qtr", "first half"), a fiscal year ("fy22"), or a duration that spans one. */
function periodOfFigure(f: Figure): PeriodMention | undefined {
  if (f.kind === 'quarter' || f.kind === 'half') return { kind: f.kind, n: f.value, start: f.start, end: f.end };
  if (f.kind === 'year' && /^fy/i.test(f.text)) return { kind: 'year', start: f.start, end: f.end };
  const kind = spanOf(f);
  return kind ? { kind, start: f.start, end: f.end } : undefined;
}

/** Whether offset `start` lies inside one of `figures`. */
function inFigure(figures: readonly Figure[], start: number): boolean {
  return figures.some((f) => start >= f.start && start < f.end);
}

/** Every period a text names, in order: from its figures (the figure grammar reads them) and from period words. */
export function periodMentions(text: string, figures: readonly Figure[] = extractFigures(text)): PeriodMention[] {
  const out = figures.map(periodOfFigure).filter((m): m is PeriodMention => m !== undefined);
  for (const { re, kind, onlyBefore } of WORDS) {
    for (const m of text.matchAll(re)) if (!inFigure(figures, m.index)) out.push({ kind, start: m.index, end: m.index + m[0].length, ...(onlyBefore ? { onlyBefore } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that open a comparison base: a period after them belongs to the value compared with. */
const COMPARED = /\b(?:versus|vs|compared|against|from|than)\b/i;

/**
 * The period a figure at `start`..`end` of `text` is reported for, if the text names one:
 * one named right after it in the same clause ("11 cents in the year", but not "11 cents
 * versus 9 cents in the third quarter" nor "$2.10 and Q4 earnings of $0.43"; "in 2021" only
 * before it), else the nearest one named before it.
 */
export function periodAt(text: string, start: number, end: number, mentions = periodMentions(text)): PeriodMention | undefined {
  let before: PeriodMention | undefined;
  for (const m of mentions) {
    if (m.start >= end && m.onlyBefore) continue;
    if (m.start >= end) {
      const between = text.slice(end, m.start);
      return m.start - end <= FIGURE_POLICY.periods.followingReach && !/[,;:]|\band\b/.test(between) && !COMPARED.test(between) ? m : before;
    }
    if (m.start <= start) before = m;
  }
  return before;
}

/** Whether two periods differ: another span, or (unless `spanOnly`) another quarter or half of the same span. */
export function otherReportingPeriod(a: PeriodMention | undefined, b: PeriodMention | undefined, spanOnly = false): boolean {
  if (!a || !b) return false;
  if (a.kind !== b.kind) return true;
  return !spanOnly && a.n !== undefined && b.n !== undefined && a.n !== b.n;
}

/** A line that only names a period: a table's section heading ("Nine mths", "Year", "4th qtr"). */
function heading(text: string, figures: readonly Figure[]): PeriodMention | undefined {
  if (text.trim().length > 24) return undefined;
  const m = periodMentions(text, figures);
  return m.length === 1 && !/\d/.test(text.slice(0, m[0].start) + text.slice(m[0].end)) ? m[0] : undefined;
}

/**
 * The section period of every sentence of a source (the period its table heading names),
 * memoised by the index; undefined entries where no heading applies. Documents without
 * such headings give no section periods at all.
 */
export function sectionPeriods(ctx: CheckContext, docId: number): (PeriodMention | undefined)[] {
  return ctx.source('periods', docId, () => {
    const { first, end } = ctx.index.sentenceRange(docId);
    const heads = new Map<number, PeriodMention>();
    for (let sid = first; sid < end; sid++) {
      const h = heading(ctx.index.sentence(sid).text, ctx.index.figures(sid));
      if (h) heads.set(sid, h);
    }
    if (heads.size === 0) return [];
    const out: (PeriodMention | undefined)[] = [];
    let current = end > first ? periodMentions(ctx.index.sentence(first).text, ctx.index.figures(first))[0] : undefined;
    for (let sid = first; sid < end; sid++) {
      current = heads.get(sid) ?? current;
      out.push(current);
    }
    return out;
  });
}

/** The period a source figure at `start`..`end` of sentence `sid` is reported for, if known. */
export function sourcePeriod(ctx: CheckContext, docId: number, sid: number, start: number, end: number): PeriodMention | undefined {
  const text = ctx.index.sentence(sid).text;
  const own = ctx.source('period-mentions', sid, () => periodMentions(text, ctx.index.figures(sid)));
  return periodAt(text, start, end, own) ?? sectionPeriods(ctx, docId)[sid - ctx.index.sentenceRange(docId).first];
}

/** The periods a draft sentence names, memoised per check. */
function draftMentions(ctx: CheckContext, s: DraftSentence): PeriodMention[] {
  return ctx.perCheck('period-mentions', s, () => ctx.textStage(s.text, 'period-mentions', () => periodMentions(s.text, ctx.sentence(s).figures.map((v) => v.figure))));
}

/**
 * The period a draft sentence continues when it names none itself: the last one named in the
 * few sentences before it in its paragraph.
 */
export function inheritedPeriod(ctx: CheckContext, s: DraftSentence): PeriodMention | undefined {
  return ctx.perCheck('inherited-period', s, () => lastNamedBefore(ctx, s));
}

/** The last period named in the few sentences before `s` in its paragraph. */
function lastNamedBefore(ctx: CheckContext, s: DraftSentence): PeriodMention | undefined {
  const all = ctx.draft.sentences;
  const i = ctx.position(s);
  for (let j = i - 1; j >= Math.max(0, i - FIGURE_POLICY.periods.lookBack); j--) {
    if (all[j].blockIndex !== s.blockIndex) break;
    const named = draftMentions(ctx, all[j]);
    if (named.length > 0) return named[named.length - 1];
  }
  return undefined;
}

/**
 * The period the draft's figure at `start`..`end` of sentence `s` is reported for: named in the
 * sentence, else the one it continues (see inheritedPeriod).
 */
export function draftPeriod(ctx: CheckContext, s: DraftSentence, start: number, end: number): PeriodMention | undefined {
  return periodAt(s.text, start, end, draftMentions(ctx, s)) ?? inheritedPeriod(ctx, s);
}

/** A short key for a period, for memo keys. */
export const periodKey = (p: PeriodMention | undefined): string => (p ? `${p.kind}${p.n ?? ''}` : '');

/**
 * The reference of the verified value of a draft sentence that tells the period of time
 * figure `i`: the nearest one stated outright (not derived, not the source's date, not a
 * value the draft compares against), or undefined.
 */
export function siblingReference(text: string, figs: readonly Figure[], decisions: readonly Decision[], i: number): Decision['reference'] {
  let best: number | undefined;
  const gap = (k: number) => Math.abs(figs[k].start - figs[i].start);
  figs.forEach((g, k) => {
    const d = decisions[k];
    if (TIME_KINDS.has(g.kind) || d.kind !== 'match' || d.reference?.meta !== undefined || d.derivation || comparisonBase(text, g.start)) return;
    if (best === undefined || gap(k) < gap(best)) best = k;
  });
  return best === undefined ? undefined : decisions[best].reference;
}

/**
 * The decision a period check reaches: the draft's period agrees with the source's `reference`
 * (a match with it), or it does not (a mismatch whose fix is it); never certain.
 */
export function periodDecision(reference: NonNullable<Decision['reference']>, agrees: boolean): Decision {
  return agrees ? { kind: 'match', reference: { ...reference, same: true }, certain: false } : { kind: 'mismatch', reference, certain: false };
}
