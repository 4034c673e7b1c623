/**
 * Conversions between file URIs and file-system paths (the engine works with paths).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';

/** The file-system path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path (relative paths are resolved against `root`). */
export function pathToUri(path: string, root?: string): string {
  const abs = isAbsolute(path) || !root ? resolve(path) : resolve(root, path);
  return pathToFileURL(abs).href;
}

/** An absolute path, resolving `path` against `root` when it is relative. */
export function absolutePath(path: string, root: string): string {
  return isAbsolute(path) ? resolve(path) : resolve(root, path);
}
