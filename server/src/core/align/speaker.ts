/**
 * Who a source gives a quotation to: the named speaker around the quoted passage.
 */
import type { CorpusIndex } from '../index/corpus-index.ts';

const NAME = String.raw`((?:[A-Z][\p{L}'.-]*)(?:\s+(?:(?:bin|al|de|van|von|da|del|la|le)\s+)?[A-Z][\p{L}'.-]*){0,5})`;
/** Verbs after which the speaker's name may follow ("said X"); "told X" names the listener. */
const VERBS_BEFORE = 'said|says|added|warned|noted|wrote|argued|stated|explained|claimed|insisted|replied|announced|declared|stressed|urged';
const VERBS_AFTER = `${VERBS_BEFORE}|told|asked`;
const PATTERNS = [
  new RegExp(String.raw`\b(?:${VERBS_BEFORE})\s+${NAME}`, 'gu'),
  new RegExp(String.raw`${NAME},?\s+(?:an?\s+[^,.;]{0,60},\s+)?(?:${VERBS_AFTER})\b`, 'gu'),
  new RegExp(String.raw`\baccording to\s+${NAME}`, 'gu'),
];
const NOT_NAMES = new Set(['The', 'He', 'She', 'They', 'It', 'We', 'I', 'But', 'And', 'This', 'That', 'In', 'On', 'A', 'An']);

const TITLES = new Set(
  ('president prime minister deputy administrator director secretary chief ambassador senator governor ' +
    'dr mr mrs ms prof professor general gen spokesperson spokesman spokeswoman minister chairman chairwoman ' +
    'ceo founder head commissioner mayor judge justice lt col colonel captain sergeant foreign interior finance')
    .split(' '),
);

/** Drops leading titles and acronyms ("FEMA Deputy Administrator Erik A. Hooks" → "Erik A. Hooks"). */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i].toLowerCase().replace(/[.'s]+$/, '')) || /^[A-Z]{2,}('s)?$/.test(words[i]))) i++;
  return words.slice(i).join(' ');
}

/** Named speakers found in a stretch of text, nearest to `anchor` first. */
export function speakersIn(text: string, anchor: number): string[] {
  const found: { name: string; dist: number }[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = stripTitles(m[1].replace(/[.,]+$/, ''));
      if (NOT_NAMES.has(name.split(/\s+/)[0])) continue;
      found.push({ name, dist: Math.abs(m.index - anchor) });
    }
  }
  found.sort((a, b) => a.dist - b.dist);
  return [...new Set(found.map((f) => f.name))];
}

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
 * Checks a draft speaker against the source around the matched passage
 * [srcStart, srcEnd) of sentence `sid`: returns the source's speaker (the named
 * speaker nearest to the passage) when it is someone other than the draft's.
 */
export function misattribution(index: CorpusIndex, sid: number, srcStart: number, srcEnd: number, draftSpeaker: string): string | undefined {
  const s = index.sentence(sid);
  const prev = index.neighbour(sid, -1);
  const first = prev !== undefined ? index.sentence(prev).start : s.start;
  const next = index.neighbour(sid, 1);
  const end = Math.max(next !== undefined ? index.sentence(next).end : s.end, srcEnd);
  const text = s.doc.norm.text.slice(first, end);
  const want = surname(draftSpeaker);
  const anchor = srcEnd - first;
  const names = speakersIn(text, anchor);
  if (names.length === 0 || surname(names[0]) === want) return undefined;
  const own = s.doc.norm.text.slice(s.start, Math.max(s.end, srcEnd)).toLowerCase();
  if (want.length > 1 && own.includes(want)) return undefined;
  return names[0];
}
