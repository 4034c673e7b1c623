/**
 * The baseline a user could assemble from a popular library: MiniSearch over every
 * source sentence; per draft sentence, search, take the top hit and compare the numbers
 * of the two sentences with a regular expression.
 */
import MiniSearch from 'minisearch';
import { splitSentencesLoose } from './sentences.ts';

/** A source sentence as indexed by the baseline. */
interface Row {
  id: number;
  text: string;
}

/** The baseline's index: MiniSearch plus the sentence texts. */
export interface Baseline {
  search: MiniSearch<Row>;
  sentences: string[];
}

/** A number in the draft that differs from every number in its best-matching source sentence. */
export interface BaselineFinding {
  draftSentence: string;
  sourceSentence: string;
  number: string;
}

const NUMBERS = /\d+(?:[.,]\d+)*/g;

/** English function words, dropped as the MiniSearch documentation suggests (without them a query of a long sentence scans most of the index). */
const STOP_WORDS = new Set('a an and are as at be been but by for from had has have he her his in is it its of on or she that the their they this to was were which will with would'.split(' '));

/** MiniSearch term processing: lower case, stop words dropped. */
function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
}

/** Builds the baseline index over every sentence of every source text. */
export function buildBaseline(texts: Iterable<string>): Baseline {
  const sentences: string[] = [];
  for (const t of texts) for (const s of splitSentencesLoose(t)) sentences.push(s);
  const search = new MiniSearch<Row>({ fields: ['text'], storeFields: [], processTerm });
  search.addAll(sentences.map((text, id) => ({ id, text })));
  return { search, sentences };
}

/** Prose sentences of a Markdown draft: heading/list markers and citations removed. */
export function draftSentences(markdown: string): string[] {
  const prose = markdown
    .replace(/^#{1,6} .*$/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s?\[@[^\]]*\]/g, '');
  return splitSentencesLoose(prose);
}

/** Checks a draft: per sentence, the top MiniSearch hit and a comparison of the numbers. */
export function baselineCheck(b: Baseline, markdown: string): BaselineFinding[] {
  const findings: BaselineFinding[] = [];
  for (const sentence of draftSentences(markdown)) {
    const numbers = sentence.match(NUMBERS);
    const top = b.search.search(sentence, { combineWith: 'OR' })[0];
    if (!top || !numbers) continue;
    const source = b.sentences[top.id as number];
    const have = new Set(source.match(NUMBERS) ?? []);
    for (const n of numbers) if (!have.has(n)) findings.push({ draftSentence: sentence, sourceSentence: source, number: n });
  }
  return findings;
}
