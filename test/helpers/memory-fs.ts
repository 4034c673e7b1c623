import type { FileSystem } from '../../server/src/core/types.ts';

/** An in-memory FileSystem holding `files` (name → text) in the folder /w/src. */
export function memoryFs(files: Record<string, string>): FileSystem {
  const enc = new TextEncoder();
  const name = (path: string) => path.replace(/^\/w\/src\//, '');
  const isDir = (path: string) => /^\/w(\/src)?\/?$/.test(path);
  return {
    async readDir(path) {
      if (!isDir(path)) return undefined;
      return /src\/?$/.test(path) ? Object.keys(files).map((n) => ({ name: n, isDirectory: false })) : [{ name: 'src', isDirectory: true }];
    },
    async readFile(path) {
      if (!(name(path) in files)) throw new Error('no such file');
      return enc.encode(files[name(path)]);
    },
    async stat(path) {
      if (isDir(path)) return { size: 0, mtimeMs: 0, isDirectory: true };
      return name(path) in files ? { size: enc.encode(files[name(path)]).length, mtimeMs: 1, isDirectory: false } : undefined;
    },
  };
}
