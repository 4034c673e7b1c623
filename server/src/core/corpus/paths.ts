/**
 * Tiny path helpers for the engine, which may not import `node:path`. They accept
 * POSIX paths and Windows-style paths (`C:\dir`, `C:/dir`, `\\server\share`) and
 * always produce '/' separators.
 */

/** The path with '\' turned into '/'. */
export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/** True for `/x`, `C:/x`, `C:\x` and UNC `\\server\share` paths. */
export function isAbsolutePath(path: string): boolean {
  return /^(?:[a-zA-Z]:[\\/]|[\\/])/.test(path);
}

/** Removes `.` segments, resolves `..` and repeated separators; keeps the root. */
export function normalizePath(path: string): string {
  const p = toSlashes(path);
  const root = /^(?:[a-zA-Z]:\/|\/\/|\/)/.exec(p)?.[0] ?? '';
  const out: string[] = [];
  for (const seg of p.slice(root.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || root === '') out.push(seg);
  }
  const body = out.join('/');
  return root + body || (root === '' ? '.' : root);
}

/** Joins `rel` onto `base` (unless `rel` is absolute) and normalises the result. */
export function joinPath(base: string, rel: string): string {
  if (isAbsolutePath(rel)) return normalizePath(rel);
  return normalizePath(`${toSlashes(base)}/${rel}`);
}

/** `path` relative to the folder `root` with '/' separators, or undefined when outside it. */
export function relativePath(root: string, path: string): string | undefined {
  const r = normalizePath(root).replace(/\/$/, '');
  const p = normalizePath(path);
  if (p === r) return '';
  return p.startsWith(r + '/') ? p.slice(r.length + 1) : undefined;
}

/** The last segment of a path. */
export function baseName(path: string): string {
  const p = toSlashes(path).replace(/\/+$/, '');
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Lower-case extension without the dot ('' when there is none). */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
