import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/draft/index.ts';

/** [quoted words, speaker name, speaker as written in the draft] per quotation. */
function speakers(md: string): [string, string | undefined, string | undefined][] {
  const d = parseDraft(md);
  return d.quotations.map((q) => [q.text, q.speaker?.name, q.speaker ? d.text.slice(q.speaker.start, q.speaker.end) : undefined]);
}

test('“…,” said X', () => {
  assert.deepEqual(speakers('“We will win,” said Shehbaz Sharif.\n'), [['We will win,', 'Shehbaz Sharif', 'Shehbaz Sharif']]);
});

test('“…,” X said, with titles dropped from the name', () => {
  assert.deepEqual(speakers('“Growth is back,” Prime Minister Shehbaz Sharif said on Monday.\n'),
    [['Growth is back,', 'Shehbaz Sharif', 'Shehbaz Sharif']]);
});

test('X said: “…” and X said that “…”', () => {
  assert.deepEqual(speakers('Imran Khan said: "We are ready."\n'), [['We are ready.', 'Imran Khan', 'Imran Khan']]);
  assert.deepEqual(speakers('Maryam Nawaz said that “inflation is falling”.\n'), [['inflation is falling', 'Maryam Nawaz', 'Maryam Nawaz']]);
});

test('according to X, before or after the quotation', () => {
  assert.deepEqual(speakers('According to Ishaq Dar, "the deficit will shrink."\n'), [['the deficit will shrink.', 'Ishaq Dar', 'Ishaq Dar']]);
  assert.deepEqual(speakers('Exports are "recovering fast" according to the State Bank of Pakistan.\n'),
    [['recovering fast', 'State Bank of Pakistan', 'State Bank of Pakistan']]);
});

test('X told Reuters “…”, X warned that “…”, X wrote, X noted', () => {
  assert.deepEqual(speakers('Ali Khan told Reuters “prices will rise.”\n'), [['prices will rise.', 'Ali Khan', 'Ali Khan']]);
  assert.deepEqual(speakers('Dr. Hafiz Pasha warned that "the debt is unsustainable."\n'), [['the debt is unsustainable.', 'Hafiz Pasha', 'Hafiz Pasha']]);
  assert.deepEqual(speakers('"It is over," wrote Mohammed bin Salman.\n'), [['It is over,', 'Mohammed bin Salman', 'Mohammed bin Salman']]);
  assert.deepEqual(speakers('"Demand is weak," Sara Ahmed noted.\n'), [['Demand is weak,', 'Sara Ahmed', 'Sara Ahmed']]);
});

test('said X, an appositive: the name stops at the comma', () => {
  assert.deepEqual(speakers('"The rupee will fall," said Ammar Habib Khan, an Islamabad-based economist.\n'),
    [['The rupee will fall,', 'Ammar Habib Khan', 'Ammar Habib Khan']]);
  assert.deepEqual(speakers('Ammar Khan, an Islamabad-based economist, said "the rupee will fall."\n'),
    [['the rupee will fall.', 'Ammar Khan', 'Ammar Khan']]);
  assert.deepEqual(speakers('The IMF’s chief, Kristalina Georgieva, said: "Pakistan has made progress."\n'),
    [['Pakistan has made progress.', 'Kristalina Georgieva', 'Kristalina Georgieva']]);
});

test('described speakers are kept as written', () => {
  assert.deepEqual(speakers('"Talks continue," a spokesperson for the ministry said.\n'),
    [['Talks continue,', 'a spokesperson for the ministry', 'a spokesperson for the ministry']]);
  assert.deepEqual(speakers('"Nothing is final," said a source.\n'), [['Nothing is final,', 'a source', 'a source']]);
  assert.deepEqual(speakers('The ministry said: "Talks continue."\n'), [['Talks continue.', 'The ministry', 'The ministry']]);
});

test('pronouns resolve to the last named speaker of the paragraph, else no speaker', () => {
  assert.deepEqual(speakers('"We will win," said Asim Munir. He added: "No retreat."\n'), [
    ['We will win,', 'Asim Munir', 'Asim Munir'],
    ['No retreat.', 'Asim Munir', 'Asim Munir'],
  ]);
  assert.deepEqual(speakers('"We will win," she said.\n'), [['We will win,', undefined, undefined]]);
});

test('a quotation interrupted by its attribution keeps the speaker', () => {
  assert.deepEqual(speakers('“We will win,” Bilawal Bhutto said. “They will not.”\n'), [
    ['We will win,', 'Bilawal Bhutto', 'Bilawal Bhutto'],
    ['They will not.', 'Bilawal Bhutto', 'Bilawal Bhutto'],
  ]);
  assert.deepEqual(speakers('“We will win,” said Aleema Khan, “and they will lose.”\n'), [
    ['We will win,', 'Aleema Khan', 'Aleema Khan'],
    ['and they will lose.', 'Aleema Khan', 'Aleema Khan'],
  ]);
});

test('unattributed quotations and quotes ending a sentence before a new subject', () => {
  assert.deepEqual(speakers('It was "a bailout." Sharif disagreed.\n'), [['a bailout.', undefined, undefined]]);
  // "called" attributes: the group that called it so is the speaker.
  assert.deepEqual(speakers('Critics called it "a bailout." Sharif disagreed.\n'), [['a bailout.', 'Critics', 'Critics']]);
});
