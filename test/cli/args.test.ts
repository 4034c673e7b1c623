import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandLine } from '../../server/src/cli/args.ts';
import { UsageError } from '../../server/src/cli/errors.ts';

test('parses check with repeated corpus, format, fix and no-color', () => {
  const cmd = parseCommandLine(['check', 'a.md', 'b.md', '--corpus', 'src', '--corpus=more/**/*.md',
    '--format', 'sarif', '--fix', '--no-color', '--config', 'c.json']);
  assert.deepEqual(cmd, {
    kind: 'check', drafts: ['a.md', 'b.md'], corpus: ['src', 'more/**/*.md'], config: 'c.json',
    format: 'sarif', fix: true, figures: false, color: false,
  });
});

test('check defaults to text output with colour allowed', () => {
  const cmd = parseCommandLine(['check', 'draft.md']);
  assert.equal(cmd.kind, 'check');
  if (cmd.kind === 'check') {
    assert.equal(cmd.format, 'text');
    assert.equal(cmd.color, true);
    assert.equal(cmd.fix, false);
    assert.equal(cmd.figures, false);
    assert.deepEqual(cmd.corpus, []);
  }
});

test('--figures is a check flag for text and json', () => {
  const text = parseCommandLine(['check', 'a.md', '--figures']);
  assert.ok(text.kind === 'check' && text.figures && text.format === 'text');
  const json = parseCommandLine(['check', 'a.md', '--figures', '--format', 'json']);
  assert.ok(json.kind === 'check' && json.figures && json.format === 'json');
});

test('help and version win over commands', () => {
  assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
  assert.deepEqual(parseCommandLine(['check', 'x.md', '-h']), { kind: 'help' });
  assert.deepEqual(parseCommandLine(['--version']), { kind: 'version' });
});

test('index takes corpus and cache', () => {
  assert.deepEqual(parseCommandLine(['index', '--corpus', 'c', '--cache', '.cache']),
    { kind: 'index', corpus: ['c'], config: undefined, cache: '.cache' });
});

test('usage errors are one short line', () => {
  const cases: [string[], RegExp][] = [
    [['check', 'a.md', '--frobnicate'], /^unknown option --frobnicate$/],
    [['check', 'a.md', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['check'], /missing draft file/],
    [[], /missing command/],
    [['lint', 'a.md'], /unknown command 'lint'/],
    [['check', 'a.md', '--corpus'], /--corpus/],
    [['index', 'extra'], /unexpected argument 'extra'/],
    [['index', '--fix'], /--fix does not apply to 'index'/],
    [['index', '--figures'], /--figures does not apply to 'index'/],
    [['check', 'a.md', '--figures', '--format', 'sarif'], /^--figures does not apply to --format sarif$/],
  ];
  for (const [argv, pattern] of cases) {
    assert.throws(() => parseCommandLine(argv), (err: unknown) => {
      assert.ok(err instanceof UsageError, `${argv.join(' ')}: ${String(err)}`);
      assert.match(err.message, pattern);
      assert.ok(!err.message.includes('\n'));
      return true;
    });
  }
});
