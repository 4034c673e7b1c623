/**
 * Who a source gives a quotation to: the named speaker around the quoted passage.
 */
import type { SourceDoc } from '../corpus/index.ts';
import { parseDraft } from '../draft/index.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';
import { toInputRange } from '../text/normalize.ts';

const NOT_NAMES = new Set(['The', 'He', 'She', 'They', 'It', 'We', 'I', 'But', 'And', 'This', 'That', 'In', 'On', 'A', 'An']);

/** The surname-like last word of a name, lower-case. */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
}

/** True for a speaker phrase that names a person or body (not a pronoun or "a source"). */
export function isNamedSpeaker(name: string): boolean {
  return /^\p{Lu}/u.test(name.trim()) && !NOT_NAMES.has(name.trim().split(/\s+/)[0]);
}

/**
 * The speaker the source gives the passage norm[srcStart, srcEnd) of sentence `sid`
 * to: the source paragraph is read with the draft's own quotation and attribution
 * analysis, and the quotation covering the passage names the speaker. Memoised by the index.
 */
export function sourceSpeaker(index: CorpusIndex, sid: number, srcStart: number, srcEnd: number): string | undefined {
  return index.derived.get('speaker', `${sid}:${srcStart}:${srcEnd}`, () => readSpeaker(index, sid, srcStart, srcEnd));
}

function readSpeaker(index: CorpusIndex, sid: number, srcStart: number, srcEnd: number): string | undefined {
  const doc = index.sentence(sid).doc;
  const r = toInputRange(doc.norm, srcStart, srcEnd);
  const p = doc.paragraphs.findIndex((x) => x.end >= r.start);
  if (p < 0) return undefined;
  // The previous paragraph is prepended to the same paragraph so that "she said" can resolve to a name given there.
  const prev = p > 0 ? doc.paragraphs[p - 1] : undefined;
  const head = prev ? doc.plain.slice(prev.start, prev.end).replace(/\s+/g, ' ') + ' ' : '';
  const draft = parseDraft(head + doc.plain.slice(doc.paragraphs[p].start, doc.paragraphs[p].end));
  const at = head.length + (r.start - doc.paragraphs[p].start);
  const q = draft.quotations.find((x) => x.start <= at && x.end >= at);
  return q?.speaker?.name ?? statementSpeaker(doc, p);
}

const STATEMENT_INTRO = /^(.*?)\s+(?:(?:issued|released|made|gave|delivered|provided)\s+(?:the following|this|a|an)\s+(?:\w+\s+)?statement\b[^:]*|(?:said|says|stated|wrote|added)(?: that)?)\s*:$/i;

/**
 * The author of a statement quoted over several paragraphs ("X issued the following
 * statement:" then quoted paragraphs): the speaker of the nearest such introduction.
 */
function statementSpeaker(doc: SourceDoc, p: number): string | undefined {
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
    const t = doc.plain.slice(doc.paragraphs[k].start, doc.paragraphs[k].end).replace(/\s+/g, ' ').trim();
    const m = STATEMENT_INTRO.exec(t);
    // "Mary Jo White, in a speech given on Friday, stated that:" — the name before any aside.
    if (m) return parseDraft(`${m[1].split(',')[0]} said: "x y z"`).quotations[0]?.speaker?.name;
    if (!/^["\u201C]/.test(t)) return undefined;
  }
  return undefined;
}

/**
 * Checks a draft speaker against the source's: returns the source's speaker when
 * the source names someone else for the matched passage.
 */
export function misattribution(index: CorpusIndex, sid: number, srcStart: number, srcEnd: number, draftSpeaker: string): string | undefined {
  const other = sourceSpeaker(index, sid, srcStart, srcEnd);
  if (!other) return undefined;
  const a = surname(other);
  const b = surname(draftSpeaker);
  if (a === b || other.toLowerCase().includes(b) || draftSpeaker.toLowerCase().includes(a)) return undefined;
  return other;
}
