/**
 * The memos a check reads through its context: analyses and readings of draft texts shared
 * across checks of one corpus version (AnalysisCache), results of one check, results derived
 * from a memoised decision, and data derived from the sources alone (memoised by the index).
 */
import { draftContext, queryOf, type DraftContext, type Query } from '../align/align.ts';
import type { QuoteVerdict } from '../align/quote-search.ts';
import { sourceRef } from '../align/source-ref.ts';
import type { SourceDoc } from '../corpus/index.ts';
import type { DraftSentence } from '../draft/index.ts';
import type { CorpusIndex, Hit } from '../index/corpus-index.ts';
import { memoised } from '../index/memo.ts';
import { contentStems } from '../index/terms.ts';
import { reportedYears, yearsOf } from '../align/years.ts';
import { extractFigures, type Figure } from '../figures/index.ts';
import { toInputRange } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { SourceRef } from '../types.ts';
import { comparisonRoles, type Role } from '../verdict/roles.ts';
import { olderOf } from '../verdict/unlike.ts';
import { analyseSentence, type SentenceAnalysis } from './sentence-analysis.ts';

/** Memo shared across checks of the same corpus version (incremental re-checks). */
export interface AnalysisCache {
  /** The index the memo belongs to (a reloaded index may reach the same version number). */
  index?: CorpusIndex;
  version: number;
  sentences: Map<string, SentenceAnalysis>;
  quotes: Map<string, QuoteVerdict>;
  /** Per-sentence results of later stages (figure verdicts), by stage-specific keys. */
  stages: Map<string, unknown>;
  /** Readings of draft texts (tokens, content stems, query), by the text itself (no key to build). */
  texts: Map<string, TextMemo>;
  /** Unfiltered retrievals of draft texts' terms (see Memos.search), by k and the terms in order. */
  hits: Map<string, Hit[]>;
  /** Results derived from a memoised decision (see CheckContext.ofDecision), by that decision. */
  decisions: WeakMap<object, Map<string, Map<unknown, unknown>>>;
}

/** The memoised readings of one draft text. */
interface TextMemo {
  tokens?: Token[];
  stems?: string[];
  query?: Query;
  figures?: Figure[];
  earlier?: Set<number>;
  roles?: Map<number, Role>;
  years?: Set<number>;
  reported?: Set<number>;
  /** Per-text stage results (see textStage), by their key without the text. */
  stages?: Map<string, unknown>;
}

const CACHE_LIMIT = 50_000;
/** Multiplier of a span's start in a numeric key of the span (start * SPAN_KEY + end). */
const SPAN_KEY = 2 ** 32;
/** How many sources' term sets are kept (each holds every term of its source). */
const DOC_TERMS_LIMIT = 1000;

/** An empty memo. */
export function newCache(): AnalysisCache {
  return { version: -1, sentences: new Map(), quotes: new Map(), stages: new Map(), texts: new Map(), hits: new Map(), decisions: new WeakMap() };
}

/** Forgets every memoised result. */
export function resetCache(cache: AnalysisCache): void {
  cache.index = undefined;
  cache.sentences.clear();
  cache.quotes.clear();
  cache.stages.clear();
  cache.texts.clear();
  cache.hits.clear();
  cache.decisions = new WeakMap();
}

/** Memoised analyses and readings behind a check's context (see CheckContext). */
export class Memos {
  private readonly sentenceMemo = new Map<DraftSentence, SentenceAnalysis>();

  constructor(
    readonly index: CorpusIndex,
    protected readonly cache: AnalysisCache,
  ) {
    if (cache.index !== index || cache.version !== index.version || cache.sentences.size > CACHE_LIMIT) {
      resetCache(cache);
      cache.index = index;
      cache.version = index.version;
    }
  }

  /** The analysis of a sentence, memoised by its text and the corpus version. */
  sentence(s: DraftSentence): SentenceAnalysis {
    let a = this.sentenceMemo.get(s);
    if (a) return a;
    const key = s.context ? `${s.context}\u0000${s.text}` : s.text;
    a = this.cache.sentences.get(key);
    if (!a) {
      a = analyseSentence(this.index, this, s.text, s.context);
      this.cache.sentences.set(key, a);
    }
    this.sentenceMemo.set(s, a);
    return a;
  }

  /** The word tokens of a draft text, memoised like the analyses. */
  tokens(text: string): Token[] {
    const m = this.readings(text);
    return (m.tokens ??= tokenize(text));
  }

  /** The figures of a draft text (see extractFigures), memoised like the analyses; not to be changed. */
  figures(text: string): readonly Figure[] {
    const m = this.readings(text);
    return (m.figures ??= extractFigures(text));
  }

  /** The years a draft text names (see yearsOf), memoised like the analyses; not to be changed. */
  years(text: string): ReadonlySet<number> {
    const m = this.readings(text);
    return (m.years ??= yearsOf(text));
  }

  /** The years a draft text reports on (see reportedYears), memoised like the analyses; not to be changed. */
  reportedYears(text: string): ReadonlySet<number> {
    const m = this.readings(text);
    return (m.reported ??= reportedYears(text));
  }

  /** The indexes of the figures(text) a draft text states as the earlier value of a comparison, memoised like the analyses. */
  earlierValues(text: string): ReadonlySet<number> {
    const m = this.readings(text);
    return (m.earlier ??= olderOf(this.roles(text, this.figures(text))));
  }

  /**
   * The comparison roles of figures `figs` of a draft text (see comparisonRoles), memoised like the
   * analyses when `figs` are the text's own figures(text); not to be changed.
   */
  roles(text: string, figs: readonly Figure[]): ReadonlyMap<number, Role> {
    const own = this.figures(text);
    if (figs.length !== own.length || figs.some((f, i) => f !== own[i])) return comparisonRoles(text, figs);
    const m = this.readings(text);
    return (m.roles ??= comparisonRoles(text, own));
  }

  /** A draft text as a retrieval query (see queryOf), memoised like the analyses. */
  query(text: string): Query {
    const m = this.readings(text);
    return (m.query ??= queryOf(this.index, text, this.contentStems(text)));
  }

  /**
   * The top-k sentences sharing some terms (index.search without a filter), memoised like the
   * analyses: draft sentences that differ only in their figures or unknown words share it. The
   * terms' order is part of the key (it decides which terms are traversed and the sums' order).
   */
  readonly search = (terms: readonly number[], k: number): Hit[] => {
    const key = `${k}:${terms.join(',')}`;
    let hits = this.cache.hits.get(key);
    if (!hits) {
      if (this.cache.hits.size > CACHE_LIMIT) this.cache.hits.clear();
      this.cache.hits.set(key, (hits = this.index.search(terms, k)));
    }
    return hits;
  };

  /** The memoised readings of a draft text. */
  private readings(text: string): TextMemo {
    let m = this.cache.texts.get(text);
    if (!m) {
      if (this.cache.texts.size > CACHE_LIMIT) this.cache.texts.clear();
      this.cache.texts.set(text, (m = {}));
    }
    return m;
  }

  private readonly contexts = new WeakMap<readonly Token[], Map<number, DraftContext>>();

  /** The context words around a span of a draft text tokenised as `tokens` (see draftContext), memoised per check. */
  readonly draftContext = (tokens: readonly Token[], span: { start: number; end: number }): DraftContext => {
    let bySpan = this.contexts.get(tokens);
    if (!bySpan) this.contexts.set(tokens, (bySpan = new Map()));
    return memoised(bySpan, span.start * SPAN_KEY + span.end, () => draftContext(this.index, tokens, span));
  };

  /** The content stems of a draft text (see contentStems), memoised like the analyses. */
  contentStems(text: string): string[] {
    const m = this.readings(text);
    return (m.stems ??= contentStems(text));
  }

  /** The set of term ids a source contains, memoised by the index. */
  docTerms(docId: number): Set<number> {
    return this.source('terms', docId, () => {
      const set = new Set<number>();
      const { first, end } = this.index.sentenceRange(docId);
      for (let sid = first; sid < end; sid++) for (const t of this.index.sentenceTerms(sid)) set.add(t);
      return set;
    }, DOC_TERMS_LIMIT);
  }

  /** Data derived from the sources alone (see SourceMemos), memoised by the index across checks. */
  source<T>(kind: string, key: number | string, compute: () => T, limit?: number): T {
    return this.index.derived.get(kind, key, compute, limit);
  }

  private readonly local = new Map<string, Map<object, unknown>>();

  /** A result about one object of this check (a draft sentence), memoised for this check only. */
  perCheck<T>(kind: string, key: object, compute: () => T): T {
    let map = this.local.get(kind);
    if (!map) this.local.set(kind, (map = new Map()));
    return memoised(map, key, compute);
  }

  /**
   * A result derived from a memoised decision (FigureDecision.memo) and `key` (an object of that
   * decision, or a value), memoised with the decision: the same while its sentence and sources are.
   */
  ofDecision<T>(memo: object, kind: string, key: unknown, compute: () => T): T {
    let kinds = this.cache.decisions.get(memo);
    if (!kinds) this.cache.decisions.set(memo, (kinds = new Map()));
    let map = kinds.get(kind);
    if (!map) kinds.set(kind, (map = new Map()));
    return memoised(map, key, compute);
  }

  /**
   * A memoised stage result about one draft text (cleared with the corpus version): stage(`${key}${text}`)
   * without building and hashing that long key (the text's readings are looked up by the text itself).
   */
  textStage<T>(text: string, key: string, compute: () => T): T {
    const m = this.readings(text);
    return memoised((m.stages ??= new Map()), key, compute);
  }

  /** A memoised per-check-stage result (cleared with the corpus version). */
  stage<T>(key: string, compute: () => T): T {
    return memoised(this.cache.stages, key, compute, CACHE_LIMIT + 1);
  }

  /** The loaded source of a doc id. */
  doc(docId: number): SourceDoc {
    return this.index.docs[docId] as SourceDoc;
  }

  /** A SourceRef for a sentence-relative range of a source sentence. */
  refInSentence(sid: number, start: number, end: number): SourceRef {
    const refs = this.source('refs', sid, () => new Map<number, SourceRef>());
    return memoised(refs, start * SPAN_KEY + end, () => {
      const s = this.index.sentence(sid);
      return sourceRef(s.doc, s.start + start, s.start + end, this.refOfSentence(sid).excerpt);
    });
  }

  /** A SourceRef for a whole source sentence. */
  refOfSentence(sid: number): SourceRef {
    return this.source('sentence-ref', sid, () => {
      const s = this.index.sentence(sid);
      return sourceRef(s.doc, s.start, s.end);
    });
  }

  /** A SourceRef for the normalised range [start, end) of a source (a quotation's passage), memoised by the index. */
  refOfRange(docId: number, start: number, end: number): SourceRef {
    return this.source('range-ref', `${docId}:${start}:${end}`, () => sourceRef(this.doc(docId), start, end));
  }

  /** The source's own (plain) text for a sentence-relative range. */
  sourceText(sid: number, start: number, end: number): string {
    const texts = this.source('texts', sid, () => new Map<number, string>());
    return memoised(texts, start * SPAN_KEY + end, () => this.readSourceText(sid, start, end));
  }

  private readSourceText(sid: number, start: number, end: number): string {
    const s = this.index.sentence(sid);
    const r = toInputRange(s.doc.norm, s.start + start, s.start + end);
    return s.doc.plain.slice(r.start, r.end).replace(/\s+/g, ' ');
  }
}
