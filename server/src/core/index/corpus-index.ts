/**
 * Sentence-level inverted index over all sources: stems of content words → sentences.
 * Figures are masked out of the indexed terms, so a changed figure never stops a
 * draft sentence from finding its source sentence.
 */
import { figureContexts, type FigureContext } from '../align/context-words.ts';
import { metaOf } from '../align/source-ref.ts';
import { periodOfText } from '../align/years.ts';
import type { SourceDoc } from '../corpus/index.ts';
import { extractFigures, type Figure } from '../figures/index.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { urlKey } from '../text/url.ts';
import type { CachedDoc, IndexData } from './cache.ts';
import { IntVec } from './intvec.ts';
import { Postings } from './postings.ts';
import { SentenceMemo, SourceMemos } from './memo.ts';
import { Retrieval } from './retrieval.ts';
import type { Hit } from './topk.ts';

export type { Hit } from './topk.ts';
import { LazyDoc } from './lazy-doc.ts';
import { appendContentStems, normRangeOfParagraph } from './terms.ts';
import { AcronymTable, findAcronyms } from './acronyms.ts';
import { NumeralIndex, type NumeralHit } from './numerals.ts';


/** File identity recorded with each source, for the persistent cache. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: number;
}

/** Sentence-level inverted index; sentences are identified by a number (sid). */
export class CorpusIndex {
  readonly docs: (LazyDoc | undefined)[] = [];
  readonly stamps: (FileStamp | undefined)[] = [];
  private readonly docFirst = new IntVec();
  private readonly docEnd = new IntVec();
  private readonly byPath = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  private readonly sentDoc = new IntVec();
  private readonly sentStart = new IntVec();
  private readonly sentEnd = new IntVec();
  private readonly sentTermStart = new IntVec();
  private readonly sentTerms = new IntVec(1 << 16);
  private readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  private readonly postings = new Postings();
  /** The last sentence each term was added to (dedupes terms within a sentence). */
  private readonly lastSeen: number[] = [];
  private liveSentences = 0;
  private readonly retrieval = new Retrieval(this.postings, (t) => this.idf(t), (sid) => this.docs[this.sentDoc.get(sid)] !== undefined,
    () => this.termArray(), (sid) => this.termsStart(sid));
  /** Bumped on every change; cached check results are keyed by it. */
  version = 0;

  constructor() {
    this.sentTermStart.push(0);
  }

  /** Number of live sources. */
  get size(): number {
    return this.byPath.size;
  }

  /** Ids of the live sources. */
  liveDocs(): IterableIterator<number> {
    return this.byPath.values();
  }

  private register(doc: LazyDoc, stamp?: FileStamp): number {
    this.remove(doc.path);
    const id = this.docs.length;
    this.docs.push(doc);
    this.stamps.push(stamp);
    this.byPath.set(doc.path, id);
    this.byKey.set(doc.key, id);
    if (doc.url) this.byUrl.set(urlKey(doc.url), id);
    this.docFirst.push(this.sentDoc.length);
    return id;
  }

  /** Adds (or replaces) a parsed source; it is then held compactly (see LazyDoc). */
  add(parsed: SourceDoc, stamp?: FileStamp): void {
    const id = this.register(new LazyDoc(parsed.path, parsed.raw, parsed.norm.text, metaOf(parsed), parsed), stamp);
    const text = parsed.norm.text;
    for (const [a, long] of findAcronyms(text)) this.acronyms.define(a, long);
    let sid = -1;
    const add = (x: string): void => {
      const t = this.termId(x);
      if (this.lastSeen[t] !== sid) (this.lastSeen[t] = sid), this.pushTerm(t);
    };
    const has = (x: string): boolean => this.lastSeen[this.termIds.get(x) ?? -1] === sid;
    const stems: string[] = [];
    for (const p of parsed.paragraphs) {
      const r = normRangeOfParagraph(parsed, p);
      for (const s of splitSentences(text, r.start, r.end)) {
        this.pushSentence(id, s.start, s.end);
        sid = this.sentDoc.length - 1;
        stems.length = 0;
        appendContentStems(text, s.start, s.end, stems);
        for (let k = 0; k < stems.length; k++) add(stems[k]);
        // Acronym expansions come after the sentence's own stems, as in expand().
        this.acronyms.forEachAddition(stems, has, add);
        this.endSentence();
      }
    }
    this.docEnd.push(this.sentDoc.length);
    this.version++;
  }

  /** Acronyms the sources define (lower-case → long-form stems). */
  readonly acronyms = new AcronymTable();

  /** Stems plus their acronym expansions (used on both sides of the alignment). */
  expand(stems: readonly string[]): string[] {
    return this.acronyms.expand(stems);
  }

  /** Adds a source from the persistent cache without re-analysing it. */
  addCached(data: IndexData, entry: CachedDoc, termMap: Int32Array): void {
    const id = this.register(new LazyDoc(entry.path, entry.raw, entry.normText, entry.meta), entry);
    for (let k = entry.first; k < entry.first + entry.count; k++) {
      this.pushSentence(id, data.sentStart[k], data.sentEnd[k]);
      for (let j = data.sentTermStart[k]; j < data.sentTermStart[k + 1]; j++) this.pushTerm(termMap[data.sentTerms[j]]);
      this.endSentence();
    }
    this.docEnd.push(this.sentDoc.length);
    this.version++;
  }

  /**
   * Adds many cached sources at once to an index that has no postings yet: their
   * postings are laid out as one compact array (CSR) instead of per-term arrays.
   */
  addCachedBulk(data: IndexData, entries: readonly CachedDoc[], termMap: Int32Array): void {
    if (this.sentDoc.length > 0) throw new Error('addCachedBulk needs an empty index');
    for (const entry of entries) {
      const id = this.register(new LazyDoc(entry.path, entry.raw, entry.normText, entry.meta), entry);
      for (let k = entry.first; k < entry.first + entry.count; k++) {
        this.pushSentence(id, data.sentStart[k], data.sentEnd[k]);
        for (let j = data.sentTermStart[k]; j < data.sentTermStart[k + 1]; j++) this.sentTerms.push(termMap[data.sentTerms[j]]);
        this.endSentence();
      }
      this.docEnd.push(this.sentDoc.length);
    }
    this.compact(false);
    this.version++;
  }

  /**
   * Lays all postings out as one compact array, dropping removed sources' entries.
   * @param counted whether df already counts the postings (true after add()).
   */
  compact(counted = true): void {
    const live = (sid: number) => this.docs[this.sentDoc.get(sid)] !== undefined;
    this.postings.compact(this.sentTerms.view(), this.sentTermStart.view(), live, counted);
  }

  /** Maps cached term ids to this index's ids (identity when the index is new). */
  adoptTerms(terms: readonly string[]): Int32Array {
    const map = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) map[i] = this.termId(terms[i]);
    return map;
  }

  private termId(stem: string): number {
    let t = this.termIds.get(stem);
    if (t === undefined) {
      t = this.terms.length;
      this.termIds.set(stem, t);
      this.terms.push(stem);
      this.postings.addTerm();
      this.lastSeen.push(-1);
    }
    return t;
  }

  private pushSentence(doc: number, start: number, end: number): void {
    this.sentDoc.push(doc);
    this.sentStart.push(start);
    this.sentEnd.push(end);
  }

  private pushTerm(t: number): void {
    this.postings.add(t, this.sentDoc.length - 1);
    this.sentTerms.push(t);
  }

  private endSentence(): void {
    this.sentTermStart.push(this.sentTerms.length);
    this.liveSentences++;
  }

  /** Removes a source by path; its sentences stop being returned. */
  remove(path: string): void {
    const id = this.byPath.get(path);
    if (id === undefined) return;
    this.byPath.delete(path);
    const doc = this.docs[id] as SourceDoc;
    if (this.byKey.get(doc.key) === id) this.byKey.delete(doc.key);
    if (doc.url && this.byUrl.get(urlKey(doc.url)) === id) this.byUrl.delete(urlKey(doc.url));
    this.docs[id] = undefined;
    this.stamps[id] = undefined;
    for (let sid = this.docFirst.get(id); sid < this.docEnd.get(id); sid++) {
      for (let k = this.sentTermStart.get(sid); k < this.sentTermStart.get(sid + 1); k++) this.postings.df[this.sentTerms.get(k)]--;
      this.liveSentences--;
    }
    this.version++;
  }

  /** Sentence range [first, end) of a live doc. */
  sentenceRange(docId: number): { first: number; end: number } {
    return { first: this.docFirst.get(docId), end: this.docEnd.get(docId) };
  }

  /** The raw arrays, for the persistent cache. */
  arrays(): { sentStart: Int32Array; sentEnd: Int32Array; sentTermStart: Int32Array; sentTerms: Int32Array } {
    return { sentStart: this.sentStart.view(), sentEnd: this.sentEnd.view(), sentTermStart: this.sentTermStart.view(), sentTerms: this.sentTerms.view() };
  }

  /** The doc id of a citation key, if loaded. */
  docByKey(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** The doc id of a source URL (compared without scheme, www and trailing slash). */
  docByUrl(url: string): number | undefined {
    return this.byUrl.get(urlKey(url));
  }

  /** The doc id of a path, if loaded. */
  docId(path: string): number | undefined {
    return this.byPath.get(path);
  }

  private idfMemo = new Float64Array(0);
  private idfVersion = -1;

  /** Inverse document frequency of a term id (over sentences), memoised per corpus version. */
  idf(term: number): number {
    const df = this.postings.df;
    if (this.idfVersion !== this.version || this.idfMemo.length < df.length) {
      this.idfMemo = new Float64Array(df.length).fill(-1);
      this.idfVersion = this.version;
    }
    let v = this.idfMemo[term];
    if (v < 0) v = this.idfMemo[term] = Math.log(1 + this.liveSentences / (1 + Math.max(0, df[term])));
    return v;
  }

  /** The idf of a term no source contains. */
  unknownIdf(): number {
    return Math.log(1 + this.liveSentences);
  }

  /** Term ids of stems that the corpus knows (unknown stems are dropped). */
  termsOf(stems: Iterable<string>): number[] {
    const out = new Set<number>();
    for (const s of stems) {
      const t = this.termIds.get(s);
      if (t !== undefined) out.add(t);
    }
    return [...out];
  }

  /**
   * Top-k sentences sharing the given terms, best first; with `accept`, only sentences of
   * the sources it accepts (the others give way to the next best, however many they are).
   * When no accepted sentence shares a rare term (a time filter ruled out the archive stories
   * that did), the query's common terms retrieve among the few accepted sources.
   */
  search(terms: readonly number[], k: number, accept?: (docId: number) => boolean): Hit[] {
    return this.retrieval.search(terms, k, this.sentDoc.length, accept && ((sid) => accept(this.sentDoc.get(sid))));
  }

  /**
   * The top-k sentences for each k of `ks` in turn, retrieved once, until `enough` accepts
   * the hits (or the last k is reached): the same hits as search(terms, k) for that k.
   */
  searchDeepening(terms: readonly number[], ks: readonly number[], enough: (hits: Hit[]) => boolean): Hit[] {
    return this.retrieval.searchDeepening(terms, ks, enough, this.sentDoc.length);
  }

  private readonly numerals = new NumeralIndex(this.docs);

  /** The `k` sources stating the most of some numeral keys (see numeralKeys), best first. */
  stating(keys: readonly string[], k: number, accept: (docId: number) => boolean = () => true): NumeralHit[] {
    return this.numerals.search(keys, k, accept, this.size);
  }

  /** Term ids of a sentence. */
  sentenceTerms(sid: number): Int32Array {
    return this.sentTerms.data.subarray(this.sentTermStart.get(sid), this.sentTermStart.get(sid + 1));
  }

  /**
   * All sentences' term ids in one array: those of sentence sid lie in
   * [termsStart(sid), termsStart(sid + 1)) (read without allocating a view).
   */
  termArray(): Int32Array {
    return this.sentTerms.data;
  }

  /** Where the term ids of a sentence start in termArray(). */
  termsStart(sid: number): number {
    return this.sentTermStart.get(sid);
  }

  /** The doc id of a sentence. */
  docOf(sid: number): number {
    return this.sentDoc.get(sid);
  }

  /** The term id of a stem, if the corpus knows it. */
  knownTerm(stem: string): number | undefined {
    return this.termIds.get(stem);
  }

  /** The source and normalised range of a sentence. */
  sentence(sid: number): { doc: SourceDoc; docId: number; start: number; end: number; text: string } {
    const docId = this.sentDoc.get(sid);
    const doc = this.docs[docId] as LazyDoc;
    const start = this.sentStart.get(sid);
    const end = this.sentEnd.get(sid);
    return { doc, docId, start, end, text: doc.normText.slice(start, end) };
  }

  /** Neighbouring sentence of the same source (offset -1 or +1), if any. */
  neighbour(sid: number, delta: number): number | undefined {
    const n = sid + delta;
    if (n < 0 || n >= this.sentDoc.length || this.sentDoc.get(n) !== this.sentDoc.get(sid)) return undefined;
    return n;
  }

  /** Data derived from the sources alone, memoised for the life of the index (see SourceMemos). */
  readonly derived = new SourceMemos();

  private readonly tokenMemo = new SentenceMemo((sid) => tokenize(this.sentence(sid).text));
  private readonly figureMemo = new SentenceMemo((sid) => extractFigures(this.sentence(sid).text));

  /** Word tokens of a source sentence (offsets relative to the sentence start), memoised. */
  tokens(sid: number): Token[] {
    return this.tokenMemo.get(sid);
  }

  /** Figures of a source sentence (offsets relative to the sentence start), memoised. */
  figures(sid: number): Figure[] {
    return this.figureMemo.get(sid);
  }

  private readonly yearMemo = new SentenceMemo((sid) => periodOfText(this.sentence(sid).text, this.docs[this.sentDoc.get(sid)]?.date));

  /** The years a source sentence reports on (see periodOfText), memoised; not to be changed. */
  period(sid: number): ReadonlySet<number> {
    return this.yearMemo.get(sid).period;
  }

  /** The years a source sentence names (see yearsOf), memoised; not to be changed. */
  yearsNamed(sid: number): ReadonlySet<number> {
    return this.yearMemo.get(sid).named;
  }

  private readonly contextMemo = new SentenceMemo((sid) => figureContexts(this.tokens(sid), this.figures(sid)));

  /** The context words around figure `gi` of a source sentence (see figures()), memoised. */
  figureContext(sid: number, gi: number): FigureContext {
    return this.contextMemo.get(sid)[gi];
  }
}
