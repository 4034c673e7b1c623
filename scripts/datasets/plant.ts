// Planting figure errors in a draft, shared by the generators reuters-planted.ts and
// ectsum-planted.ts: finding the figures of a text, what a source states (facts), and replacing
// 0-2 figures with wrong ones (extrinsic-perturb, intrinsic-swap, date-shift, scale, unit-flip).
// Deterministic given the Rng. Two sets of forms: `WIRE` (what reuters-planted has always read;
// its output must not change) and `EARNINGS` (adds quarters "q1", fiscal years "fy22"/"fy 2022",
// years 2000-2049, basis points, lower-case and abbreviated month names (also before a year:
// "september 30, 2021" is a date and a year, not the number 30), a line break ending a
// sentence, and period shifts that may land on a period the source also names).
import type { Rng } from "../bench/rng.ts";
import { type Span, assertSpan } from "./common.ts";

export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const MONTH_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"];

export interface Fig {
  start: number; end: number; text: string;
  kind: string; // "date", "year", "quarter", "$", "percent", "pp", a unit word, "n"
  value: number; // the number as written, before the scale word
  scale?: "million" | "billion";
  num: string; // the digits as written
}

/** Which figure forms are read and how periods are shifted. */
export interface Forms {
  /** Quarters, fiscal years, 20xx years, basis points, lower-case months; sentences end at line breaks. */
  earnings: boolean;
}
export const WIRE: Forms = { earnings: false };
export const EARNINGS: Forms = { earnings: true };

const UNITS = "percentage points?|percent|dollars?|cents?|pounds|yen|marks|francs|guilders|crowns|lire|won|pesos|tonnes|tons|barrels|bags|bushels|ounces|shares|acres|kilos|points|employees|workers|people";
const FIG_RE = new RegExp(String.raw`(?<![\w.$£/-])([$£])?(${NUM})(?: (million|billion))?(%| (?:${UNITS})\b)?(?![\w/-]|\.\d)`, "g");
const DATE_RE = new RegExp(String.raw`\b(${MONTHS.join("|")}) (\d{1,2})\b(?!,? \d{4}| ?[-/])`, "g");
const YEAR_RE = /(?<![\w.$£/-])(19[5-9]\d)(?![\w/-]|\.\d)/g;
// Earnings forms.
const FIG_RE_E = new RegExp(String.raw`(?<![\w.$£/-]|\d,)([$£])?(${NUM})(?: (million|billion))?(%| (?:basis points?|${UNITS})\b)?(?![\w/-]|\.\d)`, "g");
const DATE_RE_E = new RegExp(String.raw`\b(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.? (\d{1,2})\b(?! ?[-/]|\.\d)`, "gi");
const YEAR_RE_E = /(?<![\w.$£/-])(19[5-9]\d|20[0-4]\d)(?![\w/-]|\.\d)/g;
/** "q1".."q4" (the span is the whole token). */
const QUARTER_RE = /\b[qQ]([1-4])\b/g;
/** "fy22", "fy'22", "fy2022", "fiscal '22" (the span is the digits). */
const FY_RE = /\b(?:fy|fiscal ?)['’]?(\d{2}|\d{4})\b/gi;

export const toNumber = (s: string) => Number(s.replace(/,/g, ""));

/** Every figure with digits in `text`, outside citation brackets; no overlaps. */
export function figures(text: string, forms: Forms = WIRE): Fig[] {
  const masked = text.replace(/\[@[^\]]*\]/g, (m) => " ".repeat(m.length));
  const out: Fig[] = [];
  const taken = (s: number, e: number) => out.some((f) => s < f.end && f.start < e);
  for (const m of masked.matchAll(forms.earnings ? DATE_RE_E : DATE_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "date", value: Number(m[2]), num: m[2] });
  }
  if (forms.earnings) {
    for (const m of masked.matchAll(QUARTER_RE)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "quarter", value: Number(m[1]), num: m[1] });
    }
    for (const m of masked.matchAll(FY_RE)) {
      const start = m.index + m[0].length - m[1].length;
      if (taken(start, start + m[1].length)) continue;
      out.push({ start, end: start + m[1].length, text: m[1], kind: "year", value: Number(m[1]), num: m[1] });
    }
  }
  for (const m of masked.matchAll(forms.earnings ? YEAR_RE_E : YEAR_RE)) {
    if (taken(m.index, m.index + 4)) continue;
    // A year has no unit, no currency and no scale after it.
    if (/^ (?:million|billion|percent|dollars)|^%/.test(masked.slice(m.index + 4))) continue;
    out.push({ start: m.index, end: m.index + 4, text: m[0], kind: "year", value: Number(m[1]), num: m[1] });
  }
  for (const m of masked.matchAll(forms.earnings ? FIG_RE_E : FIG_RE)) {
    const start = m.index, end = start + m[0].length;
    if (taken(start, end)) continue;
    const unit = (m[4] ?? "").trim();
    const kind = m[1] ? m[1] : unit === "%" || unit === "percent" ? "percent" : /^percentage/.test(unit) ? "pp" : unit ? unit.replace(/s$/, "") : "n";
    out.push({ start, end, text: m[0], kind, value: toNumber(m[2]), scale: m[3] as Fig["scale"], num: m[2] });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** What the source states: plain numbers, scaled values, dates (month*100+day). */
export interface Facts { numbers: Set<number>; scaled: Set<number>; dates: Set<number> }

export function factsOf(text: string): Facts {
  const numbers = new Set<number>(), scaled = new Set<number>(), dates = new Set<number>();
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\w.])(${NUM})(?: (mln|bln|billion|million|trillion))?`, "gi"))) {
    const n = toNumber(m[1]);
    if (!Number.isFinite(n)) continue;
    numbers.add(n);
    scaled.add(m[2] ? n * (/^(?:mln|million)$/i.test(m[2]) ? 1e6 : /^trillion$/i.test(m[2]) ? 1e12 : 1e9) : n);
  }
  for (const m of text.matchAll(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/g)) {
    dates.add((["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(m[1].toLowerCase()) + 1) * 100 + Number(m[2]));
  }
  return { numbers, scaled, dates };
}

export const scaledValue = (f: { value: number; scale?: string }) => f.value * (f.scale === "million" ? 1e6 : f.scale === "billion" ? 1e9 : 1);

/** A number written like `num` (decimals, thousands separators). */
export function formatLike(num: string, v: number): string {
  const decimals = /\.(\d+)$/.exec(num)?.[1].length ?? 0;
  let s = v.toFixed(decimals);
  if (num.includes(",") || (v >= 10000 && /^\d{1,3}(,\d{3})+/.test(num))) {
    const [i, d] = s.split(".");
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d !== undefined ? `.${d}` : "");
  }
  return s;
}

export type Label = "extrinsic-perturb" | "intrinsic-swap" | "date-shift" | "scale" | "unit-flip";
interface Plan { fig: Fig; text: string; label: Label }

const RATE_CONTEXT = /\b(?:rate|rates|yield|yields|margin|margins|inflation|unemployment|jobless|share of|prime|discount)\b/i;
/** A rate as the subject of a change right before the figure: "the jobless rate rose 0.2 percent". */
const RATE_CHANGE = /\b(?:rate|rates|yield|yields|margin|margins|inflation|unemployment|prime)\b[^,.;$%\d]{0,25}\b(?:rose|fell|increased|decreased|declined|climbed|gained|dropped|eased|was cut|was raised|was lowered)(?: by)? $/i;

const isPeriod = (f: Fig) => f.kind === "date" || f.kind === "year" || f.kind === "quarter";

/** A month-day date moved to month index `m` (0-11) and day `d`, written in the style of `text`. */
function dateLike(text: string, m: number, d: number): string {
  const word = text.split(/[ .]/)[0];
  if (MONTHS.includes(word)) return `${MONTHS[m]} ${d}`;
  const full = MONTHS.some((x) => x.toLowerCase() === word.toLowerCase());
  const name = full ? MONTHS[m] : MONTH_SHORT[m];
  const cased = /^[a-z]/.test(word) ? name.toLowerCase() : name[0].toUpperCase() + name.slice(1);
  return `${cased}${!full && text.includes(".") ? "." : ""} ${d}`;
}

/** A wrong replacement of `f` of kind `label`, or undefined when none is fit. */
export function plant(label: Label, f: Fig, sentence: string, pool: Fig[], facts: Facts, rng: Rng, forms: Forms = WIRE): string | undefined {
  const prefix = f.text.slice(0, f.text.indexOf(f.num)), suffix = f.text.slice(f.text.indexOf(f.num) + f.num.length);
  const freshNumber = (v: number, s: string) => s !== f.num && !facts.numbers.has(v) && !facts.scaled.has(scaledValue({ value: v, scale: f.scale }));
  switch (label) {
    case "extrinsic-perturb": {
      if (isPeriod(f)) return undefined;
      for (let tries = 0; tries < 20; tries++) {
        let s: string;
        if (rng.chance(0.5)) {
          const factor = 1 + (rng.chance(0.5) ? 1 : -1) * (0.1 + rng.next() * 0.5);
          s = formatLike(f.num, f.value * factor);
        } else {
          const digits = [...f.num].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
          const i = rng.pick(digits);
          const lo = i === digits[0] ? 1 : 0;
          const d = rng.int(lo, 9);
          s = f.num.slice(0, i) + d + f.num.slice(i + 1);
        }
        const v = toNumber(s);
        if (v > 0 && freshNumber(v, s) && Math.abs(v - f.value) / f.value >= 0.02) return prefix + s + suffix;
      }
      return undefined;
    }
    case "intrinsic-swap": {
      if (isPeriod(f)) return undefined;
      // Same kind, same order of magnitude, another value, and not a value this sentence already states.
      const same = pool.filter((g) => g.kind === f.kind && !!g.scale === !!f.scale && scaledValue(g) !== scaledValue(f)
        && g.value !== f.value && g.value > 0 && f.value > 0
        && Math.abs(Math.log10(scaledValue(g)) - Math.log10(scaledValue(f))) < 1.5
        && !figures(sentence, forms).some((h) => h.value === g.value));
      return same.length ? rng.pick(same).text : undefined;
    }
    case "date-shift": {
      if (f.kind === "quarter") {
        // q1 -> q2, q4 -> q3: the transcript names every quarter, so a stated one is allowed.
        for (const dq of rng.shuffle([-1, 1])) if (f.value + dq >= 1 && f.value + dq <= 4) return f.text[0] + String(f.value + dq);
        return undefined;
      }
      if (f.kind === "year") {
        const shifted = (dy: number) => (f.num.length === 2 ? String((f.value + dy + 100) % 100).padStart(2, "0") : String(f.value + dy));
        const order = rng.shuffle([-1, 1]);
        for (const dy of order) if (!facts.numbers.has(f.value + dy)) return shifted(dy);
        // A call names the years around its own: there a neighbouring year is wrong all the same.
        if (forms.earnings) return shifted(order[0]);
        return undefined;
      }
      if (f.kind !== "date") return undefined;
      const word = f.text.split(/[ .]/)[0].toLowerCase();
      const month = forms.earnings ? MONTHS.findIndex((x, i) => x.toLowerCase() === word || MONTH_SHORT[i] === word || word === "sep" && i === 8)
        : MONTHS.indexOf(f.text.split(" ")[0]);
      const day = f.value;
      for (let tries = 0; tries < 10; tries++) {
        let m = month, d = day;
        if (rng.chance(0.7)) d = day + (rng.chance(0.5) ? 1 : -1) * rng.int(1, 3);
        else m = month + (rng.chance(0.5) ? 1 : -1);
        if (d < 1 || d > 28 && d !== day || m < 0 || m > 11) continue;
        if (forms.earnings && d > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]) continue; // no "november 31"
        if (!facts.dates.has((m + 1) * 100 + d)) return forms.earnings ? dateLike(f.text, m, d) : `${MONTHS[m]} ${d}`;
      }
      return undefined;
    }
    case "scale": {
      if (!f.scale) return undefined;
      const other = f.scale === "million" ? "billion" : "million";
      if (facts.scaled.has(f.value * (other === "million" ? 1e6 : 1e9))) return undefined;
      return f.text.replace(f.scale, other);
    }
    case "unit-flip": {
      if (f.kind === "pp") return `${f.num} percent`;
      if (f.kind === "percent" && RATE_CONTEXT.test(sentence)) {
        return `${f.num} percentage ${f.value === 1 ? "point" : "points"}`;
      }
      return undefined;
    }
  }
}

/** Whether a label can apply to a figure at all (the kinds it needs). */
function applicable(label: Label, f: Fig, sentence: string, before: string): boolean {
  switch (label) {
    case "extrinsic-perturb": case "intrinsic-swap": return !isPeriod(f);
    case "date-shift": return isPeriod(f);
    case "scale": return !!f.scale;
    case "unit-flip": return f.kind === "pp" || f.kind === "percent" && RATE_CONTEXT.test(sentence) && RATE_CHANGE.test(before);
  }
}

const LABEL_WEIGHTS: [Label, number][] = [
  ["extrinsic-perturb", 0.35], ["intrinsic-swap", 0.3], ["date-shift", 0.15], ["scale", 0.12], ["unit-flip", 0.08],
];

const RANGE_GAP = /^\s*(?:to|-|–|and)\s*$/;
const rangeValue = (g: Fig, other: Fig) => (g.scale && other.scale ? scaledValue(g) : g.value);

/**
 * Whether replacing `f` (an end of a range "X to Y", "X - Y", "between X and Y" whose ends are in
 * ascending order) by `text` keeps the range ascending, so that a planted end is a plausible
 * wrong value rather than a range that runs backwards.
 */
function keepsRangeOrder(draft: string, figs: Fig[], f: Fig, text: string, forms: Forms): boolean {
  const planted = figures(text, forms)[0];
  if (!planted) return true;
  const next = figs.find((g) => g.start >= f.end && g.kind === f.kind && RANGE_GAP.test(draft.slice(f.end, g.start)));
  const prev = figs.find((g) => g.end <= f.start && g.kind === f.kind && RANGE_GAP.test(draft.slice(g.end, f.start)));
  if (next && rangeValue(f, next) < rangeValue(next, f) && !(rangeValue(planted, next) < rangeValue(next, planted))) return false;
  if (prev && rangeValue(prev, f) < rangeValue(f, prev) && !(rangeValue(prev, planted) < rangeValue(planted, prev))) return false;
  return true;
}

/**
 * Plants 0-2 errors in `draft` (about 28% of drafts get none); returns the new draft and the error
 * spans. `pool`: the source's figures (for intrinsic swaps); `facts`: what the source states;
 * `keep`: figures that must not be changed (earnings: those the source does not state).
 */
export function plantErrors(draft: string, pool: Fig[], facts: Facts, rng: Rng, forms: Forms = WIRE,
  keep: (f: Fig) => boolean = () => false): { draft: string; errors: Span[] } {
  const want = rng.chance(0.28) ? 0 : rng.chance(0.55) ? 1 : 2;
  const figs = figures(draft, forms).filter((f) => !keep(f));
  const plans: Plan[] = [];
  const sentenceOf = (f: Fig) => {
    let s = draft.lastIndexOf(". ", f.start) + 1, e = draft.indexOf(". ", f.end);
    if (forms.earnings) {
      s = Math.max(s, draft.lastIndexOf("\n", f.start) + 1);
      const nl = draft.indexOf("\n", f.end);
      if (nl >= 0 && (e < 0 || nl < e)) e = nl;
    }
    return draft.slice(s, e < 0 ? draft.length : e);
  };
  for (let attempt = 0; plans.length < want && attempt < 30; attempt++) {
    let r = rng.next() * LABEL_WEIGHTS.reduce((n, [, w]) => n + w, 0);
    let label = LABEL_WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? "extrinsic-perturb";
    // A natural place for a unit flip is rare: take it when there is one.
    if (attempt === 0 && figs.some((f) => applicable("unit-flip", f, sentenceOf(f), draft.slice(Math.max(0, f.start - 70), f.start))) && rng.chance(0.7)) label = "unit-flip";
    const free = figs.filter((f) => !plans.some((p) => p.fig === f) && applicable(label, f, sentenceOf(f), draft.slice(Math.max(0, f.start - 70), f.start)));
    if (free.length === 0) continue;
    const f = rng.pick(free);
    const text = plant(label, f, sentenceOf(f), pool, facts, rng, forms);
    if (!text || text === f.text) continue;
    if (forms.earnings && !keepsRangeOrder(draft, figs, f, text, forms)) continue;
    // Never equal to a figure the draft already states for the same quantity.
    if (figs.some((g) => g !== f && g.text === text && Math.abs(g.start - f.start) < 2)) continue;
    plans.push({ fig: f, text, label });
  }
  plans.sort((x, y) => x.fig.start - y.fig.start);
  let out = "", at = 0;
  const errors: Span[] = [];
  for (const p of plans) {
    out += draft.slice(at, p.fig.start);
    errors.push({ start: out.length, end: out.length + p.text.length, text: p.text, label: p.label });
    out += p.text;
    at = p.fig.end;
  }
  out += draft.slice(at);
  for (const e of errors) assertSpan(out, e.start, e.end, e.text);
  return { draft: out, errors };
}
