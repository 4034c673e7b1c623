// Whether a source states a draft's quantity in an equivalent form: the same value of the same
// kind of quantity, not merely the same digits. Used by ectsum-planted.ts to label the figures
// of a human summary that its transcript does not state (Reuters adds the Refinitiv consensus and
// press-release figures the call leaves out). The rule, applied to every case alike:
//
// - a percent ("9%", "9 percent", "9 pct") is stated only as a percent or percentage points;
// - percentage points ("30 percentage points", "50 basis points") only as points of that size
//   (a basis point is a hundredth of a point) or as a percent;
// - an amount of money ("$1.24 billion", "$0.41", "41 cents") only as money of that amount,
//   any scale word or currency sign ("$1,240 million" states "$1.24 billion"), or as an amount
//   with a scale word and no sign ("revenue of 1.24 billion");
// - a count with a scale word ("1.4 million members") only as a number of that size that is
//   neither a percent nor money;
// - a range end without its own unit or scale takes those of the other end ("8 to 10 percent",
//   "$250 to $300 million", "$188-190 million", "between 10 and 12%"; not "2022 to $3.33"),
//   in the draft and in the source;
// - a value written more roughly than the source states it is stated ("$1.7 billion" for
//   "$1.66 billion": the source value rounded to the draft's decimals), not the other way round.
//
// Everything else (plain numbers, years, days, quarters) is left to the digit-string rule of
// ectsum-planted.ts. Pure; linear in the texts.

/** What a number is a quantity of. */
export type QuantityKind = "percent" | "points" | "money" | "plain";

/** One number of a text with its unit, read as a quantity. */
export interface Quantity {
  start: number; end: number;
  /** The number as written, without separators ("1.24"). */
  digits: string;
  kind: QuantityKind;
  /** The value in base units (dollars, percent, points, ones): scale words and cents applied. */
  value: number;
  /** The multiplier of the written number (1e9 for "billion", 0.01 for cents and basis points). */
  unit: number;
  /** Whether a scale word follows the number. */
  scaled: boolean;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const SCALE = String.raw`trillion|billion|million|thousand|bln|mln|bn|mn|tn|m|b|k`;
const UNIT = String.raw`%|percent(?:age points?)?|per cent|pct|basis points?|bps|points?|pts|dollars?|cents?`;
const QTY = new RegExp(String.raw`(?<![\w.])((?:us|c|a)?\$|[€£¥]|usd\s?|eur\s?)?(${NUM})(?:\s?(${SCALE})\b)?(?:\s?(${UNIT})(?![a-z]))?`, "gi");
/** Between the ends of a range: "8 to 10", "$2,893- $2,923", "between 10% and 12%". */
const RANGE_GAP = /^\s*(?:to|-|–)\s*$/i;
/** "between X and Y": "and" joins a range only after "between" (else it joins a list). */
const BETWEEN_GAP = /^\s*and\s*$/i;
const BETWEEN = /\bbetween\s*$/i;

const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };

interface Raw { start: number; end: number; digits: string; sign?: string; scale?: string; unit?: string }

function kindOf(r: Raw): QuantityKind {
  const u = (r.unit ?? "").toLowerCase();
  if (/^(?:%|percent$|per cent|pct)/.test(u)) return "percent";
  if (/point|bps|pts/.test(u)) return "points";
  if (r.sign || /dollar|cent/.test(u)) return "money";
  return "plain";
}

function toQuantity(r: Raw): Quantity {
  const kind = kindOf(r);
  const u = (r.unit ?? "").toLowerCase();
  const small = /^(?:cents?|basis points?|bps)$/.test(u) ? 0.01 : 1;
  const unit = (r.scale ? SCALES[r.scale.toLowerCase()] ?? 1 : 1) * small;
  return { start: r.start, end: r.end, digits: r.digits, kind, value: Number(r.digits) * unit, unit, scaled: !!r.scale };
}

/**
 * The numbers of `text` read as quantities (see the module comment); a range end without a unit
 * or scale of its own takes the other end's.
 */
export function quantitiesIn(text: string): Quantity[] {
  const raws: Raw[] = [];
  for (const m of text.matchAll(QTY)) {
    const scale = m[3] && (m[3].length > 1 || /^\$/.test(m[1] ?? "")) ? m[3] : undefined; // a bare "m"/"b"/"k" only after a currency sign
    const end = m.index + (scale || m[4] ? m[0].length : (m[1] ?? "").length + m[2].length);
    raws.push({ start: m.index, end, digits: m[2].replace(/,/g, ""), sign: m[1]?.trim() || undefined, scale, unit: m[4] });
  }
  for (let i = raws.length - 2; i >= 0; i--) {
    const a = raws[i], b = raws[i + 1];
    const gap = text.slice(a.end, b.start);
    const range = RANGE_GAP.test(gap) || (BETWEEN_GAP.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start)));
    // A currency sign is written before the first end ("$188-190 million"), never only before the second: "fiscal 2022 to $3.33" is no range.
    if (a.unit || a.scale || !range || (!a.sign && b.sign)) continue;
    a.unit = b.unit;
    a.scale = b.scale;
    a.sign ??= b.sign;
  }
  return raws.map(toQuantity);
}

/** The kinds a source quantity may have to state a draft quantity of kind `k`. */
function fits(k: QuantityKind, s: Quantity): boolean {
  if (k === "percent" || k === "points") return s.kind === "percent" || s.kind === "points";
  if (k === "money") return s.kind === "money" || (s.kind === "plain" && s.scaled);
  return s.kind === "plain" || (s.kind === "money" && s.scaled);
}

/** Whether the draft quantity `d` is `s` written to the draft's decimals (a rounding of it, or it). */
function sameAtPrecision(d: Quantity, s: Quantity): boolean {
  const decimals = /\.(\d+)$/.exec(d.digits)?.[1].length ?? 0;
  const inDraftUnits = s.value / d.unit;
  return Math.abs(Number(inDraftUnits.toFixed(decimals)) - Number(d.digits)) < 1e-9;
}

/**
 * Whether the rule above decides draft quantity `d` at all: percents, points, money and
 * counts with a scale word. Other numbers are left to the digit-string rule.
 */
export function ruled(d: Quantity): boolean {
  return d.kind !== "plain" || d.scaled;
}

/** Whether `source` (its quantities) states draft quantity `d` in an equivalent form. */
export function statesQuantity(source: readonly Quantity[], d: Quantity): boolean {
  return source.some((s) => fits(d.kind, s) && sameAtPrecision(d, s));
}
