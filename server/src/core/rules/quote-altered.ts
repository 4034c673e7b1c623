/**
 * quote.altered — the quotation exists in a source with different words; the
 * message shows a word-level difference ([-draft-]{+source+}).
 */
import { sourceName } from '../align/source-ref.ts';
import type { Rule } from './context.ts';
import { wordingFixes } from './quote-helpers.ts';

export const quoteAltered: Rule = {
  code: 'quote.altered',
  defaultSeverity: 'error',
  run(ctx) {
    return ctx
      .quotes()
      .filter((qa) => qa.verdict.status === 'altered' && qa.verdict.docId !== undefined)
      .map((qa) => {
        const v = qa.verdict;
        const source = ctx.refOfRange(v.docId as number, v.srcStart as number, v.srcEnd as number);
        return {
          code: 'quote.altered' as const,
          message: `Quotation differs from ${sourceName(source)}: ${v.diff}`,
          start: qa.quote.start,
          end: qa.quote.end,
          actual: ctx.draft.text.slice(qa.quote.innerStart, qa.quote.innerEnd),
          expected: v.sourceText,
          source,
          fixes: wordingFixes(ctx, qa),
        };
      });
  },
};
