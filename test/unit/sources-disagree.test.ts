import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { memoryFs as memory } from '../helpers/memory-fs.ts';


const SOURCES = {
  'wire-a.md': '---\nid: wire-a\ntitle: Port expansion approved\ndate: 2024-05-02\n---\nThe city council approved the harbour expansion, which will cost $420 million and create 1,200 jobs.\n',
  'wire-b.md': '---\nid: wire-b\ntitle: Council backs harbour plan\ndate: 2024-05-03\n---\nThe city council approved the harbour expansion, which will cost $450 million and create 1,200 jobs.\n',
};

async function engine() {
  const e = createEngine({ fs: memory(SOURCES), root: '/w', config: { ...DEFAULT_CONFIG, corpus: ['src'] } });
  await e.loadCorpus();
  return e;
}

test('figure.sources-disagree lists every source value and prefers the one the draft agrees with', async () => {
  const e = await engine();
  const r = e.check('The council approved the harbour expansion, which will cost $420 million [@wire-a; @wire-b].\n');
  const [f] = r.findings.filter((x) => x.code === 'figure.sources-disagree');
  assert.ok(f, JSON.stringify(r.findings, null, 1));
  assert.deepEqual(f.alternatives?.map((a) => `${a.value}@${a.source.key}`).sort(), ['$420 million@wire-a', '$450 million@wire-b']);
  assert.equal(f.source?.key, 'wire-a');
  assert.equal(f.expected, '$420 million');
  assert.deepEqual(r.findings.filter((x) => x.code === 'figure.mismatch'), []);
});

test('agreeing sources are not a disagreement; a value neither gives is a mismatch against the cited one', async () => {
  const e = await engine();
  const ok = e.check('The harbour expansion will create 1,200 jobs, the council said [@wire-b].\n');
  assert.deepEqual(ok.findings.filter((x) => x.code === 'figure.sources-disagree'), []);
  const wrong = e.check('The council approved the harbour expansion, which will cost $480 million [@wire-b].\n');
  const mm = wrong.findings.find((x) => x.code === 'figure.mismatch');
  assert.equal(mm?.expected, '$450 million');
});

test('a source the passage does not draw on never disagrees with the cited one (another report)', async () => {
  const e = await engine();
  const r = e.check('The council approved the harbour expansion, which will cost $420 million [@wire-a].\n');
  assert.deepEqual(r.findings.filter((x) => x.code.startsWith('figure.')), []);
});

test('two cited sources stating one quantity in like words disagree, though the draft words it like only one', async () => {
  const { engineOn } = await import('../helpers/engine.ts');
  const e = await engineOn({
    'nikkei.txt': 'Balochistan is home to the port of Gwadar, the centerpiece of the $50 billion China-Pakistan Economic Corridor (CPEC).\n',
    'brief.txt': 'Security has become the main worry of both governments.\n\nWith investments amounting to over $60 billion, CPEC is central to the growth strategy of Pakistan.\n',
  });
  const r = e.check('Gwadar is the centrepiece of the $50 billion China-Pakistan Economic Corridor [@nikkei; @brief].\n');
  const f = r.findings.find((x) => x.code === 'figure.sources-disagree');
  assert.deepEqual(f?.alternatives?.map((a) => a.value).sort(), ['$50 billion', '$60 billion'], JSON.stringify(r.findings));
});

test('no disagreement from a value the other source compares with, or when it also states the draft\'s value', async () => {
  const { engineOn } = await import('../helpers/engine.ts');
  const e = await engineOn({
    'a.txt': 'Total assets of the bank were 345 billion yuan, compared with total assets of the bank of 260.5 billion yuan.\n',
    'b.txt': 'Total assets of the bank were 320 billion yuan, the board said.\n',
    'c.txt': 'The union said 81 pct of members voted to accept the offer.\n',
    'd.txt': 'Members voted 81 pct in favour, the union said; turnout was 54.5 pct of members.\n',
  });
  const old = e.check('Total assets of the bank were 260.5 billion yuan a year earlier [@a; @b].\n');
  assert.deepEqual(old.findings.filter((x) => x.code === 'figure.sources-disagree'), []);
  const both = e.check('The union said 81 pct of members voted to accept [@c; @d].\n');
  assert.deepEqual(both.findings.filter((x) => x.code === 'figure.sources-disagree'), []);
});
