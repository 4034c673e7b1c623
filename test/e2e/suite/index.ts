// Entry of the extension-host Mocha suite, bundled by esbuild.mjs into out/test/suite/index.js.
// VS Code (test-electron) and code-server (scripts/e2e/run-suite.mjs) call `run()` once the
// extension under development is loaded; the promise rejects when a test failed.
import Mocha from 'mocha';

/** Runs every e2e test file; rejects with the number of failures. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  // Installs suite/test/... as globals before the test files are evaluated (lazily, below).
  mocha.suite.emit('pre-require', globalThis, 'citecheck-e2e', mocha);
  await import('./diagnostics.test.ts');
  await import('./hover.test.ts');
  await import('./fixes.test.ts');
  await import('./navigation.test.ts');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} e2e test(s) failed`);
}
