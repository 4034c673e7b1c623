/** Sentence splitting for drafts: the shared splitter of core/text. */
export { isAbbreviationDot, splitSentences, type Span } from '../text/sentences.ts';
