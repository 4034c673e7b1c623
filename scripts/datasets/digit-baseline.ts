// Baseline: flag every digit string of the draft that no source has (commas removed); score per dataset and split.
// Usage: node --import tsx scripts/datasets/digit-baseline.ts .data/<name>.jsonl [...more.jsonl]
import { readFileSync } from "node:fs";
const norm = (t: string) => t.replace(/,/g, "").replace(/\.+$/, "");
const stats = new Map<string, { flagged: number; hit: number; spans: number; found: number }>();
for (const line of process.argv.slice(2).flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean))) {
  const c = JSON.parse(line), s = stats.get(`${c.dataset} ${c.split}`) ?? { flagged: 0, hit: 0, spans: 0, found: 0 };
  const known = new Set(c.sources.flatMap((x: { text: string }) => [...x.text.matchAll(/\d[\d,.]*/g)].map((m) => norm(m[0]))));
  const flags = [...c.draft.matchAll(/\d[\d,.]*/g)].filter((m) => !known.has(norm(m[0]))).map((m) => [m.index, m.index + m[0].length]);
  const over = (a: number[], b: { start: number; end: number }) => a[0] < b.end && b.start < a[1];
  s.flagged += flags.length; s.hit += flags.filter((f) => [...c.errors, ...c.otherErrors].some((e) => over(f, e))).length;
  s.spans += c.errors.length; s.found += c.errors.filter((e: { start: number; end: number }) => flags.some((f) => over(f, e))).length;
  stats.set(`${c.dataset} ${c.split}`, s);
}
for (const [k, s] of [...stats].sort()) console.log(`${k.padEnd(22)} precision ${(s.hit / s.flagged || 0).toFixed(3)} (${s.hit}/${s.flagged})  recall ${(s.found / s.spans || 0).toFixed(3)} (${s.found}/${s.spans})`);
