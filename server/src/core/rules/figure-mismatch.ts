/**
 * figure.mismatch — a draft sentence that comes from a source passage states a
 * different value than the passage.
 */
import { sourceName } from '../align/source-ref.ts';
import type { Rule } from './context.ts';
import { figureDecisions, figureRef, figureText } from './figure-decisions.ts';
import { replaceFigureFixes, replacementText } from '../verdict/fixes.ts';

export const figureMismatch: Rule = {
  code: 'figure.mismatch',
  defaultSeverity: 'error',
  run(ctx) {
    return figureDecisions(ctx)
      .filter((d) => d.kind === 'mismatch' && d.reference)
      .map((d) => {
        const p = d.reference!;
        const source = figureRef(ctx, p);
        const expected = replacementText(ctx, d, p);
        const said = figureText(ctx, p);
        const actual = ctx.draft.text.slice(d.start, d.end);
        const where = source.paragraph ? `, para ${source.paragraph}` : '';
        return {
          code: 'figure.mismatch',
          message: d.expected !== undefined && d.derivation
            ? `"${actual}" does not follow from the source's values: ${d.derivation.text} (${sourceName(source)}${where}).`
            : `"${actual}" differs from the source: ${sourceName(source)}${where} says "${said}".`,
          start: d.start,
          end: d.end,
          actual,
          expected,
          source,
          fixes: replaceFigureFixes(ctx, d, p),
        };
      });
  },
};
