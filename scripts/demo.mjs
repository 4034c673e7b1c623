// `npm run demo`: checks the bundled demo draft against the demo corpus and prints the findings.
// The demo draft has errors on purpose, so exit code 1 ("findings at error severity") is success
// here; usage or config errors (exit 2) still fail.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['bin/citecheck.js', 'check', 'examples/draft.md', '--corpus', 'examples/corpus', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status === 1 ? 0 : (r.status ?? 2));
