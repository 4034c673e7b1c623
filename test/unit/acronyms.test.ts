import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandStems, findAcronyms } from '../../server/src/core/index/acronyms.ts';

test('finds acronym definitions whose initials match the long form', () => {
  const m = findAcronyms('the centerpiece of the China-Pakistan Economic Corridor (CPEC) and the International Monetary Fund (IMF) but not Reuters (AP).');
  assert.deepEqual(m.get('cpec'), ['china', 'pakistan', 'economic', 'corridor']);
  assert.deepEqual(m.get('imf'), ['international', 'monetary', 'fund']);
  assert.equal(m.has('ap'), false);
});

test('expands an acronym to its long form and a complete long form to its acronym', () => {
  const acr = new Map([['imf', ['international', 'monetary', 'fund']]]);
  assert.deepEqual(expandStems(['imf', 'bailout'], acr).sort(), ['bailout', 'fund', 'imf', 'international', 'monetary']);
  assert.deepEqual(expandStems(['international', 'monetary', 'fund'], acr).sort(), ['fund', 'imf', 'international', 'monetary']);
  assert.deepEqual(expandStems(['monetary', 'policy'], acr).sort(), ['monetary', 'policy']);
});
