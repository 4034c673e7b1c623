import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource, type SourceDoc } from '../../server/src/core/corpus/index.ts';

const GOOD = join(__dirname, '../fixtures/sources/good');

function load(name: string): SourceDoc {
  const r = parseSource(`/corpus/${name}`, readFileSync(join(GOOD, name)));
  if ('problem' in r) assert.fail(`${name}: ${r.problem.message}`);
  return r.doc;
}

/** Paragraph texts of a doc. */
function paras(doc: SourceDoc): string[] {
  return doc.paragraphs.map((p) => doc.plain.slice(p.start, p.end));
}

/** The raw text that plainToRaw maps an excerpt of `plain` to. */
function rawOf(doc: SourceDoc, excerpt: string): string {
  const start = doc.plain.indexOf(excerpt);
  assert.ok(start >= 0, `excerpt "${excerpt}" is in plain`);
  return doc.raw.slice(doc.plainToRaw(start), doc.plainToRaw(start + excerpt.length));
}

const words = (s: string) => s.replace(/<[^>]*>|&[a-z]+;|[*_`>\\[\]]/g, ' ').split(/\s+/).filter(Boolean);

test('markdown: front matter metadata, prose without markup, code or html', () => {
  const d = load('article.md');
  assert.equal(d.key, 'dawn-ml1');
  assert.equal(d.title, 'Railway upgrade approved');
  assert.equal(d.author, 'Amina Khan, Li Wei');
  assert.equal(d.date, '2024-10-15');
  assert.equal(d.url, 'https://example.com/ml1');
  assert.equal(d.publication, 'Dawn');
  const p = paras(d);
  assert.equal(p[0], 'ML-1 upgrade gets the green light');
  assert.match(p[1], /^The Executive Committee approved the \$6\.7 billion upgrade/);
  assert.match(p[1], /8\.5% & more\.$/);
  assert.ok(p.some((x) => x.startsWith('"This is the backbone')));
  assert.ok(p.includes('Phase two follows later.'));
  assert.ok(p.includes('Karachi–Hyderabad\t182 km'));
  assert.ok(!d.plain.includes('notProse') && !d.plain.includes('Advertisement') && !d.plain.includes('title:'));
  assert.equal(d.norm.text.includes('Karachi-Peshawar'), true, 'norm folds the en dash');
});

test('markdown: plainToRaw maps excerpts back to the same words', () => {
  const d = load('article.md');
  assert.equal(rawOf(d, 'Executive Committee approved'), 'Executive Committee approved');
  assert.deepEqual(words(rawOf(d, 'the $6.7 billion upgrade')), ['the', '$6.7', 'billion', 'upgrade']);
  assert.deepEqual(words(rawOf(d, 'minister,\nadding that work')), ['minister,', 'adding', 'that', 'work']);
  assert.deepEqual(words(rawOf(d, '8.5% & more')), ['8.5%', 'more']);
  assert.equal(rawOf(d, '182 km'), '182 km');
  assert.equal(d.plainToRaw(0), d.raw.indexOf('ML-1'));
  assert.equal(d.plainToRaw(d.plain.length), d.raw.indexOf(' |', d.raw.indexOf('182 km')));
});

test('markdown: title from the first # heading; key is the slug of the file name', () => {
  const d = load('Nikkei Asia – Pakistan.md');
  assert.equal(d.key, 'nikkei-asia-pakistan');
  assert.equal(d.title, 'Pakistan weighs Chinese security firms');
  assert.equal(paras(d).length, 3);
});

test('txt: one paragraph per line, plain === raw, title from the first line', () => {
  const d = load('001_62cc25fecc494a02.txt');
  assert.equal(d.key, '001-62cc25fecc494a02');
  assert.equal(d.plain, d.raw);
  assert.equal(d.paragraphs.length, 3);
  assert.ok(d.title.length <= 121 && d.title.startsWith('ISLAMABAD — Beijing') && d.title.endsWith('…'));
  assert.equal(rawOf(d, 'Chinese security personnel'), 'Chinese security personnel');
  for (const p of d.paragraphs) assert.equal(d.plain[p.end], '\n');
});

test('txt: Reuters-style indented, hard-wrapped paragraphs are joined', () => {
  const d = load('reuters.txt');
  const p = paras(d);
  assert.equal(p.length, 3);
  assert.match(p[0], /^Showers continued .*\sweekly review\.$/s);
  assert.equal(p[1], 'The dry period means the temporao will be late this year.');
  assert.match(p[2], /^Arrivals for the week .*\sarrivals figures\.$/s);
  assert.match(d.norm.text, /155,221 bags of 60 kilos/);
});

test('txt: wrapped paragraphs separated by blank lines', () => {
  const p = paras(load('wrapped.txt'));
  assert.equal(p.length, 3);
  assert.equal(p[0], 'Harvest outlook improves');
  assert.match(p[1], /tonnes\non Monday/);
});

test('txt: front matter gives metadata and plain is the body, mapped into raw', () => {
  const d = load('frontmatter.txt');
  assert.equal(d.key, 'wire-1');
  assert.equal(d.title, 'Wire copy with metadata');
  assert.equal(d.publication, 'Reuters');
  assert.ok(d.plain.startsWith('KARACHI, Jan 5'));
  assert.equal(d.paragraphs.length, 2, 'short lines ending sentences are separate paragraphs');
  assert.equal(rawOf(d, 'Exports rose 12%'), 'Exports rose 12%');
});

test('txt: UTF-8 BOM is removed and offsets index raw; UTF-16 with a BOM decodes', () => {
  const d = load('bom.txt');
  assert.equal(d.raw.charCodeAt(0), 'T'.charCodeAt(0));
  assert.equal(d.title, 'Title after a byte order mark');
  assert.equal(d.paragraphs.length, 2);
  assert.equal(rawOf(d, '1,200 megawatts'), '1,200 megawatts');
  const u = load('utf16.txt');
  assert.equal(u.title, 'UTF-16 news');
  assert.match(u.plain, /1\.5 million acre-feet/);
});

test('html: readability article text and page metadata', () => {
  const d = load('article.html');
  assert.equal(d.key, 'article');
  assert.match(d.title, /Karachi blast kills two Chinese engineers/);
  assert.equal(d.author, 'Sara Ahmed');
  assert.equal(d.date, '2024-10-07T09:00:00Z');
  assert.equal(d.url, 'https://example.com/karachi-blast');
  assert.equal(d.publication, 'The Example Times');
  const p = paras(d);
  assert.ok(p.length >= 4);
  assert.ok(p.some((x) => x.startsWith('“This was a cowardly attack,” said Interior Minister Mohsin Naqvi')));
  assert.ok(!/Home|Sport|rights reserved|tracking|color/.test(d.plain));
});

test('html: plainToRaw locates paragraphs in the raw HTML', () => {
  const d = load('article.html');
  assert.equal(rawOf(d, 'nearly 100 kg of explosives'), 'nearly 100 kg of explosives');
  assert.deepEqual(words(rawOf(d, 'Minister Mohsin Naqvi, adding')), ['Minister', 'Mohsin', 'Naqvi,', 'adding']);
  assert.deepEqual(words(rawOf(d, 'reviewed & strengthened')), ['reviewed', 'strengthened']);
  const raw = rawOf(d, 'with nearly 100');
  assert.deepEqual(words(raw), ['with', 'nearly', '100'], 'wrapped line break maps into raw');
  assert.ok(d.plainToRaw(0) > d.raw.indexOf('<article>'), 'the script copy of the words is not used');
});
