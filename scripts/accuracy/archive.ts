/**
 * Archive-scale accuracy: the fixture corpus plus a large archive (Reuters-21578) served
 * from memory under a virtual folder, and the comparison of that run with the plain run.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystem } from '../../server/src/core/types.ts';
import { readJsonl, type Article } from '../bench/jsonl.ts';
import { canonical, MemFs } from '../bench/memfs.ts';
import { GROUPS } from './report.ts';
import { rates, sumTallies, type Tally } from './score.ts';

/** The virtual folder the archive's articles live in (absolute, never on disk). */
export const ARCHIVE_FOLDER = '/__archive__/reuters';

/** Largest allowed change of figure.* and all precision or recall, archive vs plain. */
export const MAX_DELTA = 0.02;

/** Groups whose precision and recall may not move by more than MAX_DELTA. */
const GUARDED = new Set(['figure.*', 'all']);

/** The archive's JSON-lines file: `path` itself, or articles.jsonl(.gz) in the folder `path`. */
export function archiveFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  for (const name of ['articles.jsonl.gz', 'articles.jsonl']) if (existsSync(join(path, name))) return join(path, name);
  throw new Error(`${path}: no articles.jsonl.gz or articles.jsonl in this folder`);
}

/** Reads the archive's articles (see archiveFile). */
export async function readArchive(path: string): Promise<Article[]> {
  return readJsonl(archiveFile(path));
}

/**
 * An article as an archive keeps it: its text with the title and date as front matter
 * (a real archive knows when each story ran; "different years are different facts").
 */
export function archiveText(a: Article): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(a.date ?? '')?.[0];
  if (!date) return a.text;
  return `---\ntitle: ${JSON.stringify(a.title)}\ndate: ${date}\n---\n${a.text}`;
}

/** A MemFs holding each article as `ARCHIVE_FOLDER/reuters-<file>`. */
export function archiveMemFs(articles: readonly Article[]): MemFs {
  const mem = new MemFs();
  for (const a of articles) mem.addFile(`${ARCHIVE_FOLDER}/reuters-${a.file}`, archiveText(a));
  return mem;
}

/** A FileSystem serving paths under `folder` from `mem` and every other path from `disk`. */
export function overlayFs(disk: FileSystem, mem: FileSystem, folder: string): FileSystem {
  const prefix = canonical(folder);
  const inMem = (path: string): boolean => {
    const p = canonical(path.replace(/\\/g, '/'));
    return p === prefix || p.startsWith(prefix + '/');
  };
  const pick = (path: string): FileSystem => (inMem(path) ? mem : disk);
  return {
    readDir: (path) => pick(path).readDir(path),
    readFile: (path) => pick(path).readFile(path),
    stat: (path) => pick(path).stat(path),
  };
}

/** Precision and recall of one group in both runs. */
export interface GroupDelta {
  group: string;
  plain: { precision?: number; recall?: number };
  archive: { precision?: number; recall?: number };
  /** True when a guarded rate moved by more than MAX_DELTA (or became undefined). */
  exceeds: boolean;
}

function moved(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a !== b;
  return Math.abs(a - b) > MAX_DELTA + 1e-9;
}

/** Per group (figure.*, quote.*, all): the plain and archive rates and whether they moved too far. */
export function groupDeltas(plain: Map<string, Tally>, archive: Map<string, Tally>): GroupDelta[] {
  return GROUPS.map(([group, pick]) => {
    const p = rates(sumTallies(plain, pick));
    const a = rates(sumTallies(archive, pick));
    const exceeds = GUARDED.has(group) && (moved(p.precision, a.precision) || moved(p.recall, a.recall));
    return { group, plain: p, archive: a, exceeds };
  });
}

const W = 9;
const pct = (x: number | undefined): string => (x === undefined ? '-' : `${(x * 100).toFixed(1)}%`).padStart(W);
const delta = (a: number | undefined, b: number | undefined): string =>
  (a === undefined || b === undefined ? '-' : `${b - a >= 0 ? '+' : ''}${((b - a) * 100).toFixed(1)}`).padStart(W);
const cells = (xs: string[]): string => xs.map((x) => x.padStart(W)).join('');

/** The side-by-side table: plain and archive precision/recall per group, with deltas (points). */
export function formatDeltas(deltas: GroupDelta[]): string {
  const head = `${'group'.padEnd(10)}${cells(['prec', 'prec', 'Δ prec', 'recall', 'recall', 'Δ recall'])}`;
  const sub = `${''.padEnd(10)}${cells(['plain', 'archive', '', 'plain', 'archive', ''])}`;
  const rows = deltas.map((d) => `${d.group.padEnd(10)}${pct(d.plain.precision)}${pct(d.archive.precision)}`
    + `${delta(d.plain.precision, d.archive.precision)}${pct(d.plain.recall)}${pct(d.archive.recall)}`
    + `${delta(d.plain.recall, d.archive.recall)}${d.exceeds ? `   <-- moved more than ${MAX_DELTA * 100} points` : ''}`);
  return [head, sub, ...rows].join('\n');
}
