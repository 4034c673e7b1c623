import assert from 'node:assert/strict';
import { compareFigures, extractFigures, type Figure } from '../../server/src/core/figures/index.ts';

/** A figure in `text`: the one written `want`, or the first (fails the test when there is none). */
export function pick(text: string, want?: string): Figure {
  const all = extractFigures(text);
  const f = want === undefined ? all[0] : all.find((x) => x.text === want);
  assert.ok(f, `no figure ${want ?? ''} in ${JSON.stringify(text)}: ${JSON.stringify(all.map((x) => x.text))}`);
  return f;
}

/** Whether `a` equals `b` up to floating-point rounding. */
export const near = (a: number | undefined, b: number): boolean => a !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Asserts that `text` holds a figure written `want` whose fields include `fields` (numbers up to rounding). */
export function assertFigure(text: string, want: string, fields: Partial<Record<keyof Figure, unknown>>): Figure {
  const f = pick(text, want);
  assert.equal(text.slice(f.start, f.end), want, text);
  for (const [k, v] of Object.entries(fields)) {
    const actual = (f as unknown as Record<string, unknown>)[k];
    if (typeof v === 'number') assert.ok(near(actual as number, v), `${text}: ${k} ${String(actual)} != ${v}`);
    else assert.deepEqual(actual, v, `${text}: ${k}`);
  }
  return f;
}

/** Asserts that two figures compare as `want`, both ways round. */
export function assertComparison(x: Figure, y: Figure, want: string): void {
  assert.equal(compareFigures(x, y), want, `${x.text} / ${y.text}`);
  assert.equal(compareFigures(y, x), want, `${y.text} / ${x.text} (reversed)`);
}

/** `s` repeated to exactly `size` characters (adversarial inputs). */
export const repeatTo = (s: string, size: number): string => s.repeat(Math.ceil(size / s.length)).slice(0, size);
