/**
 * citation.mismatch — the sentence cites a source that does not contain its figure
 * or quotation, while another source does; the fix switches the citation.
 */
import { sourceName } from '../align/source-ref.ts';
import type { Citation, DraftSentence } from '../draft/index.ts';
import { switchCitationEdits } from '../fixes/citation.ts';
import { alignWords } from '../align/diff.ts';
import { quoteTokens } from '../align/quote-search.ts';
import { wordTokens } from '../text/tokens.ts';
import type { SourceRef } from '../types.ts';
import type { CheckContext, RawFinding, Rule } from './context.ts';
import { figureDecisions, figureRef } from './figure-decisions.ts';
import { quoteSentences } from './quote-helpers.ts';

/** The citations of the sentences that point at a loaded source other than `docId`. */
function wrongCitations(ctx: CheckContext, sentences: readonly DraftSentence[], docId: number): { c: Citation; from: number }[] {
  const out: { c: Citation; from: number }[] = [];
  for (const s of sentences) {
    for (const c of s.citations) {
      const ids = ctx.docsCitedBy([c]);
      if (ids.size === 0 || ids.has(docId)) continue;
      out.push({ c, from: [...ids][0] });
    }
  }
  return out;
}

function findingsFor(ctx: CheckContext, sentences: readonly DraftSentence[], docId: number, what: string, source: SourceRef): RawFinding[] {
  const to = ctx.doc(docId);
  return wrongCitations(ctx, sentences, docId).map(({ c, from }) => {
    const cited = ctx.doc(from);
    const edits = switchCitationEdits(ctx.draft, c, cited, to);
    return {
      code: 'citation.mismatch' as const,
      message: `${sourceName(cited)} (${cited.key}) does not contain ${what}; ${sourceName(source)} (${to.key}) does.`,
      start: c.start,
      end: c.end,
      actual: cited.key,
      expected: to.key,
      source,
      fixes: edits.length ? [{ title: `Cite ${to.key} instead of ${cited.key}`, edits, preferred: true }] : [],
    };
  });
}

/** True when a (cited) source contains the quotation at least as well as the best match. */
function docHasQuote(ctx: CheckContext, docId: number, quote: string): boolean {
  const doc = ctx.doc(docId);
  if (doc.norm.text.length > 400_000) return false;
  const a = alignWords(quoteTokens(quote), wordTokens(doc.norm.text).map((t) => t.word));
  return a.edits === 0 || a.matches / Math.max(1, a.matches + a.edits) >= 0.8;
}

export const citationMismatch: Rule = {
  code: 'citation.mismatch',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    const push = (fs: RawFinding[]) =>
      fs.forEach((f) => {
        const k = `${f.start}:${f.expected}`;
        if (!seen.has(k)) out.push(f), seen.add(k);
      });
    for (const d of figureDecisions(ctx)) {
      if (d.kind !== 'citation' || !d.reference) continue;
      const what = `"${ctx.draft.text.slice(d.start, d.end)}"`;
      push(findingsFor(ctx, [d.sentence], d.reference.docId, what, figureRef(ctx, d.reference)));
    }
    for (const qa of ctx.quotes()) {
      const v = qa.verdict;
      if (v.docId === undefined || (v.status !== 'verbatim' && v.status !== 'altered') || v.words <= 3) continue;
      const sentences = quoteSentences(ctx, qa);
      const cited = ctx.citedDocs(sentences);
      if (cited.has(v.docId) || [...cited].some((id) => docHasQuote(ctx, id, qa.norm.text))) continue;
      const source = ctx.refOfRange(v.docId, v.srcStart as number, v.srcEnd as number);
      push(findingsFor(ctx, sentences, v.docId, 'this quotation', source));
    }
    return out;
  },
};
