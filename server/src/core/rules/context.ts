/**
 * What every rule sees: the parsed draft, the corpus index, the config, and the
 * shared (memoised) analyses of sentences and quotations (see memos.ts).
 */
import { searchQuote, type QuoteVerdict } from '../align/quote-search.ts';
import type { Config } from '../config.ts';
import type { Citation, Draft, DraftSentence, Quotation } from '../draft/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { normalize, type Normalized } from '../text/normalize.ts';
import type { Finding, FindingCode, Severity } from '../types.ts';
import { Memos, type AnalysisCache } from './memos.ts';

export type { SentenceAnalysis } from './sentence-analysis.ts';
export { newCache, resetCache, type AnalysisCache } from './memos.ts';

/** A quotation with its normalised inner text and search verdict. */
export interface QuoteAnalysis {
  quote: Quotation;
  norm: Normalized;
  verdict: QuoteVerdict;
}

/** A finding before the configured severity is applied. */
export type RawFinding = Omit<Finding, 'severity'> & { severity?: Severity };

/** One check: a finding code and the function that finds it. */
export interface Rule {
  code: FindingCode;
  defaultSeverity: Severity;
  run(ctx: CheckContext): RawFinding[];
}

/** Adds a doc id, if there is one. */
function addId(out: Set<number>, id: number | undefined): void {
  if (id !== undefined) out.add(id);
}

/** Per-check state handed to every rule. */
export class CheckContext extends Memos {
  private quoteMemo?: QuoteAnalysis[];

  constructor(
    readonly draft: Draft,
    index: CorpusIndex,
    readonly config: Config,
    cache: AnalysisCache,
  ) {
    super(index, cache);
  }

  /** Every quotation of the draft with its verdict. */
  quotes(): QuoteAnalysis[] {
    if (this.quoteMemo) return this.quoteMemo;
    const all = this.draft.quotations;
    // A block quotation with quotation marks inside is an excerpt with attribution: check the inner quotations.
    const quotes = all.filter((q) => !q.block || !all.some((o) => o !== q && !o.block && o.start >= q.start && o.end <= q.end));
    this.quoteMemo = quotes.map((quote) => {
      const norm = normalize(this.draft.text.slice(quote.innerStart, quote.innerEnd));
      // The words around the quotation (its sentences minus the quotation) help find short ones.
      const around = this.sentencesIn(quote.start, quote.end).map((x) => x.text).join(' ').replace(norm.text, ' ');
      const key = `${norm.text}\u0000${around}`;
      let verdict = this.cache.quotes.get(key);
      if (!verdict) {
        verdict = searchQuote(this.index, norm.text, around);
        this.cache.quotes.set(key, verdict);
      }
      return { quote, norm, verdict };
    });
    return this.quoteMemo;
  }

  /** Draft range of a sentence-relative normalised range. */
  draftRange(s: DraftSentence, start: number, end: number): { start: number; end: number } {
    const a = s.toDraft(start);
    const b = end > start ? s.toDraft(end - 1) + 1 : a;
    return { start: a, end: Math.max(a, b) };
  }

  /** True when draft offset range [start, end) lies inside a quotation. */
  inQuotation(start: number, end: number): boolean {
    const qs = this.draft.quotations;
    let lo = 0;
    let hi = qs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (qs[mid].end < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < qs.length && qs[i].start <= start; i++) if (end <= qs[i].end) return true;
    return qs.some((q) => q.block && start >= q.start && end <= q.end);
  }

  /** Sentences overlapping [start, end) (sentences are in document order). */
  sentencesIn(start: number, end: number): DraftSentence[] {
    const ss = this.draft.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: DraftSentence[] = [];
    for (let i = lo; i < ss.length && ss[i].start < Math.max(end, start + 1); i++) if (ss[i].end > start) out.push(ss[i]);
    return out;
  }

  /**
   * The blocks whose citations cover a sentence: its own block (paragraph, list item, table
   * row), and for a table also the paragraph right before and right after the table
   * ("Source: BLS [@bls]").
   */
  coveringBlocks(s: DraftSentence): number[] {
    if (s.block !== 'table') return [s.blockIndex];
    const all = this.draft.sentences;
    const i = this.position(s);
    let after = i;
    while (after < all.length && all[after].block === 'table') after++;
    let before = i;
    while (before >= 0 && all[before].block === 'table') before--;
    return [s.blockIndex, ...[all[before], all[after]].filter((x) => x !== undefined).map((x) => x.blockIndex)];
  }

  private positions?: Map<DraftSentence, number>;

  /** The index of a sentence in the draft's sentence list (constant time after the first call). */
  position(s: DraftSentence): number {
    this.positions ??= new Map(this.draft.sentences.map((x, i) => [x, i]));
    return this.positions.get(s) ?? -1;
  }

  private citedBlocks?: Set<number>;

  /** True when a citation covers the sentence (see coveringBlocks). */
  blockCited(s: DraftSentence): boolean {
    this.citedBlocks ??= new Set(this.draft.sentences.filter((x) => x.citations.length > 0).map((x) => x.blockIndex));
    return this.coveringBlocks(s).some((b) => this.citedBlocks!.has(b));
  }

  /** Doc ids the sentences cite (keys, URLs, footnote definitions). */
  citedDocs(sentences: readonly DraftSentence[]): Set<number> {
    // One sentence's doc ids are memoised per check (the set is not to be changed).
    if (sentences.length === 1) return this.perCheck('cited-docs', sentences[0], () => this.docsCitedBy(sentences[0].citations));
    return this.docsCitedBy(sentences.flatMap((s) => s.citations));
  }

  /** Doc ids some citations refer to (keys, URLs, footnote definitions). */
  docsCitedBy(citations: readonly Citation[]): Set<number> {
    const out = new Set<number>();
    for (const c of citations) {
      for (const k of c.keys) addId(out, this.index.docByKey(k));
      if (c.url) addId(out, this.index.docByUrl(c.url));
      const def = c.kind === 'footnote' && c.label !== undefined ? this.draft.footnotes.get(c.label) : undefined;
      if (!def) continue;
      for (const k of def.keys) addId(out, this.index.docByKey(k));
      for (const u of def.urls) addId(out, this.index.docByUrl(u));
    }
    return out;
  }

  /** True when the sentences carry any citation at all. */
  hasCitation(sentences: readonly DraftSentence[]): boolean {
    return sentences.some((s) => s.citations.length > 0);
  }
}
