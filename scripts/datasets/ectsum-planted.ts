// ECTSum planted: earnings-call summaries checked against their call transcripts, with figure
// errors planted mechanically. ECTSum (Mukherjee et al., EMNLP 2022, github.com/rajdeep345/ECTSum,
// code GPL-3.0) pairs Motley Fool earnings-call transcripts (one sentence a line) with the
// Reuters-written bullet summaries of the same results (one bullet a line, lower-case). The data is
// read at run time from a fetched copy and never committed.
// Draft = the summary's bullets as a Markdown list ("- " before each line, text as is); source =
// the transcript. 0-2 errors are planted with plant.ts (EARNINGS forms), as reuters-planted.ts does:
// extrinsic-perturb, intrinsic-swap, date-shift (q1 -> q2, 2021 -> 2022, fy22 -> fy23), scale,
// unit-flip. Many summary figures come from the press release, not the call: every digit string of
// the draft that no digit string of the transcript equals in text or value (commas and trailing
// dots removed; the digit of "q3" counts as stated when the transcript names the third quarter) is
// listed in `unstated` and in `otherErrors`, so findings there are not counted as false alarms;
// such figures are never planted into. Deterministic (seeded).
// Usage: node --import tsx scripts/datasets/ectsum-planted.ts [<ECTSum git dir or work tree>] [<out.jsonl>] [--seed N] [--cases N] [--max-chars N]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Rng } from "../bench/rng.ts";
import { type Case, splitOf, takeFlag, writeCases } from "./common.ts";
import { EARNINGS, type Fig, factsOf, figures, plantErrors } from "./plant.ts";
import { type Quantity, quantitiesIn, ruled, statesQuantity } from "./stated-quantities.ts";

const DATASET = "ectsum-planted";
const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => takeFlag(argv, name, dflt);
const SEED = flag("--seed", 2022);
const TOTAL = flag("--cases", 800);
const MAX_CHARS = flag("--max-chars", 60000);
const repo = argv[0] ?? "/work/.mirror/rajdeep345+ECTSum/repo";
const outPath = argv[1];
const SPLITS = ["train", "val", "test"] as const;

interface Pair { split: (typeof SPLITS)[number]; key: string; transcript: string; summary: string }

/** Every transcript/summary pair under data/final, from a work tree or (bare) git directory. */
function readPairs(): Pair[] {
  const files = new Map<string, string>();
  if (existsSync(join(repo, "data", "final"))) {
    for (const s of SPLITS) for (const sub of ["ects", "gt_summaries"]) {
      const dir = join(repo, "data", "final", s, sub);
      for (const f of readdirSync(dir)) files.set(`data/final/${s}/${sub}/${f}`, readFileSync(join(dir, f), "utf8"));
    }
  } else {
    const tree = execFileSync("git", ["-C", repo, "ls-tree", "-r", "HEAD", "data/final"], { encoding: "utf8", maxBuffer: 1 << 26 });
    const entries = tree.split("\n").filter(Boolean).map((l) => { const [meta, path] = l.split("\t"); return { sha: meta.split(" ")[2], path }; })
      .filter((e) => /\/(?:ects|gt_summaries)\/[^/]+\.txt$/.test(e.path));
    const out = execFileSync("git", ["-C", repo, "cat-file", "--batch"], { input: entries.map((e) => e.sha).join("\n") + "\n", maxBuffer: 1 << 30 });
    let at = 0;
    for (const e of entries) {
      const nl = out.indexOf(10, at);
      const size = Number(out.subarray(at, nl).toString("latin1").split(" ")[2]);
      files.set(e.path, out.subarray(nl + 1, nl + 1 + size).toString("utf8"));
      at = nl + 1 + size + 1;
    }
  }
  const pairs: Pair[] = [];
  for (const [path, transcript] of files) {
    const m = /^data\/final\/(train|val|test)\/ects\/(.+)\.txt$/.exec(path);
    if (!m) continue;
    const summary = files.get(`data/final/${m[1]}/gt_summaries/${m[2]}.txt`);
    if (summary !== undefined) pairs.push({ split: m[1] as Pair["split"], key: m[2], transcript, summary });
  }
  return pairs.sort((a, b) => (a.split + a.key < b.split + b.key ? -1 : 1));
}

const DIGITS = /\d[\d,.]*/g;
const norm = (t: string) => t.replace(/,/g, "").replace(/\.+$/, "");
const ORDINAL = ["first", "second", "third", "fourth"];

/** What a transcript states, for telling which draft figures it does not state at all. */
interface Stated { tokens: Set<string>; values: Set<number>; text: string; quantities: Quantity[] }
function statedIn(text: string): Stated {
  const tokens = new Set([...text.matchAll(DIGITS)].map((m) => norm(m[0])));
  return { tokens, values: new Set([...tokens].map(Number).filter(Number.isFinite)), text, quantities: quantitiesIn(text) };
}

/**
 * Spans of the digit strings of `draft` the source does not state: no digit string of the source
 * equals it (commas and trailing dots removed) or has its value ("1.50" = "1.5"); the digit of a
 * quarter "q3" counts as stated when the source names that quarter ("third quarter", "Q3"), and the
 * two digits of "fy22" when the source has 2022. With `byQuantity`, also a percent, an amount of
 * money or a scaled count the source does not state as the same quantity (stated-quantities.ts:
 * "$1.24 billion" is not stated by "$1.24", nor "5%" by "5-star").
 */
function unstatedSpans(draft: string, src: Stated, byQuantity = false): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const quantities = byQuantity ? quantitiesIn(draft) : [];
  for (const m of draft.matchAll(DIGITS)) {
    const t = norm(m[0]), before = draft.slice(Math.max(0, m.index - 4), m.index);
    const span = { start: m.index, end: m.index + m[0].replace(/[.,]+$/, "").length };
    const q = quantities.find((x) => x.start <= m.index && m.index < x.end);
    if (q && ruled(q) && !statesQuantity(src.quantities, q)) {
      out.push(span);
      continue;
    }
    if (src.tokens.has(t) || src.values.has(Number(t))) continue;
    if (/\bq$/i.test(before) && /^[1-4]$/.test(t) && new RegExp(String.raw`\b(?:${ORDINAL[Number(t) - 1]}[- ]quarter|q${t})\b`, "i").test(src.text)) continue;
    if (/\b(?:fy|fiscal) ?['’]?$/i.test(before) && /^\d\d$/.test(t) && src.values.has(2000 + Number(t))) continue;
    out.push(span);
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function main(): void {
  const all = readPairs();
  const rng = new Rng(SEED);
  const fit = all.filter((p) => p.transcript.length <= MAX_CHARS && /\d/.test(p.summary));
  const picked = rng.shuffle(fit).slice(0, TOTAL);
  const cases: (Case & { unstated: { start: number; end: number }[] })[] = [];
  let tokens = 0, literal = 0, unstatedTokens = 0, draftsWithUnstated = 0, byQuantity = 0;
  for (const p of picked) {
    const lines = p.summary.split(/\r?\n/).map((l) => l.replace(/\s+$/, "")).filter((l) => l.trim());
    const clean = lines.map((l) => `- ${l}`).join("\n") + "\n";
    const src = statedIn(p.transcript);
    const before = unstatedSpans(clean, src);
    tokens += [...clean.matchAll(DIGITS)].length;
    literal += [...clean.matchAll(DIGITS)].filter((m) => !src.tokens.has(norm(m[0]))).length;
    unstatedTokens += before.length;
    if (before.length) draftsWithUnstated++;
    const keep = (f: Fig) => before.some((u) => overlap(u, f));
    const { draft, errors } = plantErrors(clean, figures(p.transcript, EARNINGS), factsOf(p.transcript), rng, EARNINGS, keep);
    // Planting keeps to the digit-string rule (`keep`, above); the label reads quantities too.
    const unstated = unstatedSpans(draft, src, true).filter((u) => !errors.some((e) => overlap(u, e)));
    byQuantity += unstated.length - unstatedSpans(draft, src).filter((u) => !errors.some((e) => overlap(u, e))).length;
    const [ticker, quarter, year] = p.key.split("_");
    cases.push({
      id: `ectsum-${p.split}-${p.key}`, dataset: DATASET, domain: "earnings-call", split: splitOf(p.transcript),
      sources: [{ name: `${[ticker, quarter, year].filter(Boolean).join("-")}.txt`, text: p.transcript }],
      draft, errors, otherErrors: unstated, unstated,
    });
  }
  cases.sort((a, b) => (a.id < b.id ? -1 : 1));
  writeCases(DATASET, cases, outPath);
  const byLabel = new Map<string, number>();
  for (const c of cases) for (const e of c.errors) byLabel.set(`${c.split}/${e.label}`, (byLabel.get(`${c.split}/${e.label}`) ?? 0) + 1);
  const labels = [...new Set([...byLabel.keys()].map((k) => k.split("/")[1]))].sort();
  const n = (l: string, sp?: string) => [...byLabel].filter(([k]) => k.endsWith(`/${l}`) && (!sp || k.startsWith(`${sp}/`))).reduce((s, [, v]) => s + v, 0);
  process.stderr.write(`  pairs ${all.length}, transcripts <= ${MAX_CHARS} chars with a digit in the summary ${fit.length}, taken ${cases.length}\n`);
  process.stderr.write(`  errors by label (all / dev / heldout):\n`);
  for (const l of labels) process.stderr.write(`    ${l.padEnd(20)} ${n(l)} / ${n(l, "dev")} / ${n(l, "heldout")}\n`);
  const count = (k: number) => cases.filter((c) => c.errors.length === k).length;
  process.stderr.write(`  errors per case: 0=${count(0)} 1=${count(1)} 2=${count(2)}\n`);
  process.stderr.write(`  clean summaries: ${tokens} digit strings, ${literal} (${(100 * literal / tokens).toFixed(1)}%) not a digit string of the transcript, ${unstatedTokens} (${(100 * unstatedTokens / tokens).toFixed(1)}%) not stated (also by value or quarter name); ${draftsWithUnstated} of ${cases.length} summaries have one\n`);
  process.stderr.write(`  unstated as a quantity only (stated-quantities.ts): ${byQuantity} spans in final drafts\n`);
  for (const sp of ["dev", "heldout"]) {
    const cs = cases.filter((c) => c.split === sp);
    process.stderr.write(`    ${sp}: ${cs.length} cases, ${cs.reduce((s, c) => s + c.unstated.length, 0)} unstated spans in final drafts, ${cs.filter((c) => c.unstated.length).length} drafts with one\n`);
  }
}

main();
