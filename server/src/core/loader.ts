/**
 * Loading a corpus into a fresh index, reusing the persistent cache: a source whose
 * size and mtime (or, failing that, content hash) are unchanged is not re-analysed.
 */
import type { Config } from './config.ts';
import { listCorpusFiles, parseSource, type SourceDoc } from './corpus/index.ts';
import { decodeIndex, encodeIndex, type CachedDoc, type IndexData } from './index/cache.ts';
import { CorpusIndex, type FileStamp } from './index/corpus-index.ts';
import { contentHash } from './index/lazy-doc.ts';
import type { FileSystem, LoadProblem } from './types.ts';

/** What a load did, for status lines and the CLI's `index` command. */
export interface LoadStats {
  sources: number;
  fromCache: number;
  indexed: number;
  cache: 'none' | 'missing' | 'used' | 'corrupt';
  cacheWritten: boolean;
}

/** The outcome of reading one source. */
export type Loaded = { doc: SourceDoc; stamp: FileStamp } | { cached: CachedDoc } | { problem: LoadProblem };

const READ_BATCH = 64;

/** The cache file inside a cache folder. */
export function cacheFile(cacheDir: string): string {
  return cacheDir.replace(/[\\/]+$/, '') + '/citecheck-index.bin';
}

function tooLarge(path: string, size: number, max: number): LoadProblem {
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return { path, message: `file is ${mb(size)} MB, over the ${mb(max)} MB limit (maxFileSize)` };
}

/** Reads one source, or confirms its cached entry is current. */
export async function loadSource(fs: FileSystem, path: string, config: Config, cached?: CachedDoc): Promise<Loaded> {
  try {
    const st = await fs.stat(path);
    if (cached && st && cached.size === st.size && cached.mtimeMs === st.mtimeMs) return { cached };
    if (st && st.size > config.maxFileSize) return { problem: tooLarge(path, st.size, config.maxFileSize) };
    const bytes = await fs.readFile(path);
    const hash = contentHash(bytes);
    const stamp = { size: bytes.length, mtimeMs: st?.mtimeMs ?? 0, hash };
    if (cached && cached.hash === hash && cached.size === bytes.length) return { cached: { ...cached, ...stamp } };
    const r = parseSource(path, bytes, { maxBytes: config.maxFileSize });
    return 'problem' in r ? r : { doc: r.doc, stamp };
  } catch (e) {
    return { problem: { path, message: `cannot read file: ${(e as Error).message}` } };
  }
}

async function readCache(fs: FileSystem, cacheDir: string): Promise<{ data?: IndexData; state: LoadStats['cache'] }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(cacheFile(cacheDir));
  } catch {
    return { state: 'missing' };
  }
  const data = decodeIndex(bytes);
  return data ? { data, state: 'used' } : { state: 'corrupt' };
}

/** Gives a source a key no other loaded source has (suffix -2, -3 …). */
export function uniqueKey(index: CorpusIndex, doc: { key: string }): void {
  const base = doc.key;
  for (let n = 2; index.docByKey(doc.key) !== undefined; n++) doc.key = `${base}-${n}`;
}

/**
 * Adds, in one bulk step, every cached source whose size and mtime are unchanged;
 * returns the paths that still need reading.
 */
async function addUnchanged(
  fs: FileSystem,
  index: CorpusIndex,
  data: IndexData,
  paths: readonly string[],
  byPath: ReadonlyMap<string, CachedDoc>,
  termMap: Int32Array,
  stats: LoadStats,
): Promise<string[]> {
  const unchanged: CachedDoc[] = [];
  const rest: string[] = [];
  for (let i = 0; i < paths.length; i += READ_BATCH) {
    const batch = paths.slice(i, i + READ_BATCH);
    const stamps = await Promise.all(batch.map((p) => fs.stat(p).catch(() => undefined)));
    batch.forEach((p, k) => {
      const c = byPath.get(p);
      const st = stamps[k];
      if (c && st && c.size === st.size && c.mtimeMs === st.mtimeMs && index.docByKey(c.meta.key) === undefined) unchanged.push(c);
      else rest.push(p);
    });
  }
  index.addCachedBulk(data, unchanged, termMap);
  stats.fromCache += unchanged.length;
  return rest;
}

/** Loads every corpus file into a new index, using and refreshing the cache. */
export async function loadIndex(
  fs: FileSystem,
  root: string,
  config: Config,
  cacheDir: string | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<{ index: CorpusIndex; problems: LoadProblem[]; stats: LoadStats; cacheWrite: Promise<LoadProblem | undefined> }> {
  const paths = await listCorpusFiles(fs, config.corpus, root, config.ignore);
  const cache = cacheDir ? await readCache(fs, cacheDir) : { state: 'none' as const };
  const data = cache.data;
  const byPath = new Map(data?.docs.map((d) => [d.path, d]));
  const index = new CorpusIndex();
  const termMap = data ? index.adoptTerms(data.terms) : new Int32Array(0);
  for (const [a, long] of data?.acronyms ?? []) index.acronyms.define(a, long);
  const problems: LoadProblem[] = [];
  const stats: LoadStats = { sources: 0, fromCache: 0, indexed: 0, cache: cache.state, cacheWritten: false };
  let changed = !data || data.docs.length !== paths.length;
  const rest = data ? await addUnchanged(fs, index, data, paths, byPath, termMap, stats) : paths;
  for (let i = 0; i < rest.length; i += READ_BATCH) {
    const batch = rest.slice(i, i + READ_BATCH);
    const results = await Promise.all(batch.map((p) => loadSource(fs, p, config, byPath.get(p))));
    for (const r of results) {
      if ('problem' in r) {
        problems.push(r.problem);
        changed = true;
      } else if ('cached' in r) {
        uniqueKey(index, r.cached.meta);
        index.addCached(data as IndexData, r.cached, termMap);
        stats.fromCache++;
        changed ||= r.cached !== byPath.get(r.cached.path);
      } else {
        uniqueKey(index, r.doc);
        index.add(r.doc, r.stamp);
        stats.indexed++;
        changed = true;
      }
    }
    onProgress?.(paths.length - rest.length + Math.min(rest.length, i + READ_BATCH), paths.length);
  }
  stats.sources = index.size;
  index.compact();
  const write = fs.writeFile;
  // The cache is written after the index is in use, off the request path.
  const cacheWrite =
    cacheDir && write && changed
      ? new Promise<void>((resolve) => setTimeout(resolve, 0))
          .then(() => write.call(fs, cacheFile(cacheDir), encodeIndex(index)))
          .then(() => {
            stats.cacheWritten = true;
            return undefined;
          })
          .catch((e: Error) => ({ path: cacheFile(cacheDir), message: `cannot write the index cache: ${e.message}` }))
      : Promise.resolve(undefined);
  return { index, problems, stats, cacheWrite };
}
