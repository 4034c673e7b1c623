// Reading the DeFacto data (Liu et al., ACL 2023; github.com/microsoft/DeFacto, MIT) from a fetched
// copy: its records, and the repair of the articles' mojibake. Shared by defacto.ts and
// defacto-planted.ts.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One judged summary of the DeFacto files. */
export interface Rec {
  article: string; abstract: string; candidate: string; doc_id: number;
  has_error: boolean; intrinsic_error: boolean; extrinsic_error: boolean;
  feedback?: { summary?: string; evidence?: string; explanation?: string; instruction?: string; instruction_list?: string[] };
}

/** Every record of data/<file>.jsonl (train, val, test), from a work tree or a (bare) git directory. */
export function records(repo: string, file: string): Rec[] {
  const path = `data/${file}.jsonl`;
  const text = existsSync(join(repo, path)) ? readFileSync(join(repo, path), "utf8")
    : execFileSync("git", ["-C", repo, "show", `HEAD:${path}`], { encoding: "utf8", maxBuffer: 1 << 28 });
  return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);
}

// About 280 articles carry UTF-8 read as Windows-1252 ("Â£7m" for "£7m", "â‚¬" for "€"); the
// summaries do not. Each such run is decoded back when it is valid UTF-8, else left as is.
const CP1252: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a,
  "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
  "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};
const MOJIBAKE_RE = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${Object.keys(CP1252).join("")}]+`, "g");
let repairedRuns = 0;
/** How many mojibake runs `repair` decoded so far. */
export const repaired = (): number => repairedRuns;
/** The text with its UTF-8-read-as-Windows-1252 runs decoded back. */
export function repair(text: string): string {
  return text.replace(MOJIBAKE_RE, (run) => {
    const bytes = [...run].map((ch) => CP1252[ch] ?? ch.charCodeAt(0));
    try {
      const out = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
      repairedRuns++;
      return out;
    } catch { return run; }
  });
}

