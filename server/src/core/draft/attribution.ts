/**
 * Who is quoted: speech-verb attributions around a quotation in normalised prose.
 * Patterns: “…,” said X / “…,” X said / “…” according to X / X said: “…” /
 * X said that “…” / X told Reuters “…” / according to X, “…”. Pronouns resolve to the
 * last named speaker of the paragraph; a quotation interrupted by its attribution
 * (“…,” she said. “…”) keeps the speaker for its second part.
 */
import { nameEndingAt, nameStartingAt, type NameSpan } from './names.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Span } from '../text/sentences.ts';
import { SPEECH_VERBS } from './verbs.ts';

const VERBS = SPEECH_VERBS.join('|');
const ADVERBS = 'also|later|then|has|had|have|once|previously|recently|earlier|again|further|reportedly|[a-z]+ly';
const ADVERB = String.raw`(?:(?:${ADVERBS})\s+)?`;
const ADVERB_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${ADVERBS})$`, 'u');
/** A speech verb (group 1) anywhere. */
const VERB = new RegExp(String.raw`\b(${VERBS})\b`, 'gu');
const VERB_FIRST = new RegExp(String.raw`^${ADVERB}(?:${VERBS})\s+`, 'u');
const VERB_AFTER_NAME = new RegExp(String.raw`^\s+${ADVERB}(?:${VERBS})\b`, 'u');
const ACCORDING = /\b[Aa]ccording to\s+/gu;
/** A speech verb within a short clause (group 1: the text before it). */
const NEAR_VERB = new RegExp(String.raw`^([^".;]{1,60}?\s)(?:${VERBS})\b`, 'u');
/** What may stand between an attribution verb and the quotation it introduces. */
const GAP_BEFORE = /^[^"]{0,80}$/u;

/** A speaker phrase found for a quotation, with how far it is from the marks. */
export interface Attribution {
  who: NameSpan;
  distance: number;
  /** Prose offset where the attribution clause ends (after patterns). */
  clauseEnd: number;
  after: boolean;
}

/** The name before a verb at `at`: "X said", "X also said", "X, an expert, said". */
function nameBeforeVerb(text: string, at: number, from: number): NameSpan | undefined {
  let end = at;
  while (end > from && text[end - 1] === ' ') end--;
  const adverb = ADVERB_BEFORE.exec(text.slice(from, end));
  if (adverb) end = from + adverb.index;
  while (end > from && text[end - 1] === ' ') end--;
  if (text[end - 1] === ',') {
    const open = text.lastIndexOf(',', end - 2);
    if (open > from && end - open < 90) {
      const who = nameEndingAt(text, open, from) ?? nameEndingAt(text, end - 1, open + 1);
      if (who && !who.pronoun) return who;
    }
  }
  return nameEndingAt(text, end, from);
}

/** “…” preceded by "X said:", "X told Reuters that", "according to X,". */
export function attributionBefore(text: string, from: number, open: number): Attribution | undefined {
  const head = text.slice(from, open);
  let best: Attribution | undefined;
  for (const m of head.matchAll(VERB)) {
    const verbEnd = from + m.index + m[0].length;
    if (!GAP_BEFORE.test(text.slice(verbEnd, open))) continue;
    const who = nameBeforeVerb(text, from + m.index, from);
    if (who) best = { who, distance: open - verbEnd, clauseEnd: open, after: false };
  }
  for (const m of head.matchAll(ACCORDING)) {
    const at = from + m.index + m[0].length;
    const who = nameStartingAt(text, at, open);
    if (who && GAP_BEFORE.test(text.slice(who.end, open)) && (!best || open - who.end < best.distance)) {
      best = { who, distance: open - who.end, clauseEnd: open, after: false };
    }
  }
  return best;
}

/** “…” followed by ", said X", "X said", "according to X". */
export function attributionAfter(text: string, closeEnd: number, to: number): Attribution | undefined {
  const lead = /^\s*[,;\-]?\s*/.exec(text.slice(closeEnd, to)) as RegExpExecArray;
  const at = closeEnd + lead[0].length;
  const rest = text.slice(at, to);
  const endsSentence = text[closeEnd - 2] === '.' && /^\p{Lu}/u.test(rest);
  if (endsSentence) return undefined;
  const verb = VERB_FIRST.exec(rest);
  if (verb) {
    const who = nameStartingAt(text, at + verb[0].length, to);
    return who ? { who, distance: at - closeEnd, clauseEnd: who.end, after: true } : undefined;
  }
  const acc = /^according to\s+/u.exec(rest);
  if (acc) {
    const who = nameStartingAt(text, at + acc[0].length, to);
    return who ? { who, distance: at - closeEnd, clauseEnd: who.end, after: true } : undefined;
  }
  const who = nameStartingAt(text, at, to) ?? unnamedSpeaker(text, at, to);
  const v = who ? VERB_AFTER_NAME.exec(text.slice(who.end, to)) : null;
  if (who && v) return { who, distance: at - closeEnd, clauseEnd: who.end + v[0].length, after: true };
  return describedBeforeVerb(text, at, closeEnd, to);
}

/** "…," SpaceX founder Elon Musk said: the name just before a nearby speech verb. */
function describedBeforeVerb(text: string, at: number, closeEnd: number, to: number): Attribution | undefined {
  const m = NEAR_VERB.exec(text.slice(at, to));
  if (!m) return undefined;
  let end = at + m.index + m[1].length;
  while (end > at && text[end - 1] === ' ') end--;
  const who = nameEndingAt(text, end, at);
  return who && !who.pronoun ? { who, distance: at - closeEnd, clauseEnd: end, after: true } : undefined;
}

const UNNAMED = new RegExp(String.raw`^(?:an?|the|one|two|three|several)\s+(?:[a-z-]+\s+){0,2}(?:sources?|officials?|spokes(?:person|man|woman)|analysts?|diplomats?|experts?|persons?|people|residents?|witness(?:es)?|ministry|government)\b(?:\s+(?:privy|familiar|close|with|in|at|of|to|from|the|a|an|[a-z]+ing)\b(?:\s+[a-z-]+){0,4}?)?(?=\s+${ADVERB}(?:${VERBS})\b)`, 'u');

/** An unnamed speaker phrase ("a source privy to the negotiations") starting at `at`. */
function unnamedSpeaker(text: string, at: number, to: number): NameSpan | undefined {
  const m = UNNAMED.exec(text.slice(at, to));
  return m ? { name: m[0], start: at, end: at + m[0].length, pronoun: false } as NameSpan : undefined;
}

/** The last named speaker of a speech-verb clause before `at` ("..., warned Ayesha Siddiqa"). */
function lastNamedBefore(text: string, at: number): ProseSpeaker | undefined {
  let found: ProseSpeaker | undefined;
  for (const m of text.slice(0, at).matchAll(VERB)) {
    const after = nameStartingAt(text, m.index + m[0].length + 1, at);
    const before = nameBeforeVerb(text, m.index, 0);
    const who = after && !after.pronoun ? after : before && !before.pronoun ? before : undefined;
    if (who) found = { name: who.name, start: who.start, end: who.end };
  }
  return found;
}

/**
 * The nearer of the before/after attributions of a quotation within its clause. An
 * "after" clause that leads straight into the next quotation ("…", while X described
 * it as "…") introduces that one, so a "before" attribution wins then.
 */
export function attributionOf(text: string, q: QuoteSpan, from: number, to: number, nextOpen?: number): Attribution | undefined {
  const before = attributionBefore(text, from, q.open);
  const after = attributionAfter(text, q.close + 1, to);
  if (before && after && nextOpen !== undefined && nextOpen - after.clauseEnd <= 80 && !/[.!?]/.test(text.slice(after.clauseEnd, nextOpen))) return before;
  if (before && after) return after.distance <= before.distance ? after : before;
  return before ?? after;
}

/** A resolved speaker in prose offsets. */
export interface ProseSpeaker {
  name: string;
  start: number;
  end: number;
}

/**
 * Speakers of the top-level quotations of one paragraph (same order as `quotes`).
 * `sentences` bound each attribution to the quotation's sentence.
 */
export function speakersOf(text: string, quotes: readonly QuoteSpan[], sentences: readonly Span[]): (ProseSpeaker | undefined)[] {
  const out: (ProseSpeaker | undefined)[] = [];
  let lastNamed: ProseSpeaker | undefined;
  let prev: { attribution?: Attribution; speaker?: ProseSpeaker } = {};
  quotes.forEach((q, k) => {
    const s = sentences.find((x) => x.start <= q.open && q.open < x.end) ?? { start: 0, end: text.length };
    const from = Math.max(s.start, k > 0 ? quotes[k - 1].close + 1 : 0);
    const to = Math.min(text.length, k + 1 < quotes.length ? quotes[k + 1].open : text.length, sentenceEnd(sentences, q.close));
    const a = attributionOf(text, q, from, to, k + 1 < quotes.length ? quotes[k + 1].open : undefined);
    let speaker: ProseSpeaker | undefined;
    if (a && !a.who.pronoun) speaker = { name: a.who.name, start: a.who.start, end: a.who.end };
    else if (a?.who.pronoun) speaker = lastNamed ?? lastNamedBefore(text, q.open);
    else if (prev.attribution?.after && prev.speaker && q.open - prev.attribution.clauseEnd <= 150) speaker = prev.speaker;
    if (a && !a.who.pronoun) lastNamed = speaker;
    out.push(speaker);
    prev = { attribution: a, speaker };
  });
  return out;
}

function sentenceEnd(sentences: readonly Span[], at: number): number {
  const s = sentences.find((x) => x.start <= at && at < x.end);
  return s ? s.end : Number.MAX_SAFE_INTEGER;
}
