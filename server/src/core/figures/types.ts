/**
 * Types of the figure extractor: the public `Figure` and the internal `Part`
 * (one number with its currency, scale and unit, before ranges are merged).
 */

/** What a figure measures; decides which figures can be compared. */
export type FigureKind = 'number' | 'money' | 'percent' | 'points' | 'ordinal' | 'date'
  | 'year' | 'duration' | 'quantity' | 'fraction' | 'score' | 'age' | 'multiple' | 'quarter' | 'half' | 'time';

/** Calendar unit of a relative date ("last week", "next year"). */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** Calendar fields of a date figure; `weekday` is 0 (Sunday) to 6 (Saturday). */
export interface DateFields { year?: number; month?: number; day?: number; weekday?: number }

/** How an approximator ("about", "more than", "up to" ...) qualifies a figure. */
/** How a figure is hedged: "about", "more than", "less than", "at least", "up to", "nearly" (close to it, from below). */
export type Approx = 'about' | 'over' | 'under' | 'at-least' | 'up-to' | 'nearly';

/** A figure found in text, with its value in canonical units. */
export interface Figure {
  /** Offsets into the text given to extractFigures (approximators excluded). */
  start: number;
  end: number;
  /** text.slice(start, end), including currency, scale and unit. */
  text: string;
  kind: FigureKind;
  /**
   * Canonical value: money in currency units (7e9), percent as 3.5, quantity in the
   * SI base unit (kg, m, l, m2), duration in days, date as year*10000+month*100+day,
   * fraction as a proportion (half = 0.5), age in years, multiple as a factor
   * (doubled = 2, halved = 0.5), score as its first number, quarter as its number 1-4
   * ("Q3" = 3) and half as 1 or 2 ("H2" = 2), their year (if written) in `date.year`,
   * time of day in minutes since midnight ("8:15 pm" = 1215).
   */
  value: number;
  /** Upper bound of a range (4 to 8, 4-8, the 1920s); a score's second number (2-0 -> 0). */
  high?: number;
  /** 'USD' 'EUR' 'GBP' 'PKR' 'INR' 'JPY' ... | '%' | 'pp' | 'kg' | 'm' | 'day' ... */
  unit?: string;
  approx?: Approx;
  date?: DateFields;
  /** A date relative to the time of writing ("last year": year, -1); see resolveRelative. */
  relative?: { unit: RelativeUnit; offset: number };
  /** The approximator words, if any. */
  approxText?: { start: number; end: number };
  /** Half-width of rounding implied by written decimals ("1.8 billion" -> 5e7); absent for integers. */
  precision?: number;
  /** The unit as written, canonicalised ('lb', 'km', 'hour'), when it was converted. */
  rawUnit?: string;
}

/** One number with its currency, scale and unit (internal). */
export interface Part {
  start: number;
  end: number;
  kind: FigureKind;
  /** The number as written, before scale and unit factor. */
  mantissa: number;
  /** Multiplier of a scale word (million -> 1e6), 1 when none. */
  scale: number;
  /** Conversion factor of the unit to the canonical unit (lb -> 0.4536). */
  factor: number;
  unit?: string;
  rawUnit?: string;
  /** Decimal places written (0 for integers and number words). */
  decimals: number;
  /** Digits as written (without separators) for numerals; undefined for words. */
  digits?: string;
  /** True for a plain integer numeral without separators, e.g. "737", "2024". */
  plain: boolean;
  /** A currency symbol or code came before the number. */
  prefixCurrency: boolean;
  /** Number words were used; `onlyOne` when they were the single word "one". */
  words: boolean;
  onlyOne: boolean;
  /** The unit was joined by a space (not glued or hyphenated). */
  spacedUnit: boolean;
}

/** Canonical value of a part. */
export function partValue(p: Part): number {
  return p.mantissa * p.scale * p.factor;
}
