import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AcronymTable, findAcronyms } from '../../server/src/core/index/acronyms.ts';

test('finds acronym definitions whose initials match the long form', () => {
  const m = findAcronyms('the centerpiece of the China-Pakistan Economic Corridor (CPEC) and the International Monetary Fund (IMF) but not Reuters (AP).');
  assert.deepEqual(m.get('cpec'), ['china', 'pakistan', 'economic', 'corridor']);
  assert.deepEqual(m.get('imf'), ['international', 'monetary', 'fund']);
  assert.equal(m.has('ap'), false);
});

test('expands an acronym to its long form and a complete long form to its acronym', () => {
  const acr = new AcronymTable();
  acr.define('imf', ['international', 'monetary', 'fund']);
  assert.deepEqual(acr.expand(['imf', 'bailout']).sort(), ['bailout', 'fund', 'imf', 'international', 'monetary']);
  assert.deepEqual(acr.expand(['international', 'monetary', 'fund']).sort(), ['fund', 'imf', 'international', 'monetary']);
  assert.deepEqual(acr.expand(['monetary', 'policy']).sort(), ['monetary', 'policy']);
});
