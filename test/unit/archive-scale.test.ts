/**
 * Scores that must not depend on how large the corpus is: an acronym weighs once in a
 * query, retrieval ranks the sentences it finds by every query term (also those too common
 * to traverse), and an altered quotation shares content words (or its sentence's context)
 * with the passage, not only function words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { loadIndex } from '../../server/src/core/loader.ts';
import { queryOf, similarity } from '../../server/src/core/align/align.ts';
import { searchQuote } from '../../server/src/core/align/quote-search.ts';
import { contentStems } from '../../server/src/core/index/terms.ts';
import type { CorpusIndex } from '../../server/src/core/index/corpus-index.ts';
import { memoryFs } from '../helpers/memory-fs.ts';

async function indexOf(files: Record<string, string>): Promise<CorpusIndex> {
  return (await loadIndex(memoryFs(files), '/w', { ...DEFAULT_CONFIG, corpus: ['src'] }, undefined)).index;
}

const doc = (id: string, body: string) => `---\nid: ${id}\ntitle: ${id}\n---\n${body}\n`;

test('an acronym weighs once in a query: its long form retrieves but adds no weight', async () => {
  const index = await indexOf({
    'a.md': doc('a', 'The China-Pakistan Economic Corridor (CPEC) is a network of roads.\n\nA Joint Security Company for CPEC Protection was set up.'),
    'b.md': doc('b', 'Economic growth in China slowed.\n\nPakistan built a corridor of roads.'),
  });
  const q = queryOf(index, 'The CPEC protection force.');
  const id = (s: string) => index.knownTerm(s) as number;
  assert.ok(q.terms.has(id('china')) && q.expanded.has(id('china')), 'the long form retrieves');
  assert.ok(!q.expanded.has(id('cpec')));
  const weigh = (s: string) => (index.knownTerm(s) === undefined ? index.unknownIdf() : index.idf(index.knownTerm(s) as number));
  const own = contentStems('The CPEC protection force.').reduce((n, s) => n + weigh(s), 0);
  assert.ok(Math.abs(q.weight - own) < 1e-9, `weight ${q.weight} is the sentence's own words' (${own})`);
  // A long form written out weighs as its words; its acronym is not added to the weight.
  const long = queryOf(index, 'The China-Pakistan Economic Corridor protection force.');
  assert.ok(long.terms.has(id('cpec')) && !long.expanded.has(id('cpec')));
  // The source naming the acronym shares the concept once: coverage stays below one.
  const sid = [...Array(10).keys()].find((s) => index.sentence(s).text.startsWith('A Joint')) as number;
  const sim = similarity(index, q, [sid]);
  assert.ok(sim.coverage > 0 && sim.coverage < 1, String(sim.coverage));
});

test('retrieval ranks the sentences found by rare terms with the common query terms too', async () => {
  // "include" is in more sentences than are traversed at query time; "chinese" is rare.
  const filler = Array.from({ length: 1100 }, (_, i) => `Report ${i} includes a table of figures.`).join('\n\n');
  const chinese = Array.from({ length: 12 }, (_, i) => `Chinese engineers visited site ${i} last week.`).join('\n\n');
  const index = await indexOf({
    'f.md': doc('f', filler),
    'c.md': doc('c', chinese),
    't.md': doc('t', 'The bus blast killed 13 people, including nine Chinese nationals.'),
  });
  const include = index.knownTerm('include') as number;
  assert.ok(index.termsOf(['include']).length === 1 && index.idf(include) < index.idf(index.knownTerm('chinese') as number));
  const hits = index.search(index.termsOf(['include', 'chinese']), 3);
  assert.match(index.sentence(hits[0].sid).text, /bus blast/);
});

test('an altered quotation shares content words with its passage, or the sentence around it does', async () => {
  const index = await indexOf({
    'u.md': doc('u', 'Soviet officials said foreign firms would have the right to deal for themselves with local partners.'),
    'n.md': doc('n', 'While launches are common, the historic significance of the achievement by SpaceX should not be lost.'),
  });
  assert.equal(searchQuote(index, 'The numbers speak for themselves', 'White told reporters after the results were released').status, 'not-found');
  const altered = searchQuote(index, 'should not be overlooked', 'He said the historic significance of the achievement');
  assert.equal(altered.status, 'altered');
});

test('a short quotation is found first in the passage its sentence reports, not wherever its word is', async () => {
  const files: Record<string, string> = {
    'zz.md': doc('p', 'Ambassador Jiang called the attack on the convoy in Karachi unacceptable, the embassy said.'),
  };
  // Stories that hold the word, more than a search for it alone returns.
  for (let i = 0; i < 8; i++) files[`s${i}.md`] = doc(`s${i}`, `The union said the offer ${i} was unacceptable.`);
  const index = await indexOf(files);
  const v = searchQuote(index, 'unacceptable', 'Jiang called the attack on the convoy in Karachi');
  assert.equal(v.status, 'verbatim');
  assert.equal(index.docs[v.docId as number]?.key, 'p');
});
