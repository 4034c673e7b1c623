/**
 * Relative dates: "yesterday", "today", "tomorrow", "last/this/next week|month|year".
 * They carry `relative` and no absolute date until `resolveRelative` anchors them
 * to a reference date (e.g. the source's publication date).
 */
import type { Figure, RelativeUnit } from './types.ts';
import { matchAt } from './units.ts';
import { sentenceStart } from './context.ts';
import { weekdayOf } from './calendar.ts';

const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };
const SHIFT_WORDS: Record<string, number> = { last: -1, this: 0, next: 1 };
const RELATIVE = /(?:(yesterday|today|tomorrow)|(last|this|next)\s(week|month|year))(?![\p{L}\d])/iyu;
/** "the last year", "the next month": a span of time, not a calendar period. */
const SPAN_BEFORE = /(?:^|[^\p{L}])(?:the|over|within)\s$/iu;

/** Scanner anchor source for relative dates. */
export const RELATIVE_ANCHOR = '\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|(?:[Ll]ast|[Tt]his|[Nn]ext)\\s(?=(?:week|month|year)\\b))';

/**
 * A relative date at `pos`: kind 'year' for years, else 'date'; value 0 and no `date`
 * fields. Capitalised mid-sentence ("USA Today") and spans ("over the last year") are skipped.
 */
export function readRelative(text: string, pos: number): Figure | undefined {
  const m = matchAt(RELATIVE, text, pos);
  if (!m) return undefined;
  if (text[pos] !== text[pos].toLowerCase() && !sentenceStart(text, pos)) return undefined;
  let unit: RelativeUnit = 'day';
  let offset = 0;
  if (m[1]) offset = DAY_WORDS[m[1].toLowerCase()];
  else {
    if (SPAN_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) return undefined;
    unit = m[3].toLowerCase() as RelativeUnit;
    offset = SHIFT_WORDS[m[2].toLowerCase()];
  }
  const end = pos + m[0].length;
  return { start: pos, end, text: m[0], kind: unit === 'year' ? 'year' : 'date', value: 0, relative: { unit, offset } };
}

/** A reference date: the moment a relative date is relative to. */
export interface ReferenceDate { year: number; month?: number; day?: number }

const pad = (y: number, m = 0, d = 0) => y * 10000 + m * 100 + d;

/**
 * The absolute figure of a relative one, given the date of writing `ref` ("last year"
 * written on 2019-05-02 is 2018). Days need ref's day, weeks (Monday to Sunday) and
 * months its month; without them, or for a figure that is not relative, `f` is returned.
 * A week that straddles two months resolves to its year only.
 */
export function resolveRelative(f: Figure, ref: ReferenceDate): Figure {
  const r = f.relative;
  if (!r) return f;
  const { relative: _dropped, ...base } = f;
  if (r.unit === 'year') {
    const year = ref.year + r.offset;
    return { ...base, kind: 'year', value: year, date: { year } };
  }
  if (ref.month === undefined) return f;
  if (r.unit === 'month') {
    const n = ref.year * 12 + ref.month - 1 + r.offset;
    const year = Math.floor(n / 12);
    const month = (n % 12) + 1;
    return { ...base, kind: 'date', value: pad(year, month), date: { year, month } };
  }
  if (ref.day === undefined) return f;
  if (r.unit === 'day') {
    const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + r.offset));
    const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    return { ...base, kind: 'date', value: pad(year, month, day), date: { year, month, day, weekday: weekdayOf(year, month, day) } };
  }
  const shift = ref.day + 7 * r.offset - ((weekdayOf(ref.year, ref.month, ref.day) + 6) % 7);
  const mon = new Date(Date.UTC(ref.year, ref.month - 1, shift));
  const sun = new Date(Date.UTC(ref.year, ref.month - 1, shift + 6));
  const year = mon.getUTCFullYear();
  if (mon.getUTCMonth() !== sun.getUTCMonth()) {
    return year === sun.getUTCFullYear() ? { ...base, kind: 'year', value: year, date: { year } } : { ...base, kind: 'date', value: 0, date: {} };
  }
  const month = mon.getUTCMonth() + 1;
  const value = pad(year, month, mon.getUTCDate());
  return { ...base, kind: 'date', value, high: value - mon.getUTCDate() + sun.getUTCDate(), date: { year, month, day: mon.getUTCDate() } };
}
