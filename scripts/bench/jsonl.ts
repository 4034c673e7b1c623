/**
 * Corpus readers: JSON-lines files (optionally gzip-compressed) of
 * {"id","title","date","text"} and folders of source files.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One source article as the benchmark sees it. */
export interface Article {
  id: string;
  title: string;
  date?: string;
  /** Article text (for drafts and the baseline). */
  text: string;
  /** File name relative to the corpus folder, extension included. */
  file: string;
  /** The file's bytes when they are not simply `text` as UTF-8 (folder corpora). */
  bytes?: Uint8Array;
}

/** Parses JSON-lines text; blank lines are skipped, bad lines reported with their number. */
export function parseJsonl(text: string): Article[] {
  const out: Article[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`);
    }
    if (typeof row.text !== 'string') throw new Error(`line ${i + 1}: missing "text"`);
    const id = String(row.id ?? out.length + 1);
    out.push({
      id,
      title: typeof row.title === 'string' ? row.title : '',
      date: typeof row.date === 'string' ? row.date : undefined,
      text: row.text,
      file: `${id.replace(/[^\w-]/g, '_').padStart(6, '0')}.txt`,
    });
  }
  return out;
}

/** Reads a .jsonl or .jsonl.gz file. */
export async function readJsonl(path: string): Promise<Article[]> {
  let bytes: Uint8Array = await readFile(path);
  if (path.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  return parseJsonl(new TextDecoder().decode(bytes));
}

const SOURCE_EXT = /\.(md|markdown|txt|html?)$/i;

/** Reads every source-like file (.md .txt .html) under a folder, sorted by path. */
export async function readFolder(root: string): Promise<Article[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(p);
      else if (e.isFile() && SOURCE_EXT.test(e.name)) files.push(p);
    }
  };
  await walk(root);
  files.sort();
  const decoder = new TextDecoder();
  return Promise.all(
    files.map(async (p) => {
      const bytes = await readFile(p);
      const file = relative(root, p).split('\\').join('/');
      return { id: file, title: file, text: decoder.decode(bytes), file, bytes };
    }),
  );
}

/** Reads a corpus given as a folder or as a JSON-lines file. */
export async function readCorpus(path: string): Promise<Article[]> {
  return (await stat(path)).isDirectory() ? readFolder(path) : readJsonl(path);
}
