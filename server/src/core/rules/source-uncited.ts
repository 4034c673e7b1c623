/**
 * source.uncited — a sentence reuses a source's wording closely, without quotation
 * marks and without citing that source. Fixes: insert a citation; quote the run.
 */
import { sourceName } from '../align/source-ref.ts';
import type { DraftSentence } from '../draft/index.ts';
import { citationEdits } from '../fixes/citation.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { CheckContext, RawFinding, Rule } from './context.ts';

/** Minimum run of identical words that counts as reuse on its own. */
const MIN_RUN = 8;
/** Share of the sentence's word trigrams found in the source that counts as reuse. */
const MIN_TRIGRAM_SHARE = 0.6;

interface Reuse {
  first: Token;
  last: Token;
  run: number;
}

/** Words of the draft sentence outside quotations (as a sentence-relative token list). */
function unquotedTokens(ctx: CheckContext, s: DraftSentence): Token[] {
  return tokenize(s.text).filter((t) => {
    const r = ctx.draftRange(s, t.start, t.end);
    return !ctx.inQuotation(r.start, r.end);
  });
}

/** Longest common run and trigram overlap between draft and source words. */
function reuse(draft: Token[], source: string[]): Reuse | undefined {
  const tri = new Set<string>();
  for (let i = 0; i + 2 < source.length; i++) tri.add(`${source[i]} ${source[i + 1]} ${source[i + 2]}`);
  let shared = 0;
  let first = -1;
  let last = -1;
  let run = 0;
  let best = 0;
  for (let i = 0; i + 2 < draft.length; i++) {
    if (tri.has(`${draft[i].word} ${draft[i + 1].word} ${draft[i + 2].word}`)) {
      shared++;
      if (first < 0) first = i;
      last = i + 2;
      run = run === 0 ? 3 : run + 1;
      best = Math.max(best, run);
    } else run = 0;
  }
  const trigrams = Math.max(1, draft.length - 2);
  if (best >= MIN_RUN || (draft.length >= 8 && shared / trigrams >= MIN_TRIGRAM_SHARE)) {
    return { first: draft[first], last: draft[last], run: best };
  }
  return undefined;
}

function check(ctx: CheckContext, s: DraftSentence): RawFinding | undefined {
  const a = ctx.sentence(s).alignments[0];
  if (!a || a.score < 0.4) return undefined;
  const doc = ctx.doc(a.docId);
  // A sentence that cites a source was attributed; a wrong attribution is citation.mismatch's business.
  if (s.citations.length > 0) return undefined;
  const tokens = unquotedTokens(ctx, s);
  const src = ctx.index.sentence(a.sid);
  const r = reuse(tokens, tokenize(src.text).map((t) => t.word));
  if (!r) return undefined;
  const range = ctx.draftRange(s, r.first.start, r.last.end);
  const cite = citationEdits(ctx.draft, s, doc, ctx.config.citationStyle);
  const runText = ctx.draft.text.slice(range.start, range.end);
  const quoteEdits = [
    { start: range.start, end: range.start, newText: '"' },
    { start: range.end, end: range.end, newText: '"' },
  ];
  const source = ctx.refOfSentence(a.sid);
  return {
    code: 'source.uncited',
    message: `This reuses the wording of ${sourceName(source)} (${doc.key}) without quotation marks or a citation.`,
    start: range.start,
    end: range.end,
    actual: runText,
    source,
    fixes: [
      { title: `Cite ${doc.key}`, edits: cite, preferred: true },
      { title: `Quote it and cite ${doc.key}`, edits: [...quoteEdits, ...cite] },
    ].filter((f) => f.edits.length > 0),
  };
}

export const sourceUncited: Rule = {
  code: 'source.uncited',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: RawFinding[] = [];
    for (const s of ctx.draft.sentences) {
      const f = check(ctx, s);
      if (f) out.push(f);
    }
    return out;
  },
};
