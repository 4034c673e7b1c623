import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { createEngine } from '../../server/src/core/engine.ts';
import { createNodeFileSystem } from '../../server/src/node/nodefs.ts';

/** A small seeded generator, so a failure is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = [
  '“', '”', '"', "'", '‘', '’', '[', ']', '(', ')', '[@', '[^1]', '[^1]: ', '@', '...', '…', '—', '-', '\n', '\n\n', '> ', '# ', '- ', '| a | b |\n| --- | --- |\n',
  '```\n', '<!-- ', ' -->', '$', '€', '£', '%', ' per cent', '9', '7', ',000', '.5', ' billion', ' bn', ' million', 'nine', 'twenty-one', ' km', ' pounds',
  'October 15, 2024', '2022', ' said Khuram Iqbal', ' Beijing', ' Main Line 1 railway', ' the', ' is', ' willing', 'COVID-19', 'https://x.y/z', '\u0000', '\uFFFD', '\u200B', ' ',
];

test('check never throws and keeps offsets inside the draft, whatever the input', async () => {
  const e = createEngine({ fs: createNodeFileSystem(), root: resolve(__dirname, '../../examples'), config: { ...DEFAULT_CONFIG, corpus: ['corpus'] } });
  await e.loadCorpus();
  const next = rng(42);
  for (let n = 0; n < 300; n++) {
    let text = '';
    const len = Math.floor(next() * 80);
    for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const r = e.check(text);
    for (const f of r.findings) {
      assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `offsets of ${f.code} in ${JSON.stringify(text)}`);
      for (const fix of f.fixes) for (const ed of fix.edits) assert.ok(ed.start >= 0 && ed.end <= text.length && ed.start <= ed.end);
    }
    assert.equal((r as { errors?: string[] }).errors, undefined, `rule errors for ${JSON.stringify(text)}`);
  }
  assert.deepEqual(e.check('').findings, []);
});
