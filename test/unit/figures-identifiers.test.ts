import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core/figures/index.ts';

test('identifiers are not figures (ISSN, ISBN, case numbers)', () => {
  assert.deepEqual(extractFigures('Crop Production ISSN: 1936-3737 Released September 12').map((f) => f.text), ['September 12']);
  assert.deepEqual(extractFigures('See ISBN 978-0-06-112008-4 and case 21-1234.').map((f) => f.text), []);
  assert.deepEqual(extractFigures('Output rose 4-8% in 2024.').map((f) => f.text), ['4-8%', '2024']);
});
