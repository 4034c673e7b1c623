/** The memoised retrievals of draft texts (Memos.search): shared by sentences with the same terms, forgotten when the sources change. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineOn } from '../helpers/engine.ts';

const DRAFT = [
  'The barley harvest in Ruritania reached 41 tonnes last season.',
  '',
  'The barley harvest in Ruritania reached 52 tonnes last season.',
  '',
].join('\n');

test('sentences differing only in their figures align as they would alone', async () => {
  const files = { 'a.txt': 'The harvest of barley in Ruritania reached 41 tonnes last season, officials said.\n', 'b.txt': 'Football results of the league.\n' };
  const e = await engineOn(files);
  const both = e.check(DRAFT).matches;
  const [first, second] = DRAFT.split('\n\n');
  const alone = [...(await engineOn(files)).check(`${first}\n`).matches, ...(await engineOn(files)).check(`\n\n${second}\n`).matches];
  assert.deepEqual(both.map((m) => m.source?.key).sort(), alone.map((m) => m.source?.key).sort());
});

test('a changed source is not retrieved from the memo after updateSource (the memo is per corpus version)', async () => {
  const files: Record<string, string> = {
    'a.txt': 'The harvest of barley in Ruritania reached 41 tonnes last season, officials said.\n',
    'b.txt': 'Barley traders in Ruritania expect a good harvest, officials said.\n',
  };
  const e = await engineOn(files);
  assert.ok(e.check(DRAFT).matches.some((m) => m.source?.key === 'a'));
  files['a.txt'] = 'Football results of the league, officials said.\n';
  await e.updateSource('/w/src/a.txt');
  const after = e.check(DRAFT);
  assert.ok(!after.matches.some((m) => m.source?.key === 'a' && m.kind === 'sentence'), 'the old text of a is not aligned with');
  assert.deepEqual(after, (await engineOn(files)).check(DRAFT));
});
