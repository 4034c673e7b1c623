/**
 * The checks, one per file, in the order their findings are reported.
 */
import { citationMismatch } from './citation-mismatch.ts';
import { citationUnknownKey } from './citation-unknown-key.ts';
import type { Rule } from './context.ts';
import { figureMismatch } from './figure-mismatch.ts';
import { figureSourcesDisagree } from './figure-sources-disagree.ts';
import { figureUnsupported } from './figure-unsupported.ts';
import { quoteAltered } from './quote-altered.ts';
import { quoteMisattributed } from './quote-misattributed.ts';
import { quoteNotFound } from './quote-not-found.ts';
import { sourceUncited } from './source-uncited.ts';

/** Every rule of the engine. */
export const RULES: readonly Rule[] = [
  figureMismatch,
  figureSourcesDisagree,
  figureUnsupported,
  quoteAltered,
  quoteNotFound,
  quoteMisattributed,
  sourceUncited,
  citationMismatch,
  citationUnknownKey,
];

export type { Rule, RawFinding } from './context.ts';
export { CheckContext } from './context.ts';
