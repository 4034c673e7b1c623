// Reuters planted: drafts written mechanically from real Reuters-21578 articles (Distribution 1.0,
// read at run time, never committed: research use only), each a short summary of 2-4 sentences
// rewritten out of wire style ("mln dlrs" -> "$X million", "pct" -> "percent", "vs" -> "compared
// with", earnings-table rows -> sentences), with 0-2 figure errors planted mechanically:
// extrinsic-perturb, intrinsic-swap, date-shift, scale, unit-flip. Half the cases are earnings
// reports (domain "earnings"), half other news with at least 3 figures (domain "news").
// Deterministic (seeded). Writes .data/reuters-planted.jsonl; see README.md here.
// Usage: node --import tsx scripts/datasets/reuters-planted.ts [<reuters21578 folder or articles.jsonl.gz>] [<out.jsonl>] [--seed N] [--cases N]
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Article, readJsonl } from "../bench/jsonl.ts";
import { Rng } from "../bench/rng.ts";
import { splitSentencesLoose } from "../bench/sentences.ts";
import { type Case, type Span, assertSpan, splitOf, writeCases } from "./common.ts";

const DATASET = "reuters-planted";
const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(argv[i + 1]);
  argv.splice(i, 2);
  return v;
};
const SEED = flag("--seed", 21578);
const TOTAL = flag("--cases", 600);
const root = resolve(dirname(process.argv[1] ?? "scripts/datasets/x.ts"), "..", "..");
let input = argv[0] ?? resolve(root, "..", "shared", "corpora", "reuters21578");
if (existsSync(input) && statSync(input).isDirectory()) input = join(input, "articles.jsonl.gz");
const outPath = argv[1];

// ---------------------------------------------------------------------------------------------
// Wire style -> draft style

interface Style { dollar: boolean; pctSign: boolean }

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const MONTH_ABBR: Record<string, string> = {
  jan: "January", feb: "February", mar: "March", apr: "April", jun: "June", jul: "July", aug: "August",
  sep: "September", sept: "September", oct: "October", nov: "November", dec: "December",
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const SCALE: Record<string, string> = { mln: "million", million: "million", bln: "billion", billion: "billion" };

/** Rewrites one sentence (or table value) from wire notation to the draft's own. */
export function rewrite(s: string, st: Style): string {
  let t = s;
  // Tickers go, bracketed company names lose their brackets; parentheticals go.
  t = t.replace(/\s*<[A-Z0-9.\-]{1,8}>/g, "").replace(/<([^<>]+)>/g, "$1");
  for (let k = 0; k < 2; k++) t = t.replace(/\s*\([^()]*\)/g, "");
  // Ranges of money: "15-20 mln dlrs" -> "$15 million to $20 million" / "15 to 20 million dollars".
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM})(?:-| to )(${NUM}) (mln|bln|billion|million) (?:U\.S\. )?dlrs\b`, "g"),
    (_m, a: string, b: string, sc: string) => {
      const scale = SCALE[sc.toLowerCase()];
      return st.dollar ? `$${a} ${scale} to $${b} ${scale}` : `${a} to ${b} ${scale} dollars`;
    });
  // Money with a scale: "12.6 mln dlrs", "1.5 billion U.S. dlrs", "40 mln stg".
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) (mln|bln|billion|million) (?:U\.S\. |Canadian |Australian )?(dlrs|dlr|stg)\b`, "g"),
    (m, n: string, sc: string, cur: string, _o: number, all: string) => {
      const scale = SCALE[sc.toLowerCase()];
      if (cur === "stg") return `${n} ${scale} pounds`;
      if (/(?:Canadian|Australian) $/.test(m.slice(0, m.length - cur.length))) return m.replace(/ (mln|bln)/, ` ${scale}`).replace(/dlrs?$/, "dollars");
      void all;
      return st.dollar ? `$${n} ${scale}` : `${n} ${scale} dollars`;
    });
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM})(-| to )(${NUM}) (?:U\.S\. )?dlrs\b`, "g"),
    (_m, a: string, _sep: string, b: string) => (st.dollar ? `$${a} to $${b}` : `${a} to ${b} dollars`));
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) (?:U\.S\. )?dlrs\b`, "g"), (_m, n: string) => (st.dollar ? `$${n}` : `${n} dollars`));
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) dlr\b`, "g"), (_m, n: string) => (st.dollar ? `$${n}` : `${n} dollar`));
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) stg\b`, "g"), "$1 pounds");
  t = t.replace(/\bdlrs\b/g, "dollars").replace(/\bdlr\b/g, "dollar").replace(/\bstg\b/g, "sterling");
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) cts\b`, "g"), "$1 cents").replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) ct\b`, "g"), "$1 cent");
  t = t.replace(/\bcts\b/g, "cents");
  // Percent.
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) pct points?\b`, "g"), "$1 percentage points");
  t = t.replace(new RegExp(String.raw`(?<![\d/.,-])\b(${NUM}) pct\b`, "g"), (_m, n: string) => (st.pctSign ? `${n}%` : `${n} percent`));
  t = t.replace(/\bpct\b/g, "percent");
  t = t.replace(/\bmln\b/g, "million").replace(/\bbln\b/g, "billion");
  // Months before a day.
  t = t.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (\d{1,2})\b/g, (_m, mo: string, d: string) => `${MONTH_ABBR[mo.toLowerCase()]} ${d}`);
  // Wire abbreviations.
  t = t.replace(/\bvs\.?(?= )/gi, "compared with")
    .replace(/\b(1st|first) qtr\b/gi, "first quarter").replace(/\b(2nd|second) qtr\b/gi, "second quarter")
    .replace(/\b(3rd|third) qtr\b/gi, "third quarter").replace(/\b(4th|fourth) qtr\b/gi, "fourth quarter")
    .replace(/\bqtrs\b/gi, "quarters").replace(/\bqtr\b/gi, "quarter").replace(/\bqtly\b/gi, "quarterly")
    .replace(/\b(?:a|per) shr\b/gi, "a share").replace(/\bshrs\b/gi, "shares").replace(/\bshr\b/gi, "per share")
    .replace(/\bmths\b/gi, "months").replace(/\bmth\b/gi, "month").replace(/\bwks\b/gi, "weeks")
    .replace(/\byr\b/gi, "year").replace(/\bavg\b/gi, "average").replace(/\brevs\b/gi, "revenues")
    .replace(/\bdiv\b/gi, "dividend").replace(/\bprev\b/gi, "previous").replace(/\boper\b/gi, "operating");
  return t.replace(/\s+/g, " ").replace(/\s+([,.;:])/g, "$1").replace(/,,+/g, ",").trim();
}

// ---------------------------------------------------------------------------------------------
// Reading an article: paragraphs, table rows, prose sentences

const DATELINE = /^[^\n]{0,60}?\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2} - /;

/** The body's logical paragraphs (a new one at each 4-space indent), the dateline removed. */
function paragraphs(a: Article): string[] {
  const body = a.text.slice(a.text.indexOf("\n\n") >= 0 ? a.text.indexOf("\n\n") + 2 : 0);
  const out: string[] = [];
  for (const line of body.split("\n")) {
    if (/^ {4}\S/.test(line) || out.length === 0) out.push(line.trim());
    else out[out.length - 1] += ` ${line.trim()}`;
  }
  if (out.length) out[0] = out[0].replace(DATELINE, "");
  return out.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}

const ORD: Record<string, string> = { "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth" };
const COUNT_WORD: Record<string, string> = { three: "three", six: "six", nine: "nine", "3": "three", "6": "six", "9": "nine", "12": "12", "52": "52" };

/** A period header ("Nine mths", "Year", "4th qtr") as a noun phrase, else undefined. */
function periodOf(text: string): string | undefined {
  const t = text.trim().replace(/[.:]$/, "");
  if (t.length > 40) return undefined;
  let m = /^(1st|2nd|3rd|4th|first|second|third|fourth) (?:qtr|quarter)\b/i.exec(t);
  if (m) return `the ${ORD[m[1].toLowerCase()] ?? m[1].toLowerCase()} quarter`;
  m = /^(1st|2nd|first|second) half\b/i.exec(t);
  if (m) return `the ${ORD[m[1].toLowerCase()] ?? m[1].toLowerCase()} half`;
  m = /^(three|six|nine|3|6|9|12|52) (?:mths|months|wks|weeks)\b/i.exec(t);
  if (m) return `the ${COUNT_WORD[m[1].toLowerCase()]} ${/w/i.test(t.split(" ")[1]) ? "weeks" : "months"}`;
  if (/^(?:qtr|quarter)$/i.test(t)) return "the quarter";
  if (/^(?:year|fiscal year|full year|12 months)$/i.test(t)) return "the year";
  return undefined;
}

/** The period a results headline is about. */
function titlePeriod(title: string): string {
  const t = title.replace(/<[^>]*>/g, " ");
  let m = /\b(1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH) (?:QTR|QUARTER)\b/i.exec(t);
  if (m) return `the ${ORD[m[1].toLowerCase()] ?? m[1].toLowerCase()} quarter`;
  m = /\b(NINE|SIX|THREE) (?:MTHS|MONTHS)\b/i.exec(t);
  if (m) return `the ${m[1].toLowerCase()} months`;
  m = /\b(1ST|FIRST|2ND|SECOND) HALF\b/i.exec(t);
  if (m) return `the ${ORD[m[1].toLowerCase()] ?? m[1].toLowerCase()} half`;
  if (/\b(YEAR|YR|ANNUAL)\b/i.test(t)) return "the year";
  return "the period";
}

/** The company named in a results headline, title-cased. */
function companyOf(title: string): string | undefined {
  const words = title.replace(/<[^<>]*>/g, (m) => (/^<[A-Z0-9.\-]{1,8}>$/.test(m) ? " " : m.slice(1, -1))).split(/\s+/).filter(Boolean);
  const stop = /^(?:\d.*|1ST|2ND|3RD|4TH|QTR|QTRS|YEAR|YR|NET|LOSS|PROFIT|FIRST|SECOND|THIRD|FOURTH|NINE|SIX|THREE|FISCAL|CALENDAR|EARNINGS|RESULTS|SALES|REPORTS|SAYS|HALF|INTERIM|FINAL|OPER|SHR|PROFITS|RAISES|SETS|LATEST|DIVIDEND|DIV|QTLY|REVS|12|MTHS)$/i;
  const kept: string[] = [];
  for (const w of words) { if (stop.test(w)) break; kept.push(w); }
  if (kept.length === 0 || kept.length > 6) return undefined;
  return kept.map((w) => (/[.&]/.test(w) || w.length <= 2 && !/^(?:CO)$/i.test(w) ? w : w[0] + w.slice(1).toLowerCase())).join(" ");
}

const LABELS: [RegExp, string][] = [
  [/^oper(?:ating)? shr(?: profit)?$/i, "operating earnings per share"], [/^oper(?:ating)? shr loss$/i, "operating loss per share"],
  [/^oper(?:ating)? net(?: profit| income)?$/i, "operating net income"], [/^oper(?:ating)? net loss$/i, "operating net loss"],
  [/^shr(?: profit)?$/i, "earnings per share"], [/^shr loss$/i, "the loss per share"], [/^primary shr$/i, "primary earnings per share"],
  [/^(?:fully )?diluted shr$/i, "diluted earnings per share"],
  [/^net(?: income| profit| earnings)?$/i, "net income"], [/^net loss$/i, "the net loss"],
  [/^revs$|^revenues?$/i, "revenues"], [/^(?:net )?sales$/i, "sales"], [/^avg shrs$/i, "average shares outstanding"],
  [/^(?:qtly )?div(?:idend)?$/i, "the dividend"], [/^(?:pre-?tax|pretax)(?: profit| net| income)?$/i, "pre-tax profit"],
  [/^(?:net )?turnover$/i, "turnover"], [/^operating profit$/i, "operating profit"], [/^assets$/i, "assets"],
  [/^deposits$/i, "deposits"], [/^loans$/i, "loans"], [/^net interest income$/i, "net interest income"],
  [/^(?:total )?income$/i, "income"], [/^profit$/i, "profit"], [/^gross profit$/i, "gross profit"],
];
const VALUE = new RegExp(String.raw`^(?:(?:loss|profit) )?${NUM}(?: (?:mln|bln|billion|million))?(?: (?:dlrs|dlr|cts|ct|stg|pct|yen|marks|francs|guilders|crowns|lire|won|pesos|rupees|dollars))?$`, "i");

interface Row { label: string; a: string; b: string; period: string }

/** A table row "Net 12.6 mln vs 15.8 mln" under `period`, else undefined. */
function rowOf(p: string, period: string): Row | undefined {
  const m = /^([A-Za-z][A-Za-z -]{1,30}?) ((?:loss |profit )?\d.*?) vs\.? (.+)$/.exec(p);
  if (!m) return undefined;
  const label = LABELS.find(([re]) => re.test(m[1].trim()))?.[1];
  if (!label || !VALUE.test(m[2].trim()) || !VALUE.test(m[3].trim())) return undefined;
  return { label, a: m[2].trim(), b: m[3].trim(), period };
}

/** A prose sentence fit for a draft: 6-60 words, a stop at the end, a digit, not table-like. */
function proseFit(s: string): boolean {
  const words = s.split(" ");
  if (words.length < 6 || words.length > 60 || !/[a-z0-9%)]\.$/.test(s) || !/\d/.test(s)) return false;
  if (/"|''|``|\bNOTE\b|\bnote -|^\W/i.test(s)) return false;
  return words.filter((w) => /\d/.test(w)).length / words.length <= 0.25;
}

// ---------------------------------------------------------------------------------------------
// Building a draft

const LC_FIRST = /^(?:The|A|An|It|Its|This|That|These|Those|There|Net|Sales|Profits?|Earnings|Revenues|Exports|Imports|Prices|Production|Output|Total|In|For|He|She|They|We|Average|Operating|Pre-tax|Turnover|Dividend|Assets|Deposits|Loans|Income|Gross|Primary|Diluted)\b/;
const lcFirst = (s: string) => (LC_FIRST.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const ucFirst = (s: string) => s[0].toUpperCase() + s.slice(1);
const cap = (v: string) => v.replace(/^(?:loss|profit) /i, (w) => `a ${w.trim().toLowerCase()} of `);

/** One sentence from a table row, in one of three shapes. */
function rowSentence(r: Row, st: Style, rng: Rng, company?: string, samePeriod = false): string {
  const a = cap(rewrite(r.a, st)), b = cap(rewrite(r.b, st));
  const verb = /(?:revenues|sales|shares outstanding|assets|deposits|loans)$/.test(r.label) ? "were" : "was";
  const label = r.label.replace(/^the /, "");
  if (samePeriod && rng.chance(0.6)) {
    return rng.chance(0.5) ? `${ucFirst(label)} ${verb} ${a}, compared with ${b}.` : `${ucFirst(label)} came to ${a}, against ${b} a year before.`;
  }
  const shape = rng.int(0, 2);
  if (company && shape === 0) return `${company}'s ${label} for ${r.period} ${verb} ${a}, compared with ${b} a year earlier.`;
  if (shape === 1) return `${ucFirst(label)} ${verb} ${a} in ${r.period}, compared with ${b} a year earlier.`;
  return `For ${r.period}, ${label} ${verb} ${a}, compared with ${b} in the year-earlier period.`;
}

/** Clause reorder where it is easy: "X said Y." <-> "Y, X said." */
function reorder(s: string, rng: Rng): string {
  if (!rng.chance(0.5)) return s;
  const front = /^([A-Z][\w'&.-]*(?: [\w'&.-]+){0,6}) said (?:that |on \w+ )?(.{25,})\.$/.exec(s);
  if (front && !/,/.test(front[1])) {
    const subj = /^(?:The|It|A|An|He|She|They)\b/.test(front[1]) ? front[1][0].toLowerCase() + front[1].slice(1) : front[1];
    return `${ucFirst(front[2])}, ${subj} said.`;
  }
  const back = /^(.{25,}), ((?:the|a|an) [a-z ]{3,40}|it|[A-Z][\w'&.-]*(?: [\w'&.-]+){0,5}) said\.$/.exec(s);
  if (back && LC_FIRST.test(back[1])) return `${ucFirst(back[2])} said ${lcFirst(back[1])}.`;
  return s;
}

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

/** The source file name: a slug of the headline's first words and the article id. */
function sourceKey(a: Article): string {
  const title = a.title.replace(/<[^<>]*>/g, " ");
  const head = slugify(title).split("-").filter(Boolean).slice(0, 6).join("-");
  return `${head ? `${head}-` : "reuters-"}${a.id}`;
}

// ---------------------------------------------------------------------------------------------
// Figures in the draft and the planted errors

interface Fig {
  start: number; end: number; text: string;
  kind: string; // "date", "year", "$", "percent", "pp", a unit word, "n"
  value: number; // the number as written, before the scale word
  scale?: "million" | "billion";
  num: string; // the digits as written
}

const UNITS = "percentage points?|percent|dollars?|cents?|pounds|yen|marks|francs|guilders|crowns|lire|won|pesos|tonnes|tons|barrels|bags|bushels|ounces|shares|acres|kilos|points|employees|workers|people";
const FIG_RE = new RegExp(String.raw`(?<![\w.$£/-])([$£])?(${NUM})(?: (million|billion))?(%| (?:${UNITS})\b)?(?![\w/-]|\.\d)`, "g");
const DATE_RE = new RegExp(String.raw`\b(${MONTHS.join("|")}) (\d{1,2})\b(?!,? \d{4}| ?[-/])`, "g");
const YEAR_RE = /(?<![\w.$£/-])(19[5-9]\d)(?![\w/-]|\.\d)/g;

const toNumber = (s: string) => Number(s.replace(/,/g, ""));

/** Every figure with digits in `text`, outside citation brackets; no overlaps. */
function figures(text: string): Fig[] {
  const masked = text.replace(/\[@[^\]]*\]/g, (m) => " ".repeat(m.length));
  const out: Fig[] = [];
  const taken = (s: number, e: number) => out.some((f) => s < f.end && f.start < e);
  for (const m of masked.matchAll(DATE_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "date", value: Number(m[2]), num: m[2] });
  }
  for (const m of masked.matchAll(YEAR_RE)) {
    if (taken(m.index, m.index + 4)) continue;
    // A year has no unit, no currency and no scale after it.
    if (/^ (?:million|billion|percent|dollars)|^%/.test(masked.slice(m.index + 4))) continue;
    out.push({ start: m.index, end: m.index + 4, text: m[0], kind: "year", value: Number(m[1]), num: m[1] });
  }
  for (const m of masked.matchAll(FIG_RE)) {
    const start = m.index, end = start + m[0].length;
    if (taken(start, end)) continue;
    const unit = (m[4] ?? "").trim();
    const kind = m[1] ? m[1] : unit === "%" || unit === "percent" ? "percent" : /^percentage/.test(unit) ? "pp" : unit ? unit.replace(/s$/, "") : "n";
    out.push({ start, end, text: m[0], kind, value: toNumber(m[2]), scale: m[3] as Fig["scale"], num: m[2] });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** What the source states: plain numbers, scaled values, dates (month*100+day). */
interface Facts { numbers: Set<number>; scaled: Set<number>; dates: Set<number> }

function factsOf(text: string): Facts {
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

const scaledValue = (f: { value: number; scale?: string }) => f.value * (f.scale === "million" ? 1e6 : f.scale === "billion" ? 1e9 : 1);

/** A number written like `num` (decimals, thousands separators). */
function formatLike(num: string, v: number): string {
  const decimals = /\.(\d+)$/.exec(num)?.[1].length ?? 0;
  let s = v.toFixed(decimals);
  if (num.includes(",") || (v >= 10000 && /^\d{1,3}(,\d{3})+/.test(num))) {
    const [i, d] = s.split(".");
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d !== undefined ? `.${d}` : "");
  }
  return s;
}

type Label = "extrinsic-perturb" | "intrinsic-swap" | "date-shift" | "scale" | "unit-flip";
interface Plan { fig: Fig; text: string; label: Label }

const RATE_CONTEXT = /\b(?:rate|rates|yield|yields|margin|margins|inflation|unemployment|jobless|share of|prime|discount)\b/i;
/** A rate as the subject of a change right before the figure: "the jobless rate rose 0.2 percent". */
const RATE_CHANGE = /\b(?:rate|rates|yield|yields|margin|margins|inflation|unemployment|prime)\b[^,.;$%\d]{0,25}\b(?:rose|fell|increased|decreased|declined|climbed|gained|dropped|eased|was cut|was raised|was lowered)(?: by)? $/i;

/** A wrong replacement of `f` of kind `label`, or undefined when none is fit. */
function plant(label: Label, f: Fig, sentence: string, pool: Fig[], facts: Facts, rng: Rng): string | undefined {
  const prefix = f.text.slice(0, f.text.indexOf(f.num)), suffix = f.text.slice(f.text.indexOf(f.num) + f.num.length);
  const freshNumber = (v: number, s: string) => s !== f.num && !facts.numbers.has(v) && !facts.scaled.has(scaledValue({ value: v, scale: f.scale }));
  switch (label) {
    case "extrinsic-perturb": {
      if (f.kind === "date" || f.kind === "year") return undefined;
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
      if (f.kind === "date" || f.kind === "year") return undefined;
      // Same kind, same order of magnitude, another value, and not a value this sentence already states.
      const same = pool.filter((g) => g.kind === f.kind && !!g.scale === !!f.scale && scaledValue(g) !== scaledValue(f)
        && g.value !== f.value && g.value > 0 && f.value > 0
        && Math.abs(Math.log10(scaledValue(g)) - Math.log10(scaledValue(f))) < 1.5
        && !figures(sentence).some((h) => h.value === g.value));
      return same.length ? rng.pick(same).text : undefined;
    }
    case "date-shift": {
      if (f.kind === "year") {
        for (const dy of rng.shuffle([-1, 1])) if (!facts.numbers.has(f.value + dy)) return String(f.value + dy);
        return undefined;
      }
      if (f.kind !== "date") return undefined;
      const [month, day] = [MONTHS.indexOf(f.text.split(" ")[0]), f.value];
      for (let tries = 0; tries < 10; tries++) {
        let m = month, d = day;
        if (rng.chance(0.7)) d = day + (rng.chance(0.5) ? 1 : -1) * rng.int(1, 3);
        else m = month + (rng.chance(0.5) ? 1 : -1);
        if (d < 1 || d > 28 && d !== day || m < 0 || m > 11) continue;
        if (!facts.dates.has((m + 1) * 100 + d)) return `${MONTHS[m]} ${d}`;
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
    case "extrinsic-perturb": case "intrinsic-swap": return f.kind !== "date" && f.kind !== "year";
    case "date-shift": return f.kind === "date" || f.kind === "year";
    case "scale": return !!f.scale;
    case "unit-flip": return f.kind === "pp" || f.kind === "percent" && RATE_CONTEXT.test(sentence) && RATE_CHANGE.test(before);
  }
}

const LABEL_WEIGHTS: [Label, number][] = [
  ["extrinsic-perturb", 0.35], ["intrinsic-swap", 0.3], ["date-shift", 0.15], ["scale", 0.12], ["unit-flip", 0.08],
];

// ---------------------------------------------------------------------------------------------
// Cases

interface Built { draft: string; pool: Fig[] }

/** The draft's sentences for one article, or undefined when the article does not serve. */
function buildDraft(a: Article, domain: "earnings" | "news", st: Style, rng: Rng, key: string | undefined): Built | undefined {
  const paras = paragraphs(a);
  let period = titlePeriod(a.title);
  const rows: Row[] = [];
  const prose: string[] = [];
  const allRewritten: string[] = [];
  let notes = false;
  for (const p of paras) {
    if (/^NOTES?\b/i.test(p)) notes = true;
    const head = periodOf(p);
    if (head) { period = head; continue; }
    const r = rowOf(p, period);
    if (r) { rows.push(r); allRewritten.push(rewrite(`${r.a} and ${r.b}`, st)); continue; }
    if (/\s{3,}|\.{3,}/.test(p)) continue; // table residue
    for (const s of splitSentencesLoose(p)) {
      allRewritten.push(rewrite(s, st));
      if (proseFit(s) && !notes) prose.push(s);
    }
  }
  let sentences: string[];
  if (domain === "earnings" && rows.length >= 2) {
    const company = companyOf(a.title);
    const n = Math.min(rows.length, rng.int(2, 4));
    const start = rng.int(0, Math.max(0, Math.min(rows.length - n, 2)));
    const picked = rows.slice(start, start + n);
    sentences = picked.map((r, i) => rowSentence(r, st, rng, i === 0 ? company : undefined, i > 0 && picked[i - 1].period === r.period));
    if (n < 4 && prose.length && rng.chance(0.4)) sentences.push(rewrite(rng.pick(prose), st));
  } else {
    if (prose.length < 2) return undefined;
    if (domain === "earnings" && !/\b(?:QTR|NET|PROFITS?|LOSS|EARNINGS|RESULTS|SHR|REVS|MTHS|HALF|YEAR)\b/.test(a.title)) return undefined;
    const n = Math.min(prose.length, rng.int(2, 4));
    const picked = rng.shuffle(prose.map((_, i) => i)).slice(0, n).sort((x, y) => x - y);
    sentences = picked.map((i) => reorder(rewrite(prose[i], st), rng));
  }
  sentences = sentences.map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => /\d/.test(s) && /[.]$/.test(s));
  if (sentences.length < 2) return undefined;
  // Join two short neighbours into one sentence with "and".
  if (sentences.length >= 3 || rng.chance(0.5)) {
    const i = rng.int(0, sentences.length - 2);
    if (sentences[i].length + sentences[i + 1].length < 260 && !/ and [^,]*$/.test(sentences[i])) {
      sentences.splice(i, 2, `${sentences[i].replace(/\.$/, "")}, and ${lcFirst(sentences[i + 1])}`);
    }
  }
  const groups = sentences.length >= 3 && rng.chance(0.5)
    ? [sentences.slice(0, Math.ceil(sentences.length / 2)), sentences.slice(Math.ceil(sentences.length / 2))]
    : [sentences];
  const cite = (s: string) => (key ? s.replace(/\.$/, ` [@${key}].`) : s);
  const draft = groups.map((g) => cite(g.join(" "))).join("\n\n");
  const pool = figures(allRewritten.join(" \n "));
  return { draft, pool };
}

/** Plants 0-2 errors in `draft`; returns the new draft and the error spans. */
function plantErrors(draft: string, pool: Fig[], facts: Facts, rng: Rng): { draft: string; errors: Span[] } {
  const want = rng.chance(0.28) ? 0 : rng.chance(0.55) ? 1 : 2;
  const figs = figures(draft);
  const plans: Plan[] = [];
  const sentenceOf = (f: Fig) => {
    const s = draft.lastIndexOf(". ", f.start) + 1, e = draft.indexOf(". ", f.end);
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
    const text = plant(label, f, sentenceOf(f), pool, facts, rng);
    if (!text || text === f.text) continue;
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

const EARNINGS = /qtr|shr|net (profit|loss)|revs/i;

async function main(): Promise<void> {
  const articles = await readJsonl(input);
  const rng = new Rng(SEED);
  const seen = new Set<string>();
  const earnings: Article[] = [], news: Article[] = [];
  for (const a of articles) {
    const body = a.text.slice(a.text.indexOf("\n\n") + 1);
    if (seen.has(body)) continue;
    seen.add(body);
    if (a.text.length > 6000) continue;
    if (EARNINGS.test(a.text)) earnings.push(a);
    else if ((body.match(new RegExp(NUM, "g")) ?? []).length >= 3) news.push(a);
  }
  const cases: Case[] = [];
  const take = (pool: Article[], domain: "earnings" | "news", n: number) => {
    let made = 0;
    for (const a of rng.shuffle(pool)) {
      if (made >= n) break;
      const st: Style = { dollar: rng.chance(0.5), pctSign: rng.chance(0.5) };
      const key = sourceKey(a);
      const cited = rng.chance(0.5);
      const built = buildDraft(a, domain, st, rng, cited ? key : undefined);
      if (!built) continue;
      const figs = figures(built.draft);
      if (figs.length < (domain === "news" ? 3 : 2)) continue;
      const { draft, errors } = plantErrors(built.draft, built.pool, factsOf(a.text), rng);
      cases.push({
        id: `${DATASET}-${a.id}`, dataset: DATASET, domain, split: splitOf(String(a.id)),
        sources: [{ name: `${key}.txt`, text: a.text }], draft, errors, otherErrors: [],
      });
      made++;
    }
  };
  take(earnings, "earnings", Math.ceil(TOTAL / 2));
  take(news, "news", Math.floor(TOTAL / 2));
  cases.sort((x, y) => Number(x.id.split("-").pop()) - Number(y.id.split("-").pop()));
  const byLabel = new Map<string, number>();
  for (const c of cases) for (const e of c.errors) byLabel.set(`${c.split}/${c.domain}/${e.label}`, (byLabel.get(`${c.split}/${c.domain}/${e.label}`) ?? 0) + 1);
  writeCases(DATASET, cases, outPath);
  const labels = [...new Set([...byLabel.keys()].map((k) => k.split("/")[2]))].sort();
  process.stderr.write(`  errors by label (all / dev / heldout; earnings+news):\n`);
  for (const l of labels) {
    const n = (sp?: string, d?: string) => [...byLabel].filter(([k]) => k.endsWith(`/${l}`) && (!sp || k.startsWith(`${sp}/`)) && (!d || k.includes(`/${d}/`))).reduce((s, [, v]) => s + v, 0);
    process.stderr.write(`    ${l.padEnd(20)} ${n()} / ${n("dev")} / ${n("heldout")}   (earnings ${n(undefined, "earnings")}, news ${n(undefined, "news")})\n`);
  }
  const zero = cases.filter((c) => c.errors.length === 0).length;
  process.stderr.write(`  errors per case: 0=${zero} 1=${cases.filter((c) => c.errors.length === 1).length} 2=${cases.filter((c) => c.errors.length === 2).length}; cited ${cases.filter((c) => c.draft.includes("[@")).length}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
