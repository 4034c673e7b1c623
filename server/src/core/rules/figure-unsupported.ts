/**
 * figure.unsupported — the passage draws on sources, and none of them states the
 * figure's value in any equivalent form (nor one it follows from). The fixes offer
 * the sources' values for comparable quantities; none is preferred.
 */
import { sourceName } from '../align/source-ref.ts';
import { candidateFixes } from '../verdict/fixes.ts';
import type { Rule } from './context.ts';
import { figureDecisions } from './figure-decisions.ts';

export const figureUnsupported: Rule = {
  code: 'figure.unsupported',
  defaultSeverity: 'warning',
  run(ctx) {
    return figureDecisions(ctx)
      .filter((d) => d.kind === 'unsupported')
      .map((d) => {
        const actual = ctx.draft.text.slice(d.start, d.end);
        const names = ctx.ofDecision(d.memo, 'names', undefined, () => d.drawsOn.docs.map((id) => sourceName({ ...ctx.doc(id) })).join(', '));
        return {
          code: 'figure.unsupported',
          message: `"${actual}" is not stated in ${d.drawsOn.docs.length > 1 ? 'any of the sources' : 'the source'} this passage draws on (${names}).`,
          start: d.start,
          end: d.end,
          actual,
          fixes: candidateFixes(ctx, d),
        };
      });
  },
};
