// DeFacto (Liu et al., ACL 2023, "On Improving Summarization Factual Consistency from Natural
// Language Feedback"): Pegasus summaries of XSum articles, each judged by a human who, when the
// summary is not consistent, wrote instructions and a minimally corrected summary. The error spans
// are the words of the original summary that the human correction deletes or replaces (a word-level
// diff). Writes .data/defacto.jsonl.
// Usage: node --import tsx scripts/datasets/defacto.ts [<fetched repo: git dir or work tree>] [<out.jsonl>]
import { type Case, type Span, classify, splitOf, writeCases } from "./common.ts";
import { records, repair, repaired } from "./defacto-read.ts";

const repo = process.argv[2] ?? "/work/.mirror/microsoft+DeFacto/repo";

interface Tok { text: string; start: number; end: number }
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const tokens = (s: string): Tok[] => [...s.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const isWord = (t: Tok) => /[\p{L}\p{N}]/u.test(t.text);

/**
 * The runs of `draft` tokens that an LCS alignment with `fixed` does not keep (tokens compared
 * case-insensitively), each trimmed of punctuation at its ends; runs of punctuation only are
 * dropped. Returns the spans and how many edits were pure insertions (nothing of the draft removed).
 */
export function changedSpans(draft: string, fixed: string): { spans: [number, number][]; insertions: number } {
  const a = tokens(draft), b = tokens(fixed);
  const eq = (i: number, j: number) => a[i].text.toLowerCase() === b[j].text.toLowerCase();
  const L: number[][] = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) {
    L[i][j] = eq(i, j) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  }
  const kept = new Array(a.length).fill(false);
  const insertedBefore = new Array(a.length + 1).fill(false);
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    if (i < a.length && j < b.length && eq(i, j)) { kept[i] = true; i++; j++; }
    else if (j < b.length && (i === a.length || L[i][j + 1] >= L[i + 1][j])) { if (isWord(b[j])) insertedBefore[i] = true; j++; }
    else i++;
  }
  const spans: [number, number][] = [];
  let insertions = 0;
  for (let i = 0; i <= a.length;) {
    if (i < a.length && !kept[i]) {
      let k = i;
      while (k < a.length && !kept[k]) k++;
      const run = a.slice(i, k).filter(isWord);
      if (run.length) spans.push([run[0].start, run[run.length - 1].end]);
      else if (insertedBefore.slice(i, k + 1).some(Boolean)) insertions++;
      i = k;
    } else {
      if (insertedBefore[i] && (i === 0 || kept[i - 1])) insertions++;
      i++;
    }
  }
  return { spans, insertions };
}

let unfixed = 0, insertionsOnly = 0, insertions = 0;
const cases: Case[] = [];
for (const file of ["train", "val", "test"]) {
  for (const r of records(repo, file)) {
    const draft = r.candidate;
    const fixed = r.feedback?.summary ?? "";
    const spans: Span[] = [];
    if (r.has_error) {
      if (!fixed.trim() || fixed === draft) { unfixed++; continue; } // an error nobody located: not a clean case either
      const kind = [r.intrinsic_error && "intrinsic", r.extrinsic_error && "extrinsic"].filter(Boolean).join("+") || "unspecified";
      const d = changedSpans(draft, fixed);
      insertions += d.insertions;
      if (!d.spans.length) { insertionsOnly++; continue; } // the fix only adds words: no span of the draft to point at
      for (const [s0, e] of d.spans) {
        const s = s0 > 0 && /[$€£¥]/.test(draft[s0 - 1]) ? s0 - 1 : s0; // take in the currency sign of "£3m"
        spans.push({ start: s, end: e, text: draft.slice(s, e), label: `corrected (${kind})` });
      }
    }
    const source = repair(r.article);
    cases.push({
      id: `defacto-${file}-${r.doc_id}`, dataset: "defacto", domain: "news", split: splitOf(source),
      sources: [{ name: "article.txt", text: source }], draft, ...classify(draft, spans),
    });
  }
}

writeCases("defacto", cases, process.argv[3]);
process.stderr.write(`  dropped: ${unfixed} summaries marked wrong without a different corrected summary, ${insertionsOnly} whose correction only inserts words\n`);
process.stderr.write(`  mojibake runs repaired in the articles: ${repaired()}\n`);
process.stderr.write(`  pure insertions inside kept cases (not spans): ${insertions}\n`);
