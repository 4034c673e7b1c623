/**
 * Comparing two figures after normalisation: kinds and units must be compatible;
 * values agree within the rounding their written precision implies, ~5% when either
 * side is approximate, and 1% when units were converted. Fractions also compare with
 * percentages and with decimals below 1; scores only with scores; relative dates with nothing.
 */
import type { Figure } from './types.ts';
import { weekdayOf } from './calendar.ts';
import { minutesApart } from './times.ts';

/** Result of comparing two figures. */
export type Comparison = 'same' | 'different' | 'incomparable';

const RUPEES = new Set(['RS', 'INR', 'PKR', 'LKR', 'NPR']);
const APPROX_TOLERANCE = 0.05;
const CONVERSION_TOLERANCE = 0.01;
const EPSILON = 1e-9;

/** Currencies agree; "Rs" (rupees of unknown country) matches any rupee code. */
function sameCurrency(a?: string, b?: string): boolean {
  if (a === b) return true;
  return (a === 'RS' && RUPEES.has(b ?? '')) || (b === 'RS' && RUPEES.has(a ?? ''));
}

/**
 * A coarse class for pairing figures that may be compared: 'money:USD', 'percent',
 * 'points', 'quantity:kg', 'duration', 'date', 'year', 'ordinal', 'number', 'fraction',
 * 'score', 'age', 'multiple', 'quarter', 'half' or 'time'. Rupee amounts share 'money:RUPEE' since "Rs" does not
 * name the country. (A fraction may also be compared with a percent: see compareFigures.)
 */
export function figureKey(f: Figure): string {
  if (f.kind === 'money') return `money:${RUPEES.has(f.unit ?? '') ? 'RUPEE' : f.unit ?? '?'}`;
  if (f.kind === 'quantity') return `quantity:${f.unit ?? '?'}`;
  return f.kind;
}

/** Whether point `x` lies in [lo, hi] widened by `tol`. */
const within = (x: number, lo: number, hi: number, tol: number) => x >= lo - tol && x <= hi + tol;

/** Compares intervals [a0, a1] and [b0, b1]: both ranges must match at both ends; a point must lie inside a range. */
function intervalsMatch(a0: number, a1: number, b0: number, b1: number, tol: number): boolean {
  const aRange = a1 !== a0;
  const bRange = b1 !== b0;
  if (aRange && bRange) return Math.abs(a0 - b0) <= tol && Math.abs(a1 - b1) <= tol;
  if (aRange) return within(b0, a0, a1, tol);
  if (bRange) return within(a0, b0, b1, tol);
  return Math.abs(a0 - b0) <= tol;
}

/** Absolute tolerance for comparing values of `a` and `b`. */
function tolerance(a: Figure, b: Figure): number {
  const magnitude = Math.max(Math.abs(a.value), Math.abs(b.value), Math.abs(a.high ?? 0), Math.abs(b.high ?? 0));
  let rel = EPSILON;
  if (a.approx || b.approx) rel = APPROX_TOLERANCE;
  else if ((a.rawUnit ?? a.unit) !== (b.rawUnit ?? b.unit)) rel = CONVERSION_TOLERANCE;
  return Math.max(a.precision ?? 0, b.precision ?? 0, rel * magnitude);
}

/** The upper end of a figure's interval (its value when it is not a range). */
const highOf = (f: Figure): number => f.high ?? f.value;

/** Both figures' intervals match within `tol`. */
const figuresMatch = (a: Figure, b: Figure, tol: number): boolean => intervalsMatch(a.value, highOf(a), b.value, highOf(b), tol);

const DATE_FIELDS = ['year', 'month', 'day'] as const;

/**
 * Compares dates and years on the fields both have (June 2024 = June 15, 2024). A weekday
 * compares with a weekday, or with the day of the week of a full date.
 */
function compareDates(a: Figure, b: Figure): Comparison {
  let common = 0;
  for (const k of DATE_FIELDS) {
    const x = a.date?.[k];
    const y = b.date?.[k];
    if (x === undefined || y === undefined) continue;
    common++;
    if (!intervalsMatch(x, dateFieldHigh(a, k, x), y, dateFieldHigh(b, k, y), 0)) return 'different';
  }
  if (a.date?.weekday !== undefined || b.date?.weekday !== undefined) {
    const x = weekday(a);
    const y = weekday(b);
    if (x !== undefined && y !== undefined) {
      common++;
      if (x !== y) return 'different';
    }
  }
  return common > 0 ? 'same' : 'incomparable';
}

/** The stated weekday of a date, or the one its full single date falls on. */
function weekday(f: Figure): number | undefined {
  const d = f.date;
  if (d?.weekday !== undefined) return d.weekday;
  if (f.high !== undefined || !d?.year || !d.month || !d.day) return undefined;
  return weekdayOf(d.year, d.month, d.day);
}

/** Scores agree when they have the same two numbers ("lost 0-2" = "beat them 2-0"). */
function compareScores(a: Figure, b: Figure): Comparison {
  const x = [a.value, a.high ?? a.value].sort((p, q) => p - q);
  const y = [b.value, b.high ?? b.value].sort((p, q) => p - q);
  return x[0] === y[0] && x[1] === y[1] ? 'same' : 'different';
}

/** Minutes either side within which a time of day said with "about" agrees ("about 8pm" for 7:50 pm). */
const APPROX_MINUTES = 15;

/**
 * Times of day agree at the same minute (an ambiguous "8:15" in either half of the day);
 * times in two different named zones are not compared.
 */
function compareTimes(a: Figure, b: Figure): Comparison {
  if (a.rawUnit && b.rawUnit && a.rawUnit !== b.rawUnit) return 'incomparable';
  return minutesApart(a, b) <= (a.approx || b.approx ? APPROX_MINUTES : 0) ? 'same' : 'different';
}

const period = (f: Figure) => f.kind === 'quarter' || f.kind === 'half';

const isDated = (f: Figure) => f.kind === 'date' || f.kind === 'year';

/**
 * Quarters compare only with quarters, halves with halves: 'different' when the numbers
 * differ or both have years that differ ("Q4 2023" vs "Q4 2024"), else 'same' ("Q4" ~ "Q4 2023").
 */
function comparePeriods(a: Figure, b: Figure): Comparison {
  const x = a.date?.year;
  const y = b.date?.year;
  return a.value !== b.value || (x !== undefined && y !== undefined && x !== y) ? 'different' : 'same';
}

/** Half-width, in percentage points, of the rounding a percent applies to a fraction ("a third" ~ 33%). */
const FRACTION_AS_PERCENT = 0.5;

/**
 * A fraction against a fraction, a percent ("half" = 50%, "a third" ~ 33.3%, within half a
 * point) or a decimal strictly between 0 and 1 ("half" = 0.5); other figures are incomparable.
 */
function compareFraction(f: Figure, g: Figure): Comparison {
  const lo = g.value;
  const hi = highOf(g);
  const approx = f.approx || g.approx ? APPROX_TOLERANCE : 0;
  if (g.kind === 'fraction') return figuresMatch(f, g, tolerance(f, g)) ? 'same' : 'different';
  if (g.kind === 'percent') {
    const scaledLow = f.value * 100;
    const scaledHigh = (f.high ?? f.value) * 100;
    const tol = Math.max(FRACTION_AS_PERCENT, g.precision ?? 0, approx * Math.max(hi, scaledHigh));
    return intervalsMatch(scaledLow, scaledHigh, lo, hi, tol) ? 'same' : 'different';
  }
  if (g.kind !== 'number' || lo <= 0 || hi >= 1) return 'incomparable';
  const tol = Math.max(FRACTION_AS_PERCENT / 100, g.precision ?? 0, approx * Math.max(hi, f.high ?? f.value));
  return figuresMatch(f, g, tol) ? 'same' : 'different';
}

/** The upper end of field `k` (value `v`) of a date or year as an interval (ranges: "February 4 to 8", "2019-20"). */
function dateFieldHigh(f: Figure, k: 'year' | 'month' | 'day', v: number): number {
  if (f.high === undefined) return v;
  if (f.kind === 'year' && k === 'year') return f.high;
  if (f.kind === 'date' && k === 'day') return f.high % 100;
  return v;
}

/** Whether `t` is a results table's amount and `o` a plain count or an amount of money. */
function tableAmount(t: Figure, o: Figure): boolean {
  return t.kind === 'money' && t.rawUnit === 'table' && ((o.kind === 'number' && o.unit === undefined) || o.kind === 'money');
}

/** Dollars of other countries, which their own press writes as plain "$" or "dollars". */
const DOLLARS = new Set(['USD', 'AUD', 'CAD', 'HKD', 'NZD', 'SGD', 'TWD']);
/** An amount that names the United States ("US$5", "5 U.S. dlrs"). */
const US_NAMED = /\bU\.?S\.?\s?\$|\bU\.?S\.?\s+(?:dollars?|dlrs?)\b/i;

/** A plain "$" or "dollars" amount, which is the dollar of the writer's country. */
const plainDollars = (f: Figure) => f.unit === 'USD' && !US_NAMED.test(f.text);

/** Whether units make two figures of one kind comparable. */
function unitsCompatible(a: Figure, b: Figure): boolean {
  if (a.kind === 'money') return sameCurrency(a.unit, b.unit) || (plainDollars(a) && DOLLARS.has(b.unit ?? '')) || (plainDollars(b) && DOLLARS.has(a.unit ?? ''));
  if (a.kind === 'number' || a.kind === 'ordinal') return true;
  return a.unit === b.unit;
}

/**
 * A change in percent written for the same number of percentage points ("rose 0.5%" for "rose
 * 0.5 percentage points"): a different quantity stated with the source's number, the common
 * slip; other percents and points do not compare.
 */
function percentForPoints(a: Figure, b: Figure): boolean {
  const pair = (a.kind === 'percent' && b.unit === 'pp') || (a.unit === 'pp' && b.kind === 'percent');
  return pair && a.high === undefined && b.high === undefined && Math.abs(a.value - b.value) <= tolerance(a, b);
}

/**
 * Compares two figures: 'incomparable' when their kinds or units cannot be compared
 * (USD vs percent, kg vs m, year vs number, USD vs EUR, age vs duration, score vs range,
 * a relative date not yet resolved), else 'same' when the values agree after
 * normalisation (nine = 9, $7bn = 7 billion dollars, 220 pounds ~ 100 kg with an
 * approximator, half = 50% = 0.5, the 1920s ~ 1925, Monday ~ April 7, 2025) and
 * 'different' otherwise; a percent against the same number of percentage points is 'different'.
 */
export function compareFigures(a: Figure, b: Figure): Comparison {
  if (a.relative || b.relative) return 'incomparable';
  if (a.kind === 'score' || b.kind === 'score') return a.kind === b.kind ? compareScores(a, b) : 'incomparable';
  if (period(a) || period(b)) return a.kind === b.kind ? comparePeriods(a, b) : 'incomparable';
  if (a.kind === 'time' || b.kind === 'time') return a.kind === b.kind ? compareTimes(a, b) : 'incomparable';
  if (a.kind === 'fraction') return compareFraction(a, b);
  if (b.kind === 'fraction') return compareFraction(b, a);
  if (isDated(a) || isDated(b)) return isDated(a) && isDated(b) ? compareDates(a, b) : 'incomparable';
  if (percentForPoints(a, b)) return 'different';
  // A results table's amount (no currency written) is money to a draft that writes one, a number to one that does not.
  if (tableAmount(a, b) || tableAmount(b, a)) return figuresMatch(a, b, tolerance({ ...a, rawUnit: undefined }, { ...b, rawUnit: undefined })) ? 'same' : 'different';
  if (a.kind !== b.kind || !unitsCompatible(a, b)) return 'incomparable';
  if (a.kind === 'ordinal') return figuresMatch(a, b, 0) ? 'same' : 'different';
  if (figuresMatch(a, b, tolerance(a, b))) return 'same';
  // A sign is often said in words ("revised down by 72,000" = "-72,000").
  return (a.value < 0) !== (b.value < 0) && b.high === undefined && intervalsMatch(a.value, highOf(a), -b.value, -b.value, tolerance(a, b)) ? 'same' : 'different';
}

/** Kinds of figure that name a time themselves: not values reported for a period. */
export const TIME_KINDS: ReadonlySet<string> = new Set(['quarter', 'half', 'date', 'year', 'duration', 'time']);

/**
 * A range and a single value are different statements ("sees $3.26 to $3.32" is an outlook,
 * "$3.56" a result): the one is no mis-statement of the other. Years and dates aside (a decade is a range).
 */
export function otherShape(f: Figure, g: Figure): boolean {
  return (f.high === undefined) !== (g.high === undefined) && !TIME_KINDS.has(f.kind);
}

/**
 * A date that agrees with the draft's only by leaving out the field another date gets wrong:
 * "March" agrees with "March 2023" and "February" with "February 18", while the source also
 * says "March 2024" or "February 17". `differing` must state that field and differ in it alone.
 */
export function vaguerAgreement(f: Figure, agreed: Figure, differing: Figure): boolean {
  if (f.kind !== 'date' || agreed.kind !== 'date' || differing.kind !== 'date' || !f.date || !differing.date || f.high !== undefined || differing.high !== undefined) return false;
  let left = 0;
  for (const k of DATE_FIELDS) {
    const mine = f.date[k];
    const theirs = differing.date[k];
    if (mine === undefined || theirs === undefined) continue;
    if (mine === theirs) continue;
    if (agreed.date?.[k] !== undefined) return false;
    left++;
  }
  return left === 1;
}

/** Whether source date `g` leaves out the day or month that draft date `f` states ("February" for "February 18"). */
export function vaguerDate(g: Figure, f: Figure): boolean {
  return f.kind === 'date' && ((f.date?.day !== undefined && g.date?.day === undefined) || (f.date?.month !== undefined && g.date?.month === undefined));
}
