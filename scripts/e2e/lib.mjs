// Shared helpers of the end-to-end runners: a temp workspace made from examples/, code-server
// started on a free loopback port with fresh profile dirs, headless Debian Chromium driven by
// playwright-core, and a condition poller (the tests wait on conditions, never fixed sleeps).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER = join(ROOT, '.cache/code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts/e2e');

/** User settings that keep walkthroughs, trust prompts and network features out of the way. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'chat.disableAIFeatures': true,
  // VS Code in the browser saves after a delay by default; the UI test saves with Ctrl+S.
  'files.autoSave': 'off',
};

/** Workbench console lines that say nothing about the extension under test. */
const NOISE = [/open-vsx\.org/, /vsda/, /^Creating a socket/, /^Resolv(ing|ed) connection token/,
  /^Updating additional builtin extensions/, /^\[Service Worker\]/, /^ChatSessionStore/, /^\s+at /];

/** True for a workbench log message that is known, harmless noise (offline gallery, sockets). */
export function isWorkbenchNoise(text) {
  const first = String(text).split('\n', 1)[0];
  return NOISE.some((re) => re.test(first));
}

/** Polls `check` until it returns a truthy value; rejects after `timeoutMs` with `what`. */
export async function waitFor(check, what, timeoutMs = 60_000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Makes a temp dir with the given prefix. */
export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `citecheck-e2e-${prefix}-`));
}

/** Copies examples/ (draft.md, corpus/, .citecheck.json) into a fresh temp workspace. */
export function makeWorkspace() {
  const ws = tempDir('ws');
  cpSync(join(ROOT, 'examples'), ws, { recursive: true });
  return ws;
}

/** Fails with a clear message when the extension or code-server is missing. */
export function checkPrerequisites({ needCodeServer = true, needSuite = false } = {}) {
  const missing = [];
  for (const f of ['dist/extension.js', 'dist/server.js', 'examples/draft.md']) {
    if (!existsSync(join(ROOT, f))) missing.push(f);
  }
  if (needSuite && !existsSync(join(ROOT, 'out/test/suite/index.js'))) missing.push('out/test/suite/index.js');
  if (needCodeServer && !existsSync(CODE_SERVER)) missing.push('code-server (run scripts/setup-e2e.sh)');
  if (needCodeServer && !existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (run scripts/setup-e2e.sh)`);
  if (missing.length) throw new Error(`missing: ${missing.join(', ')} — run npm run build / scripts/setup-e2e.sh`);
}

/**
 * Starts code-server on a free loopback port with a fresh user-data dir, extensions dir and
 * config file; resolves once /healthz answers. `stop()` kills it (and its extension host) by PID.
 */
export async function startCodeServer(workspace, { settings = {}, log = () => {} } = {}) {
  const port = await freePort();
  const profile = tempDir('profile');
  const userData = join(profile, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const config = join(profile, 'config.yaml');
  writeFileSync(config, '');
  const args = [
    '--config', config, '--user-data-dir', userData, '--extensions-dir', join(profile, 'extensions'),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', workspace,
  ];
  // detached: its own process group, so stop() ends the extension host and language server too.
  const proc = spawn(CODE_SERVER, args, { cwd: workspace, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.on('data', (d) => log(String(d)));
  proc.stderr.on('data', (d) => log(String(d)));
  let exited = false;
  const exit = new Promise((res) => proc.once('exit', () => { exited = true; res(); }));
  const killGroup = (signal) => {
    try { process.kill(-proc.pid, signal); } catch { /* already gone */ }
  };
  /** SIGTERM to its process group, then SIGKILL to whatever is left of it. */
  const stop = async () => {
    if (proc.pid === undefined) return;
    if (!exited) {
      killGroup('SIGTERM');
      let timer;
      await Promise.race([exit, new Promise((res) => { timer = setTimeout(res, 10_000); })]);
      clearTimeout(timer);
    }
    killGroup('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (exited) throw new Error('code-server exited during startup');
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      return r.ok;
    }, 'code-server /healthz', 60_000, 200);
  } catch (err) {
    await stop();
    throw err;
  }
  return { port, proc, profile, stop };
}

/** The workbench URL opening `folder`, with an extension-development payload. */
export function workbenchUrl(port, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const entries = Object.entries(payload).map(([k, v]) => [k, remote(v)]);
  const q = `folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  return `http://127.0.0.1:${port}/?${q}`;
}

/** Launches headless Chromium with a fresh profile; close it with closeBrowser. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return Object.assign(context, { profileDir: profile });
}

/** Closes a context from launchBrowser and removes its profile (best effort). */
export async function closeBrowser(context) {
  if (!context) return;
  await context.close().catch(() => {});
  try {
    rmSync(context.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch { /* a leftover temp dir is harmless */ }
}
