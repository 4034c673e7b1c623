/**
 * Reading numbers: numerals with thousands separators and decimals, and English
 * number words (twenty-one, one hundred and five, three thousand, a dozen,
 * half a million) including ordinal words (eighth, twenty-first).
 */

/** A numeral as written. */
export interface Numeral {
  value: number;
  end: number;
  decimals: number;
  /** Integer without separators ("2024", "737"). */
  plain: boolean;
  digits: string;
}

const NUMERAL = /\d+(?:[.,:/]\d+)*/y;
const STRICT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** The raw numeral token at `pos` (digits joined by . , : /), or undefined. */
export function numeralToken(text: string, pos: number): string | undefined {
  NUMERAL.lastIndex = pos;
  const m = NUMERAL.exec(text);
  return m ? m[0] : undefined;
}

/**
 * Parses the numeral at `pos`: "1,234.5", "2,600", "0.75", "1987". Returns undefined
 * for malformed groups, times ("3:30"), fractions or dates ("1/2") and versions ("1.2.3").
 */
export function readNumeral(text: string, pos: number): Numeral | undefined {
  const raw = numeralToken(text, pos);
  if (raw === undefined) return undefined;
  const m = STRICT.exec(raw);
  if (!m) return undefined;
  const digits = raw.replace(/,/g, '');
  return {
    value: Number(digits),
    end: pos + raw.length,
    decimals: m[1] ? m[1].length : 0,
    plain: /^\d+$/.test(raw),
    digits,
  };
}

type WordType = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'ord' | 'a' | 'and' | 'half' | 'point';
interface WordInfo { type: WordType; v: number }

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS: [string, number][] = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11],
  ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
  ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1000], ['millionth', 1e6],
];
const SCALES: [string, number][] = [
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['crore', 1e7],
];

const WORDS = new Map<string, WordInfo>();
UNITS.forEach((w, i) => WORDS.set(w, { type: 'unit', v: i }));
TEENS.forEach((w, i) => WORDS.set(w, { type: 'teen', v: 10 + i }));
TENS.forEach((w, i) => WORDS.set(w, { type: 'tens', v: 20 + 10 * i }));
for (const [w, v] of ORDINALS) WORDS.set(w, { type: 'ord', v });
for (const [w, v] of SCALES) WORDS.set(w, { type: 'scale', v });
WORDS.set('hundred', { type: 'hundred', v: 100 });
WORDS.set('dozen', { type: 'dozen', v: 12 });
for (const w of ['a', 'an']) WORDS.set(w, { type: 'a', v: 1 });
WORDS.set('and', { type: 'and', v: 0 });
WORDS.set('half', { type: 'half', v: 0.5 });
WORDS.set('point', { type: 'point', v: 0 });

/** Words that can start a number (used to build the scanner's anchors). */
export const NUMBER_START_WORDS: readonly string[] = [...UNITS, ...TEENS, ...TENS,
  ...ORDINALS.filter(([, v]) => v < 100).map(([w]) => w)];

/** The value of number words. */
export interface WordNumber {
  value: number;
  end: number;
  ordinal: boolean;
  /** value = mantissa * scale when the words end with a scale word (eight million). */
  mantissa: number;
  scale: number;
  /** The words were just "one". */
  onlyOne: boolean;
  /** Digits said after "point" ("three point four" -> 1). */
  decimals: number;
}

interface Tok { info: WordInfo; word: string; end: number }

const WORD = /[A-Za-z]+/y;

function isJoiner(ch: string | undefined): boolean {
  return ch === ' ' || ch === '-' || ch === '\u2010' || ch === '\u2011' || ch === '\u2013';
}

/** Number-word tokens from `pos`, joined by single spaces or hyphens. */
function wordTokens(text: string, pos: number): Tok[] {
  const toks: Tok[] = [];
  let p = pos;
  while (toks.length < 12) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0].toLowerCase();
    const info = WORDS.get(word);
    if (!info) break;
    toks.push({ info, word, end: p + m[0].length });
    p += m[0].length;
    if (!isJoiner(text[p])) break;
    p++;
  }
  return toks;
}

type Prev = WordType | 'start';
const JOINS_AFTER: Record<WordType, Prev[]> = {
  unit: ['start', 'tens', 'hundred', 'scale', 'and'],
  teen: ['start', 'hundred', 'scale', 'and'],
  tens: ['start', 'hundred', 'scale', 'and'],
  hundred: ['unit', 'teen', 'a'],
  scale: ['unit', 'teen', 'tens', 'hundred', 'dozen', 'a', 'half', 'point'],
  dozen: ['unit', 'a'],
  ord: ['start', 'tens', 'hundred', 'scale', 'and'],
  a: [],
  and: ['hundred', 'scale'],
  half: [],
  point: [],
};

/** Whether token `t` may follow `prev` given the running values. */
function canFollow(t: WordInfo, prev: Prev, cur: number, lastScale: number, next?: WordInfo): boolean {
  if (!JOINS_AFTER[t.type].includes(prev)) return false;
  switch (t.type) {
    case 'ord': return prev === 'start' || (prev === 'tens' ? t.v < 10 : t.v < 100);
    case 'hundred': return cur < 100;
    case 'scale': return t.v < lastScale && cur > 0;
    case 'and': return next !== undefined && ['unit', 'teen', 'tens', 'ord'].includes(next.type);
    default: return true;
  }
}

/** Evaluates number words at `pos`; undefined when there are none. */
export function readNumberWords(text: string, pos: number): WordNumber | undefined {
  const toks = wordTokens(text, pos);
  if (toks.length === 0) return undefined;
  const first = toks[0].info.type;
  if ((first === 'a' || first === 'half') && !startsScaled(toks)) return undefined;
  let total = 0;
  let cur = 0;
  let prev: Prev = 'start';
  let lastScale = Infinity;
  let endTok = -1;
  let i = 0;
  if (first === 'half') { cur = 0.5; prev = 'half'; i = 2; }
  else if (first === 'a') { cur = 1; prev = 'a'; i = 1; }
  let decimals = 0;
  for (; i < toks.length && prev !== 'ord'; i++) {
    const t = toks[i].info;
    if (t.type === 'point') {
      const d = pointDigits(toks, i, prev, atOnePoint(text, pos, toks[0].word));
      if (!d) break;
      cur += d.value;
      decimals = d.count;
      prev = 'point';
      i += d.count;
      endTok = i;
      continue;
    }
    if (!canFollow(t, prev, cur, lastScale, toks[i + 1]?.info)) break;
    prev = t.type;
    if (t.type === 'and') continue;
    if (t.type === 'scale') { total += cur * t.v; cur = 0; lastScale = t.v; }
    else if (t.type === 'hundred') cur = (cur || 1) * 100;
    else if (t.type === 'dozen') cur = (cur || 1) * 12;
    else cur += t.v;
    endTok = i;
  }
  if (endTok < 0) return undefined;
  const value = total + cur;
  const endsScaled = toks[endTok].info.type === 'scale';
  const scale = endsScaled ? lastScale : 1;
  return {
    value,
    end: toks[endTok].end,
    ordinal: toks[endTok].info.type === 'ord',
    mantissa: value / scale,
    scale,
    onlyOne: endTok === 0 && toks[0].word === 'one',
    decimals,
  };
}

/** "at one point" is an idiom, not the start of "one point four". */
const atOnePoint = (text: string, pos: number, first: string) => first === 'one' && /(?:^|[^\p{L}])at\s$/iu.test(text.slice(Math.max(0, pos - 4), pos));

/** The digits said after "point" at token `i` ("point four five" -> 0.45, 2), after a whole number. */
function pointDigits(toks: Tok[], i: number, prev: Prev, idiom: boolean): { value: number; count: number } | undefined {
  if (idiom || !['unit', 'teen', 'tens'].includes(prev)) return undefined;
  let digits = '';
  for (let j = i + 1; j < toks.length && toks[j].info.type === 'unit'; j++) digits += String(toks[j].info.v);
  return digits ? { value: Number(`0.${digits}`), count: digits.length } : undefined;
}

/** "a"/"an"/"half a" must be followed by hundred, a scale word or dozen. */
function startsScaled(toks: Tok[]): boolean {
  const i = toks[0].info.type === 'half' ? 2 : 1;
  if (toks[0].info.type === 'half' && toks[1]?.info.type !== 'a') return false;
  const t = toks[i]?.info.type;
  if (toks[0].info.type === 'half') return t === 'scale';
  return t === 'hundred' || t === 'scale' || t === 'dozen';
}
