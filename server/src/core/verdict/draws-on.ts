/**
 * Which sources a passage draws on, in order of authority: what the sentence cites,
 * what its paragraph cites, the sources its paragraph (or the whole draft) is written
 * from, and last the sources its sentence aligns with anywhere in the corpus. A cited
 * source always comes first: an unrelated archive story never overrides it.
 */
import type { DraftSentence } from '../draft/index.ts';
import type { CheckContext } from '../rules/context.ts';
import { FIGURE_POLICY } from './policy.ts';
import { figureBonus, figureSupport, inTime, NO_STATING, NO_SUPPORT, statesSome, statingSources, tellingFigures } from './support.ts';

export { figureSupport, type Support } from './support.ts';

/** How a passage's sources were found. */
export type DrawsOnHow = 'sentence-cites' | 'paragraph-cites' | 'paragraph' | 'draft' | 'retrieval' | 'none';

/** The sources a sentence draws on. */
export interface DrawsOn {
  docs: number[];
  how: DrawsOnHow;
}

const P = FIGURE_POLICY.drawsOn;

/** Per-check memo of block- and draft-level results. */
interface Memo {
  blocks: Map<number, DraftSentence[]>;
  /** Paragraph-like units: blocks, with the items of one list counted as one unit. */
  units: number;
  blockDocs: Map<number, DrawsOn | undefined>;
  /** The sources cited by the blocks covering a sentence, by those blocks' indexes. */
  blockCites: Map<string, Set<number>>;
  draft?: { docs: Map<number, number> };
  years?: Set<number>;
}
const memos = new WeakMap<CheckContext, Memo>();

function memoOf(ctx: CheckContext): Memo {
  let m = memos.get(ctx);
  if (!m) {
    const blocks = new Map<number, DraftSentence[]>();
    let units = 0;
    let prev: DraftSentence | undefined;
    for (const s of ctx.draft.sentences) {
      const list = blocks.get(s.blockIndex) ?? [];
      list.push(s);
      blocks.set(s.blockIndex, list);
      // A bulleted summary is one unit, like a one-paragraph summary.
      if (!prev || (s.blockIndex !== prev.blockIndex && !(s.block === 'list' && prev.block === 'list'))) units++;
      prev = s;
    }
    m = { blocks, units, blockDocs: new Map(), blockCites: new Map() };
    memos.set(ctx, m);
  }
  return m;
}

/**
 * The idf-weighted share of `stems` that a source's words contain. Words no source
 * knows weigh as much as an average known word (not as the rarest: a summary's own
 * words would otherwise outweigh everything it shares with its source).
 */
function coverage(ctx: CheckContext, stems: readonly string[], docId: number): number {
  const terms = ctx.index.termsOf(stems);
  if (terms.length === 0) return 0;
  const words = ctx.docTerms(docId);
  let known = 0;
  let shared = 0;
  for (const t of terms) {
    const w = ctx.index.idf(t);
    known += w;
    if (words.has(t)) shared += w;
  }
  const total = known + (stems.length - terms.length) * (known / terms.length);
  return total > 0 ? shared / total : 0;
}

/** Content stems of some sentences (table context included). */
function stemsOf(ctx: CheckContext, sentences: readonly DraftSentence[]): string[] {
  const all = sentences.flatMap((s) => {
    const text = s.context ? `${s.context} ${s.text}` : s.text;
    return ctx.contentStems(text);
  });
  return ctx.index.expand([...new Set(all)]);
}

/** The years some sentences name, else the years the whole draft names. */
function passageYears(ctx: CheckContext, sentences: readonly DraftSentence[]): Set<number> {
  const own = new Set(sentences.flatMap((s) => [...namedYears(ctx, s)]));
  if (own.size > 0) return own;
  const m = memoOf(ctx);
  m.years ??= new Set(ctx.draft.sentences.flatMap((s) => [...namedYears(ctx, s)]));
  return m.years;
}

/** The years a draft sentence names (see yearsOf), memoised per check; not to be changed. */
function namedYears(ctx: CheckContext, s: DraftSentence): ReadonlySet<number> {
  return ctx.years(s.text);
}

/** Candidate sources of some sentences: those their sentences align with, that could report on them. */
function candidates(ctx: CheckContext, sentences: readonly DraftSentence[]): Map<number, number> {
  const best = new Map<number, number>();
  const years = passageYears(ctx, sentences);
  for (const s of sentences) {
    for (const a of ctx.sentence(s).alignments.slice(0, P.candidates)) {
      if (inTime(ctx, a.docId, years)) best.set(a.docId, Math.max(best.get(a.docId) ?? 0, a.score));
    }
  }
  return best;
}

/**
 * Sources ranked by coverage of `stems`, best first: the first maxSources at or above `min`,
 * and any of `stating` (found by the figures they state, ranked by them later) at or above
 * figureSourceCoverage, when lower: look-alike stories share a passage's words, not its values.
 */
function covering(ctx: CheckContext, stems: readonly string[], docs: Iterable<number>, min: number, stating: readonly number[] = []): Map<number, number> {
  const least = (d: number) => (stating.includes(d) ? Math.min(min, P.figureSourceCoverage) : min);
  const scored = [...docs].map((d) => [d, coverage(ctx, stems, d)] as const).filter(([d, c]) => c >= least(d));
  scored.sort((a, b) => b[1] - a[1]);
  return new Map(scored.filter(([d], i) => i < P.maxSources || stating.includes(d)));
}

/**
 * The sources a draft that cites nothing is written from: those covering the most of
 * its words (at least `draftCoverage`, and close to the best), among the sources its
 * sentences align with and those sharing its rarest words.
 */
function draftSources(ctx: CheckContext): Map<number, number> {
  const m = memoOf(ctx);
  m.draft ??= { docs: ctx.stage(`draft-sources\u0000${ctx.draft.sentences.length > 0 ? draftKey(ctx) : ''}`, () => rankDraftSources(ctx, m)) };
  return m.draft.docs;
}

/** What the draft-level sources depend on: the draft's words (figures masked) and its unit count. */
function draftKey(ctx: CheckContext): string {
  const numerals = tellingFigures(ctx, ctx.draft.sentences).map((f) => f.text).join(' ');
  return `${memoOf(ctx).units}\u0000${stemsOf(ctx, ctx.draft.sentences).join(' ')}\u0000${numerals}`;
}

/** Ranks the candidate sources of a whole draft by how much of its words they cover. */
function rankDraftSources(ctx: CheckContext, m: Memo): Map<number, number> {
  const all = ctx.draft.sentences;
  const stems = stemsOf(ctx, all);
  // The best-aligned sources only: coverage is measured over the whole draft for each.
  const aligned = [...candidates(ctx, all)].sort((a, b) => b[1] - a[1]).slice(0, P.draftSourceCandidates);
  const cands = new Set(aligned.map(([d]) => d));
  const years = passageYears(ctx, all);
  for (const hit of ctx.index.search(ctx.index.termsOf(stems), P.draftCandidates, (d) => inTime(ctx, d, years))) {
    cands.add(ctx.index.sentence(hit.sid).docId);
  }
  const byFigures = statingSources(ctx, all, years).several;
  for (const d of byFigures) cands.add(d);
  // A one-paragraph draft is a summary; a longer one must be made mostly of its sources' words. With only a
  // handful of sources in the corpus, a summary that cites nothing is a summary of them, however freely worded.
  const summary = m.units === 1;
  const few = ctx.index.size <= P.maxSources;
  if (summary && few) for (const d of ctx.index.liveDocs()) if (inTime(ctx, d, years)) cands.add(d);
  const covered = covering(ctx, stems, cands, summary ? (few ? P.fewSourcesCoverage : P.summaryCoverage) : P.draftCoverage, byFigures);
  const support = covered.size > 1 ? figureSupport(ctx, all, [...covered.keys()]) : NO_SUPPORT;
  const stating = statesSome(support);
  const ranked = new Map([...covered].filter(([d]) => stating(d)).map(([d, c]) => [d, c + figureBonus(support, d)] as const));
  const best = Math.max(0, ...ranked.values());
  return new Map([...ranked].filter(([, c]) => c >= best - P.draftLead));
}

/** The sources some sentences (a paragraph) are written from, best first: aligned closely, or covering them. */
function paragraphDocs(ctx: CheckContext, sentences: readonly DraftSentence[]): number[] {
  const cands = candidates(ctx, sentences);
  const stems = stemsOf(ctx, sentences);
  // Coverage alone is chance on short paragraphs: one sentence must also align with the source.
  const aligned = [...cands].filter(([, score]) => score >= P.retrievalAlign).map(([d]) => d);
  const byWords = stems.length >= P.minStems ? covering(ctx, stems, aligned, P.paragraphCoverage) : new Map<number, number>();
  // Unless a close source states its figures: sources stating several need only cover some words; its only one, most.
  const close = [...cands].filter(([, a]) => a >= P.sentenceAlign).map(([d]) => d);
  const found = close.length > 0 && [...figureSupport(ctx, sentences, close).share.values()].some((v) => v > 0);
  const { several, one } = found ? NO_STATING : statingSources(ctx, sentences, passageYears(ctx, sentences));
  const covered = new Map([...byWords, ...covering(ctx, stems, several, P.figureSourceCoverage, several), ...covering(ctx, stems, one, P.paragraphCoverage, one)]);
  // Ranked by the best sentence alignment, coverage and the share of the passage's figures the
  // source states (the surest sign of provenance among look-alike stories); those far behind are other stories.
  const chosen0 = [...new Set([...cands.keys(), ...covered.keys()])].filter((d) => (cands.get(d) ?? 0) >= P.sentenceAlign || covered.has(d));
  // One candidate needs no ranking: the figures it states would only rank it against others.
  const support = chosen0.length > 1 ? figureSupport(ctx, sentences, chosen0) : NO_SUPPORT;
  const rank = (d: number) => (cands.get(d) ?? 0) + (covered.get(d) ?? 0) + figureBonus(support, d);
  const chosen = chosen0.filter(statesSome(support)).sort((a, b) => rank(b) - rank(a));
  const top = chosen.length ? rank(chosen[0]) : 0;
  return chosen.filter((d) => rank(d) >= top - P.sourceLead).slice(0, P.maxSources);
}

/** The sources a paragraph (block) draws on without citing them, if any. */
function blockSources(ctx: CheckContext, blockIndex: number): DrawsOn | undefined {
  const m = memoOf(ctx);
  if (m.blockDocs.has(blockIndex)) return m.blockDocs.get(blockIndex);
  const sentences = m.blocks.get(blockIndex) ?? [];
  const key = `block\u0000${[...passageYears(ctx, sentences)].join(',')}\u0000${sentences.map((x) => `${x.context ?? ''}\u0001${x.text}`).join('\u0002')}`;
  const docs = ctx.stage(key, () => paragraphDocs(ctx, sentences));
  let result: DrawsOn | undefined;
  if (docs.length > 0) result = { docs, how: 'paragraph' };
  else if (ctx.draft.citations.length === 0) {
    // A draft that cites nothing is a summary of the sources it is written from.
    // A one-paragraph draft is its paragraph; in a longer one each paragraph must show its own relation.
    const single = m.units === 1;
    const stems = single ? [] : stemsOf(ctx, sentences);
    const docs = [...draftSources(ctx).keys()];
    // A paragraph inherits a source covering enough of its words, or stating its figures.
    const { share } = single ? NO_SUPPORT : figureSupport(ctx, sentences, docs);
    const inherited = docs.filter((d) => single || coverage(ctx, stems, d) >= P.paragraphInherit || (share.get(d) ?? 0) > 0);
    if (inherited.length > 0) result = { docs: inherited, how: 'draft' };
  }
  m.blockDocs.set(blockIndex, result);
  return result;
}

/** The sentences of the section a heading opens (up to the next heading). */
function sectionOf(ctx: CheckContext, heading: DraftSentence): DraftSentence[] {
  const all = ctx.draft.sentences;
  const out: DraftSentence[] = [];
  for (let i = ctx.position(heading) + 1; i < all.length && all[i].block !== 'heading'; i++) out.push(all[i]);
  return out;
}

/**
 * A heading names what its section is about: it draws on what the section cites, or,
 * in a draft that cites nothing, on the sources the draft is written from.
 */
function headingSources(ctx: CheckContext, s: DraftSentence): DrawsOn {
  const cited = ctx.citedDocs(sectionOf(ctx, s));
  if (cited.size > 0) return { docs: [...cited].slice(0, P.maxSources), how: 'paragraph-cites' };
  const docs = ctx.draft.citations.length === 0 ? [...draftSources(ctx).keys()] : [];
  return docs.length > 0 ? { docs, how: 'draft' } : { docs: [], how: 'none' };
}

/** The sources the sentences of some blocks cite, memoised per check. */
function blockCites(ctx: CheckContext, covering: readonly number[]): Set<number> {
  const m = memoOf(ctx);
  const key = covering.join(',');
  let cited = m.blockCites.get(key);
  if (!cited) m.blockCites.set(key, (cited = ctx.citedDocs(covering.flatMap((b) => m.blocks.get(b) ?? []))));
  return cited;
}

/** The sources a sentence draws on (see the module comment for the order). */
export function drawsOn(ctx: CheckContext, s: DraftSentence): DrawsOn {
  const own = ctx.citedDocs([s]);
  if (own.size > 0) return { docs: [...own], how: 'sentence-cites' };
  if (s.block === 'heading') return headingSources(ctx, s);
  const para = blockCites(ctx, ctx.coveringBlocks(s));
  if (para.size > 0) return { docs: [...para], how: 'paragraph-cites' };
  const fromBlock = blockSources(ctx, s.blockIndex);
  if (fromBlock) return fromBlock;
  const years = passageYears(ctx, [s]);
  const aligned = [...new Set(ctx.sentence(s).alignments.filter((a) => a.score >= P.retrievalAlign && inTime(ctx, a.docId, years)).map((a) => a.docId))];
  const docs = aligned.filter(statesSome(figureSupport(ctx, [s], aligned))).slice(0, P.maxSources);
  return docs.length > 0 ? { docs, how: 'retrieval' } : { docs: [], how: 'none' };
}
