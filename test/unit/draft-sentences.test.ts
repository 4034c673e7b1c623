import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/draft/index.ts';

const split = (md: string) => parseDraft(md).sentences.map((s) => s.text);

test('splits at . ! ? before a capital, digit or quote', () => {
  assert.deepEqual(split('It rose. It fell! Did it? 2024 was calm. "Yes," he said.\n'),
    ['It rose.', 'It fell!', 'Did it?', '2024 was calm.', '"Yes," he said.']);
});

test('never splits after abbreviations, initials, acronyms or decimals', () => {
  const md = 'Mr. Khan met Dr. Ali and Prof. Rao at 9 a.m. on Jan. 5 in the U.S. with J. K. Rowling. ' +
    'Growth was 3.5 percent vs. 2.1 in Sept. last year, e.g. in Punjab, i.e. the east. No. 10 agreed. Acme Inc. said so.\n';
  assert.deepEqual(split(md), [
    'Mr. Khan met Dr. Ali and Prof. Rao at 9 a.m. on Jan. 5 in the U.S. with J. K. Rowling.',
    'Growth was 3.5 percent vs. 2.1 in Sept. last year, e.g. in Punjab, i.e. the east.',
    'No. 10 agreed.',
    'Acme Inc. said so.',
  ]);
});

test('closing quotes and brackets stay with their sentence', () => {
  assert.deepEqual(split('He said "it is over." (The talks ended.) Then silence.\n'),
    ['He said "it is over."', '(The talks ended.)', 'Then silence.']);
});

test('a lower-case word after ? or ! inside a quotation does not start a sentence', () => {
  assert.deepEqual(split('"Really?" she asked. "Yes!" he replied.\n'), ['"Really?" she asked.', '"Yes!" he replied.']);
});

test('sentence offsets are trimmed draft offsets', () => {
  const md = '  First one here.   Second **one**.  \n';
  const d = parseDraft(md);
  assert.deepEqual(d.sentences.map((s) => md.slice(s.start, s.end)), ['First one here.', 'Second **one**.']);
  for (const s of d.sentences) assert.equal(s.toDraft(0), s.start);
});
