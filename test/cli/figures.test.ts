// Figure verdicts in the CLI output (counts line, --figures, JSON `figures`), against a copy
// of examples/corpus in a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NIKKEI, RIGHT, run, workspace } from './helpers.ts';

/** Copied verbatim from a sentence of the cited Nikkei article (para 9): verified. */
const VERIFIED = RIGHT.trimEnd();
/** About nothing any source mentions: unchecked. */
const UNCHECKED = 'My grandmother baked 12 loaves of rye bread in her village kitchen.';
/** Cites the Nikkei article, whose sentence has no figure at all ("37" appears nowhere): unsupported. */
const UNSUPPORTED = `Beijing and Islamabad are close to a deal on joint security companies, according to 37 people familiar with the talks [@${NIKKEI}].`;

const DRAFT = ['# Notes', '', VERIFIED, '', UNCHECKED, ''].join('\n');
const col = (line: string, needle: string) => line.indexOf(needle) + 1;

interface JsonFigure {
  verdict: string;
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  start: number;
  end: number;
  reason: string;
  source: { key: string; title: string; path: string; paragraph: number | null; range?: unknown; excerpt: string } | null;
  sourceValue: string | null;
  derivation?: string;
}
type Counts = { total: number; verified: number; contradicted: number; unsupported: number; unchecked: number };
interface JsonDoc {
  files: { path: string; figures: JsonFigure[]; figureCounts: Counts }[];
  figureCounts: Counts;
}

test('text: each file ends with its figure counts; several files get a total line', () => {
  const dir = workspace({ 'draft.md': DRAFT, 'other.md': UNCHECKED + '\n' });
  const r = run(['check', 'draft.md', 'other.md', '--corpus', 'corpus'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const lines = r.stdout.split('\n');
  assert.ok(lines.includes('draft.md: 2 figures: 1 verified, 0 contradicted, 0 unsupported, 1 unchecked'), r.stdout);
  assert.ok(lines.includes('other.md: 1 figure: 0 verified, 0 contradicted, 0 unsupported, 1 unchecked'), r.stdout);
  const total = lines.indexOf('total: 3 figures: 1 verified, 0 contradicted, 0 unsupported, 2 unchecked');
  assert.ok(total > lines.indexOf('other.md: 1 figure: 0 verified, 0 contradicted, 0 unsupported, 1 unchecked'), r.stdout);
  assert.match(r.stdout, /\n\nno problems in 2 files; 4 sources\n$/);

  const one = run(['check', 'draft.md', '--corpus', 'corpus'], dir);
  assert.ok(!one.stdout.includes('total:'), 'a total line for a single file');
  assert.ok(!one.stdout.includes('  3:'), 'figures listed without --figures');
});

test('text --figures lists every figure with position, verdict, value and reason', () => {
  const dir = workspace({ 'draft.md': DRAFT });
  const r = run(['check', 'draft.md', '--corpus', 'corpus', '--figures'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const lines = r.stdout.split('\n');
  const head = lines.indexOf('draft.md: 2 figures: 1 verified, 0 contradicted, 0 unsupported, 1 unchecked');
  assert.ok(head >= 0, r.stdout);
  const [verified, unchecked] = lines.slice(head + 1, head + 3);
  const vAt = `3:${col(VERIFIED, '$7 billion')}`;
  const uAt = `5:${col(UNCHECKED, '12')}`;
  assert.match(verified, new RegExp(`^  ${vAt} +verified {6}"\\$7 billion"  matches ISLAMABAD — .*, para 9: "\\$7 billion"$`));
  assert.match(unchecked, new RegExp(`^  ${uAt} +unchecked {5}"12"  .*no source`));
  assert.equal(lines[head + 3], '', 'more figure lines than figures');
});

test('json: per-file figures with verdict, ranges, offsets, reason and source; counts per file and overall', () => {
  const dir = workspace({ 'draft.md': DRAFT });
  const r = run(['check', 'draft.md', '--corpus', 'corpus', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as JsonDoc;
  const file = doc.files[0];
  assert.deepEqual(file.figures.map((f) => [f.verdict, f.text]), [['verified', '$7 billion'], ['unchecked', '12']]);
  const counts = { total: 2, verified: 1, contradicted: 0, unsupported: 0, unchecked: 1 };
  assert.deepEqual(file.figureCounts, counts);
  assert.deepEqual(doc.figureCounts, counts);

  const [v, u] = file.figures;
  const vStart = DRAFT.indexOf('$7 billion');
  assert.deepEqual([v.start, v.end], [vStart, vStart + 10]);
  const c = col(VERIFIED, '$7 billion') - 1;
  assert.deepEqual(v.range, { start: { line: 2, character: c }, end: { line: 2, character: c + 10 } });
  assert.match(v.reason, /^matches .*, para 9/);
  assert.equal(v.sourceValue, '$7 billion');
  assert.ok(v.source, 'no source on the verified figure');
  assert.equal(v.source.key, NIKKEI);
  assert.equal(v.source.path, 'corpus/001_62cc25fecc494a02.txt');
  assert.equal(v.source.paragraph, 9);
  assert.match(v.source.title, /^ISLAMABAD/);
  assert.match(v.source.excerpt, /\$7 billion Main Line 1 railway/);
  assert.ok(v.source.range, 'no range in the source file');
  assert.ok(!('derivation' in v), 'derivation present without one');

  assert.deepEqual([u.start, u.end], [DRAFT.indexOf('12'), DRAFT.indexOf('12') + 2]);
  assert.equal(u.source, null);
  assert.equal(u.sourceValue, null);
  assert.deepEqual(Object.keys(u).sort(), ['end', 'range', 'reason', 'source', 'sourceValue', 'start', 'text', 'verdict']);
});

test('--help documents --figures and the four verdicts', () => {
  const help = run(['--help'], workspace({}, false)).stdout;
  assert.match(help, /\[--figures\]/);
  assert.match(help, /^ {2}--figures {12}list every figure with its verdict and reason/m);
  for (const v of ['verified', 'contradicted', 'unsupported', 'unchecked']) assert.ok(help.includes(v), v);
});

test('sarif: figure.unsupported is one of the rules', () => {
  const dir = workspace({ 'draft.md': DRAFT });
  const r = run(['check', 'draft.md', '--corpus', 'corpus', '--format', 'sarif'], dir);
  const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] };
  const rule = log.runs[0].tool.driver.rules.find((x) => x.id === 'figure.unsupported');
  assert.ok(rule, 'no figure.unsupported rule');
  assert.match(rule.shortDescription.text, /none of them states this figure/);
});

test('an uncited-in-source figure in a cited sentence is unsupported, with a figure.unsupported warning', () => {
  const dir = workspace({ 'draft.md': UNSUPPORTED + '\n' });
  const text = run(['check', 'draft.md', '--corpus', 'corpus', '--figures'], dir);
  assert.match(text.stdout, /^draft\.md:1:\d+ {2}warning {2}figure\.unsupported {2}/m);
  assert.ok(text.stdout.includes('draft.md: 1 figure: 0 verified, 0 contradicted, 1 unsupported, 0 unchecked'), text.stdout);
  assert.match(text.stdout, new RegExp(`^  1:${col(UNSUPPORTED, '37')} +unsupported +"37"  `, 'm'));
  const json = JSON.parse(run(['check', 'draft.md', '--corpus', 'corpus', '--format', 'json'], dir).stdout) as JsonDoc;
  const [f] = json.files[0].figures;
  assert.equal(f.verdict, 'unsupported');
  assert.equal(f.source?.key, NIKKEI);
});
