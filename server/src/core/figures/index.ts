/**
 * Figures: extraction of numbers, money, percentages, quantities, durations, dates
 * and years from text, and their comparison after normalisation.
 */
export type { Approx, Figure, FigureKind } from './types.ts';
export { extractFigures } from './extract.ts';
export { compareFigures, figureKey } from './compare.ts';
export type { Comparison } from './compare.ts';
