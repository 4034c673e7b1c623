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
import type { CheckContext } from '../rules/context.ts';

/** The span a figure is reported for. */
export type PeriodKind = 'quarter' | 'half' | 'nine-months' | 'year';

/** A period named in a text; `n` is the quarter or half when the text says which. */
export interface PeriodMention {
  kind: PeriodKind;
  n?: number;
  start: number;
}

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const PATTERNS: { re: RegExp; kind: PeriodKind }[] = [
  { re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal[ -])?(?:quarter|qtr)s?\b/gi, kind: 'quarter' },
  { re: /\bq([1-4])\b/gi, kind: 'quarter' },
  { re: /\b(?:the|this|latest|current|same|fiscal) (?:quarter|qtr)\b|\bqtr\b/gi, kind: 'quarter' },
  { re: /\b(first|second|1st|2nd)[ -]half\b|\bh([12])\b|\b(?:six|6)[ -](?:months?|mths?)\b|\bhalf[ -]year\b/gi, kind: 'half' },
  { re: /\b(?:nine|9)[ -](?:months?|mths?)\b|\b(?:36|39|40)[ -]weeks?\b/gi, kind: 'nine-months' },
  { re: /\b(?:12|13|16|17)[ -]weeks?\b/gi, kind: 'quarter' },
  { re: /\b(?:24|26|28)[ -]weeks?\b/gi, kind: 'half' },
  { re: /\b(?:52|53)[ -]weeks?\b/gi, kind: 'year' },
  { re: /\b(?:full|fiscal|financial|calendar)[ -]year\b|\b(?:in|for|during|over) the (?:full |fiscal )?year\b(?![ -](?:earlier|ago|before))|\byear (?:ended|ending)\b|\bfy ?'?\d{2,4}\b|\bfiscal (?:19|20)\d{2}\b|^\s*year\s*$/gi, kind: 'year' },
];

/** Every period a text names, in order. */
export function periodMentions(text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const which = m[1] ?? m[2];
      const n = which === undefined ? undefined : ORD[which.toLowerCase()] ?? Number(which);
      out.push({ kind, start: m.index, ...(n ? { n } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Characters after a figure within which a period named in the same clause is the figure's. */
const FOLLOWING_REACH = 40;

/**
 * The period a figure at `start`..`end` of `text` is reported for, if the text names one:
 * one named right after it in the same clause ("11 cents in the year"), else the nearest
 * one named before it.
 */
export function periodAt(text: string, start: number, end: number, mentions = periodMentions(text)): PeriodMention | undefined {
  let before: PeriodMention | undefined;
  for (const m of mentions) {
    if (m.start >= end) {
      const between = text.slice(end, m.start);
      return m.start - end <= FOLLOWING_REACH && !/[,;:]/.test(between) ? m : before;
    }
    if (m.start <= start) before = m;
  }
  return before;
}

/** Whether two periods differ: another span, or another quarter or half of the same span. */
export function otherReportingPeriod(a: PeriodMention | undefined, b: PeriodMention | undefined): boolean {
  if (!a || !b) return false;
  if (a.kind !== b.kind) return true;
  return a.n !== undefined && b.n !== undefined && a.n !== b.n;
}

/** A line that only names a period: a table's section heading ("Nine mths", "Year", "4th qtr"). */
function heading(text: string): PeriodMention | undefined {
  const t = text.trim();
  if (t.length > 24) return undefined;
  const m = periodMentions(t);
  return m.length === 1 && !/\d/.test(t.slice(0, m[0].start) + t.slice(m[0].start).replace(/^\S+[ -]\S+/, '')) ? m[0] : undefined;
}

/**
 * The section period of every sentence of a source (the period its table heading names),
 * memoised per check; undefined entries where no heading applies. Documents without
 * such headings give no section periods at all.
 */
export function sectionPeriods(ctx: CheckContext, docId: number): (PeriodMention | undefined)[] {
  return ctx.stage(`periods:${docId}`, () => {
    const { first, end } = ctx.index.sentenceRange(docId);
    const heads = new Map<number, PeriodMention>();
    for (let sid = first; sid < end; sid++) {
      const h = heading(ctx.index.sentence(sid).text);
      if (h) heads.set(sid, h);
    }
    if (heads.size === 0) return [];
    const out: (PeriodMention | undefined)[] = [];
    let current = end > first ? periodMentions(ctx.index.sentence(first).text)[0] : undefined;
    for (let sid = first; sid < end; sid++) {
      current = heads.get(sid) ?? current;
      out.push(current);
    }
    return out;
  });
}

/** The period a source figure at `start`..`end` of sentence `sid` is reported for, if known. */
export function sourcePeriod(ctx: CheckContext, docId: number, sid: number, start: number, end: number): PeriodMention | undefined {
  const mentions = ctx.stage(`period-mentions:${docId}`, () => new Map<number, PeriodMention[]>());
  const text = ctx.index.sentence(sid).text;
  let own = mentions.get(sid);
  if (!own) mentions.set(sid, (own = periodMentions(text)));
  return periodAt(text, start, end, own) ?? sectionPeriods(ctx, docId)[sid - ctx.index.sentenceRange(docId).first];
}

/** Sentences looked back over, within a paragraph, for the period a draft sentence continues. */
const LOOK_BACK = 5;

/**
 * The period the draft's figure at `start`..`end` of sentence `s` is reported for: named in the
 * sentence, else the last one named in the few sentences before it in its paragraph.
 */
export function draftPeriod(ctx: CheckContext, s: DraftSentence, start: number, end: number): PeriodMention | undefined {
  const mentions = (text: string) => ctx.stage(`period-mentions\u0000${text}`, () => periodMentions(text));
  const own = periodAt(s.text, start, end, mentions(s.text));
  if (own) return own;
  const order = ctx.stage('draft-sentence-order', () => new Map(ctx.draft.sentences.map((x, i) => [x, i])));
  const i = order.get(s) ?? 0;
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const prev = ctx.draft.sentences[j];
    if (prev.blockIndex !== s.blockIndex) break;
    const named = mentions(prev.text);
    if (named.length > 0) return named[named.length - 1];
  }
  return undefined;
}

/** A short key for a period, for memo keys. */
export const periodKey = (p: PeriodMention | undefined): string => (p ? `${p.kind}${p.n ?? ''}` : '');
