/**
 * quote.not-found — no source contains the quotation. Scare quotes of one or two
 * words get a lower severity (info).
 */
import type { Rule } from './context.ts';

export const quoteNotFound: Rule = {
  code: 'quote.not-found',
  defaultSeverity: 'warning',
  run(ctx) {
    if (ctx.index.size === 0) return [];
    return ctx
      .quotes()
      .filter((qa) => qa.verdict.status === 'not-found')
      .map((qa) => {
        const short = qa.verdict.words <= 2;
        return {
          code: 'quote.not-found' as const,
          ...(short ? { severity: 'info' as const } : {}),
          message: short
            ? `No source contains the words "${qa.norm.text}" (scare quotes?).`
            : `No source contains this quotation.`,
          start: qa.quote.start,
          end: qa.quote.end,
          actual: ctx.draft.text.slice(qa.quote.innerStart, qa.quote.innerEnd),
          fixes: [],
        };
      });
  },
};
