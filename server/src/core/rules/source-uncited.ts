/**
 * source.uncited — a sentence reuses a source's wording closely, without quotation
 * marks and without citing that source. Fixes: insert a citation; quote the run.
 */
import { sourceName } from '../align/source-ref.ts';
import type { Figure } from '../figures/index.ts';
import { figureDecisions, figureRef } from './figure-decisions.ts';
import type { DraftSentence } from '../draft/index.ts';
import { citationEdits } from '../fixes/citation.ts';
import type { Token } from '../text/tokens.ts';
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
  return ctx.tokens(s.text).filter((t) => {
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

function fixesFor(ctx: CheckContext, s: DraftSentence, docKey: string, range: { start: number; end: number }, quote: boolean) {
  const doc = ctx.index.docs[ctx.index.docByKey(docKey) as number];
  const cite = doc ? citationEdits(ctx.draft, s, doc, ctx.config.citationStyle) : [];
  const quoteEdits = [
    { start: range.start, end: range.start, newText: '"' },
    { start: range.end, end: range.end, newText: '"' },
  ];
  return [
    { title: `Cite ${docKey}`, edits: cite, preferred: true },
    ...(quote ? [{ title: `Quote it and cite ${docKey}`, edits: [...quoteEdits, ...cite] }] : []),
  ].filter((f) => f.edits.length > 0);
}

/** Wording reuse: long shared runs of words with the aligned source sentence. */
function wordingReuse(ctx: CheckContext, s: DraftSentence, sid: number): RawFinding | undefined {
  const src = ctx.index.sentence(sid);
  const r = reuse(unquotedTokens(ctx, s), ctx.index.tokens(sid).map((t) => t.word));
  if (!r) return undefined;
  const range = ctx.draftRange(s, r.first.start, r.last.end);
  const source = ctx.refOfSentence(sid);
  return {
    code: 'source.uncited',
    message: `This reuses the wording of ${sourceName(source)} (${src.doc.key}) without quotation marks or a citation.`,
    ...range,
    actual: ctx.draft.text.slice(range.start, range.end),
    source,
    fixes: fixesFor(ctx, s, src.doc.key, range, true),
  };
}

/** Fact reuse: specific figures that agree with the aligned source, with no citation. */
function factReuse(ctx: CheckContext, s: DraftSentence, docId: number): RawFinding | undefined {
  const figs = figureDecisions(ctx).filter(
    (d) => d.sentence === s && d.kind === 'match' && d.reference?.docId === docId && d.reference.align >= 0.45 && isSpecific(d.verdict.figure),
  );
  if (figs.length === 0) return undefined;
  const range = { start: figs[0].start, end: figs[figs.length - 1].end };
  const source = figureRef(ctx, figs[0].reference!);
  return {
    code: 'source.uncited',
    message: `${figs.map((d) => `"${ctx.draft.text.slice(d.start, d.end)}"`).join(', ')} comes from ${sourceName(source)} (${source.key}), which the passage does not cite.`,
    ...range,
    actual: ctx.draft.text.slice(range.start, range.end),
    source,
    fixes: fixesFor(ctx, s, source.key, range, false),
  };
}

/** A figure specific enough to need a source: not a small count, not a bare year. */
function isSpecific(f: Figure): boolean {
  if (f.kind === 'year' || f.kind === 'ordinal' || f.kind === 'date') return false;
  return f.kind !== 'number' || Math.abs(f.value) >= 100;
}

function check(ctx: CheckContext, s: DraftSentence): RawFinding | undefined {
  const a = ctx.sentence(s).alignments[0];
  if (!a || a.score < 0.4 || ctx.blockCited(s)) return undefined;
  return wordingReuse(ctx, s, a.sid) ?? factReuse(ctx, s, a.docId);
}

/** Quotations taken from a source (three words or more) whose passage cites nothing. */
function uncitedQuotes(ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const qa of ctx.quotes()) {
    const v = qa.verdict;
    if ((v.status !== 'verbatim' && v.status !== 'altered') || v.docId === undefined || v.words < 3) continue;
    const sentences = ctx.sentencesIn(qa.quote.start, qa.quote.end);
    if (sentences.length === 0 || sentences.some((x) => ctx.blockCited(x))) continue;
    const doc = ctx.doc(v.docId);
    const source = ctx.refOfRange(v.docId, v.srcStart as number, v.srcEnd as number);
    out.push({
      code: 'source.uncited',
      message: `This quotation comes from ${sourceName(source)} (${doc.key}), which the passage does not cite.`,
      start: qa.quote.start,
      end: qa.quote.end,
      actual: ctx.draft.text.slice(qa.quote.innerStart, qa.quote.innerEnd),
      source,
      fixes: fixesFor(ctx, sentences[sentences.length - 1], doc.key, qa.quote, false),
    });
  }
  return out;
}

export const sourceUncited: Rule = {
  code: 'source.uncited',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: RawFinding[] = uncitedQuotes(ctx);
    for (const s of ctx.draft.sentences) {
      const f = check(ctx, s);
      if (f && !out.some((o) => o.start < f.end && o.end > f.start)) out.push(f);
    }
    return out;
  },
};
