/**
 * Differing source values that state another quantity than the draft's (verdict/unlike.ts),
 * and the passages that state a sentence's values: table-driven.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core/figures/index.ts';
import { earlierValues, implausible, statesNear, unlikeDiffering } from '../../server/src/core/verdict/unlike.ts';
import { loadIndex } from '../../server/src/core/loader.ts';
import { DEFAULT_CONFIG } from '../../server/src/core/config.ts';
import { memoryFs } from '../helpers/memory-fs.ts';

/** Figure `fig` of `text`, with whether the text states it as an earlier value. */
function stated(text: string, fig: string) {
  const figs = extractFigures(text);
  const i = figs.findIndex((f) => f.text === fig);
  assert.ok(i >= 0, `${fig} in ${text}`);
  return { text, figure: figs[i], earlier: earlierValues(text, figs).has(i) };
}

test('unlikeDiffering: ranges against single values, adjusted against reported, earlier against current values', () => {
  const rows: [string, string, string, string, boolean][] = [
    ['- sees q1 adjusted earnings per share $3.26 to $3.32.', '$3.26 to $3.32', 'Adjusted earnings per share were $3.56, above our guidance.', '$3.56', true],
    ['- q2 earnings per share $0.13.', '$0.13', 'Adjusted earnings per share was $0.29 in the quarter.', '$0.29', true],
    ['- q2 earnings per share $0.13.', '$0.13', 'Earnings per share was $0.29 compared to a loss of $1.79 in the second quarter of 2020.', '$1.79', true],
    ['- q2 earnings per share $0.13.', '$0.13', 'Earnings per share was $0.29 compared to a loss of $1.79 in the second quarter of 2020.', '$0.29', false],
    ['- earnings per share $0.31 versus $1.79 a year ago.', '$1.79', 'Earnings per share was $0.29 compared to a loss of $1.84 in the second quarter of 2020.', '$1.84', false],
  ];
  for (const [d, f, s, g, want] of rows) assert.equal(unlikeDiffering(stated(d, f), stated(s, g)), want, `${f} / ${g}`);
});

test('implausible: values over 20 times apart are other facts, unless a scale slip', () => {
  const one = (text: string) => extractFigures(text)[0];
  assert.equal(implausible(one('$5 million'), one('$500 million')), true);
  assert.equal(implausible(one('$5 million'), one('$5 billion')), false);
  assert.equal(implausible(one('$5 million'), one('$7 million')), false);
});

test('statesNear: a passage that states one of the sentence\'s other values, in its sentence or the next', async () => {
  const files = {
    'src/call.txt': [
      'Revenue for the first quarter was a record $1.03 billion, up 11% from last year.',
      'Adjusted EBITDA was $177 million, up 19.2%.',
      'We repurchased shares.',
      'Our teams executed well.',
      '',
    ].join('\n'),
  };
  const { index } = await loadIndex(memoryFs(files), '/w', { ...DEFAULT_CONFIG, corpus: ['src'] }, undefined);
  const sidOf = (start: string) => [0, 1, 2, 3, 4].find((sid) => index.sentence(sid)?.text.startsWith(start)) as number;
  const at = (sid: number, fig: string) => {
    const figure = index.figures(sid).find((g) => g.text === fig);
    assert.ok(figure, fig);
    return { sid, docId: 0, figure, align: 0, local: 0, same: false };
  };
  const eleven = extractFigures('up 11 percent')[0];
  const revenue = sidOf('Revenue');
  const ebitda = sidOf('Adjusted');
  assert.equal(statesNear(index, at(revenue, '$1.03 billion'), [eleven]), true);
  // The next sentence states it: one passage.
  assert.equal(statesNear(index, at(ebitda, '$177 million'), [eleven]), true);
  assert.equal(statesNear(index, at(ebitda, '19.2%'), []), false);
  // The figure itself does not count.
  assert.equal(statesNear(index, at(revenue, '11%'), [eleven]), false);
  // A rounding either way locates the passage too ("$1.03 billion" for "$1,031 million"; "$177.4 million" for "$177 million"), another value does not.
  assert.equal(statesNear(index, at(revenue, '11%'), [extractFigures('sales of $1,031 million')[0]]), true);
  assert.equal(statesNear(index, at(ebitda, '19.2%'), [extractFigures('ebitda of $177.4 million')[0]]), true);
  assert.equal(statesNear(index, at(ebitda, '19.2%'), [extractFigures('ebitda of $190 million')[0]]), false);
});
