/**
 * Context words around a figure (align/context-words.ts): words of another clause, across
 * punctuation, are farther than words of the figure's own clause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextStems } from '../../server/src/core/align/context-words.ts';
import { tokenize } from '../../server/src/core/text/tokens.ts';

function distances(text: string, figure: string): Map<string, number> {
  const start = text.indexOf(figure);
  const out = new Map<string, number>();
  for (const c of contextStems(tokenize(text), start, start + figure.length)) if (!out.has(c.stem)) out.set(c.stem, c.dist);
  return out;
}

test('contextStems: a word across a comma is farther than one as many tokens away in the same clause', () => {
  const across = distances("The train leaves at 9:40 today, so let's meet at the station at 9:15.", '9:40');
  const within = distances("The train leaves at 9:40 today so let's meet at the station at 9:15.", '9:40');
  const stem = [...across.keys()].find((k) => k.startsWith('meet'));
  assert.ok(stem, JSON.stringify([...across]));
  assert.ok((across.get(stem) ?? 0) > (within.get(stem) ?? Infinity), `${across.get(stem)} vs ${within.get(stem)}`);
});

test('contextStems: the mark right beside the figure does not count', () => {
  const d = distances('Sales rose to $5 million, a record.', '$5 million');
  const stem = [...d.keys()].find((k) => k.startsWith('record'));
  assert.ok(stem);
  assert.equal(d.get(stem), 1);
});
