/**
 * Entry point of the `citecheck` command (bundled into dist/cli.js, run by bin/citecheck.js).
 */
import { main } from './cli.ts';
import { useColor } from './format-text.ts';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  colorCapable: useColor(process.stdout.isTTY, process.env),
}).then((code) => {
  process.exitCode = code;
});
