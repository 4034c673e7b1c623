/**
 * Finds the corpus's source files through the FileSystem interface: folders
 * (recursive), single files and globs, relative to the workspace root, minus the
 * ignore globs, `node_modules`, `.git` and other dot-folders.
 */
import picomatch from 'picomatch/posix.js';
import type { FileSystem } from '../types.ts';
import { extensionOf, isAbsolutePath, joinPath, normalizePath, relativePath } from './paths.ts';

/** File extensions (lower case, without dot) that are corpus files. */
export const CORPUS_EXTENSIONS: readonly string[] = ['md', 'markdown', 'txt', 'html', 'htm'];

/** True when the path has a corpus file extension. */
export function isCorpusFile(path: string): boolean {
  return CORPUS_EXTENSIONS.includes(extensionOf(path));
}

type Matcher = (path: string) => boolean;

/** Folders never walked into. */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** An ignore test over paths relative to `root` (and absolute ones); a match on a folder covers its contents. */
function ignoreMatcher(root: string, ignore: string[]): Matcher {
  const globs = ignore.map((g) => g.trim().replace(/\\/g, '/').replace(/\/+$/, '')).filter((g) => g !== '');
  if (globs.length === 0) return () => false;
  const match = picomatch(globs, { dot: true, basename: true });
  return (path) => {
    const rel = relativePath(root, path);
    if (match(path)) return true;
    if (rel === undefined || rel === '') return false;
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) if (match(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

/** Walks `dir` recursively, adding corpus files that pass `accept` and are not ignored. */
async function walk(fs: FileSystem, dir: string, ignored: Matcher, accept: Matcher, out: Set<string>): Promise<void> {
  const entries = await fs.readDir(dir);
  if (!entries) return;
  const subdirs: string[] = [];
  for (const e of entries) {
    const path = joinPath(dir, e.name);
    if (e.isDirectory) {
      if (!isSkippedFolder(e.name) && !ignored(path)) subdirs.push(path);
    } else if (!e.name.startsWith('.') && isCorpusFile(path) && accept(path) && !ignored(path)) {
      out.add(path);
    }
  }
  await Promise.all(subdirs.map((d) => walk(fs, d, ignored, accept, out)));
}

/** Adds the files of one pattern: a glob, a folder or a file. */
async function addPattern(fs: FileSystem, pattern: string, root: string, ignored: Matcher, out: Set<string>): Promise<void> {
  const p = pattern.trim().replace(/\\/g, '/');
  if (p === '') return;
  const scan = picomatch.scan(p);
  if (scan.isGlob) {
    const base = joinPath(root, scan.base || '.');
    const match = picomatch(scan.glob, { dot: false });
    await walk(fs, base, ignored, (path) => match(relativePath(base, path) ?? ''), out);
    return;
  }
  const abs = isAbsolutePath(p) ? normalizePath(p) : joinPath(root, p);
  const st = await fs.stat(abs);
  if (!st) return;
  if (st.isDirectory) await walk(fs, abs, ignored, () => true, out);
  else if (isCorpusFile(abs) && !ignored(abs)) out.add(abs);
}

/**
 * Lists the corpus's source files: each pattern is a folder (walked recursively),
 * a file or a picomatch glob, relative to `root` unless absolute. Returns sorted,
 * unique, normalised paths with '/' separators; only .md, .markdown, .txt, .html
 * and .htm files are listed.
 */
export async function listCorpusFiles(fs: FileSystem, patterns: string[], root: string, ignore: string[]): Promise<string[]> {
  const out = new Set<string>();
  const ignored = ignoreMatcher(root, ignore);
  for (const pattern of patterns) await addPattern(fs, pattern, root, ignored, out);
  return [...out].sort();
}
