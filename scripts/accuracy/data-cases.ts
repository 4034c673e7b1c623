/**
 * Cases of external span-labelled datasets, as the converters in scripts/datasets/ write them
 * to .data/<name>.jsonl (one case a line; see scripts/datasets/README.md).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Span } from './labels.ts';

/** One labelled summary with its sources. */
export interface DataCase {
  id: string;
  dataset: string;
  domain: string;
  split: 'dev' | 'heldout';
  sources: { name: string; text: string }[];
  draft: string;
  /** Figure-error spans (UTF-16 offsets into draft). */
  errors: (Span & { text?: string; label?: string })[];
  /** Other (non-figure) error spans. */
  otherErrors: Span[];
}

function spans(x: unknown, where: string): Span[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) throw new Error(`${where}: not an array`);
  return x.map((s: Record<string, unknown>, i) => {
    if (typeof s?.start !== 'number' || typeof s?.end !== 'number') throw new Error(`${where}[${i}]: start/end missing`);
    return { ...s, start: s.start, end: s.end };
  });
}

/** Validates one parsed line; throws with `where` in the message. */
function toCase(row: Record<string, unknown>, where: string): DataCase {
  if (typeof row.draft !== 'string') throw new Error(`${where}: missing "draft"`);
  if (!Array.isArray(row.sources)) throw new Error(`${where}: missing "sources"`);
  const sources = (row.sources as Record<string, unknown>[]).map((s, i) => {
    if (typeof s?.text !== 'string') throw new Error(`${where}: sources[${i}] has no text`);
    return { name: typeof s.name === 'string' && s.name ? s.name : `source-${i + 1}.txt`, text: s.text };
  });
  return {
    id: String(row.id ?? where),
    dataset: String(row.dataset ?? '?'),
    domain: String(row.domain ?? '?'),
    split: row.split === 'heldout' ? 'heldout' : 'dev',
    sources,
    draft: row.draft,
    errors: spans(row.errors, `${where} errors`),
    otherErrors: spans(row.otherErrors, `${where} otherErrors`),
  };
}

/** Reads one .jsonl (or .jsonl.gz) file of cases; blank lines are skipped. */
export function readDataCases(path: string): DataCase[] {
  let bytes: Uint8Array = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const lines = new TextDecoder().decode(bytes).split('\n');
  const out: DataCase[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }
    out.push(toCase(row, where));
  }
  return out;
}

/** A file name safe for the virtual corpus folder, ending in .txt. */
export function sourceFileName(name: string, index: number): string {
  const base = name.replace(/\.[^./]*$/, '').replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '') || `source-${index + 1}`;
  return `${base}.txt`;
}
