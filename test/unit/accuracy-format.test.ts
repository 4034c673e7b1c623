import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockAt, overlaps, parseLabels } from '../../scripts/accuracy/labels.ts';
import { scoreCase } from '../../scripts/accuracy/score.ts';

const CASES = join('test', 'fixtures', 'accuracy', 'cases');

test('parses expect and ok labels with codes and quoted text', () => {
  const text = 'It cost $9 billion, not 7 billion. <!-- expect figure.mismatch "$9 billion" --> <!-- ok "7 billion" -->\n';
  const { labels, errors } = parseLabels(text);
  assert.deepEqual(errors, []);
  assert.equal(labels.length, 2);
  assert.equal(labels[0].kind, 'expect');
  assert.equal(labels[0].code, 'figure.mismatch');
  assert.equal(labels[0].text, '$9 billion');
  assert.deepEqual(labels[0].occurrences, [{ start: 8, end: 18 }]);
  assert.equal(labels[1].kind, 'ok');
  assert.equal(labels[1].code, undefined);
  assert.equal(text.slice(labels[1].occurrences[0].start, labels[1].occurrences[0].end), '7 billion');
});

test('quoted text may contain straight double quotes', () => {
  const text = '"Go," Smith said. <!-- expect quote.misattributed ""Go," Smith" -->\n';
  const { labels, errors } = parseLabels(text);
  assert.deepEqual(errors, []);
  assert.equal(labels[0].text, '"Go," Smith');
});

test('labels are scoped to their own block', () => {
  const text = 'First 12 here.\n\nSecond para. <!-- ok "12" -->\n';
  const { labels, errors } = parseLabels(text);
  assert.equal(labels[0].occurrences.length, 0);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /does not occur/);
});

test('list items and table cells are blocks of their own', () => {
  const text = '- a 5 <!-- ok "5" -->\n- b 6 <!-- ok "6" -->\n\n| x | y |\n| - | - |\n| 7 | 8 <!-- ok "8" --> |\n';
  const { labels, errors } = parseLabels(text);
  assert.deepEqual(errors, []);
  const [five, six, eight] = labels;
  assert.equal(text.slice(five.occurrences[0].start, five.occurrences[0].end), '5');
  assert.ok(six.occurrences[0].start > five.comment.end);
  assert.equal(eight.occurrences.length, 1);
  assert.ok(eight.block.start > text.indexOf('| 7'));
});

test('the label text inside the comment itself is not an occurrence', () => {
  const { labels, errors } = parseLabels('Nothing to see. <!-- ok "forty" -->\n');
  assert.equal(labels[0].occurrences.length, 0);
  assert.equal(errors.length, 1);
});

test('a comment on its own line labels the block before it', () => {
  const text = 'The toll was 21.\n<!-- ok "21" -->\n';
  const { labels, errors } = parseLabels(text);
  assert.deepEqual(errors, []);
  assert.equal(labels[0].occurrences.length, 1);
});

test('an expect without a code and an unreadable label are errors', () => {
  assert.equal(parseLabels('x 1 <!-- expect "1" -->\n').errors.length, 1);
  assert.equal(parseLabels('x 1 <!-- ok 1 -->\n').errors.length, 1);
  assert.equal(parseLabels('x 1 <!-- a plain comment -->\n').errors.length, 0);
});

test('blockAt prefers the innermost block holding the offset', () => {
  const blocks = [{ start: 0, end: 100 }, { start: 10, end: 20 }];
  assert.deepEqual(blockAt(blocks, 15), { start: 10, end: 20 });
  assert.deepEqual(blockAt(blocks, 50), { start: 0, end: 100 });
  assert.deepEqual(blockAt([{ start: 0, end: 5 }], 8), { start: 0, end: 5 });
});

test('overlap is half-open; empty ranges count as one character', () => {
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
  assert.equal(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 }), true);
  assert.equal(overlaps({ start: 5, end: 5 }, { start: 5, end: 9 }), true);
  assert.equal(overlaps({ start: 9, end: 9 }, { start: 5, end: 9 }), false);
});

test('scoring: TP on overlap with the same code, FP otherwise, FN for unmatched', () => {
  const text = 'Cost $9 billion and 7 billion. <!-- expect figure.mismatch "$9 billion" --> <!-- ok "7 billion" -->\n';
  const { labels } = parseLabels(text);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const out = scoreCase('c', text, labels, [
    { code: 'figure.mismatch', message: 'm', ...at('9 billion') },
    { code: 'figure.mismatch', message: 'dup', ...at('$9') },
    { code: 'quote.altered', message: 'q', ...at('$9 billion') },
    { code: 'figure.mismatch', message: 'x', ...at('7 billion') },
  ]);
  assert.deepEqual(out.tallies.get('figure.mismatch'), { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(out.tallies.get('quote.altered'), { tp: 0, fp: 1, fn: 0 });
  assert.equal(out.duplicates, 1);
  assert.equal(out.falsePositives.find((f) => f.message === 'x')?.onOk, true);
  const none = scoreCase('c', text, labels, []);
  assert.deepEqual(none.tallies.get('figure.mismatch'), { tp: 0, fp: 0, fn: 1 });
  assert.equal(none.falseNegatives[0].excerpt, '$9 billion');
});

test('every accuracy fixture has well-formed labels that occur in their blocks', () => {
  const names = readdirSync(CASES).filter((n) => n.endsWith('.md'));
  assert.ok(names.length >= 60, `only ${names.length} cases`);
  for (const name of names) {
    const { labels, errors } = parseLabels(readFileSync(join(CASES, name), 'utf8'));
    assert.deepEqual(errors.map((e) => e.message), [], name);
    assert.ok(labels.length > 0, `${name} has no labels`);
  }
});
