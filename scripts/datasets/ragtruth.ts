// RAGTruth (Niu et al., ACL 2024): LLM responses with word-level hallucination spans. Keeps the
// Summary task only (news: CNN/DM and recent news) and writes .data/ragtruth.jsonl.
// Usage: node --import tsx scripts/datasets/ragtruth.ts [<fetched repo: git dir or work tree>] [<out.jsonl>]
// The repo must hold dataset/response.jsonl and dataset/source_info.jsonl (both are larger than
// 4 MiB, so a snapshot without large files lacks them: use a full clone, see README.md here).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, type Span, classify, splitOf, writeCases } from "./common.ts";

const repo = process.argv[2] ?? "/work/.mirror/ParticleMedia+RAGTruth/repo";
function read(path: string): string {
  if (existsSync(join(repo, path))) return readFileSync(join(repo, path), "utf8");
  try {
    return execFileSync("git", ["-C", repo, "show", `HEAD:${path}`], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    throw new Error(`${path} is not in ${repo} (a snapshot without files of 4 MiB and more lacks it; clone ParticleMedia/RAGTruth in full)`);
  }
}
const lines = (s: string) => s.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

interface Label { start: number; end: number; text: string; label_type: string; implicit_true?: boolean; due_to_null?: boolean; meta?: string }
interface Response { id: string; source_id: string; model: string; labels: Label[]; split: string; quality: string; response: string }
interface Source { source_id: string; task_type: string; source: string; source_info: unknown; prompt: string }

const sources = new Map<string, Source>();
for (const s of lines(read("dataset/source_info.jsonl")) as Source[]) if (s.task_type === "Summary") sources.set(s.source_id, s);

let moved = 0, dropped = 0;
const cases: Case[] = [];
for (const r of lines(read("dataset/response.jsonl")) as Response[]) {
  const src = sources.get(r.source_id);
  if (!src) continue; // QA and Data2txt responses
  const source = String(src.source_info);
  const draft = r.response;
  const spans: Span[] = [];
  for (const l of r.labels ?? []) {
    const at = find(draft, l);
    if (at === undefined) { dropped++; continue; }
    if (at !== l.start) moved++;
    spans.push({ start: at, end: at + l.text.length, text: l.text, label: l.label_type });
  }
  cases.push({
    id: `ragtruth-${r.id}`, dataset: "ragtruth", domain: "news", split: splitOf(source),
    sources: [{ name: "source.txt", text: source }], draft, ...classify(draft, spans),
  });
}

/** The label's UTF-16 offset: its own start when the text is there, else the nearest occurrence of the text. */
function find(draft: string, l: Label): number | undefined {
  if (!l.text) return undefined;
  if (draft.slice(l.start, l.start + l.text.length) === l.text) return l.start;
  let best: number | undefined;
  for (let i = draft.indexOf(l.text); i >= 0; i = draft.indexOf(l.text, i + 1)) {
    if (best === undefined || Math.abs(i - l.start) < Math.abs(best - l.start)) best = i;
  }
  return best;
}

writeCases("ragtruth", cases, process.argv[3]);
process.stderr.write(`  labels re-anchored to their text: ${moved}; labels whose text is not in the response (dropped): ${dropped}\n`);
