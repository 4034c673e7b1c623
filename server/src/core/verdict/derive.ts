/**
 * Derived figures: a draft value the sources do not state but that follows from
 * values they do state — a sum or difference, a percent change, a ratio ("twice"),
 * a difference of percentages in points, or a bound ("more than 2,000" for 2,213).
 * Only figures of the same kind and unit within a few sentences of each other are
 * combined, so the work per draft figure is bounded.
 */
import { compareFigures, figureKey } from '../figures/compare.ts';
import type { Figure } from '../figures/index.ts';
import { FALL_WORDS, RISE_WORDS } from '../figures/context.ts';
import type { SourceFigure } from '../align/figure-analysis.ts';

/** How a draft value follows from source values. */
export interface Derivation {
  /** Human-readable: "(4.1 − 3.5) / 3.5 = 17%". */
  text: string;
  /** The source figures it uses. */
  from: SourceFigure[];
  /** The draft states a bound ("more than 2,000") that a stated value satisfies. */
  bound?: boolean;
}

/** "More than X" is borne out by a stated value up to this many times X ("under X": down to X / this). */
const BOUND_SPAN = 2;
/** A count in words ("more than two years") is borne out by a value up to this many times it. */
const WORD_BOUND_SPAN = 1.5;
/** A round figure stands for a precise one no further than this share of it away. */
const ROUNDING_SHARE = 0.1;
/** Sums and differences are derived only for values from this size (or written with decimals) ... */
const MIN_DERIVED = 100;
/** ... from two figures sharing at least this much context with the draft's, together. */
const MIN_DERIVED_CONTEXT = 2;
/** Inputs of shares and changes: counts from this size (smaller ones only with decimals or units). */
const MIN_RATIO_INPUT = 10;
/** Sentences apart that two source figures may be to be combined. */
const WINDOW = 3;
/** Combined figures considered per draft figure (the best in context). */
const MAX_INPUTS = 16;

const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : String(Math.round(x * 100) / 100));

/**
 * Half a unit of the draft figure's last written digit: a computed value is stated rounded.
 * A whole percent or point ("up 17%") rounds to the unit; other whole numbers are exact.
 */
const writtenHalfUnit = (f: Figure): number => f.precision ?? (f.kind === 'percent' || f.kind === 'points' ? 0.5 : 0);

/** Whether a computed value agrees with the draft figure at its written precision. */
function agrees(f: Figure, value: number): boolean {
  const probe: Figure = { ...f, value, high: undefined, approx: undefined, precision: undefined, text: String(value) };
  const draft: Figure = f.high === undefined ? f : { ...f, high: undefined };
  return compareFigures(draft, probe) === 'same' || Math.abs(value - f.value) <= writtenHalfUnit(f) + 1e-9;
}

/**
 * Whether bound `a` is the stated value `b` rounded toward the bound's side at some
 * round step (1 or 5 times a power of ten, no larger than the bound): writers put
 * "more than 100" for 116 and "nearly 3%" for 2.8%, but not "at least 11" for 13.
 */
function roundBound(a: number, b: number, down: boolean): boolean {
  if (a === b) return true;
  if (a <= 0) return false;
  for (let k = Math.floor(Math.log10(a)); k >= Math.floor(Math.log10(a)) - 4; k--) {
    for (const m of [5, 1]) {
      const step = m * 10 ** k;
      if (step > a) continue;
      const r = (down ? Math.floor(b / step + 1e-9) : Math.ceil(b / step - 1e-9)) * step;
      if (Math.abs(r - a) <= 1e-9 * Math.max(1, a)) return true;
    }
  }
  return false;
}

/** A share written in words: "half", "a quarter", "two-thirds" (no digits). */
const FRACTION_WORDS = /^[^\d]*\b(?:half|halves|quarters?|thirds?|fifths?|tenths?)\b[^\d]*$/i;

/** A bound ("more than 2,000", "nearly 3%", "up to 40") that a stated value satisfies. */
function boundHolds(f: Figure, g: Figure): boolean {
  // A rank is no bound: "moved up to third" names the place reached.
  if (!f.approx || f.kind === 'ordinal' || figureKey(f) !== figureKey(g) || f.high !== undefined || g.high !== undefined) return false;
  const a = f.value;
  const b = g.value;
  // A fraction in words ("more than a quarter", "nearly half") is round by nature; a count in
  // words bounds values up to WORD_BOUND_SPAN of it ("more than two years" for three, not
  // "more than three years" for five), or is rounded like digits.
  const inWords = !/\d/.test(f.text) && Math.max(a, b) <= WORD_BOUND_SPAN * Math.min(a, b);
  const round = (down: boolean) => FRACTION_WORDS.test(f.text) || inWords || roundBound(a, b, down);
  if (f.approx === 'over' || f.approx === 'at-least') return b >= a && b <= a * BOUND_SPAN + (f.precision ?? 0) && round(true);
  if (f.approx === 'under' || f.approx === 'up-to' || f.approx === 'nearly') return b <= a && b >= a / BOUND_SPAN && round(false);
  return false;
}

/**
 * A round figure for a precise one: "$4 billion" for $4.16 billion, "2.1 million" for
 * 2,113,000 — the draft value agrees at its last significant digit. Only scaled
 * figures (thousands and more), which writers round as a matter of course.
 */
export function roundedFrom(f: Figure, g: Figure): boolean {
  if (figureKey(f) !== figureKey(g) || f.high !== undefined || g.high !== undefined || Math.abs(f.value) < 1000) return false;
  if (f.kind !== 'money' && f.kind !== 'number' && f.kind !== 'quantity') return false;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0];
  const written = digits ? Number(digits.replace(/,/g, '')) : undefined;
  const scale = written ? f.value / written : Math.abs(f.value) >= 1e6 ? 10 ** Math.floor(Math.log10(Math.abs(f.value))) : 0;
  if (!scale || scale < 1000) return false;
  const decimals = digits ? (/\.(\d+)$/.exec(digits)?.[1].length ?? 0) : 0;
  const half = 0.5 * scale * 10 ** -decimals;
  return Math.abs(f.value - g.value) <= Math.min(half, ROUNDING_SHARE * Math.abs(g.value)) + 1e-9;
}

/** "Doubled", "three times": the ratio of two stated values of one kind. */
function deriveRatio(f: Figure, pool: readonly SourceFigure[]): Derivation | undefined {
  const inputs = pool.filter((p) => p.figure.high === undefined && p.figure.value > 0 && p.figure.kind !== 'date' && p.figure.kind !== 'year').slice(0, MAX_INPUTS);
  for (const [a, b] of nearbyPairs(inputs)) {
    if (figureKey(a.figure) !== figureKey(b.figure)) continue;
    const r = b.figure.value / a.figure.value;
    if (Math.abs(r - f.value) <= 0.1 * f.value) return { text: `${b.figure.text} / ${a.figure.text} = ${fmt(r)}×`, from: [a, b] };
  }
  return undefined;
}

/** "Two years", "a decade": the span between two stated years or dates a few sentences apart. */
function deriveSpan(f: Figure, pool: readonly SourceFigure[]): Derivation | undefined {
  const years = pool.filter((p) => (p.figure.kind === 'year' || p.figure.kind === 'date') && p.figure.date?.year).slice(0, MAX_INPUTS);
  const want = f.value / 365.25;
  for (const a of years) {
    for (const b of years) {
      if (a.docId !== b.docId || Math.abs(a.sid - b.sid) > WINDOW) continue;
      const span = (b.figure.date?.year ?? 0) - (a.figure.date?.year ?? 0);
      if (span > 0 && Math.abs(span - want) <= Math.max(0.5, (f.high ?? f.value) / 365.25 - want)) return { text: `${b.figure.text} − ${a.figure.text} = ${span} years`, from: [a, b] };
    }
  }
  return undefined;
}

/**
 * Whether the draft's figure is consistent with a differing source figure after all:
 * a bound it satisfies ("more than £4m" for £4.3m) or a rounding of it ("$4 billion"
 * for $4.16 billion). Returns the explanation, or undefined.
 */
export function consistentWith(f: Figure, g: Figure): string | undefined {
  if (boundHolds(f, g)) return `${f.text}: the source says ${g.text}`;
  if (roundedFrom(f, g)) return `${f.text} rounds ${g.text}`;
  return undefined;
}

/** Characters after a draft total searched for the parts it names. */
const TOTAL_REACH = 80;
/** Kinds whose values add up to a total ("£270m ... and £290m" for £560m). */
const ADDABLE = new Set(['number', 'money', 'quantity']);

/**
 * Whether the draft's figure totals values of the differing source figure's own sentence:
 * all the values of its kind there, or (from `MIN_DERIVED` up) `g` and one other ("more than 30 officers and
 * staff" for "26 officers and seven staff"), when the draft's clause names parts ("X and Y").
 * `stated` are that sentence's figures; `draft` the draft sentence holding `f`.
 * Returns the sum written out, or undefined.
 */
export function totalOfSentence(f: Figure, g: Figure, stated: readonly Figure[], draft: string): string | undefined {
  if (!ADDABLE.has(f.kind) || f.high !== undefined || figureKey(f) !== figureKey(g)) return undefined;
  // A total names its parts: "officers and staff", "claims over bonds and exchange rates".
  const clause = draft.slice(f.end, f.end + TOTAL_REACH).split(/[,;:.]/)[0];
  if (!/\s(?:and|plus)\s/i.test(clause)) return undefined;
  const parts = stated.filter((x) => figureKey(x) === figureKey(g) && x.high === undefined && x.value > 0).slice(0, MAX_INPUTS);
  if (parts.length < 2 || !parts.some((x) => x.start === g.start)) return undefined;
  /** The sum written out when `xs` total the draft's value (or bear out its bound). */
  const totalled = (xs: readonly Figure[]): string | undefined => {
    const total = xs.reduce((sum, x) => sum + x.value, 0);
    const exact = agrees(f, total);
    if (!exact && !boundHolds(f, { ...g, value: total, precision: undefined })) return undefined;
    return `${xs.map((x) => x.text).join(' + ')} = ${exact ? f.text : fmt(total)}`;
  };
  const all = totalled(parts);
  // Two of several values: small whole numbers are sums of almost anything ("four storms (two and two)").
  if (all || (Math.abs(f.value) < MIN_DERIVED && f.precision === undefined)) return all;
  for (const x of parts) {
    const pair = x.start === g.start ? undefined : totalled(g.start < x.start ? [g, x] : [x, g]);
    if (pair) return pair;
  }
  return undefined;
}

/** Pairs of source figures near each other, both comparable in kind with `key`. */
function* nearbyPairs(inputs: readonly SourceFigure[]): Generator<[SourceFigure, SourceFigure]> {
  for (let i = 0; i < inputs.length; i++) {
    for (let j = 0; j < inputs.length; j++) {
      const a = inputs[i];
      const b = inputs[j];
      if (i === j || a.docId !== b.docId || Math.abs(a.sid - b.sid) > WINDOW) continue;
      yield [a, b];
    }
  }
}

/**
 * A derivation of draft figure `f` from source figures (`pool`: figures of the
 * sources the passage draws on, best context first), or undefined. `direction` is the
 * sign of the change the draft states (see changeDirection); a computed change of the
 * other sign derives nothing.
 */
export function derive(f: Figure, pool: readonly SourceFigure[], direction = 0): Derivation | undefined {
  for (const g of pool) if (boundHolds(f, g.figure)) return { text: `${f.text}: the source says ${g.figure.text}`, from: [g], bound: true };
  for (const g of pool) if (roundedFrom(f, g.figure)) return { text: `${f.text} rounds ${g.figure.text}`, from: [g] };
  if (f.kind === 'multiple') return deriveRatio(f, pool);
  if (f.kind === 'duration') return deriveSpan(f, pool);
  if (f.high !== undefined || f.kind === 'date' || f.kind === 'year' || f.kind === 'ordinal' || f.kind === 'time') return undefined;
  const key = figureKey(f);
  const sameKind = pool.filter((p) => figureKey(p.figure) === key && p.figure.high === undefined).slice(0, MAX_INPUTS);
  // Small whole numbers are sums and differences of almost anything: only larger or precise ones are derived.
  const specific = Math.abs(f.value) >= MIN_DERIVED || f.precision !== undefined;
  for (const [a, b] of specific ? nearbyPairs(sameKind) : []) {
    if (a.local + b.local < MIN_DERIVED_CONTEXT) continue;
    const x = a.figure.value;
    const y = b.figure.value;
    if (a.sid <= b.sid && agrees(f, x + y)) return { text: `${a.figure.text} + ${b.figure.text} = ${fmt(x + y)}`, from: [a, b] };
    if (x > y && agrees(f, x - y)) return { text: `${a.figure.text} − ${b.figure.text} = ${fmt(x - y)}`, from: [a, b] };
  }
  if (f.kind === 'percent' || f.kind === 'points') return derivePercent(f, pool, direction);
  return f.kind === 'quantity' || f.kind === 'money' ? deriveProduct(f, pool) : undefined;
}

/** A total of counted units: "13.2 million 480-pound bales" = 6.3 billion pounds. */
function deriveProduct(f: Figure, pool: readonly SourceFigure[]): Derivation | undefined {
  const key = figureKey(f);
  const counts = pool.filter((p) => p.figure.kind === 'number' && p.figure.high === undefined).slice(0, MAX_INPUTS);
  const units = pool.filter((p) => figureKey(p.figure) === key && p.figure.high === undefined).slice(0, MAX_INPUTS);
  for (const a of counts) {
    for (const b of units) {
      if (a.docId !== b.docId || Math.abs(a.sid - b.sid) > WINDOW) continue;
      const total = a.figure.value * b.figure.value;
      if (agrees(f, total)) return { text: `${a.figure.text} × ${b.figure.text} = ${fmt(total)}`, from: [a, b] };
    }
  }
  return undefined;
}

/** Percent change, share or points difference between two stated values. */
function derivePercent(f: Figure, pool: readonly SourceFigure[], direction: number): Derivation | undefined {
  // Shares and changes of small counts ("3 of 4") are coincidences: inputs must be specific and in context.
  const specific = (g: Figure) => Math.abs(g.value) >= MIN_RATIO_INPUT || g.precision !== undefined || g.kind !== 'number';
  const inputs = pool.filter((p) => p.figure.high === undefined && p.figure.value !== 0 && specific(p.figure)).slice(0, MAX_INPUTS);
  for (const [a, b] of nearbyPairs(inputs)) {
    const x = a.figure.value;
    const y = b.figure.value;
    if (figureKey(a.figure) !== figureKey(b.figure) || a.local + b.local < MIN_DERIVED_CONTEXT) continue;
    if (f.kind === 'points' && a.figure.kind === 'percent' && x > y && agrees(f, x - y)) {
      return { text: `${a.figure.text} − ${b.figure.text} = ${fmt(x - y)} points`, from: [a, b] };
    }
    if (f.kind !== 'percent' || a.figure.kind === 'percent') continue;
    const change = ((y - x) / x) * 100;
    // A rise stated for a fall (or a fall for a rise) is no derivation of it.
    if (agrees(f, Math.abs(change)) && direction * change >= 0) return { text: `(${b.figure.text} − ${a.figure.text}) / ${a.figure.text} = ${fmt(change)}%`, from: [a, b] };
    if (y < x && agrees(f, (y / x) * 100)) return { text: `${b.figure.text} / ${a.figure.text} = ${fmt((y / x) * 100)}%`, from: [a, b] };
  }
  return undefined;
}

const RISE = new RegExp(String.raw`\b(?:${RISE_WORDS})\b`, 'gi');
const FALL = new RegExp(String.raw`\b(?:${FALL_WORDS})\b`, 'gi');
const COMPARED_AFTER = /^\s+(?:\p{L}+\s+)?(more|fewer|less)\s+than\b/iu;

/** Whether the figure ending at `end` is a difference written after it ("12 million fewer than in 1986"). */
export function comparedAfter(text: string, end: number): boolean {
  return COMPARED_AFTER.test(text.slice(end, end + 24));
}

/**
 * The sign of the change a draft states for the percent at `start`..`end` of `text`: +1 for a
 * rise ("rose 17%", "a 17% increase"), -1 for a fall, 0 when it says neither. The word nearest
 * to the figure in its clause decides.
 */
export function changeDirection(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - 30), start).split(/[,;:]/).pop() ?? '';
  const after = text.slice(end, end + 16).split(/[,;:]/)[0];
  const last = (re: RegExp, t: string) => Math.max(-1, ...[...t.matchAll(re)].map((m) => m.index));
  const rise = last(RISE, before);
  const fall = last(FALL, before);
  if (rise >= 0 || fall >= 0) return rise > fall ? 1 : -1;
  // "12 million fewer than in 1986", "2,000 more": a difference written after the figure.
  const compared = COMPARED_AFTER.exec(after);
  if (compared) return /^more$/i.test(compared[1]) ? 1 : -1;
  return last(RISE, after) >= 0 ? 1 : last(FALL, after) >= 0 ? -1 : 0;
}
