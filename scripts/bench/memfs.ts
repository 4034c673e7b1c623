/**
 * An in-memory FileSystem (server/src/core/types.ts) so the benchmark can serve a corpus
 * to the engine without writing files. Folders are implied by the file paths.
 */
import type { FileSystem } from '../../server/src/core/types.ts';

const MTIME = Date.UTC(2024, 0, 1);

/** Splits a POSIX path into its non-empty segments. */
function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0 && s !== '.');
}

/** Canonical form of a POSIX path: leading slash, no trailing slash, no empty segments. */
export function canonical(path: string): string {
  return '/' + segments(path).join('/');
}

/** In-memory file system: files by canonical path, plus the implied folders. */
export class MemFs implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Map<string, Map<string, boolean>>([['/', new Map()]]);
  private readonly encoder = new TextEncoder();
  /** Paths written through `writeFile` (e.g. by an engine cache). */
  readonly written: string[] = [];
  /** Total bytes of all files. */
  totalBytes = 0;

  /** Adds or replaces a file; text is stored as UTF-8. */
  addFile(path: string, content: string | Uint8Array): void {
    const p = canonical(path);
    const bytes = typeof content === 'string' ? this.encoder.encode(content) : content;
    this.totalBytes += bytes.length - (this.files.get(p)?.length ?? 0);
    this.files.set(p, bytes);
    const segs = segments(p);
    for (let i = 0; i < segs.length; i++) {
      const parent = '/' + segs.slice(0, i).join('/');
      const child = '/' + segs.slice(0, i + 1).join('/');
      const isDir = i < segs.length - 1;
      if (!this.dirs.has(parent)) this.dirs.set(parent, new Map());
      (this.dirs.get(parent) as Map<string, boolean>).set(segs[i], isDir);
      if (isDir && !this.dirs.has(child)) this.dirs.set(child, new Map());
    }
  }

  /** Number of files. */
  get fileCount(): number {
    return this.files.size;
  }

  async readDir(path: string): Promise<{ name: string; isDirectory: boolean }[] | undefined> {
    const entries = this.dirs.get(canonical(path));
    if (!entries) return undefined;
    return [...entries].map(([name, isDirectory]) => ({ name, isDirectory }));
  }

  async readFile(path: string): Promise<Uint8Array> {
    const bytes = this.files.get(canonical(path));
    if (!bytes) throw new Error(`ENOENT: no such file '${path}'`);
    return bytes;
  }

  async stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory: boolean } | undefined> {
    const p = canonical(path);
    const bytes = this.files.get(p);
    if (bytes) return { size: bytes.length, mtimeMs: MTIME, isDirectory: false };
    return this.dirs.has(p) ? { size: 0, mtimeMs: MTIME, isDirectory: true } : undefined;
  }

  /** Optional write access, for an engine that persists an index cache. */
  async writeFile(path: string, content: Uint8Array | string): Promise<void> {
    const before = this.totalBytes;
    this.addFile(path, content);
    this.totalBytes = before; // written files (the cache) are not corpus bytes
    this.written.push(canonical(path));
  }
}

/** A MemFs holding each article as `<folder>/<article.file>`. */
export function memFsOf(articles: readonly { file: string; text: string; bytes?: Uint8Array }[], folder: string): MemFs {
  const fs = new MemFs();
  for (const a of articles) fs.addFile(`${folder}/${a.file}`, a.bytes ?? a.text);
  return fs;
}
