/**
 * The years a sentence speaks of, and the period a source sentence reports on. Source
 * sentences' years are memoised by the index (CorpusIndex.period).
 */

const YEAR = /\b(?:FY ?|fiscal (?:year )?)?((?:19|20)\d{2})\b/gi;

/** The years a sentence speaks of ("in 2014", "FY2015", "fiscal 2013"). */
export function yearsOf(text: string): Set<number> {
  return new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])));
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
 * The years a source sentence speaks of; a sentence that names none speaks of its
 * source's publication year or the year before ("last year", "the fiscal year that ended").
 */
export function periodOfText(text: string, date: string | undefined): SentenceYears {
  const named = yearsOf(text);
  if (named.size > 0) return { named, period: named };
  const y = publicationYear(date);
  return { named, period: y !== undefined ? new Set([y, y - 1]) : named };
}
