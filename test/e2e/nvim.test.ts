// Neovim (headless, Debian's build) as an LSP client of `node dist/server.js --stdio`:
// the diagnostics it receives for the demo draft must be the findings the CLI reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface LspDiagnostic { code?: string | number; source?: string; range: Range; message: string }

/** "code@l:c-l:c" keys, sorted, for comparing two finding lists. */
function keys(items: { code?: string | number; range: Range }[]): string[] {
  return items.map(({ code, range: r }) =>
    `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`).sort();
}

function makeWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'citecheck-e2e-nvim-'));
  cpSync(join(ROOT, 'examples'), ws, { recursive: true });
  return ws;
}

/** The CLI's findings for the draft (exit 1 = findings at error severity). */
function cliFindings(ws: string, draft: string): { code: string; range: Range }[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', draft, '--format', 'json'],
    { cwd: ws, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `citecheck CLI failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].findings;
}

test('Neovim receives the same diagnostics as the CLI reports', () => {
  for (const f of ['dist/server.js', 'dist/cli.js', 'examples/draft.md']) {
    assert.ok(existsSync(join(ROOT, f)), `${f} missing: run npm run build`);
  }
  const ws = makeWorkspace();
  const out = join(ws, 'nvim-diagnostics.json');
  execFileSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(ROOT, 'test/e2e/nvim/check.lua')}`], {
    cwd: ws,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 180_000,
    env: { ...process.env, CITECHECK_SERVER: join(ROOT, 'dist/server.js'), CITECHECK_ROOT: ws,
      CITECHECK_DRAFT: join(ws, 'draft.md'), CITECHECK_OUT: out },
  });
  const got = JSON.parse(readFileSync(out, 'utf8')) as { lsp: LspDiagnostic[]; vim: unknown[] };
  assert.ok(got.lsp.length > 0 && got.vim.length === got.lsp.length, 'Neovim kept fewer diagnostics than it got');
  for (const d of got.lsp) assert.equal(d.source, 'citecheck');
  const cli = cliFindings(ws, 'draft.md');
  assert.ok(cli.some((f) => f.code === 'figure.mismatch'), 'the demo draft has no figure.mismatch');
  assert.deepEqual(keys(got.lsp), keys(cli));
});
