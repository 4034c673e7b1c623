/**
 * The years a sentence speaks of, and the period a source sentence reports on. Source
 * sentences' years are memoised by the index (CorpusIndex.period).
 */
import type { Figure } from '../figures/index.ts';

const YEAR = /\b(?:FY ?|fiscal (?:year )?)?((?:19|20)\d{2})\b/gi;

/** Words that open the base of a comparison ("compared to", "versus", "from", "than", "over"). */
const BASE_CUE = /\b(?:compared (?:to|with)|versus|vs\.?|from|than|against|relative to|below|above|over)\s/gi;
/** Between a cue and the year: the same clause, not the other end of a change ("from 3% to 5% in 2021"). */
const OTHER_CLAUSE = /[,;:()]|\bto\b|\band\b/i;

/**
 * Whether the year at `start` of `text` is the base a comparison is made against: a cue in
 * the 48 characters before it, in the same clause ("compared to $109 million for q4 of 2019",
 * "up 20% from the full-year 2019").
 */
export function comparisonBase(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 48), start);
  let last = -1;
  for (const m of window.matchAll(BASE_CUE)) last = m.index + m[0].length;
  if (last < 0 || OTHER_CLAUSE.test(window.slice(last))) return false;
  // "more than 15,000 troops", "over 15,000", "below $80": a bound of the value itself, not a base.
  return !(window.slice(last).trim() === '' && BOUND_CUE.test(window.slice(0, last)) && !PERIOD_START.test(text.slice(start, start + 8)));
}

/** A cue that bounds the figure right after it ("more than", "fewer than", "over", "above", "below"). */
const BOUND_CUE = /(?:\b(?:more|less|fewer)\s+than|\b(?:over|above|below))\s$/i;
/** A figure that names a period ("2019", "fy 2019", "q3"): after "over" or "than", the base of a comparison. */
const PERIOD_START = /^(?:(?:19|20)\d{2}\b|fy|q[1-4]\b|fiscal|the\b)/i;

/** The years a sentence names ("in 2014", "FY2015", "fiscal 2013"): what a source must be able to report on. */
export function yearsOf(text: string): Set<number> {
  return new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])));
}

/** Figure kinds that name the period a value is reported for. */
export const PERIOD_KINDS: ReadonlySet<string> = new Set(['year', 'quarter', 'half']);

/**
 * A year or quarter `g` of a source sentence that the sentence compares against ("compared to
 * full-year 2020", "$0.26 versus $0.23 in quarter three") while the draft's `f` of the same kind
 * is not compared against: another part of the fact, never paired with it.
 */
export function basePeriodOnlyInSource(draftText: string, f: Figure, sourceText: string, g: Figure): boolean {
  return PERIOD_KINDS.has(f.kind) && g.kind === f.kind && comparisonBase(sourceText, g.start) && !comparisonBase(draftText, f.start);
}

/**
 * The years a sentence reports on: those it names, leaving out the base of a comparison
 * ("revenue of $2.1 billion, up 5% compared to 2020" reports on another year than 2020).
 */
export function reportedYears(text: string): Set<number> {
  return new Set([...text.matchAll(YEAR)].filter((m) => !comparisonBase(text, m.index)).map((m) => Number(m[1])));
}

/** The year of a source's date field ("2021-02-05", "March 2019"), if it has one. */
export function publicationYear(date: string | undefined): number | undefined {
  const y = /\b(?:19|20)\d{2}\b/.exec(date ?? '')?.[0];
  return y === undefined ? undefined : Number(y);
}

/** The years a source sentence names, and the period it reports on (see periodOfText). */
export interface SentenceYears {
  named: Set<number>;
  period: Set<number>;
}

/**
 * The years a source sentence reports on (see reportedYears); a sentence that names none speaks
 * of its source's publication year or the year before ("last year", "the fiscal year that ended").
 */
export function periodOfText(text: string, date: string | undefined): SentenceYears {
  const named = yearsOf(text);
  const reported = reportedYears(text);
  if (reported.size > 0) return { named, period: reported };
  const y = publicationYear(date);
  return { named, period: y !== undefined ? new Set([y, y - 1]) : reported };
}
