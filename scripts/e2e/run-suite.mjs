// Runs the extension-host Mocha suite (out/test/suite/index.js, built by `npm run build`)
// inside code-server, the way @vscode/test-web does: the extension and the tests are loaded
// from source through the workbench URL payload; the page reports the suite's console output
// through window.codeAutomationLog and its result through window.codeAutomationExit.
// Exit code = the suite's exit code. Env overrides (for harness checks):
//   E2E_EXTENSION_PATH (default: repo root), E2E_TESTS_PATH (default: out/test/suite/index),
//   E2E_WORKSPACE (default: a temp copy of examples/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  ARTIFACTS, ROOT, checkPrerequisites, closeBrowser, isWorkbenchNoise, launchBrowser, makeWorkspace, startCodeServer, workbenchUrl,
} from './lib.mjs';

const SUITE_TIMEOUT_MS = 10 * 60_000;

/** Reads Mocha's "N passing" / "N failing" summary lines. */
function countMochaSummary(line, counts) {
  const m = /^\s*(\d+) (passing|failing)\b/.exec(line);
  if (m) counts[m[2] === 'passing' ? 'passed' : 'failed'] = Number(m[1]);
}

/** Runs the suite once; resolves with its exit code and Mocha's pass/fail counts. */
export async function runSuite() {
  const counts = { passed: 0, failed: 0 };
  const extensionPath = process.env.E2E_EXTENSION_PATH || ROOT;
  const testsPath = process.env.E2E_TESTS_PATH || join(ROOT, 'out/test/suite/index');
  if (!process.env.E2E_EXTENSION_PATH) checkPrerequisites({ needSuite: true });
  const workspace = process.env.E2E_WORKSPACE || makeWorkspace();
  mkdirSync(ARTIFACTS, { recursive: true });
  let serverLog = '';
  const cs = await startCodeServer(workspace, { log: (s) => { serverLog += s; } });
  let context;
  try {
    context = await launchBrowser();
    let settle;
    const exited = new Promise((res) => { settle = res; });
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const list = Array.isArray(args) ? args : [args];
      if (isWorkbenchNoise(list[0])) return;
      countMochaSummary(format(...list), counts);
      (console[type] ?? console.log)(...list);
    });
    await context.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    const page = context.pages()[0] ?? await context.newPage();
    const url = workbenchUrl(cs.port, workspace, {
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath,
    });
    await page.goto(url);
    let timer;
    const timeout = new Promise((res) => {
      timer = setTimeout(() => { console.error('e2e suite: timed out'); res(1); }, SUITE_TIMEOUT_MS);
    });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (code !== 0) await page.screenshot({ path: join(ARTIFACTS, 'suite-failure.png') }).catch(() => {});
    return { code, ...counts };
  } finally {
    await closeBrowser(context);
    await cs.stop();
    writeFileSync(join(ARTIFACTS, 'code-server-suite.log'), serverLog);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runSuite().then(
    ({ code, passed, failed }) => {
      console.log(`e2e suite (code-server): exit ${code}, ${passed} passing, ${failed} failing`);
      process.exit(code);
    },
    (err) => { console.error(`e2e suite (code-server): ${err.stack ?? err}`); process.exit(1); },
  );
}
