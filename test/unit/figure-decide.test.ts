/**
 * The figure decision function (server/src/core/verdict/decide.ts), table-driven: each row
 * is the evidence gathered for one draft figure and the verdict it must get.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFigure } from '../../server/src/core/align/figure-analysis.ts';
import type { Figure } from '../../server/src/core/figures/index.ts';
import { decideFigure, type FigureEvidence } from '../../server/src/core/verdict/decide.ts';

const fig = (text: string, value: number): Figure => ({ start: 0, end: text.length, text, kind: 'number', value });

/** A source figure in doc `docId` with alignment `align` and local context `local`. */
function src(docId: number, value: number, same: boolean, align: number, local: number, extra: Partial<SourceFigure> = {}): SourceFigure {
  return { sid: docId * 100 + value, docId, figure: fig(String(value), value), align, local, same, ...extra };
}

const base: FigureEvidence = { agreeing: [], differing: [], drawsOn: [0], how: 'sentence-cites', citedBest: 0.6 };

const rows: { name: string; e: Partial<FigureEvidence>; kind: string; certain?: boolean; ref?: number }[] = [
  { name: 'no source drawn on: unchecked', e: { drawsOn: [], how: 'none' }, kind: 'unchecked' },
  { name: 'drawn-on source states nothing comparable: unsupported', e: {}, kind: 'unsupported' },
  { name: 'a small count in words is not called unsupported', e: { minor: 'a small count in words' }, kind: 'unchecked' },
  {
    name: 'a score found elsewhere in the source verifies only with its context (names, the match)',
    e: { searchedSame: src(0, 6, true, 0.1, 1, { searched: true, figure: { start: 0, end: 3, text: '6-3', kind: 'score', value: 6, high: 3 } }) },
    kind: 'unsupported',
  },
  {
    name: 'a score found elsewhere with its context verifies',
    e: { searchedSame: src(0, 6, true, 0.1, 2, { searched: true, figure: { start: 0, end: 3, text: '6-3', kind: 'score', value: 6, high: 3 } }) },
    kind: 'match',
  },
  { name: 'cited source agrees in an aligned sentence: verified, certain', e: { agreeing: [src(0, 7, true, 0.8, 3)] }, kind: 'match', certain: true, ref: 7 },
  { name: 'cited source differs in a close sentence: contradicted, certain', e: { differing: [src(0, 9, false, 0.8, 3)] }, kind: 'mismatch', certain: true, ref: 9 },
  { name: 'cited source differs in a loose sentence: contradicted, not certain', e: { differing: [src(0, 9, false, 0.5, 3)] }, kind: 'mismatch', certain: false },
  {
    name: 'an uncited source agrees, the cited one differs: citation',
    e: { agreeing: [src(1, 7, true, 0.8, 3)], differing: [src(0, 9, false, 0.5, 3)] },
    kind: 'citation',
  },
  {
    name: 'the cited source states the value nowhere, another states it in a close passage with context: citation',
    e: { citedBest: 0.65, agreeing: [src(1, 7, true, 0.9, 6)] },
    kind: 'citation', ref: 7,
  },
  {
    name: 'a loose agreement elsewhere does not make a citation wrong when the cited source matches about as well',
    e: { citedBest: 0.65, agreeing: [src(1, 7, true, 0.7, 2)] },
    kind: 'match', ref: 7,
  },
  {
    name: 'an uncited source agrees and the cited source states the value elsewhere: verified by the cited one',
    e: { agreeing: [src(1, 7, true, 0.8, 3)], differing: [src(0, 9, false, 0.5, 3)], searchedSame: src(0, 7, true, 0.2, 1, { searched: true }) },
    kind: 'match', ref: 7,
  },
  {
    name: 'an archive story that differs never overrides a cited source that states the value',
    e: { differing: [src(5, 9, false, 0.9, 5)], searchedSame: src(0, 7, true, 0.3, 2, { searched: true }) },
    kind: 'match', ref: 7,
  },
  {
    name: 'an uncited passage is not contradicted by a story it does not draw on (another report)',
    e: { how: 'paragraph', drawsOn: [0], differing: [src(5, 9, false, 0.9, 5)] },
    kind: 'unsupported',
  },
  {
    name: 'an uncited passage is contradicted by a source it draws on',
    e: { how: 'paragraph', drawsOn: [0], differing: [src(0, 9, false, 0.9, 5)] },
    kind: 'mismatch', ref: 9,
  },
  {
    name: 'a much closer differing passage outweighs a loose agreement',
    e: { how: 'retrieval', drawsOn: [0, 1], agreeing: [src(1, 7, true, 0.3, 1)], differing: [src(0, 9, false, 0.9, 6)] },
    kind: 'mismatch', ref: 9,
  },
  {
    name: 'stated elsewhere in the source: verified (not certain)',
    e: { searchedSame: src(0, 7, true, 0.2, 1, { searched: true }) },
    kind: 'match', certain: false, ref: 7,
  },
  {
    name: 'intrinsic swap: the value is stated about another quantity, this one has another value',
    e: { searchedSame: src(0, 7, true, 0.1, 0.5, { searched: true }), searchedDiffer: src(0, 9, false, 0.6, 6, { searched: true }) },
    kind: 'mismatch', certain: false, ref: 9,
  },
  {
    name: 'a weakly related differing value does not contradict a stated one',
    e: { searchedSame: src(0, 7, true, 0.4, 3, { searched: true }), searchedDiffer: src(0, 9, false, 0.5, 4, { searched: true }) },
    kind: 'match', ref: 7,
  },
  {
    name: 'a slip of the pen against a like quantity: contradicted',
    e: { searchedDiffer: src(0, 49, false, 0.1, 2, { searched: true }), slip: () => true },
    kind: 'mismatch', ref: 49,
  },
  {
    name: 'the same differing value without a slip and with weak context: unsupported',
    e: { searchedDiffer: src(0, 49, false, 0.1, 2, { searched: true }), slip: () => false },
    kind: 'unsupported',
  },
  {
    name: 'a bound the differing value satisfies is no contradiction when the pairing is loose',
    e: { differing: [src(0, 9, false, 0.5, 3)], consistent: () => 'more than 8: the source says 9' },
    kind: 'match',
  },
  {
    name: 'a bound that rounds the stated value excuses even a certain pairing',
    e: { differing: [src(0, 1240, false, 0.9, 3)], consistent: () => 'more than 1,000: the source says 1,240' },
    kind: 'match', ref: 1240,
  },
  {
    name: 'a certain pairing stays a mismatch when nothing excuses it',
    e: { differing: [src(0, 9, false, 0.9, 3)], consistent: () => undefined },
    kind: 'mismatch', certain: true,
  },
  {
    name: 'a change the passage\'s own values give outweighs a differing percent',
    e: { differing: [src(0, 96, false, 0.9, 2)], relative: true, derivation: { text: '(233 − 200) / 200 = 16.5%', from: [src(0, 200, false, 0.2, 2), src(0, 233, false, 0.2, 2)] } },
    kind: 'match', ref: 200,
  },
  {
    name: 'a loose differing pairing does not outweigh the source stating the value about as closely elsewhere',
    e: { how: 'paragraph', citedBest: 0, differing: [src(0, 96, false, 0.4, 1)], searchedSame: src(0, 95, true, 0.35, 1, { searched: true }) },
    kind: 'match', ref: 95,
  },
  {
    name: 'a loose differing pairing stands when the value is stated elsewhere only in a much weaker passage',
    e: { how: 'paragraph', citedBest: 0, differing: [src(0, 96, false, 0.45, 3)], searchedSame: src(0, 95, true, 0.1, 0, { searched: true }) },
    kind: 'mismatch',
  },
  {
    name: 'a derivation does not excuse a differing count',
    e: { differing: [src(0, 96, false, 0.9, 2)], derivation: { text: '40 + 56 = 96', from: [src(0, 40, false, 0.2, 2), src(0, 56, false, 0.2, 2)] } },
    kind: 'mismatch',
  },
  {
    name: 'a passage of a source the draft does not draw on does not override a drawn-on source stating the value',
    e: { how: 'draft', drawsOn: [0], differing: [src(3, 9, false, 0.5, 2)], searchedSame: src(0, 7, true, 0.2, 1, { searched: true }) },
    kind: 'match', ref: 7,
  },
  {
    name: 'a value stated beside the sentence\'s other values outweighs a loose cited pairing in a passage stating none of them',
    e: { differing: [src(0, 300, false, 0.47, 3.4)], searchedSame: src(0, 168, true, 0, 0, { searched: true }), besideSiblings: (p) => p.figure.value === 168 },
    kind: 'match', ref: 168,
  },
  {
    name: 'a loose cited pairing stands when the differing passage also states the sentence\'s other values',
    e: { differing: [src(0, 300, false, 0.47, 3.4)], searchedSame: src(0, 168, true, 0, 0, { searched: true }), besideSiblings: () => true },
    kind: 'mismatch', ref: 300,
  },
  {
    name: 'a certain cited pairing stands even beside nothing the sentence states',
    e: { differing: [src(0, 300, false, 0.8, 3)], searchedSame: src(0, 168, true, 0, 0, { searched: true }), besideSiblings: (p) => p.figure.value === 168 },
    kind: 'mismatch', ref: 300,
  },
  {
    name: 'uncited: a value stated beside the sentence\'s other values outweighs a loose pairing in a passage stating none of them',
    e: { how: 'paragraph', differing: [src(0, 300, false, 0.47, 3.4)], searchedSame: src(0, 168, true, 0, 0, { searched: true }), besideSiblings: (p) => p.figure.value === 168 },
    kind: 'match', ref: 168,
  },
  {
    name: 'uncited: a loose pairing stands when the differing passage also states the sentence\'s other values',
    e: { how: 'paragraph', differing: [src(0, 300, false, 0.47, 3.4)], searchedSame: src(0, 168, true, 0, 0, { searched: true }), besideSiblings: () => true },
    kind: 'mismatch', ref: 300,
  },
  {
    name: 'uncited: a certain pairing stands even beside nothing the sentence states',
    e: { how: 'paragraph', differing: [src(0, 300, false, 0.8, 3)], searchedSame: src(0, 168, true, 0, 0, { searched: true }), besideSiblings: (p) => p.figure.value === 168 },
    kind: 'mismatch', ref: 300,
  },
  {
    name: 'a period paired only with another fact\'s passage is not contradicted, even certainly paired (unchecked)',
    e: { how: 'paragraph', differing: [src(0, 4, false, 0.89, 7.3)], otherFact: () => true },
    kind: 'unchecked',
  },
  {
    name: 'a period paired only with another fact\'s passage is verified where the source names it',
    e: { how: 'paragraph', differing: [src(0, 4, false, 0.89, 7.3)], searchedSame: src(0, 3, true, 0, 0, { searched: true }), otherFact: (p) => p.figure.value === 4 },
    kind: 'match', ref: 3,
  },
  {
    name: 'a period paired with the passage of the sentence\'s fact is contradicted',
    e: { how: 'paragraph', differing: [src(0, 4, false, 0.89, 7.3)], searchedSame: src(0, 3, true, 0, 0, { searched: true }), otherFact: () => false },
    kind: 'mismatch', ref: 4,
  },
  {
    name: 'a small count in words drawing on no source is not contradicted by a loose passage, even with context',
    e: { how: 'none', drawsOn: [], minor: 'a small count in words', differing: [src(3, 3, false, 0.32, 6)] },
    kind: 'unchecked',
  },
  {
    name: 'a small count in words drawing on no source is contradicted by a close passage with context',
    e: { how: 'none', drawsOn: [], minor: 'a small count in words', differing: [src(3, 3, false, 0.5, 6)] },
    kind: 'mismatch', ref: 3,
  },
  {
    name: 'a small count in words in a cited passage is contradicted by a loose passage with context',
    e: { minor: 'a small count in words', differing: [src(0, 4, false, 0.41, 6.3)] },
    kind: 'mismatch', ref: 4,
  },
  {
    name: 'a small count in words in a cited passage is not contradicted by a loose pairing with little context',
    e: { minor: 'a small count in words', differing: [src(0, 7, false, 0.54, 1.7)] },
    kind: 'unchecked',
  },
  {
    name: 'a small count in words is contradicted by a loose pairing beside the source\'s statement of the sentence\'s other values',
    e: { minor: 'a small count in words', differing: [src(0, 7, false, 0.54, 1.7)], besideSiblings: (p) => p.figure.value === 7 },
    kind: 'mismatch', ref: 7,
  },
  {
    name: 'a date one field off a close passage\'s date, stated nowhere, is contradicted',
    e: { searchedDiffer: src(0, 2024, false, 0.68, 0.9), dateSlip: () => true },
    kind: 'mismatch', ref: 2024,
  },
  {
    name: 'a date one field off a loose passage\'s date is unsupported',
    e: { searchedDiffer: src(0, 2024, false, 0.3, 0.9), dateSlip: () => true },
    kind: 'unsupported',
  },
  {
    name: 'a value stated in a passage resembling the sentence somewhat is not outweighed by a close passage\'s other value',
    e: { searchedSame: src(1, 70, true, 0.19, 1.3), searchedDiffer: src(0, 10, false, 0.70, 1.7), besideSiblings: (p) => p.figure.value === 10 },
    kind: 'match', ref: 70,
  },
  {
    name: 'a value stated away from the sentence\'s other values loses to a close passage stating them beside another value',
    e: { minor: 'a small count in words', searchedSame: src(1, 9, true, 0.08, 1.3), searchedDiffer: src(0, 7, false, 0.79, 1.3), besideSiblings: (p) => p.figure.value === 7 },
    kind: 'mismatch', ref: 7,
  },
  {
    name: 'a value stated elsewhere with more context than the close passage\'s other value stays verified',
    e: { searchedSame: src(1, 70, true, 0.17, 1.9), searchedDiffer: src(0, 10, false, 0.66, 1.8), besideSiblings: (p) => p.figure.value === 10 },
    kind: 'match', ref: 70,
  },
  {
    name: 'a value stated beside the sentence\'s other values stays verified',
    e: { searchedSame: src(1, 9, true, 0.5, 1.3), searchedDiffer: src(0, 7, false, 0.79, 1.3), besideSiblings: () => true },
    kind: 'match', ref: 9,
  },
  {
    name: 'a derivation verifies',
    e: { derivation: { text: '3 + 4 = 7', from: [src(0, 3, false, 0.2, 1), src(0, 4, false, 0.2, 1)] } },
    kind: 'match', ref: 3,
  },
];

for (const row of rows) {
  test(`decideFigure: ${row.name}`, () => {
    const d = decideFigure({ ...base, ...row.e });
    assert.equal(d.kind, row.kind);
    if (row.certain !== undefined) assert.equal(d.certain, row.certain);
    if (row.ref !== undefined) assert.equal(d.reference?.figure.value, row.ref);
  });
}
