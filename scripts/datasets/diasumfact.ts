// DiaSumFact (Zhu, Qi & Lau, ACL 2023): model summaries of SAMSum chats and QMSum meetings with
// span-level factual-error annotations. Converts annotations.json to .data/diasumfact.jsonl.
// Usage: node --import tsx scripts/datasets/diasumfact.ts [<fetched repo: git dir or work tree>] [<out.jsonl>]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, type Span, classify, splitOf, writeCases } from "./common.ts";

const repo = process.argv[2] ?? "/work/.mirror/731935354+Dia-Sum-Fact/repo";
const raw = existsSync(join(repo, "annotations.json"))
  ? readFileSync(join(repo, "annotations.json"), "utf8")
  : execFileSync("git", ["-C", repo, "show", "HEAD:annotations.json"], { encoding: "utf8", maxBuffer: 1 << 28 });

interface Ann { error_class: string; error_span: string; "intrinsic/extrinsic": string; comment: string }
interface Rec {
  utterances: string[]; query: string; target_summary: string; dataset_name: string;
  annotations: Record<string, { model_prediction: string; sentence_annotations: { index: number; sentence: string; annotation: Ann[] }[] }>;
}
const data = JSON.parse(raw) as Record<string, Rec>;

let unlocatedSentences = 0, unlocatedSpans = 0;
const cases: Case[] = [];
for (const [dialogId, rec] of Object.entries(data)) {
  const source = rec.utterances.join("\n");
  const split = splitOf(source);
  const domain = rec.dataset_name === "QMSum" ? "meeting" : "chat";
  for (const [model, a] of Object.entries(rec.annotations)) {
    const draft = a.model_prediction;
    const spans: Span[] = [];
    let cursor = 0;
    for (const s of a.sentence_annotations) {
      let at = draft.indexOf(s.sentence, cursor);
      if (at < 0) at = draft.indexOf(s.sentence);
      if (at < 0) at = draft.toLowerCase().indexOf(s.sentence.trim().toLowerCase());
      const errs = s.annotation.filter((e) => e.error_class !== "No Error");
      if (at < 0) { unlocatedSentences++; unlocatedSpans += errs.length; continue; }
      const sentence = draft.slice(at, at + s.sentence.trim().length);
      cursor = at + sentence.length;
      for (const e of errs) {
        const loc = locate(sentence, e.error_span.trim());
        if (!loc) { unlocatedSpans++; continue; }
        spans.push({ start: at + loc[0], end: at + loc[1], text: draft.slice(at + loc[0], at + loc[1]), label: e.error_class });
      }
    }
    cases.push({
      id: `diasumfact-${dialogId}-${model}`, dataset: "diasumfact", domain, split,
      sources: [{ name: rec.dataset_name === "QMSum" ? "meeting.txt" : "chat.txt", text: source }],
      draft, ...classify(draft, spans),
    });
  }
}

/** Where the annotated span sits in its sentence: exact, "whole sentence", or "a ... b" (first match). */
function locate(sentence: string, span: string): [number, number] | undefined {
  if (!span || /^(the )?whole sentence$/i.test(span)) return [0, sentence.length];
  let i = sentence.indexOf(span);
  if (i < 0) i = sentence.toLowerCase().indexOf(span.toLowerCase());
  if (i >= 0) return [i, i + span.length];
  const parts = span.split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean);
  if (parts.length > 1) {
    const a = sentence.indexOf(parts[0]);
    const last = parts[parts.length - 1];
    const b = a < 0 ? -1 : sentence.indexOf(last, a + parts[0].length);
    if (a >= 0 && b >= 0) return [a, b + last.length];
  }
  return undefined;
}

writeCases("diasumfact", cases, process.argv[3]);
process.stderr.write(`  unlocated: ${unlocatedSentences} summary sentences, ${unlocatedSpans} error spans (dropped)\n`);
