/**
 * Shared pieces of the quotation rules: the draft edits that restore a source's
 * wording, and the citation that goes with them.
 */
import { citationEdits } from '../fixes/citation.ts';
import { toInputRange } from '../text/normalize.ts';
import type { Fix, TextEdit } from '../types.ts';
import type { CheckContext, QuoteAnalysis } from './context.ts';

/** Draft sentences a quotation belongs to (those it overlaps). */
export function quoteSentences(ctx: CheckContext, qa: QuoteAnalysis) {
  return ctx.sentencesIn(qa.quote.start, qa.quote.end);
}

/** The draft edits that put the source's words into the quotation. */
export function wordingEdits(qa: QuoteAnalysis): TextEdit[] {
  return (qa.verdict.edits ?? []).map((e) => {
    const r = toInputRange(qa.norm, e.start, e.end);
    return { start: qa.quote.innerStart + r.start, end: qa.quote.innerStart + r.end, newText: e.newText };
  });
}

/** Fixes for an altered quotation: source wording (+ citation when none), preferred first. */
export function wordingFixes(ctx: CheckContext, qa: QuoteAnalysis): Fix[] {
  const edits = wordingEdits(qa);
  if (edits.length === 0 || qa.verdict.docId === undefined) return [];
  const doc = ctx.doc(qa.verdict.docId);
  const sentences = quoteSentences(ctx, qa);
  const last = sentences[sentences.length - 1];
  const cite = last && !ctx.hasCitation(sentences) ? citationEdits(ctx.draft, last, doc, ctx.config.citationStyle) : [];
  const fixes: Fix[] = [];
  if (cite.length) fixes.push({ title: `Use the source's wording and cite ${doc.key}`, edits: [...edits, ...cite], preferred: true });
  fixes.push({ title: "Use the source's wording", edits, preferred: cite.length === 0 });
  return fixes;
}
