/**
 * Reading and (atomically) writing drafts. A byte-order mark is kept aside so offsets
 * match what an editor shows, and restored on write.
 */
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.ts';

const BOM = '\uFEFF';

/** A draft as read from disk. */
export interface DraftFile {
  /** Absolute path. */
  path: string;
  /** Text without the byte-order mark. */
  text: string;
  bom: boolean;
}

function describe(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

/** Reads a UTF-8 draft. @throws UsageError when it is missing, a folder, unreadable or not UTF-8. */
export async function readDraft(path: string, shown: string): Promise<DraftFile> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(path);
  } catch (err) {
    throw new UsageError(`cannot read draft ${shown}: ${describe(err)}`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  } catch {
    // Checking (and above all rewriting) a file in another encoding would garble it.
    throw new UsageError(`cannot read draft ${shown}: not valid UTF-8`);
  }
  const bom = raw.startsWith(BOM);
  return { path, text: bom ? raw.slice(1) : raw, bom };
}

/**
 * Replaces the draft's content without ever leaving a half-written file: the text goes
 * to a temporary file in the same folder, which is then renamed over the draft.
 */
export async function writeDraftAtomically(draft: DraftFile, text: string, shown: string): Promise<void> {
  const tmp = join(dirname(draft.path), `.${basename(draft.path)}.citecheck-${process.pid}.tmp`);
  try {
    const mode = (await fsp.stat(draft.path)).mode & 0o7777;
    await fsp.writeFile(tmp, (draft.bom ? BOM : '') + text, { encoding: 'utf8', mode });
    await fsp.rename(tmp, draft.path);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw new UsageError(`cannot write draft ${shown}: ${describe(err)}`);
  }
}
