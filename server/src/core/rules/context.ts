/**
 * What every rule sees: the parsed draft, the corpus index, the config, and the
 * shared (memoised) analyses of sentences and quotations.
 */
import { draftContext, queryOf, type DraftContext, type Query } from '../align/align.ts';
import { searchQuote, type QuoteVerdict } from '../align/quote-search.ts';
import { sourceRef } from '../align/source-ref.ts';
import type { Config } from '../config.ts';
import type { SourceDoc } from '../corpus/index.ts';
import type { Citation, Draft, DraftSentence, Quotation } from '../draft/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { contentStems } from '../index/terms.ts';
import { normalize, toInputRange, type Normalized } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { Finding, FindingCode, Severity, SourceRef } from '../types.ts';
import { analyseSentence, type SentenceAnalysis } from './sentence-analysis.ts';

export type { SentenceAnalysis } from './sentence-analysis.ts';

/** A quotation with its normalised inner text and search verdict. */
export interface QuoteAnalysis {
  quote: Quotation;
  norm: Normalized;
  verdict: QuoteVerdict;
}

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
  /** Results derived from a memoised decision (see CheckContext.ofDecision), by that decision. */
  decisions: WeakMap<object, Map<string, Map<unknown, unknown>>>;
}

/** The memoised readings of one draft text. */
interface TextMemo {
  tokens?: Token[];
  stems?: string[];
  query?: Query;
}

/** A finding before the configured severity is applied. */
export type RawFinding = Omit<Finding, 'severity'> & { severity?: Severity };

/** One check: a finding code and the function that finds it. */
export interface Rule {
  code: FindingCode;
  defaultSeverity: Severity;
  run(ctx: CheckContext): RawFinding[];
}

const CACHE_LIMIT = 50_000;
/** Multiplier of a span's start in a numeric key of the span (start * SPAN_KEY + end). */
const SPAN_KEY = 2 ** 32;
/** How many sources' term sets are kept (each holds every term of its source). */
const DOC_TERMS_LIMIT = 1000;

/** An empty memo. */
export function newCache(): AnalysisCache {
  return { version: -1, sentences: new Map(), quotes: new Map(), stages: new Map(), texts: new Map(), decisions: new WeakMap() };
}

/** Forgets every memoised result. */
export function resetCache(cache: AnalysisCache): void {
  cache.index = undefined;
  cache.sentences.clear();
  cache.quotes.clear();
  cache.stages.clear();
  cache.texts.clear();
  cache.decisions = new WeakMap();
}

/** Adds a doc id, if there is one. */
function addId(out: Set<number>, id: number | undefined): void {
  if (id !== undefined) out.add(id);
}

/** Per-check state handed to every rule. */
export class CheckContext {
  private readonly sentenceMemo = new Map<DraftSentence, SentenceAnalysis>();
  private quoteMemo?: QuoteAnalysis[];

  constructor(
    readonly draft: Draft,
    readonly index: CorpusIndex,
    readonly config: Config,
    private readonly cache: AnalysisCache,
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

  /** A draft text as a retrieval query (see queryOf), memoised like the analyses. */
  query(text: string): Query {
    const m = this.readings(text);
    return (m.query ??= queryOf(this.index, text, this.contentStems(text)));
  }

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
    const key = span.start * SPAN_KEY + span.end;
    let c = bySpan.get(key);
    if (!c) bySpan.set(key, (c = draftContext(this.index, tokens, span)));
    return c;
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
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as T;
    const v = compute();
    map.set(key, v);
    return v;
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
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as T;
    const v = compute();
    map.set(key, v);
    return v;
  }

  /** A memoised per-check-stage result (cleared with the corpus version). */
  stage<T>(key: string, compute: () => T): T {
    const known = this.cache.stages.get(key);
    if (known !== undefined || this.cache.stages.has(key)) return known as T;
    const v = compute();
    if (this.cache.stages.size > CACHE_LIMIT) this.cache.stages.clear();
    this.cache.stages.set(key, v);
    return v;
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
    if (sentences.length === 1) return this.citedBy(sentences[0]);
    return this.docsCitedBy(sentences.flatMap((s) => s.citations));
  }

  private readonly cites = new Map<DraftSentence, Set<number>>();

  /** Doc ids one sentence cites, memoised per check (not to be changed). */
  private citedBy(s: DraftSentence): Set<number> {
    let ids = this.cites.get(s);
    if (!ids) this.cites.set(s, (ids = this.docsCitedBy(s.citations)));
    return ids;
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

  /** The loaded source of a doc id. */
  doc(docId: number): SourceDoc {
    return this.index.docs[docId] as SourceDoc;
  }

  /** A SourceRef for a sentence-relative range of a source sentence. */
  refInSentence(sid: number, start: number, end: number): SourceRef {
    const refs = this.source('refs', sid, () => new Map<number, SourceRef>());
    const key = start * SPAN_KEY + end;
    let ref = refs.get(key);
    if (!ref) {
      const s = this.index.sentence(sid);
      refs.set(key, (ref = sourceRef(s.doc, s.start + start, s.start + end, this.refOfSentence(sid).excerpt)));
    }
    return ref;
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
    const key = start * SPAN_KEY + end;
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = this.readSourceText(sid, start, end)));
    return text;
  }

  private readSourceText(sid: number, start: number, end: number): string {
    const s = this.index.sentence(sid);
    const r = toInputRange(s.doc.norm, s.start + start, s.start + end);
    return s.doc.plain.slice(r.start, r.end).replace(/\s+/g, ' ');
  }
}
