// One build script, three bundles: the extension client, the language server and the CLI.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // linkedom optionally requires 'canvas'; it is never used for article extraction.
  external: ['vscode', 'canvas'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The extension-host Mocha suite of test/e2e (mocha resolves from node_modules at run time).
  { entryPoints: ['test/e2e/suite/index.ts'], outfile: 'out/test/suite/index.js', external: ['vscode', 'canvas', 'mocha'] },
];

const existing = [];
for (const e of entries) {
  const fs = await import('node:fs');
  if (fs.existsSync(e.entryPoints[0])) existing.push(e);
}
if (watch) {
  for (const e of existing) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
}
