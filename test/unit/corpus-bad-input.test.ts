import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource, type ParsedSource } from '../../server/src/core/corpus/index.ts';

const BAD = join(__dirname, '../fixtures/sources/bad');

function parseFixture(name: string, opts?: { maxBytes?: number }): ParsedSource {
  return parseSource(`/corpus/${name}`, readFileSync(join(BAD, name)), opts);
}

function problemOf(r: ParsedSource): string {
  assert.ok('problem' in r, 'expected a problem, got a doc');
  return r.problem.message;
}

test('empty and blank files are problems', () => {
  assert.equal(problemOf(parseFixture('empty.txt')), 'empty file');
  assert.equal(problemOf(parseFixture('blank.md')), 'empty file');
  assert.equal(problemOf(parseSource('/c/bom-only.txt', new Uint8Array([0xef, 0xbb, 0xbf]))), 'empty file');
});

test('binary files (NUL bytes or many control characters) are problems', () => {
  assert.equal(problemOf(parseFixture('binary.txt')), 'binary file, not text');
  assert.equal(problemOf(parseFixture('controls.txt')), 'binary file, not text');
});

test('invalid UTF-8 names the byte offset', () => {
  assert.equal(problemOf(parseFixture('latin1.txt')), 'invalid UTF-8 at byte 3');
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xc3, 0x28]);
  assert.equal(problemOf(parseSource('/c/x.txt', withBom)), 'invalid UTF-8 at byte 5');
  const truncated = new Uint8Array([0x61, 0x62, 0x63, 0xe2, 0x82]);
  assert.equal(problemOf(parseSource('/c/x.txt', truncated)), 'invalid UTF-8 at byte 3');
  const surrogate = new Uint8Array([0x61, 0xed, 0xa0, 0x80]);
  assert.equal(problemOf(parseSource('/c/x.txt', surrogate)), 'invalid UTF-8 at byte 1');
});

test('files over the size limit are problems naming maxFileSize', () => {
  const big = new Uint8Array(12_300_000).fill(0x61);
  assert.equal(problemOf(parseSource('/c/big.txt', big)), 'file is 12.3 MB, over the 5 MB limit (maxFileSize)');
  const small = new Uint8Array(2500).fill(0x61);
  assert.equal(problemOf(parseSource('/c/s.txt', small, { maxBytes: 1000 })), 'file is 2.5 KB, over the 1 KB limit (maxFileSize)');
  assert.ok('doc' in parseSource('/c/s.txt', small, { maxBytes: 2500 }));
});

test('HTML without article text and Markdown with only code are problems', () => {
  assert.equal(problemOf(parseFixture('nav-only.html')), 'no article text found in the HTML');
  assert.match(problemOf(parseFixture('code-only.md')), /^no article text/);
});

test('a front matter YAML error keeps the file and warns with the line', () => {
  const r = parseFixture('bad-yaml.md');
  assert.ok('doc' in r);
  assert.equal(r.doc.plain, 'The body is still prose with 42 figures.');
  assert.equal(r.doc.key, 'bad-yaml');
  assert.equal(r.warnings?.length, 1);
  assert.match(r.warnings?.[0].message ?? '', /^front matter: YAML error at line 3: /);
  assert.equal(r.warnings?.[0].path, '/corpus/bad-yaml.md');
});

test('problems carry the path and parseSource never throws', () => {
  const r = parseFixture('binary.txt');
  assert.ok('problem' in r && r.problem.path === '/corpus/binary.txt');
  for (const bytes of [new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array([0xfe]), new TextEncoder().encode('<')]) {
    for (const ext of ['txt', 'md', 'html']) assert.doesNotThrow(() => parseSource(`/c/x.${ext}`, bytes));
  }
});
