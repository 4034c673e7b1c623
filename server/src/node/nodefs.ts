/**
 * The engine's FileSystem over node:fs, shared by the CLI and the language server.
 */
import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import type { FileSystem } from '../core/types.ts';

/** A FileSystem that reads the local disk. */
export function createNodeFileSystem(): FileSystem {
  return {
    async readDir(path) {
      try {
        const entries = await fsp.readdir(path, { withFileTypes: true });
        return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
      } catch {
        return undefined;
      }
    },
    async readFile(path) {
      return new Uint8Array(await fsp.readFile(path));
    },
    async writeFile(path, data) {
      await fsp.mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await fsp.writeFile(tmp, data);
      await fsp.rename(tmp, path);
    },
    async stat(path) {
      try {
        const s = await fsp.stat(path);
        return { size: s.size, mtimeMs: s.mtimeMs, isDirectory: s.isDirectory() };
      } catch {
        return undefined;
      }
    },
  };
}
