/**
 * Speaker phrases in normalised prose: proper-noun phrases ("Shehbaz Sharif",
 * "Osama bin Laden", "J. K. Rowling", "Ministry of Finance"), with leading titles
 * ("Prime Minister", "Dr.") dropped; pronouns; and described speakers ("a source",
 * "the ministry", "a spokesperson for the ministry") kept as written.
 */
import { isSpeechVerb } from './verbs.ts';

/** A speaker phrase: prose offsets and the name. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
  pronoun?: boolean;
}

const CONNECTORS = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ul', 'ud', 'of', 'for', 'and']);
const STOP = new Set(('The A An But And Or So Yet In On At For From With By After Before When While As If Yesterday Today ' +
  'Tomorrow Later Then Meanwhile However Also Still Now This That These Those It We I You There Here Last Next Earlier ' +
  'Speaking Asked Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
  'August September October November December Instead Separately Similarly Finally Indeed Moreover').split(' '));
const TITLES = new Set(('President Prime Minister Vice Deputy Finance Foreign Interior Defence Defense Chief Executive ' +
  'Secretary Senator Sen. Representative Rep. Governor Gov. Mayor Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Prof. Professor Judge ' +
  'Justice Ambassador Chairman Chairwoman Chairperson Chair CEO CFO Director Commissioner Spokesman Spokeswoman ' +
  'Spokesperson Sir Dame Lord Lady King Queen Prince Princess Sheikh General Gen. Colonel Col. Lieutenant Lt. Sergeant ' +
  'Sgt. Captain Capt. Major Maj. Admiral Commander Federal State Former Opposition Leader Senior Economic Information ' +
  'Planning Commerce Trade Energy Health Education Affairs Army Chancellor Premier Pope Cardinal Bishop Rev. Imam ' +
  'Maulana Mufti Minister-designate Analyst Economist Officer Adviser Advisor Special Assistant').split(' '));
const ORGANISATION_LINKS = new Set(['of', 'for', 'and']);
const PRONOUNS = new Set(['he', 'she', 'they']);
const DETERMINERS = new Set(['a', 'an', 'the']);
const DESCRIPTION_STOP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'via', 'to', 'that', 'who', 'which', 'with']);

const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{N}'.-]*|(?:al|el|ad|ash|as|an)-\p{Lu}[\p{L}'.-]*)$/u;
const PLAIN_WORD = /^[\p{L}-]+$/u;

interface Token {
  start: number;
  end: number;
  word: string;
}

/** Tokens of text[from, to) (white-space separated). */
function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start: m.index, end: Math.min(m.index + m[0].length, to), word: m[0].slice(0, to - m.index) });
  }
  return out;
}

function isNameWord(w: string): boolean {
  return CAPITALISED.test(w) && !/'s$/.test(w);
}

/** Drops leading titles and connectors, keeping at least one word; organisations stay whole. */
function stripTitles(words: Token[]): Token[] {
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i].word) || CONNECTORS.has(words[i].word))) i++;
  let j = words.length;
  while (j > i + 1 && CONNECTORS.has(words[j - 1].word)) j--;
  const kept = words.slice(i, j);
  return kept.some((w) => ORGANISATION_LINKS.has(w.word)) ? words.slice(0, j) : kept;
}

function span(text: string, words: Token[], extra: Partial<NameSpan> = {}): NameSpan {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { start, end, name: text.slice(start, end), ...extra };
}

/** True when a name run may continue through `w` (a name word or an inner connector). */
function continues(w: string): boolean {
  return isNameWord(w) || CONNECTORS.has(w);
}

/** The speaker phrase ending exactly at `end` (text[end-1] is its last char). */
export function nameEndingAt(text: string, end: number, from = 0): NameSpan | undefined {
  const toks = tokens(text, Math.max(from, end - 160), end);
  const last = toks[toks.length - 1];
  if (!last || last.end !== end) return undefined;
  if (PRONOUNS.has(last.word.toLowerCase())) return { ...span(text, [last]), pronoun: true };
  let i = toks.length;
  while (i > 0 && continues(toks[i - 1].word) && !STOP.has(toks[i - 1].word) && !/[,;:]$/.test(toks[i - 1].word)) i--;
  const words = toks.slice(i);
  if (words.length > 0 && isNameWord(words[0].word) && words.some((w) => !TITLES.has(w.word))) return span(text, stripTitles(words));
  return describedEndingAt(text, toks);
}

/** "the ministry", "a spokesperson for the ministry" ending at the last token. */
function describedEndingAt(text: string, toks: Token[]): NameSpan | undefined {
  let found = -1;
  for (let k = toks.length - 1; k >= Math.max(0, toks.length - 6); k--) {
    const w = toks[k].word;
    if (!PLAIN_WORD.test(w) || DESCRIPTION_STOP.has(w) || isSpeechVerb(w)) break;
    if (DETERMINERS.has(w.toLowerCase()) && k < toks.length - 1) found = k;
  }
  return found >= 0 ? span(text, toks.slice(found)) : undefined;
}

/** The speaker phrase starting at `start` (after a speech verb), up to punctuation. */
export function nameStartingAt(text: string, start: number, to = text.length): NameSpan | undefined {
  const toks = tokens(text, start, Math.min(to, start + 160));
  const first = toks[0];
  if (!first || first.start !== start) return undefined;
  const bare = first.word.replace(/[,.;:!?"')]+$/, '');
  if (PRONOUNS.has(bare.toLowerCase())) return { start, end: start + bare.length, name: bare, pronoun: true };
  // "FEMA's Erik Hooks": an organisation's possessive before the name.
  if (/^\p{Lu}[\p{L}.-]*'s$/u.test(first.word) && toks[1]) return nameStartingAt(text, toks[1].start, to);
  const words = forwardRun(toks);
  if (words.length > 0 && words.some((w) => !TITLES.has(w.word))) return span(text, stripTitles(words));
  return describedStartingAt(text, toks);
}

/** Name words from the first token on, ending at punctuation or a lower-case word. */
function forwardRun(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    const m = /^(.*?)([,;:!?"')]*|\.[,;:!?"')]*)$/u.exec(t.word);
    const core = m ? m[1] : t.word;
    const punct = m ? m[2] : '';
    if (core === '' || !continues(core) || (out.length === 0 && !isNameWord(core))) break;
    if (punct === '.' && (TITLES.has(core + '.') || /^\p{Lu}$/u.test(core))) {
      out.push(t);
      continue;
    }
    out.push({ start: t.start, end: t.start + core.length, word: core });
    if (punct !== '') break;
  }
  return out;
}

/** "a source", "the ministry", "a spokesperson for the ministry" at the first token. */
function describedStartingAt(text: string, toks: Token[]): NameSpan | undefined {
  if (toks.length < 2 || !DETERMINERS.has(toks[0].word.toLowerCase())) return undefined;
  const proper = forwardRun(toks.slice(1));
  if (proper.length > 0 && proper.some((w) => !TITLES.has(w.word))) return span(text, stripTitles(proper));
  const words: Token[] = [toks[0]];
  for (const t of toks.slice(1, 7)) {
    const core = t.word.replace(/[,.;:!?"')]+$/, '');
    if (!PLAIN_WORD.test(core) || DESCRIPTION_STOP.has(core) || isSpeechVerb(core)) break;
    words.push({ start: t.start, end: t.start + core.length, word: core });
    if (core !== t.word) break;
  }
  return words.length > 1 ? span(text, words) : undefined;
}
