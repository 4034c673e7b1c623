// Runs the extension-host Mocha suite in a desktop VS Code downloaded by @vscode/test-electron.
// For machines that can reach VS Code's download servers (developers' machines, public CI);
// offline, use scripts/e2e/run-suite.mjs (the same suite inside code-server).
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { ROOT, checkPrerequisites, makeWorkspace, tempDir } from './lib.mjs';

checkPrerequisites({ needCodeServer: false, needSuite: true });
const workspace = makeWorkspace();
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/suite/index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust',
      '--user-data-dir', tempDir('vscode-user')],
  });
  console.log('e2e suite (VS Code): passed');
} catch (err) {
  console.error(`e2e suite (VS Code): ${err?.message ?? err}`);
  process.exit(1);
}
