/**
 * Figures: extraction of numbers, money, percentages, quantities, durations, dates,
 * years, fractions, scores, ages and multiples from text, and their comparison after
 * normalisation.
 */
export type { Approx, DateFields, Figure, FigureKind, RelativeUnit } from './types.ts';
export { extractFigures } from './extract.ts';
export { compareFigures, figureKey, otherShape, TIME_KINDS, vaguerAgreement, vaguerDate } from './compare.ts';
export type { Comparison } from './compare.ts';
export { resolveRelative } from './relative.ts';
export { MONTH_NAMES } from './dates.ts';
export { WEEKDAYS } from './calendar.ts';
export type { ReferenceDate } from './relative.ts';
