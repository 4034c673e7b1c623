/**
 * Scores and results: "beat Dortmund 2-0", "a 1-0 victory", "won 3-1", "drew 2-2",
 * "Arsenal 2-1 Chelsea". A pair "X-Y" is a score only in a score context, so ranges
 * ("5-7 days", "2019-20") and dates are left alone.
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';
import { followsName } from './context.ts';

const PAIR = /(\d{1,2})\s?[-\u2010\u2011\u2013\u2014]\s?(\d{1,2})(?![\p{L}\d]|[-/.,:]\d|\s?%)/yu;
/** Verbs and nouns of a result within the few words before the score. */
const BEFORE_WORDS = new Set(['beat', 'beats', 'beating', 'won', 'win', 'wins', 'winning', 'lost', 'lose',
  'loses', 'losing', 'drew', 'draw', 'draws', 'drawing', 'drawn', 'defeat', 'defeated', 'defeats',
  'defeating', 'victory', 'score', 'scored', 'scoreline', 'led', 'lead', 'leads', 'leading', 'trail',
  'trailed', 'trails', 'trailing', 'edged', 'thrashed', 'routed', 'downed', 'overcame', 'hammered']);
/** Result nouns right after the score, at most two words on ("a 1-0 victory", "a 1-0 friendly defeat", "a 2-1 Premier League win"). */
const RESULT_AFTER = /\s(?:(?!(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|per|percent|points?|games?|matches?|times?)\s)[\p{L}-]+\s){0,2}(?:victory|win|defeat|draw|loss|lead|triumph|scoreline|thrashing|rout|drubbing|result)(?![\p{L}\d])/iyu;
/** What may follow a score after a result word: punctuation, the end, a name or a preposition. */
const PLAIN_AFTER = /(?:\s(?:on|in|at|against|over|to|after|with|and|but|as|for|before|thanks|while|when|despite|behind|away|at|from|victory|win|defeat|draw|loss|lead|triumph)(?![\p{L}\d])|\s\p{Lu}|[.,;:!?)\]"'’”]|\s?$)/yu;
const CAPITAL_AFTER = /\s\p{Lu}/yu;
/** Another set's score right after this one ("won 6-4 3-6 6-3", "7-6 (7-4) 6-2"). */
const NEXT_SET = /\s\(?\d{1,2}\s?[-\u2010\u2011\u2013\u2014]\s?\d{1,2}\)?(?![\p{L}\d%])/yu;
const WORDS_BEFORE = 5;

/** The last few words before `pos`, within its clause. */
function wordsBefore(text: string, pos: number): string[] {
  const window = text.slice(Math.max(0, pos - 48), pos);
  const clause = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf('!'), window.lastIndexOf('?')) + 1);
  return (clause.match(/[\p{L}]+/gu) ?? []).slice(-WORDS_BEFORE).map((w) => w.toLowerCase());
}

/**
 * A score at `pos`: kind 'score', value the first number and high the second (not a
 * range: "2-2" and "3-1" are scores). Needs a result word before ("won 3-1") followed by
 * a plain end, a result noun after ("a 1-0 victory"), or team names on both sides.
 */
export function readScore(text: string, pos: number): Figure | undefined {
  const m = matchAt(PAIR, text, pos);
  if (!m) return undefined;
  const end = pos + m[0].length;
  const result = matchAt(RESULT_AFTER, text, end) !== null;
  const verb = !result && wordsBefore(text, pos).some((w) => BEFORE_WORDS.has(w)) && (matchAt(PLAIN_AFTER, text, end) !== null || matchAt(NEXT_SET, text, end) !== null);
  const teams = !result && !verb && followsName(text, pos) && matchAt(CAPITAL_AFTER, text, end) !== null;
  if (!result && !verb && !teams) return undefined;
  return { start: pos, end, text: m[0], kind: 'score', value: Number(m[1]), high: Number(m[2]) };
}
