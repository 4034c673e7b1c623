/**
 * What a bare number counts (align/align.ts countOtherThings): two numbers that count
 * different things are not one quantity; "others", "more" name nothing, and states of
 * people ("21 dead", "17 injured") count people.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOtherThings } from '../../server/src/core/align/align.ts';
import { extractFigures } from '../../server/src/core/figures/index.ts';
import { tokenize } from '../../server/src/core/text/tokens.ts';

function other(a: string, b: string): boolean {
  const [f] = extractFigures(a);
  const [g] = extractFigures(b);
  return countOtherThings(f, tokenize(a), g, tokenize(b));
}

const ROWS: [string, string, boolean][] = [
  ['eleven states voted', '188.8 bushels an acre', true],
  ['and 13 wounded', 'and left 17 others injured', false],
  ['among 21 dead', 'the deaths of 13 people', false],
  ['12 injured', '12 people were hurt', false],
  ['five more schools', '4 schools', false],
  ['13 schools closed', '17 people injured', true],
];

for (const [a, b, want] of ROWS) test(`countOtherThings: "${a}" / "${b}" → ${want}`, () => assert.equal(other(a, b), want));
