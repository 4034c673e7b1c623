/**
 * Finds a draft quotation in the corpus: verbatim (up to case, punctuation,
 * omission marks and bracketed insertions), altered (same passage, other words),
 * or not found.
 */
import type { CorpusIndex } from '../index/corpus-index.ts';
import { contentStems, isTermWord } from '../index/terms.ts';
import { wordTokens } from '../text/tokens.ts';
import { toInputRange } from '../text/normalize.ts';
import { alignWords, renderDiff, type QuoteToken, type WordAlignment } from './diff.ts';

/** A replacement inside the (normalised) quotation text. */
export interface QuoteEdit {
  start: number;
  end: number;
  newText: string;
}

/** Where and how a quotation was found. */
export interface QuoteVerdict {
  status: 'verbatim' | 'altered' | 'not-found' | 'undecided';
  words: number;
  sid?: number;
  docId?: number;
  /** Normalised offsets of the matched passage in the source. */
  srcStart?: number;
  srcEnd?: number;
  similarity?: number;
  diff?: string;
  /** Edits (in quotation-text offsets) that restore the source wording. */
  edits?: QuoteEdit[];
  /** The source's wording of the matched passage (plain text). */
  sourceText?: string;
}

/** Splits a normalised quotation into words and gaps ("...", "[...]", "[insertion]"). */
export function quoteTokens(text: string): QuoteToken[] {
  const out: QuoteToken[] = [];
  const gapRe = /\.\s?\.\s?\.|\[[^\]]*\]/g;
  let last = 0;
  const pushWords = (from: number, to: number) => {
    for (const t of wordTokens(text, from, to)) out.push({ word: t.word, start: t.start, end: t.end });
  };
  for (let m = gapRe.exec(text); m; m = gapRe.exec(text)) {
    pushWords(last, m.index);
    if (!(out.length > 0 && out[out.length - 1].gap)) out.push({ gap: true, start: m.index, end: m.index + m[0].length });
    last = m.index + m[0].length;
  }
  pushWords(last, text.length);
  return out;
}

interface Window {
  sid: number;
  docId: number;
  words: { word: string; start: number; end: number }[];
  /** The words alone (what a quotation is aligned with). */
  text: string[];
}

/** How many source windows the index keeps (each holds a few dozen words). */
const WINDOW_MEMO = 5000;

/** The source words a quotation of `quoteWords` words is looked for in around sentence `sid`, memoised by the index (not to be changed). */
function windowOf(index: CorpusIndex, sid: number, quoteWords: number): Window {
  return index.derived.get('quote-window', `${sid}:${quoteWords}`, () => readWindow(index, sid, quoteWords), WINDOW_MEMO);
}

function readWindow(index: CorpusIndex, sid: number, quoteWords: number): Window {
  let first = sid;
  const prev = index.neighbour(sid, -1);
  if (prev !== undefined) first = prev;
  let last = sid;
  let count = 0;
  while (count < quoteWords + 40) {
    const s = index.sentence(last);
    count += (s.end - s.start) / 5;
    const next = index.neighbour(last, 1);
    if (next === undefined) break;
    last = next;
  }
  const a = index.sentence(first);
  const b = index.sentence(last);
  const words = wordTokens(a.doc.norm.text, a.start, b.end);
  return { sid, docId: a.docId, words, text: words.map((x) => x.word) };
}

/**
 * Searches the corpus for a quotation given as normalised text. `context` (the words
 * of the draft sentence around it) helps find the passage when the quotation itself
 * has few distinctive words, e.g. "should not be overlooked".
 */
export function searchQuote(index: CorpusIndex, text: string, context = '', candidates = 5): QuoteVerdict {
  const q = quoteTokens(text);
  const words = q.filter((t) => !t.gap).length;
  if (words === 0) return { status: 'undecided', words };
  const stems = index.expand(contentStems(text.replace(/\[[^\]]*\]/g, ' ')));
  if (stems.length === 0) return { status: words <= 2 ? 'not-found' : 'undecided', words };
  const terms = index.termsOf(new Set(stems));
  let hits = index.search(terms, candidates);
  if (terms.length < 3 && context) {
    // A short quotation is looked for first where its sentence's other words are too (the passage
    // the sentence reports), then wherever its own words are: a large corpus holds many "unacceptable".
    const more = index.termsOf(new Set(index.expand(contentStems(context))));
    const inPassage = index.search([...new Set([...terms, ...more])], candidates);
    hits = [...inPassage, ...hits.filter((h) => !inPassage.some((x) => x.sid === h.sid))];
  }
  let best: { w: Window; a: WordAlignment } | undefined;
  for (const hit of hits) {
    const w = windowOf(index, hit.sid, words);
    const a = alignWords(q, w.text);
    if (!best || a.matches - a.edits > best.a.matches - best.a.edits) best = { w, a };
    if (a.edits === 0 && a.matches === words) break;
  }
  if (!best || best.a.firstW < 0) return { status: 'not-found', words };
  return verdictOf(index, text, q, words, best.w, best.a, context);
}

function verdictOf(index: CorpusIndex, text: string, q: QuoteToken[], words: number, w: Window, a: WordAlignment, context: string): QuoteVerdict {
  const doc = index.docs[w.docId];
  const srcStart = w.words[a.firstW].start;
  const srcEnd = w.words[a.lastW].end;
  const similarity = a.matches / Math.max(words, a.matches + a.edits);
  const base = { words, sid: w.sid, docId: w.docId, srcStart, srcEnd, similarity };
  const plainOf = (s: number, e: number) => {
    if (!doc) return '';
    const r = toInputRange(doc.norm, s, e);
    return doc.plain.slice(r.start, r.end).replace(/\s+/g, ' ');
  };
  const sourceText = plainOf(srcStart, srcEnd);
  if (a.edits === 0 && a.matches === words) return { ...base, status: 'verbatim', sourceText };
  const enough = words <= 3 ? a.matches === words : a.matches >= 3 && similarity >= 0.5 && (sharesContent(q, a) || inContext(index, w, context));
  if (!enough) return { status: 'not-found', words };
  const qWords = q.map((t) => (t.gap ? '' : t.word));
  const diff = renderDiff(a, qWords, w.text);
  return { ...base, status: 'altered', diff, edits: segmentEdits(text, q, a, w, plainOf), sourceText };
}

/**
 * Whether the matched source passage has at least half of the quotation's content words: a
 * passage that only shares its function words ("the … for themselves") is another sentence,
 * however large the corpus that offers one.
 */
function sharesContent(q: readonly QuoteToken[], a: WordAlignment): boolean {
  const content = (i: number | undefined) => {
    const t = i === undefined ? undefined : q[i];
    return t !== undefined && !t.gap && isTermWord(t.word);
  };
  const all = q.filter((_, i) => content(i)).length;
  const matched = a.ops.filter((o) => o.op === 'eq' && content(o.q)).length;
  return 2 * matched >= all;
}

/**
 * Whether the source window holds at least half of the content words of the draft sentence
 * around the quotation: then it is the passage the sentence reports, even when the quotation
 * alters its every content word ("should not be overlooked" for "should not be lost").
 */
function inContext(index: CorpusIndex, w: Window, context: string): boolean {
  const around = new Set(index.expand(contentStems(context)));
  if (around.size === 0 || w.words.length === 0) return false;
  const doc = index.docs[w.docId];
  if (!doc) return false;
  const passage = new Set(contentStems(doc.normText, w.words[0].start, w.words[w.words.length - 1].end));
  let shared = 0;
  for (const s of around) if (passage.has(s)) shared++;
  return 2 * shared >= around.size;
}

/** One edit per changed stretch between omission marks: the source's words for it. */
function segmentEdits(
  text: string,
  q: QuoteToken[],
  a: WordAlignment,
  w: Window,
  plainOf: (s: number, e: number) => string,
): QuoteEdit[] {
  const edits: QuoteEdit[] = [];
  let seg: { qs: number; qe: number; ws: number; we: number; changed: boolean } | undefined;
  const close = () => {
    if (seg && seg.changed && seg.ws >= 0) {
      let newText = plainOf(w.words[seg.ws].start, w.words[seg.we].end);
      const draftFirst = text[seg.qs] ?? '';
      if (draftFirst && newText && draftFirst.toUpperCase() === draftFirst && draftFirst.toLowerCase() !== draftFirst) {
        newText = newText[0].toUpperCase() + newText.slice(1);
      }
      edits.push({ start: seg.qs, end: seg.qe, newText });
    }
    seg = undefined;
  };
  for (const o of a.ops) {
    if (o.op === 'gap') {
      close();
      continue;
    }
    if (!seg) seg = { qs: Infinity, qe: -1, ws: -1, we: -1, changed: false };
    if (o.q !== undefined) {
      const t = q[o.q];
      seg.qs = Math.min(seg.qs, t.start);
      seg.qe = Math.max(seg.qe, t.end);
    }
    if (o.w !== undefined) {
      if (seg.ws < 0) seg.ws = o.w;
      seg.we = o.w;
    }
    if (o.op !== 'eq') seg.changed = true;
  }
  close();
  return edits.filter((e) => Number.isFinite(e.start) && e.end >= e.start);
}
