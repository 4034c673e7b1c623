import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { memoryFs as memory } from '../helpers/memory-fs.ts';


const RELEASE = [
  'WASHINGTON -- Agency Director Maria Lopez issued the following statement about the launch:',
  '',
  '"Today marks the start of a new era for regional rail across the whole northern corridor.',
  '',
  '"We will keep building until every town has a station of its own."',
  '',
  'Transport analyst Tom Reyes said the plan was "ambitious but affordable," in an interview.',
].join('\n');

async function check(draft: string) {
  const e = createEngine({ fs: memory({ 'release.md': RELEASE }), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  return e.check(draft).findings.filter((f) => f.code === 'quote.misattributed');
}

test('a statement quoted over several paragraphs belongs to whoever issued it', async () => {
  const [f] = await check('"We will keep building until every town has a station of its own," Tom Reyes said [@release].\n');
  assert.ok(f, 'misattribution found');
  assert.match(f.expected ?? '', /Maria Lopez/);
  assert.deepEqual(await check('"We will keep building until every town has a station of its own," Maria Lopez said [@release].\n'), []);
});

test('an attribution after the quotation names the speaker; the right name is not flagged', async () => {
  assert.deepEqual(await check('Tom Reyes called the plan "ambitious but affordable" [@release].\n'), []);
  const [f] = await check('Maria Lopez called the plan "ambitious but affordable" [@release].\n');
  assert.match(f?.expected ?? '', /Tom Reyes/);
});
