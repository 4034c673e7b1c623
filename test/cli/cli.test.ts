import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NIKKEI, RIGHT, VERSION, WRONG, oneLineError, run, workspace } from './helpers.ts';

test('--help and --version exit 0', () => {
  const dir = workspace({}, false);
  const help = run(['--help'], dir);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /citecheck check <draft\.md>/);
  const version = run(['--version'], dir);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), VERSION);
});

test('exit 0 when no finding is at error severity', () => {
  const dir = workspace({ 'draft.md': RIGHT });
  const r = run(['check', 'draft.md', '--corpus', 'corpus'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(!/\berror\b/.test(r.stdout.split('\n').slice(0, -2).join('\n')), r.stdout);
  assert.match(r.stdout, /in 1 file; 4 sources\n$/);
});

test('exit 1 and readable text output for a changed figure', () => {
  const dir = workspace({ 'notes/draft.md': '# Notes\n\n' + WRONG });
  const r = run(['check', 'notes/draft.md', '--corpus', 'corpus'], dir);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const col = WRONG.indexOf('$9 billion') + 1;
  const lines = r.stdout.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`notes/draft.md:3:${col}  error    figure.mismatch  `));
  assert.ok(i >= 0, r.stdout);
  assert.match(lines[i + 1], /^ {4}> ".*Main Line 1 railway.*" — .+ \(001-62cc25fecc494a02\)$/);
  assert.match(r.stdout, /\d+ problems? \(1 error[,)].* in 1 file; 4 sources\n$/);
  assert.ok(!r.stdout.includes('\u001b['), 'no colours when stdout is not a terminal');
});

test('exit 2 with one line for usage errors', () => {
  const dir = workspace({ 'draft.md': RIGHT });
  writeFileSync(join(dir, 'latin1.md'), Buffer.from('Caf\xe9 costs', 'latin1'));
  const cases: [string[], RegExp][] = [
    [['check', 'latin1.md', '--corpus', 'corpus'], /cannot read draft latin1\.md: not valid UTF-8/],
    [['check', 'draft.md', '--bogus'], /unknown option --bogus/],
    [['check', 'missing.md', '--corpus', 'corpus'], /cannot read draft missing\.md: no such file/],
    [['check', 'corpus', '--corpus', 'corpus'], /cannot read draft corpus: is a folder/],
    [['check', 'draft.md', '--format', 'xml'], /--format must be one of/],
    [['check'], /missing draft/],
    [['check', 'draft.md', '--corpus', 'nowhere'], /no loadable sources/],
    [['check', 'draft.md', '--config', 'absent.json'], /cannot read config/],
  ];
  for (const [args, pattern] of cases) {
    const r = run(args, dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(oneLineError(r.stderr), r.stderr);
    assert.match(r.stderr, pattern);
    assert.equal(r.stdout, '');
  }
});

test('exit 2 naming the key for an invalid config', () => {
  const dir = workspace({ 'draft.md': RIGHT, '.citecheck.json': '{"corpus": ["corpus"], "citationStyle": "apa"}' });
  const r = run(['check', 'draft.md'], dir);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.ok(oneLineError(r.stderr), r.stderr);
  assert.match(r.stderr, /invalid config .*\.citecheck\.json: .*citationStyle/);
  const broken = workspace({ 'draft.md': RIGHT, '.citecheck.json': '{"corpus": [' });
  const r2 = run(['check', 'draft.md'], broken);
  assert.equal(r2.code, 2);
  assert.ok(oneLineError(r2.stderr), r2.stderr);
});

test('finds .citecheck.json above the draft; its folder is the corpus root', () => {
  const files = { 'project/.citecheck.json': '{"corpus": ["sources"]}', 'project/drafts/d.md': WRONG };
  const dir = workspace(files, 'project/sources');
  const r = run(['check', 'project/drafts/d.md'], dir);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /project\/drafts\/d\.md:1:\d+ {2}error {4}figure\.mismatch/);
  // --corpus (relative to cwd) overrides the config's corpus.
  const r2 = run(['check', 'project/drafts/d.md', '--corpus', 'nowhere'], dir);
  assert.equal(r2.code, 2);
  assert.match(r2.stderr, /no loadable sources/);
});

test('a source that cannot be loaded is one warning line; the check goes on', () => {
  const big = 'Filler sentence about nothing in particular. '.repeat(1000);
  const dir = workspace({ 'draft.md': WRONG, 'corpus/zz-huge.txt': big, '.citecheck.json': '{"corpus": ["corpus"], "maxFileSize": 20000}' });
  const r = run(['check', 'draft.md'], dir);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const warnings = r.stderr.trimEnd().split('\n');
  assert.equal(warnings.length, 1, r.stderr);
  assert.match(warnings[0], /^citecheck: warning: corpus\/zz-huge\.txt: .+/);
  assert.match(r.stdout, /4 sources\n$/);
});

test('index reports the number of sources', () => {
  const dir = workspace({});
  const r = run(['index', '--corpus', 'corpus'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '4 sources indexed, 0 problems\ncache .citecheck-cache: 0 from cache, 4 (re)indexed, written\n');
  const again = run(['index', '--corpus', 'corpus'], dir);
  assert.match(again.stdout, /4 from cache, 0 \(re\)indexed, up to date/);
  const check = run(['check', '--corpus', 'corpus', '--cache', '.citecheck-cache', '--format', 'json', 'corpus/001_62cc25fecc494a02.txt'], dir);
  assert.ok(check.code === 0 || check.code === 1, check.stderr);
});

test('--fix writes the preferred fixes, re-checks and leaves no temp file', () => {
  const dir = workspace({ 'draft.md': '\uFEFF# Draft\n\n' + WRONG });
  const r = run(['check', 'draft.md', '--corpus', 'corpus', '--fix'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /fixed \d+ problems? in draft\.md/);
  const fixed = readFileSync(join(dir, 'draft.md'), 'utf8');
  assert.equal(fixed, '\uFEFF# Draft\n\n' + RIGHT, 'figure replaced, BOM and the rest kept');
  assert.deepEqual(readdirSync(dir).sort(), ['corpus', 'draft.md']);
  const again = run(['check', 'draft.md', '--corpus', 'corpus', '--fix'], dir);
  assert.equal(again.code, 0);
  assert.equal(again.stderr, '');
  assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), fixed);
});

test(`json: 0-based lines and UTF-16 characters on a non-ASCII draft (key ${NIKKEI})`, () => {
  const prefix = '😀 Café — ';
  const dir = workspace({ 'draft.md': 'Ünïcödé heading\n\n' + prefix + WRONG });
  const r = run(['check', 'draft.md', '--corpus', 'corpus', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['files', 'figureCounts']);
  assert.equal(out.files[0].path, 'draft.md');
  const f = out.files[0].findings.find((x: { code: string }) => x.code === 'figure.mismatch');
  assert.ok(f, r.stdout);
  const character = (prefix + WRONG).indexOf('$9 billion'); // UTF-16 units: the emoji counts as 2
  assert.deepEqual(f.range, { start: { line: 2, character }, end: { line: 2, character: character + 10 } });
  const figure = out.files[0].figures.find((x: { text: string }) => x.text === '$9 billion');
  assert.deepEqual([figure?.verdict, figure?.range], ['contradicted', f.range]);
  assert.equal(f.severity, 'error');
  assert.equal(f.expected, '$7 billion');
  assert.equal(f.source.key, NIKKEI);
  assert.equal(f.source.path, 'corpus/001_62cc25fecc494a02.txt');
  assert.equal(typeof f.source.title, 'string');
  assert.match(f.source.excerpt, /Main Line 1/);
  assert.ok(f.fixes.length > 0);
  for (const fix of f.fixes) {
    assert.equal(typeof fix.title, 'string');
    for (const e of fix.edits) {
      assert.equal(typeof e.newText, 'string');
      assert.equal(typeof e.range.start.line, 'number');
      assert.equal(typeof e.range.end.character, 'number');
    }
  }
});

test('sarif: required SARIF 2.1.0 properties', () => {
  const dir = workspace({ 'my drafts/draft.md': WRONG });
  const r = run(['check', 'my drafts/draft.md', '--corpus', 'corpus', '--format', 'sarif'], dir);
  assert.equal(r.code, 1, r.stderr);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.equal(typeof log.$schema, 'string');
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'citecheck');
  assert.match(driver.informationUri, /^https?:\/\//);
  assert.ok(driver.rules.some((rule: { id: string }) => rule.id === 'figure.mismatch'));
  for (const rule of driver.rules) {
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.match(rule.helpUri, /^https?:\/\//);
  }
  const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'figure.mismatch');
  assert.ok(res, r.stdout);
  assert.equal(res.level, 'error');
  assert.equal(typeof res.message.text, 'string');
  const loc = res.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'my%20drafts/draft.md');
  const col = WRONG.indexOf('$9 billion') + 1;
  assert.deepEqual(loc.region, { startLine: 1, startColumn: col, endLine: 1, endColumn: col + 10 });
  const change = res.fixes[0].artifactChanges[0];
  assert.equal(change.artifactLocation.uri, 'my%20drafts/draft.md');
  assert.equal(typeof change.replacements[0].insertedContent.text, 'string');
  assert.equal(typeof change.replacements[0].deletedRegion.startLine, 'number');
  const related = res.relatedLocations[0].physicalLocation;
  assert.equal(related.artifactLocation.uri, 'corpus/001_62cc25fecc494a02.txt');
  assert.ok(related.region.startLine >= 1);
  for (const x of log.runs[0].results) assert.ok(['error', 'warning', 'note'].includes(x.level));
});
