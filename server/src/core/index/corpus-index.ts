/**
 * Sentence-level inverted index over all sources: stems of content words → sentences.
 * Figures are masked out of the indexed terms, so a changed figure never stops a
 * draft sentence from finding its source sentence.
 */
import type { SourceDoc } from '../corpus/index.ts';
import { extractFigures, type Figure } from '../figures/index.ts';
import { urlKey } from '../text/url.ts';
import { splitSentences } from '../text/sentences.ts';
import { contentStems, normRangeOfParagraph } from './terms.ts';

/** A retrieved source sentence with its retrieval score (sum of shared idf). */
export interface Hit {
  sid: number;
  score: number;
}

/** Sentence-level inverted index; sentences are identified by a number (sid). */
export class CorpusIndex {
  readonly docs: (SourceDoc | undefined)[] = [];
  private readonly byPath = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  private readonly sentDoc: number[] = [];
  private readonly sentStart: number[] = [];
  private readonly sentEnd: number[] = [];
  private readonly sentTermStart: number[] = [0];
  private readonly sentTerms: number[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly df: number[] = [];
  private readonly figureCache = new Map<number, Figure[]>();
  private liveSentences = 0;
  private scores = new Float64Array(0);
  /** Bumped on every change; cached check results are keyed by it. */
  version = 0;

  /** Number of live sources. */
  get size(): number {
    return this.byPath.size;
  }

  /** Adds (or replaces) a source. */
  add(doc: SourceDoc): void {
    this.remove(doc.path);
    const id = this.docs.length;
    this.docs.push(doc);
    this.byPath.set(doc.path, id);
    this.byKey.set(doc.key, id);
    if (doc.url) this.byUrl.set(urlKey(doc.url), id);
    const text = doc.norm.text;
    for (const p of doc.paragraphs) {
      const r = normRangeOfParagraph(doc, p);
      for (const s of splitSentences(text, r.start, r.end)) this.addSentence(id, text, s.start, s.end);
    }
    this.version++;
  }

  private addSentence(doc: number, text: string, start: number, end: number): void {
    const sid = this.sentDoc.length;
    this.sentDoc.push(doc);
    this.sentStart.push(start);
    this.sentEnd.push(end);
    const seen = new Set<number>();
    for (const stem of contentStems(text, start, end)) {
      let t = this.termIds.get(stem);
      if (t === undefined) {
        t = this.postings.length;
        this.termIds.set(stem, t);
        this.postings.push([]);
        this.df.push(0);
      }
      if (seen.has(t)) continue;
      seen.add(t);
      this.postings[t].push(sid);
      this.df[t]++;
      this.sentTerms.push(t);
    }
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
    for (let sid = 0; sid < this.sentDoc.length; sid++) {
      if (this.sentDoc[sid] !== id) continue;
      for (let k = this.sentTermStart[sid]; k < this.sentTermStart[sid + 1]; k++) this.df[this.sentTerms[k]]--;
      this.liveSentences--;
    }
    this.version++;
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

  /** Inverse document frequency of a term id (over sentences). */
  idf(term: number): number {
    return Math.log(1 + this.liveSentences / (1 + Math.max(0, this.df[term])));
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

  /** Top-k sentences sharing the given terms, best first. */
  search(terms: readonly number[], k: number): Hit[] {
    if (this.scores.length < this.sentDoc.length) this.scores = new Float64Array(this.sentDoc.length * 2);
    const scores = this.scores;
    const touched: number[] = [];
    const maxDf = Math.max(300, this.liveSentences * 0.05);
    for (const t of terms) {
      if (this.df[t] > maxDf) continue;
      const w = this.idf(t);
      for (const sid of this.postings[t]) {
        if (scores[sid] === 0) touched.push(sid);
        scores[sid] += w;
      }
    }
    const hits: Hit[] = [];
    for (const sid of touched) {
      if (this.docs[this.sentDoc[sid]] !== undefined) hits.push({ sid, score: scores[sid] });
      scores[sid] = 0;
    }
    hits.sort((a, b) => b.score - a.score || a.sid - b.sid);
    return hits.slice(0, k);
  }

  /** Term ids of a sentence. */
  sentenceTerms(sid: number): number[] {
    return this.sentTerms.slice(this.sentTermStart[sid], this.sentTermStart[sid + 1]);
  }

  /** The source and normalised range of a sentence. */
  sentence(sid: number): { doc: SourceDoc; docId: number; start: number; end: number; text: string } {
    const docId = this.sentDoc[sid];
    const doc = this.docs[docId] as SourceDoc;
    const start = this.sentStart[sid];
    const end = this.sentEnd[sid];
    return { doc, docId, start, end, text: doc.norm.text.slice(start, end) };
  }

  /** Neighbouring sentence of the same source (offset -1 or +1), if any. */
  neighbour(sid: number, delta: number): number | undefined {
    const n = sid + delta;
    if (n < 0 || n >= this.sentDoc.length || this.sentDoc[n] !== this.sentDoc[sid]) return undefined;
    return n;
  }

  /** Figures of a source sentence (offsets relative to the sentence start), cached. */
  figures(sid: number): Figure[] {
    let f = this.figureCache.get(sid);
    if (!f) {
      f = extractFigures(this.sentence(sid).text);
      this.figureCache.set(sid, f);
    }
    return f;
  }
}
