// DeFacto planted: news summaries that a human has judged or corrected to be consistent with
// their article, with figure errors planted mechanically. DeFacto (Liu et al., ACL 2023,
// github.com/microsoft/DeFacto, MIT; articles from XSum, BBC, research use) has, for every Pegasus
// summary of an XSum article, a human judgement and, for an inconsistent one, a minimally
// corrected summary. Draft = the corrected summary (or the summary itself when judged consistent);
// source = the article. 0-2 errors are planted with plant.ts (WIRE forms), as reuters-planted.ts
// does. Figures the article does not state at all (digit strings, number words, months and
// weekdays that the article has in no form; XSum summaries restate the article's removed first
// sentence, which the annotators did not always strip) are listed in `unstated` and `otherErrors`,
// never planted into, so findings on them are neither hits nor false alarms. The findings on
// everything else measure false alarms on human-checked summaries. Deterministic (seeded); the
// split follows the article as in defacto.ts. The data is read from a fetched copy, never committed.
// Usage: node --import tsx scripts/datasets/defacto-planted.ts [<DeFacto git dir or work tree>] [<out.jsonl>] [--seed N]
import { Rng } from "../bench/rng.ts";
import { type Case, splitOf, takeFlag, writeCases } from "./common.ts";
import { records, repair } from "./defacto-read.ts";
import { WIRE, type Fig, factsOf, figures, plantErrors } from "./plant.ts";

const DATASET = "defacto-planted";
const argv = process.argv.slice(2);
const SEED = takeFlag(argv, "--seed", 2023);
const repo = argv[0] ?? "/work/.mirror/microsoft+DeFacto/repo";
const outPath = argv[1];

const WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
  "half", "third", "quarter", "dozen", "dozens", "twice", "double", "first", "second", "fourth", "fifth", "sixth",
  "seventh", "eighth", "ninth", "tenth", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const TOKEN = new RegExp(String.raw`\d[\d,.]*|\b(?:${WORDS.join("|")})\b`, "gi");
const norm = (t: string) => t.toLowerCase().replace(/,/g, "").replace(/\.+$/, "");

/** Spans of the draft's figure tokens that the source has in no form (as a token, or a digit string of the same value). */
function unstatedSpans(draft: string, source: string): { start: number; end: number }[] {
  const tokens = new Set([...source.matchAll(TOKEN)].map((m) => norm(m[0])));
  const values = new Set([...tokens].map(Number).filter(Number.isFinite));
  const out: { start: number; end: number }[] = [];
  for (const m of draft.matchAll(TOKEN)) {
    const t = norm(m[0]);
    if (t === "may" && m[0] !== "May") continue;
    if (tokens.has(t) || values.has(Number(t))) continue;
    out.push({ start: m.index, end: m.index + m[0].replace(/[.,]+$/, "").length });
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function main(): void {
  const rng = new Rng(SEED);
  const cases: Case[] = [];
  let corrected = 0, judgedConsistent = 0, skipped = 0;
  for (const file of ["train", "val", "test"]) {
    for (const r of records(repo, file)) {
      const fixed = r.feedback?.summary?.trim() ?? "";
      const draft0 = r.has_error ? fixed : r.candidate.trim();
      if (!draft0 || (r.has_error && fixed === r.candidate.trim())) { skipped++; continue; }
      if (r.has_error) corrected++; else judgedConsistent++;
      const source = repair(r.article);
      const before = unstatedSpans(draft0, source);
      const keep = (f: Fig) => before.some((u) => overlap(u, f));
      const { draft, errors } = plantErrors(draft0, figures(source, WIRE), factsOf(source), rng, WIRE, keep);
      const unstated = unstatedSpans(draft, source).filter((u) => !errors.some((e) => overlap(u, e)));
      cases.push({
        id: `defacto-planted-${file}-${r.doc_id}`, dataset: DATASET, domain: "news", split: splitOf(source),
        sources: [{ name: "article.txt", text: source }], draft, errors, otherErrors: unstated, unstated,
      });
    }
  }
  cases.sort((a, b) => (a.id < b.id ? -1 : 1));
  writeCases(DATASET, cases, outPath);
  const planted = cases.reduce((n, c) => n + c.errors.length, 0);
  process.stderr.write(`  drafts: ${corrected} corrected by a human, ${judgedConsistent} judged consistent; ${skipped} skipped (no different correction)\n`);
  process.stderr.write(`  planted errors: ${planted}; unstated figure tokens kept out of scoring: ${cases.reduce((n, c) => n + (c.unstated?.length ?? 0), 0)}\n`);
}

main();
