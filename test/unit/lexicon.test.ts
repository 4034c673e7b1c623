import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ABBREVIATIONS } from '../../server/src/core/text/abbreviations.ts';
import { lexiconKey, lexiconSize } from '../../server/src/core/text/lexicon.ts';
import { stem, suffixStem, tokenize } from '../../server/src/core/text/tokens.ts';
import { contentStems } from '../../server/src/core/index/terms.ts';

/** Word pairs that must index under one key. */
const SAME: [string, string, string][] = [
  ['inflection', 'sentenced', 'sentence'],
  ['inflection', 'deaths', 'death'],
  ['inflection', 'elected', 'elections'],
  ['synonym', 'achieve', 'accomplish'],
  ['synonym', 'country', 'nation'],
  ['synonym', 'disaster', 'catastrophe'],
  ['event noun', 'died', 'death'],
  ['event noun', 'dies', 'deaths'],
  ['event noun', 'elect', 'election'],
  ['abbreviation', 'revs', 'revenues'],
  ['abbreviation', 'rev', 'revenue'],
  ['abbreviation', 'shr', 'share'],
  ['abbreviation', 'shrs', 'shares'],
  ['abbreviation', 'oper', 'operating'],
  ['abbreviation', 'avg', 'average'],
  ['abbreviation', 'vs', 'versus'],
  ['abbreviation', 'govt', 'government'],
  ['abbreviation', 'intl', 'international'],
  ['abbreviation', 'corp', 'corporation'],
  ['abbreviation', 'co', 'company'],
  ['same word', 'bank', 'banks'],
];

/** Word pairs that must keep apart. */
const APART: [string, string, string][] = [
  ['cause is not effect', 'kill', 'die'],
  ['cause is not effect', 'killed', 'died'],
  ['cause is not effect', 'killing', 'death'],
  ['two ends of a relation', 'employer', 'employee'],
  ['rarer sense', 'go', 'die'],
  ['different verbs', 'sentenced', 'jailed'],
  ['not a wire abbreviation', 'net', 'profit'],
  ['accidental stem clash stays as it was', 'state', 'station'],
  ['antonyms', 'win', 'lose'],
  ['antonyms', 'rise', 'fall'],
];

for (const [why, a, b] of SAME) {
  test(`same key (${why}): ${a} / ${b}`, () => assert.equal(stem(a), stem(b)));
}
for (const [why, a, b] of APART) {
  test(`different keys (${why}): ${a} / ${b}`, () => assert.notEqual(stem(a), stem(b)));
}

test('every abbreviation resolves to the key of its full word (regenerate lexicon-data.ts when this fails)', () => {
  for (const [short, full] of ABBREVIATIONS) assert.equal(stem(short), stem(full), `${short} → ${full}`);
});

test('abbreviations of figure words are masked like the figure words', () => {
  assert.deepEqual(contentStems('Nine mths qtr yrs wks revs'), contentStems('nine months quarter years weeks revenues'));
  assert.deepEqual(contentStems('Shr 1.20 dlrs vs 1.00'), [stem('share'), stem('versus')]);
});

test('class keys are fixed points: a key maps to itself', () => {
  for (const w of ['death', 'revenue', 'share', 'sentence', 'jail']) {
    const k = stem(w);
    assert.equal(lexiconKey(k) ?? k, k);
  }
});

test('tokens and index terms share the lexicon keys', () => {
  const t = tokenize('Two people died in the blast');
  assert.equal(t.find((x) => x.word === 'died')?.stem, stem('deaths'));
  assert.ok(contentStems('two deaths in the blast').includes(stem('died')));
});

test('the lexicon leaves numbers and unknown words to the suffix rules', () => {
  assert.equal(stem('1.20'), '1.20');
  assert.equal(stem('xyzzying'), suffixStem('xyzzying'));
  assert.ok(lexiconSize() > 500);
});
