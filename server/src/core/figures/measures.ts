/**
 * Measurement units after a number: lengths, masses, volumes, areas, speeds, power
 * and energy (converted to SI base units) and durations (converted to days).
 */
import type { Affix } from './units.ts';

interface UnitDef { unit: string; factor: number; raw: string }

const u = (unit: string, factor: number, raw: string): UnitDef => ({ unit, factor, raw });
const MILE = 1609.344;
/** Kilograms in a pound (avoirdupois). */
export const LB = 0.45359237;

/** Full unit words, matched case-insensitively (singular and plural listed). */
const WORD_UNITS: Record<string, UnitDef> = {};
function words(names: string[], def: UnitDef): void {
  for (const n of names) WORD_UNITS[n] = def;
}
words(['kilometer', 'kilometers', 'kilometre', 'kilometres'], u('m', 1000, 'km'));
words(['meter', 'meters', 'metre', 'metres'], u('m', 1, 'm'));
words(['centimeter', 'centimeters', 'centimetre', 'centimetres'], u('m', 0.01, 'cm'));
words(['millimeter', 'millimeters', 'millimetre', 'millimetres'], u('m', 0.001, 'mm'));
words(['mile', 'miles'], u('m', MILE, 'mi'));
words(['nautical mile', 'nautical miles'], u('m', 1852, 'nmi'));
words(['foot', 'feet'], u('m', 0.3048, 'ft'));
words(['inch', 'inches'], u('m', 0.0254, 'in'));
words(['yard', 'yards'], u('m', 0.9144, 'yd'));
words(['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres'], u('m2', 1e6, 'km2'));
words(['square mile', 'square miles'], u('m2', MILE * MILE, 'mi2'));
words(['square meter', 'square meters', 'square metre', 'square metres'], u('m2', 1, 'm2'));
words(['square foot', 'square feet'], u('m2', 0.09290304, 'ft2'));
words(['acre', 'acres'], u('m2', 4046.8564224, 'acre'));
words(['hectare', 'hectares'], u('m2', 1e4, 'ha'));
words(['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'], u('kg', 1, 'kg'));
words(['gram', 'grams', 'gramme', 'grammes'], u('kg', 0.001, 'g'));
words(['tonne', 'tonnes', 'metric ton', 'metric tons'], u('kg', 1000, 't'));
words(['ton', 'tons'], u('kg', 907.18474, 'ton'));
words(['pound', 'pounds'], u('kg', LB, 'lb'));
words(['ounce', 'ounces'], u('kg', 0.028349523125, 'oz'));
words(['liter', 'liters', 'litre', 'litres'], u('l', 1, 'l'));
words(['milliliter', 'milliliters', 'millilitre', 'millilitres'], u('l', 0.001, 'ml'));
words(['gallon', 'gallons'], u('l', 3.785411784, 'gal'));
words(['barrel', 'barrels'], u('l', 158.987294928, 'bbl'));
words(['miles per hour', 'miles an hour'], u('m/s', MILE / 3600, 'mph'));
words(['kilometers per hour', 'kilometres per hour', 'kilometers an hour', 'kilometres an hour'], u('m/s', 1 / 3.6, 'km/h'));
words(['knot', 'knots'], u('m/s', 1852 / 3600, 'kn'));
words(['kilowatt', 'kilowatts'], u('W', 1e3, 'kW'));
words(['megawatt', 'megawatts'], u('W', 1e6, 'MW'));
words(['gigawatt', 'gigawatts'], u('W', 1e9, 'GW'));
words(['kilowatt-hour', 'kilowatt-hours', 'kilowatt hours'], u('Wh', 1e3, 'kWh'));
words(['megawatt-hour', 'megawatt-hours', 'megawatt hours'], u('Wh', 1e6, 'MWh'));
words(['gigawatt-hour', 'gigawatt-hours', 'gigawatt hours'], u('Wh', 1e9, 'GWh'));
words(['second', 'seconds'], u('day', 1 / 86400, 'second'));
words(['minute', 'minutes'], u('day', 1 / 1440, 'minute'));
words(['hour', 'hours'], u('day', 1 / 24, 'hour'));
words(['day', 'days'], u('day', 1, 'day'));
words(['week', 'weeks'], u('day', 7, 'week'));
words(['fortnight', 'fortnights'], u('day', 14, 'fortnight'));
words(['month', 'months'], u('day', 365.25 / 12, 'month'));
words(['year', 'years'], u('day', 365.25, 'year'));
words(['decade', 'decades'], u('day', 3652.5, 'decade'));
words(['century', 'centuries'], u('day', 36525, 'century'));

/** Abbreviations, matched case-sensitively; `glued` ones only without a space. */
const ABBREVS: Record<string, UnitDef> = {
  km: WORD_UNITS.kilometer, m: WORD_UNITS.meter, cm: WORD_UNITS.centimeter, mm: WORD_UNITS.millimeter,
  mi: WORD_UNITS.mile, ft: WORD_UNITS.foot, yd: WORD_UNITS.yard, kg: WORD_UNITS.kilogram,
  kgs: WORD_UNITS.kilogram, g: WORD_UNITS.gram, lb: WORD_UNITS.pound, lbs: WORD_UNITS.pound,
  oz: WORD_UNITS.ounce, ml: WORD_UNITS.milliliter, bbl: WORD_UNITS.barrel,
  km2: WORD_UNITS['square kilometer'], 'km²': WORD_UNITS['square kilometer'],
  'sq km': WORD_UNITS['square kilometer'], 'sq mi': WORD_UNITS['square mile'],
  'sq m': WORD_UNITS['square meter'], m2: WORD_UNITS['square meter'], 'm²': WORD_UNITS['square meter'],
  'sq ft': WORD_UNITS['square foot'], ha: WORD_UNITS.hectare, mph: WORD_UNITS['miles per hour'],
  'km/h': WORD_UNITS['kilometers per hour'], kph: WORD_UNITS['kilometers per hour'],
  kmh: WORD_UNITS['kilometers per hour'], kW: WORD_UNITS.kilowatt, MW: WORD_UNITS.megawatt,
  GW: WORD_UNITS.gigawatt, kWh: WORD_UNITS['kilowatt-hour'], MWh: WORD_UNITS['megawatt-hour'],
  GWh: WORD_UNITS['gigawatt-hour'], hr: WORD_UNITS.hour, hrs: WORD_UNITS.hour, h: WORD_UNITS.hour,
  min: WORD_UNITS.minute, mins: WORD_UNITS.minute, sec: WORD_UNITS.second, secs: WORD_UNITS.second,
  yr: WORD_UNITS.year, yrs: WORD_UNITS.year, mth: WORD_UNITS.month, mths: WORD_UNITS.month,
  wk: WORD_UNITS.week, wks: WORD_UNITS.week,
  // Wire headings and headlines: "Nine Mths", "SIX MTHS JANUARY 31 NET", "39 Wks".
  Mth: WORD_UNITS.month, Mths: WORD_UNITS.month, MTH: WORD_UNITS.month, MTHS: WORD_UNITS.month,
  Wk: WORD_UNITS.week, Wks: WORD_UNITS.week, WKS: WORD_UNITS.week, Yrs: WORD_UNITS.year, YRS: WORD_UNITS.year,
};
/** Abbreviations too ambiguous to be read after a space ("5 g", "in 5 h"). */
const GLUED_ONLY = new Set(['g', 'h']);

/**
 * Source of the gap between a number and its unit: one or more blanks with at most one
 * line break ("42.5\n    pct" in wire copy). Written so that a sticky match that fails
 * backtracks over the run once (linear in its length).
 */
export const GAP = '(?=\\s)[^\\S\\n]*(?:\\n[^\\S\\n]*)?';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[ -]/g, '[\\s-]');
const alt = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map(esc).join('|');
const WORD_RE = new RegExp(`(${GAP}|-)?(${alt(Object.keys(WORD_UNITS))})(?![\\p{L}\\d])`, 'iyu');
/** A word between a count and its time unit: "33 consecutive weeks", "five straight days". */
const RUN_RE = /\s(?:consecutive|straight|successive)\s/iy;
const ABBR_RE = new RegExp(`(${GAP})?(${alt(Object.keys(ABBREVS))})(?![\\p{L}\\d/])`, 'yu');

/** A quarter or half named right after "second". */
const PERIOD_AFTER = /^[\s-]+(?:quarter|qtr|half)\b/i;

/**
 * Reads a unit after a number at `pos`: "-kilometer", " km", "kg", " pounds", " hours".
 * Code is the canonical unit ('m', 'kg', 'l', 'm2', 'm/s', 'W', 'Wh' or 'day').
 */
export function readUnit(text: string, pos: number): Affix | undefined {
  // "33 consecutive weeks": a run of time units is a span of time.
  RUN_RE.lastIndex = pos;
  const run = RUN_RE.exec(text);
  if (run) {
    const inner = readUnit(text, pos + run[0].length - 1);
    if (inner?.code === 'day') return { ...inner, spaced: true };
  }
  WORD_RE.lastIndex = pos;
  const w = WORD_RE.exec(text);
  if (w) {
    const def = WORD_UNITS[w[2].toLowerCase().replace(/[\s-]+/g, (s) => (s.includes('-') ? '-' : ' '))]
      ?? WORD_UNITS[w[2].toLowerCase().replace(/[\s-]+/g, ' ')];
    // "Fiscal 2021 Second Quarter": the ordinal of a quarter or half, not seconds.
    const ordinal = def?.raw === 'second' && PERIOD_AFTER.test(text.slice(pos + w[0].length, pos + w[0].length + 12));
    if (def && !ordinal) return { end: pos + w[0].length, code: def.unit, factor: def.factor, raw: def.raw, spaced: w[1] !== undefined && w[1] !== '-' };
  }
  ABBR_RE.lastIndex = pos;
  const a = ABBR_RE.exec(text);
  if (!a) return undefined;
  const key = a[2].replace(/\s+/g, ' ');
  const def = ABBREVS[key];
  if (!def || (a[1] !== undefined && GLUED_ONLY.has(key))) return undefined;
  return { end: pos + a[0].length, code: def.unit, factor: def.factor, raw: def.raw, spaced: a[1] !== undefined };
}
