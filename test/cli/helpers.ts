// Spawns the real CLI entry point (server/src/cli/main.ts through tsx) in real folders.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(__dirname, '../..');
const main = join(repo, 'server/src/cli/main.ts');
const tsx = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href;

/** Key of the Nikkei article in examples/corpus (slug of its file name). */
export const NIKKEI = '001-62cc25fecc494a02';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `citecheck <args>` in `cwd`; NO_COLOR is unset unless `env` sets it. */
export function run(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const base = { ...process.env };
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, ['--import', tsx, main, ...args], {
    cwd, encoding: 'utf8', env: { ...base, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A fresh temp folder holding `files` (path → content) and a copy of examples/corpus at
 * `corpus` (a folder path, or false for none).
 */
export function workspace(files: Record<string, string>, corpus: string | false = 'corpus'): string {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-cli-'));
  if (corpus) cpSync(join(repo, 'examples/corpus'), join(dir, corpus), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The version in package.json. */
export const VERSION: string = (require(join(repo, 'package.json')) as { version: string }).version;

/** A sentence whose figure differs from the Nikkei article ($7 billion there). */
export const WRONG = `Beijing's negotiators have hinted at a quick restart on the $9 billion Main Line 1 railway, the largest single CPEC project [@${NIKKEI}].\n`;

/** The same sentence with the source's figure. */
export const RIGHT = WRONG.replace('$9 billion', '$7 billion');

/** Asserts-friendly check that stderr is exactly one line and no stack trace. */
export function oneLineError(stderr: string): boolean {
  const lines = stderr.trimEnd().split('\n');
  return lines.length === 1 && lines[0].startsWith('citecheck: ') && !/\n\s+at /.test(stderr);
}
