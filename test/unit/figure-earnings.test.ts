import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertComparison, assertFigure, pick, repeatTo } from '../helpers/figures.ts';
import { extractFigures, type Figure } from '../../server/src/core/figures/index.ts';

type Want = Partial<Pick<Figure, 'kind' | 'value' | 'high' | 'unit' | 'date'>>;

/** [text, the figure's text, expected fields]. */
const FORMS: [string, string, Want][] = [
  // 1. quarters: value 1-4, date.year when a year is written
  ['Q3 sales rose', 'Q3', { kind: 'quarter', value: 3, date: undefined }],
  ['in Q4 2023 it', 'Q4 2023', { kind: 'quarter', value: 4, date: { year: 2023 } }],
  ["Q4'23 revenue", "Q4'23", { kind: 'quarter', value: 4, date: { year: 2023 } }],
  ['4Q23 revenue', '4Q23', { kind: 'quarter', value: 4, date: { year: 2023 } }],
  ['3Q 2024 sales', '3Q 2024', { kind: 'quarter', value: 3, date: { year: 2024 } }],
  ['in fiscal Q3 the', 'Q3', { kind: 'quarter', value: 3 }],
  ['Q3 FY24 guidance', 'Q3 FY24', { kind: 'quarter', value: 3, date: { year: 2024 } }],
  ['in the third quarter', 'third quarter', { kind: 'quarter', value: 3, date: undefined }],
  ['third-quarter profit', 'third-quarter', { kind: 'quarter', value: 3 }],
  ['in the fourth quarter of 2023', 'fourth quarter of 2023', { kind: 'quarter', value: 4, date: { year: 2023 } }],
  ['the second quarter of fiscal 2024', 'second quarter of fiscal 2024', { kind: 'quarter', value: 2, date: { year: 2024 } }],
  ['first-quarter results', 'first-quarter', { kind: 'quarter', value: 1 }],
  ['in the 4th quarter', '4th quarter', { kind: 'quarter', value: 4 }],
  ['<EE> 4TH QTR NET', '4TH QTR', { kind: 'quarter', value: 4 }],
  ['<AWB> FIRST QTR NET', 'FIRST QTR', { kind: 'quarter', value: 1 }],
  ["Apple's Q3 sales", 'Q3', { kind: 'quarter', value: 3 }],
  // halves: kind 'half', value 1-2
  ['H1 sales', 'H1', { kind: 'half', value: 1 }],
  ['1H24 sales', '1H24', { kind: 'half', value: 1, date: { year: 2024 } }],
  ['in the first half', 'first half', { kind: 'half', value: 1 }],
  ['in the second half of 2023', 'second half of 2023', { kind: 'half', value: 2, date: { year: 2023 } }],
  ['second-half profits', 'second-half', { kind: 'half', value: 2 }],
  // fractions stay fractions
  ['a quarter of the budget', 'a quarter', { kind: 'fraction', value: 0.25 }],
  // 2. multiples
  ['trades at 1.5x sales', '1.5x', { kind: 'multiple', value: 1.5 }],
  ['grew 2x', '2x', { kind: 'multiple', value: 2 }],
  ['leverage of 3.2x EBITDA', '3.2x', { kind: 'multiple', value: 3.2 }],
  ['a 10x return', '10x', { kind: 'multiple', value: 10 }],
  ['rose 1.5 times', '1.5 times', { kind: 'multiple', value: 1.5 }],
  // 3. currency carried within a comparison
  ['$4.2 billion, up from 3.8 billion', '3.8 billion', { kind: 'money', value: 3.8e9, unit: 'USD' }],
  ['revenue of $4.2 billion versus 3.8 billion', '3.8 billion', { kind: 'money', value: 3.8e9, unit: 'USD' }],
  ['from $3.8 billion to 4.2 billion', '4.2 billion', { kind: 'money', value: 4.2e9, unit: 'USD' }],
  ['4.2 billion dollars, up from 3.8 billion', '3.8 billion', { kind: 'money', value: 3.8e9, unit: 'USD' }],
  ['€4.2bn vs. 3.8bn', '3.8bn', { kind: 'money', value: 3.8e9, unit: 'EUR' }],
  ['$4.2 billion in Q3 versus 3.8 billion', '3.8 billion', { kind: 'money', value: 3.8e9, unit: 'USD' }],
  ['$3-5 billion', '$3-5 billion', { kind: 'money', value: 3e9, high: 5e9, unit: 'USD' }],
  // not carried: counted things, another sentence, no comparison word
  ['paid $5 billion to 3.2 million customers', '3.2 million', { kind: 'number', value: 3.2e6 }],
  ['$4.2 billion. From 3.8 billion', '3.8 billion', { kind: 'number' }],
  ['$4.2 billion and 3.8 billion shares', '3.8 billion', { kind: 'number' }],
  // 4. basis points
  ['cut by 50bps', '50bps', { kind: 'points', value: 0.5 }],
  ['cut by 50 bp', '50 bp', { kind: 'points', value: 0.5 }],
  ['a 50-basis-point increase', '50-basis-point', { kind: 'points', value: 0.5 }],
];

test('figure earnings: quarters, halves, multiples, carried currency, basis points', () => {
  for (const [text, want, fields] of FORMS) {
    assertFigure(text, want, fields);
  }
});

/** [text, the texts of all its figures]: one figure per span, look-alikes skipped. */
const ONLY: [string, string[]][] = [
  ['the third quarter', ['third quarter']],
  ['fourth quarter of 2023', ['fourth quarter of 2023']],
  ['the first quarter of the century', ['first']],
  ['10x Genomics said', []],
  ['a 4x4 truck', []],
  ['x86 chips', []],
  ['a 2x2 matrix', []],
  ['Audi Q3 and the H1N1 virus', []],
  ['H1-B visas', []],
];

test('figure earnings: one figure per span, look-alikes', () => {
  for (const [text, want] of ONLY) {
    assert.deepEqual(extractFigures(text).map((f) => f.text), want, text);
  }
});

const PAIRS: [[string, string], [string, string], 'same' | 'different' | 'incomparable'][] = [
  [['in Q3', 'Q3'], ['the third quarter', 'third quarter'], 'same'],
  [['in Q4 2023', 'Q4 2023'], ['fourth quarter of 2023', 'fourth quarter of 2023'], 'same'],
  [["Q4'23", "Q4'23"], ['4Q23', '4Q23'], 'same'],
  [['in Q4', 'Q4'], ['4Q23', '4Q23'], 'same'],
  [['in Q3', 'Q3'], ['in Q4', 'Q4'], 'different'],
  [['Q4 2023', 'Q4 2023'], ['Q4 2024', 'Q4 2024'], 'different'],
  [['in Q3', 'Q3'], ['third', 'third'], 'incomparable'],
  [['in Q3', 'Q3'], ['in 2023', '2023'], 'incomparable'],
  [['in Q1', 'Q1'], ['H1', 'H1'], 'incomparable'],
  [['H1', 'H1'], ['the first half', 'first half'], 'same'],
  [['1H24', '1H24'], ['second half of 2024', 'second half of 2024'], 'different'],
  [['1H24', '1H24'], ['first half of 2023', 'first half of 2023'], 'different'],
  [['1.5x', '1.5x'], ['1.5 times', '1.5 times'], 'same'],
  [['2x', '2x'], ['doubled', 'doubled'], 'same'],
  [['2x', '2x'], ['tripled', 'tripled'], 'different'],
  [['2x', '2x'], ['2', '2'], 'incomparable'],
  [['$4.2 billion, up from 3.8 billion', '3.8 billion'], ['$3.8 billion', '$3.8 billion'], 'same'],
  [['$4.2 billion, up from 3.8 billion', '3.8 billion'], ['$3.9 billion', '$3.9 billion'], 'different'],
  [['€4.2bn vs. 3.8bn', '3.8bn'], ['$3.8 billion', '$3.8 billion'], 'incomparable'],
  [['50bps', '50bps'], ['0.5 percentage points', '0.5 percentage points'], 'same'],
  [['a 50-basis-point increase', '50-basis-point'], ['25 basis points', '25 basis points'], 'different'],
];

test('figure earnings: comparisons', () => {
  for (const [a, b, want] of PAIRS) {
    const x = pick(...a);
    const y = pick(...b);
    assertComparison(x, y, want);
  }
});

const SIZE = 200_000;
const repeat = (s: string) => repeatTo(s, SIZE);

test('figure earnings: adversarial inputs take linear time', () => {
  for (const s of ['Q4', '4Q', '1x', 'third quarter ', '$1 billion vs ', ' 2 billion to', 'Q4 of fiscal year ']) {
    const t0 = performance.now();
    extractFigures(repeat(s));
    assert.ok(performance.now() - t0 < 3000, `${JSON.stringify(s)} took too long`);
  }
});
