import assert from 'node:assert/strict';
import { extractFigures, type Figure } from '../../server/src/core/figures/index.ts';

/** A figure in `text`: the one written `want`, or the first (fails the test when there is none). */
export function pick(text: string, want?: string): Figure {
  const all = extractFigures(text);
  const f = want === undefined ? all[0] : all.find((x) => x.text === want);
  assert.ok(f, `no figure ${want ?? ''} in ${JSON.stringify(text)}: ${JSON.stringify(all.map((x) => x.text))}`);
  return f;
}

/** Whether `a` equals `b` up to floating-point rounding. */
export const near = (a: number | undefined, b: number): boolean => a !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
