import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, DEFAULT_SEVERITY, mergeConfig, parseConfig, severityFor } from '../../server/src/core/config.ts';
import { FINDING_CODES } from '../../server/src/core/types.ts';

const parse = (value: unknown) => parseConfig(typeof value === 'string' ? value : JSON.stringify(value), '.citecheck.json');

test('defaults', () => {
  assert.deepEqual(DEFAULT_CONFIG, { corpus: ['sources'], ignore: [], citationStyle: 'pandoc', severity: {}, maxFileSize: 5_000_000 });
  assert.deepEqual(Object.keys(DEFAULT_SEVERITY).sort(), [...FINDING_CODES].sort());
  assert.equal(DEFAULT_SEVERITY['figure.mismatch'], 'error');
  assert.equal(DEFAULT_SEVERITY['quote.not-found'], 'warning');
  assert.deepEqual(parse(''), { config: DEFAULT_CONFIG, errors: [] });
});

test('a valid config; corpus and ignore accept a string or an array', () => {
  const { config, errors } = parse({
    $schema: 'x',
    corpus: 'articles',
    ignore: ['**/draft-*'],
    citationStyle: 'footnote',
    severity: { 'source.uncited': 'off', 'quote.altered': 'warning' },
    maxFileSize: 1000,
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(config, {
    corpus: ['articles'],
    ignore: ['**/draft-*'],
    citationStyle: 'footnote',
    severity: { 'source.uncited': 'off', 'quote.altered': 'warning' },
    maxFileSize: 1000,
  });
});

test('every error names its key; valid keys still apply', () => {
  const { config, errors } = parse({
    corpos: ['x'],
    corpus: 3,
    ignore: [1],
    citationStyle: 'apa',
    severity: { 'figure.mismach': 'error', 'quote.altered': 'loud', 'source.uncited': 'info' },
    maxFileSize: -5,
    colour: true,
  });
  assert.deepEqual(errors, [
    'unknown key "corpos" (did you mean "corpus"?)',
    'corpus: must be a string or an array of strings',
    'ignore: must be a string or an array of strings',
    'citationStyle: must be one of pandoc, footnote, link',
    'severity.figure.mismach: unknown finding code (did you mean "figure.mismatch"?)',
    'severity.quote.altered: must be one of error, warning, info, hint, off',
    'maxFileSize: must be a positive number of bytes',
    'unknown key "colour"',
  ]);
  assert.deepEqual(config, { ...DEFAULT_CONFIG, severity: { 'source.uncited': 'info' } });
});

test('other shape errors', () => {
  assert.deepEqual(parse({ severity: ['error'] }).errors, ['severity: must be an object mapping finding codes to levels']);
  assert.deepEqual(parse({ maxFileSize: '5MB' }).errors, ['maxFileSize: must be a positive number of bytes']);
  assert.deepEqual(parse({ corpus: [] }).errors, ['corpus: must name at least one folder, file or glob']);
  assert.deepEqual(parse('[1, 2]').errors, ['.citecheck.json: must be a JSON object']);
});

test('invalid JSON is one error with line:column', () => {
  assert.deepEqual(parse('{\n  "corpus": "a",\n}').errors, ['invalid JSON at 3:1: Expected double-quoted property name']);
  assert.deepEqual(parse('{\n "corpus": ["a",],\n "x": 1}').errors, ["invalid JSON at 2:17: Unexpected token ']'"]);
  assert.deepEqual(parse('{"corpus":').errors, ['invalid JSON at 1:11: Unexpected end of JSON input']);
  const bad = parse('{"citationStyle": "link" "x"}');
  assert.equal(bad.errors.length, 1);
  assert.match(bad.errors[0], /^invalid JSON at 1:26: /);
  assert.deepEqual(bad.config, DEFAULT_CONFIG);
});

test('mergeConfig overrides keys and merges severity per code', () => {
  const base = parse({ corpus: ['a'], severity: { 'quote.altered': 'warning', 'source.uncited': 'off' } }).config;
  const merged = mergeConfig(base, { citationStyle: 'link', severity: { 'source.uncited': 'hint' } });
  assert.deepEqual(merged, {
    corpus: ['a'],
    ignore: [],
    citationStyle: 'link',
    severity: { 'quote.altered': 'warning', 'source.uncited': 'hint' },
    maxFileSize: 5_000_000,
  });
  assert.notEqual(merged.corpus, base.corpus, 'arrays are copied');
});

test('severityFor: override, else the given default, else DEFAULT_SEVERITY', () => {
  const config = parse({ severity: { 'source.uncited': 'off', 'figure.mismatch': 'warning' } }).config;
  assert.equal(severityFor(config, 'source.uncited', 'warning'), 'off');
  assert.equal(severityFor(config, 'figure.mismatch', 'error'), 'warning');
  assert.equal(severityFor(config, 'quote.not-found', 'info'), 'info');
  assert.equal(severityFor(config, 'quote.altered'), 'error');
});
