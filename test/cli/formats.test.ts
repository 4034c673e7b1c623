import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureCountsText, figureLines, formatText, shortenExcerpt, summaryLine } from '../../server/src/cli/format-text.ts';
import { toJson } from '../../server/src/cli/format-json.ts';
import { pathToUri, toSarif } from '../../server/src/cli/format-sarif.ts';
import type { Report } from '../../server/src/cli/report.ts';
import { countFigures, type FigureReport, type Finding } from '../../server/src/core/types.ts';

// Line 2 starts with an emoji (two UTF-16 units) and an accented word.
const draft = 'Intro line.\n😀 Café costs rose to $9 billion [@a].\n';
const figure = draft.indexOf('$9 billion');
const source = {
  key: 'a', title: 'Article A', path: '/corpus/a.txt', start: 10, end: 40,
  excerpt: 'Costs rose to $7 billion, officials said.',
};
const findings: Finding[] = [
  {
    code: 'citation.unknown-key', severity: 'warning', message: 'Unknown key', start: draft.indexOf('[@a]'),
    end: draft.indexOf('[@a]') + 4, fixes: [],
  },
  {
    code: 'figure.mismatch', severity: 'error', message: 'The source says $7 billion', start: figure,
    end: figure + 10, expected: '$7 billion', source,
    fixes: [{ title: 'Replace with $7 billion', preferred: true, edits: [{ start: figure, end: figure + 10, newText: '$7 billion' }] }],
  },
];
const sourceRaw = 'Header\nSome text. Costs rose to $7 billion, officials said.';
const report: Report = {
  files: [{ path: 'drafts/my draft.md', text: draft, findings, figures: [] }],
  sourceCount: 4,
  sourcePath: (p) => p.replace(/^\//, ''),
  sourceText: (p) => (p === '/corpus/a.txt' ? sourceRaw : undefined),
};

test('text output: 1-based positions in UTF-16 columns, excerpt line, summary', () => {
  const out = formatText(report, { color: false });
  const lines = out.trimEnd().split('\n');
  const col = figure - draft.indexOf('\n'); // 0-based character + 1
  assert.equal(lines[0], `drafts/my draft.md:2:${col}  error    figure.mismatch  The source says $7 billion`);
  assert.equal(lines[1], '    > "Costs rose to $7 billion, officials said." — Article A (a)');
  assert.match(lines[2], /^drafts\/my draft\.md:2:\d+  warning  citation\.unknown-key  Unknown key$/);
  assert.equal(lines.at(-1), '2 problems (1 error, 1 warning) in 1 file; 4 sources');
  assert.ok(!out.includes('\u001b['), 'no colour codes');
  assert.ok(formatText(report, { color: true }).includes('\u001b[31m'), 'colour when asked');
});

test('summary line wording', () => {
  assert.equal(summaryLine({ error: 0, warning: 0, info: 0, hint: 0 }, 2, 1), 'no problems in 2 files; 1 source');
  assert.equal(summaryLine({ error: 2, warning: 0, info: 1, hint: 0 }, 1, 4), '3 problems (2 errors, 1 info) in 1 file; 4 sources');
});

test('long excerpts are cut at a word with an ellipsis', () => {
  const long = 'word '.repeat(100);
  const short = shortenExcerpt(long, 40);
  assert.ok(short.length <= 40);
  assert.ok(short.endsWith('word…'));
});

test('json: 0-based lines and UTF-16 characters, full shape', () => {
  const json = toJson(report);
  assert.equal(json.files.length, 1);
  const [first, second] = json.files[0].findings;
  assert.equal(first.code, 'figure.mismatch');
  // '😀 Café costs rose to ' is 22 UTF-16 units (21 code points): the emoji counts twice.
  const character = 22;
  assert.equal(figure - (draft.indexOf('\n') + 1), character);
  assert.deepEqual(first.range, { start: { line: 1, character }, end: { line: 1, character: character + 10 } });
  assert.equal(first.expected, '$7 billion');
  assert.deepEqual(first.source, { key: 'a', title: 'Article A', path: 'corpus/a.txt', excerpt: source.excerpt });
  assert.deepEqual(first.fixes, [{ title: 'Replace with $7 billion', edits: [{ range: first.range, newText: '$7 billion' }] }]);
  assert.equal(second.expected, null);
  assert.equal(second.source, null);
  assert.deepEqual(Object.keys(first).sort(), ['code', 'expected', 'fixes', 'message', 'range', 'severity', 'source']);
});

test('sarif: required properties, 1-based regions, fixes and related location', () => {
  const log = toSarif(report);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'citecheck');
  assert.match(run.tool.driver.informationUri, /^https?:\/\//);
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.id && rule.shortDescription.text && /^https?:\/\/.+#/.test(rule.helpUri));
  }
  const [res, res2] = run.results;
  assert.equal(res.ruleId, 'figure.mismatch');
  assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
  assert.equal(res.level, 'error');
  assert.equal(res2.level, 'warning');
  assert.equal(res.message.text, 'The source says $7 billion');
  const loc = res.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'drafts/my%20draft.md');
  const col = figure - draft.indexOf('\n');
  assert.deepEqual(loc.region, { startLine: 2, startColumn: col, endLine: 2, endColumn: col + 10 });
  const fix = res.fixes?.[0];
  assert.equal(fix?.description.text, 'Replace with $7 billion');
  assert.deepEqual(fix?.artifactChanges[0].replacements[0], { deletedRegion: loc.region, insertedContent: { text: '$7 billion' } });
  const related = res.relatedLocations?.[0].physicalLocation;
  assert.equal(related?.artifactLocation.uri, 'corpus/a.txt');
  assert.deepEqual(related && 'region' in related ? related.region : undefined,
    { startLine: 2, startColumn: 4, endLine: 2, endColumn: 34 });
  assert.equal(res2.fixes, undefined);
  assert.equal(res2.relatedLocations, undefined);
});

test('pathToUri percent-encodes segments only', () => {
  assert.equal(pathToUri('a b/c#d/ü.md'), 'a%20b/c%23d/%C3%BC.md');
});

const derived: FigureReport = {
  start: figure, end: figure + 10, text: '$9 billion', verdict: 'verified', reason: 'matches Article A: "$7 billion" + "$2 billion"',
  source, sourceValue: '$7 billion', derivation: '7 + 2 = 9',
};
const unsupported: FigureReport = {
  start: 0, end: 5, text: 'Intro', verdict: 'unsupported', reason: 'not stated in Article A', source,
};

test('figure lines: aligned positions, verdict, value, reason and derivation', () => {
  assert.deepEqual(figureLines(draft, [derived, unsupported]), [
    '  1:1   unsupported   "Intro"  not stated in Article A',
    `  2:${figure - draft.indexOf('\n')}  verified      "$9 billion"  matches Article A: "$7 billion" + "$2 billion" (7 + 2 = 9)`,
  ]);
  assert.equal(figureCountsText(countFigures([])), 'no figures');
  const out = formatText({ ...report, files: [{ ...report.files[0], figures: [derived, unsupported] }] }, { color: false, figures: true });
  assert.match(out, /\ndrafts\/my draft\.md: 2 figures: 1 verified, 0 contradicted, 1 unsupported, 0 unchecked\n  1:1 /);
});

test('json figures: source with paragraph and range in the source file, derivation only when present', () => {
  const json = toJson({ ...report, files: [{ ...report.files[0], figures: [derived, unsupported] }] });
  const [first, second] = json.files[0].figures;
  assert.equal(first.verdict, 'unsupported');
  assert.equal(second.derivation, '7 + 2 = 9');
  assert.ok(!('derivation' in first));
  assert.equal(second.sourceValue, '$7 billion');
  assert.deepEqual(second.source, {
    key: 'a', title: 'Article A', path: 'corpus/a.txt', paragraph: null,
    range: { start: { line: 1, character: 3 }, end: { line: 1, character: 33 } }, excerpt: source.excerpt,
  });
  assert.deepEqual(json.figureCounts, { total: 2, verified: 1, contradicted: 0, unsupported: 1, unchecked: 0 });
});
