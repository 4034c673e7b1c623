// Shared helpers for the dataset converters in this folder (see README.md here).
// The converters read a fetched copy of a public dataset and write JSON Lines to .data/<name>.jsonl;
// the data itself never goes into the repository.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface Span { start: number; end: number; text: string; label: string }
export interface Case {
  id: string;
  dataset: string;
  domain: string;
  split: "dev" | "heldout";
  sources: { name: string; text: string }[];
  draft: string;
  errors: Span[];
  otherErrors: { start: number; end: number }[];
  /** Draft figures the source does not state at all (ectsum-planted; also in otherErrors). */
  unstated?: { start: number; end: number }[];
}

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
  "thousands", "million", "millions", "billion", "billions", "trillion", "half", "halves", "third", "thirds",
  "quarter", "quarters", "dozen", "dozens", "twice", "double", "triple", "first", "second", "fourth", "fifth",
  "sixth", "seventh", "eighth", "ninth", "tenth",
];
const MONTHS = ["january", "february", "march", "april", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
// "May" only capitalised, so that the modal verb does not count.
const FIGURE_RE = new RegExp(
  `\\d|\\b(?:${[...NUMBER_WORDS, ...MONTHS, ...WEEKDAYS].join("|")})\\b`, "i");
const MAY_RE = /\bMay\b/;

/** True when the text holds a figure: a digit, a number word, a month, a weekday (years have digits). */
export function hasFigure(text: string): boolean {
  return FIGURE_RE.test(text) || MAY_RE.test(text);
}

const NUMERIC_TOKEN = /^(?:[$€£¥]?\d[\d,.]*%?|[$€£¥])$/;

/**
 * A span with no figure of its own is widened to take in the token right next to it only in the
 * obvious case: the span is one short word (a unit such as "euros", "percent", "years") and the
 * adjacent token, one space away, is a number. Otherwise the span is returned as is.
 */
export function widenToFigure(draft: string, start: number, end: number): [number, number] {
  const text = draft.slice(start, end);
  if (hasFigure(text) || !/^[A-Za-z%]{1,12}$/.test(text.trim())) return [start, end];
  const before = /(\S+) $/.exec(draft.slice(Math.max(0, start - 20), start));
  if (before && (NUMERIC_TOKEN.test(before[1]) || hasFigure(before[1]) && /^[a-z-]+$/i.test(before[1]))) {
    return [start - before[1].length - 1, end];
  }
  const after = /^ (\S+?)[.,;:]?(?=\s|$)/.exec(draft.slice(end, end + 20));
  if (after && /^[$€£¥]?\d[\d,.]*%?$/.test(after[1])) return [start, end + 1 + after[1].length];
  return [start, end];
}

/** ~70% dev, ~30% heldout, decided by the SHA-1 of the source text so one article never sits in both. */
export function splitOf(sourceText: string): "dev" | "heldout" {
  const h = createHash("sha1").update(sourceText, "utf8").digest();
  return h.readUInt32BE(0) / 2 ** 32 < 0.7 ? "dev" : "heldout";
}

/** Classifies labelled spans into figure errors and other errors; asserts every offset. */
export function classify(draft: string, spans: Span[]): { errors: Span[]; otherErrors: { start: number; end: number }[] } {
  const errors: Span[] = [];
  const otherErrors: { start: number; end: number }[] = [];
  for (const s of spans) {
    assertSpan(draft, s.start, s.end, s.text);
    const [start, end] = widenToFigure(draft, s.start, s.end);
    const text = draft.slice(start, end);
    if (hasFigure(text)) errors.push({ start, end, text, label: s.label });
    else otherErrors.push({ start: s.start, end: s.end });
  }
  for (const e of errors) assertSpan(draft, e.start, e.end, e.text);
  return { errors, otherErrors };
}

export function assertSpan(draft: string, start: number, end: number, text: string): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= draft.length)) {
    throw new Error(`bad offsets ${start}-${end} for a draft of length ${draft.length}`);
  }
  if (draft.slice(start, end) !== text) {
    throw new Error(`offset mismatch: draft.slice(${start}, ${end}) = ${JSON.stringify(draft.slice(start, end))}, expected ${JSON.stringify(text)}`);
  }
}

/** Writes the cases and prints the counts to stderr. */
export function writeCases(name: string, cases: Case[], outPath?: string): string {
  const root = resolve(dirname(process.argv[1] ?? "scripts/datasets/x.ts"), "..", "..");
  const out = resolve(outPath ?? `${root}/.data/${name}.jsonl`);
  mkdirSync(dirname(out), { recursive: true });
  for (const c of cases) {
    for (const e of c.errors) assertSpan(c.draft, e.start, e.end, e.text);
    for (const o of c.otherErrors) if (!(0 <= o.start && o.start < o.end && o.end <= c.draft.length)) throw new Error(`bad otherErrors span in ${c.id}`);
  }
  writeFileSync(out, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const groups = new Map<string, Case[]>();
  const add = (k: string, c: Case) => groups.set(k, [...(groups.get(k) ?? []), c]);
  for (const c of cases) { add("all", c); add(`split=${c.split}`, c); add(`domain=${c.domain}`, c); add(`${c.split}/${c.domain}`, c); }
  process.stderr.write(`${name}: wrote ${cases.length} cases to ${out}\n`);
  for (const [k, cs] of [...groups].sort()) {
    const withFig = cs.filter((c) => c.errors.length > 0).length;
    const figSpans = cs.reduce((n, c) => n + c.errors.length, 0);
    const other = cs.reduce((n, c) => n + c.otherErrors.length, 0);
    process.stderr.write(`  ${k.padEnd(28)} cases=${cs.length} withFigureErrors=${withFig} figureErrorSpans=${figSpans} otherErrorSpans=${other}\n`);
  }
  return out;
}

/** Removes `--name N` from `argv` and returns N as a number, or `dflt` when absent. */
export function takeFlag(argv: string[], name: string, dflt: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(argv[i + 1]);
  argv.splice(i, 2);
  return v;
}
