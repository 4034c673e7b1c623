// Reuters planted: drafts written mechanically from real Reuters-21578 articles (Distribution 1.0,
// read at run time, never committed: research use only), each a short summary of 2-4 sentences
// rewritten out of wire style ("mln dlrs" -> "$X million", "pct" -> "percent", "vs" -> "compared
// with", earnings-table rows -> sentences), with 0-2 figure errors planted mechanically:
// extrinsic-perturb, intrinsic-swap, date-shift, scale, unit-flip. Half the cases are earnings
// reports (domain "earnings"), half other news with at least 3 figures (domain "news").
// The figure finding and planting are in plant.ts (shared with ectsum-planted.ts).
// Deterministic (seeded). Writes .data/reuters-planted.jsonl; see README.md here.
// Usage: node --import tsx scripts/datasets/reuters-planted.ts [<reuters21578 folder or articles.jsonl.gz>] [<out.jsonl>] [--seed N] [--cases N]
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Article, readJsonl } from "../bench/jsonl.ts";
import { Rng } from "../bench/rng.ts";
import { splitSentencesLoose } from "../bench/sentences.ts";
import { type Case, splitOf, takeFlag, writeCases } from "./common.ts";
import { type Fig, NUM, factsOf, figures, plantErrors } from "./plant.ts";

const DATASET = "reuters-planted";
const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => takeFlag(argv, name, dflt);
const SEED = flag("--seed", 21578);
const TOTAL = flag("--cases", 600);
const root = resolve(dirname(process.argv[1] ?? "scripts/datasets/x.ts"), "..", "..");
let input = argv[0] ?? resolve(root, "..", "shared", "corpora", "reuters21578");
if (existsSync(input) && statSync(input).isDirectory()) input = join(input, "articles.jsonl.gz");
const outPath = argv[1];

// ---------------------------------------------------------------------------------------------
// Wire style -> draft style

interface Style { dollar: boolean; pctSign: boolean }

const MONTH_ABBR: Record<string, string> = {
  jan: "January", feb: "February", mar: "March", apr: "April", jun: "June", jul: "July", aug: "August",
  sep: "September", sept: "September", oct: "October", nov: "November", dec: "December",
};
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
  m = /^(\d{1,2}) (?:wks|weeks)\b/i.exec(t);
  if (m) return `the ${m[1]} weeks`;
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
