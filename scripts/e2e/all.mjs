// Runs every offline end-to-end check — the Mocha suite inside code-server, the user-driven
// UI test, and the Neovim LSP client test — and ends with one line "e2e: N passed, N failed".
// Expects `npm run build` (dist/, out/test/suite/) and scripts/setup-e2e.sh to have run.
import { spawn } from 'node:child_process';
import { ROOT } from './lib.mjs';
import { runSuite } from './run-suite.mjs';
import { runUi } from './ui.mjs';

const total = { passed: 0, failed: 0 };

async function suite() {
  console.log('== Mocha suite in code-server');
  try {
    const { code, passed, failed } = await runSuite();
    total.passed += passed;
    total.failed += failed + (code !== 0 && failed === 0 ? 1 : 0);
  } catch (err) {
    console.error(`suite: ${err.message}`);
    total.failed += 1;
  }
}

async function ui() {
  console.log('== UI test in code-server');
  try {
    await runUi();
    total.passed += 1;
  } catch (err) {
    console.error(err.message);
    total.failed += 1;
  }
}

/** Runs the Neovim test with Node's test runner, echoing and counting its results. */
function nvim() {
  console.log('== Neovim LSP client');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/e2e/nvim.test.ts'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.on('close', (code) => {
      const pass = Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0);
      const fail = Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0);
      total.passed += pass;
      total.failed += fail + (code !== 0 && fail === 0 ? 1 : 0);
      resolve();
    });
  });
}

await suite();
await ui();
await nvim();
console.log(`e2e: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
