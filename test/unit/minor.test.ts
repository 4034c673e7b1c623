/**
 * Figures that are the writer's own (verdict/minor.ts): compared when a source speaks to
 * them, never called unsupported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core/figures/index.ts';
import { minor } from '../../server/src/core/verdict/minor.ts';

const ROWS: [string, string, string | undefined][] = [
  ['Two sources confirmed it.', 'Two', 'a small count in words'],
  ['The division was formed eight years ago.', 'eight years', 'a span up to the time of writing'],
  ['For roughly three years, since 2022, it has asked for guards.', 'three years', 'a span up to the time of writing'],
  ['Talks lasted three years before the deal.', 'three years', undefined],
  ['Output rose 12% last year.', 'last year', 'a date relative to the time of writing'],
  ['It employs 15,000 troops.', '15,000', undefined],
];

for (const [text, figure, want] of ROWS) {
  test(`minor: "${figure}" in "${text}"`, () => {
    const f = extractFigures(text).find((x) => x.text === figure);
    assert.ok(f, JSON.stringify(extractFigures(text).map((x) => x.text)));
    assert.equal(minor(f, text), want);
  });
}
