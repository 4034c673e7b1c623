/**
 * Currencies, scale words, percentages and measurement units that may accompany a
 * number, each read with a precompiled sticky regex at a given offset.
 */

/** A suffix or prefix read at an offset. */
export interface Affix {
  end: number;
  /** Canonical code: currency ('USD'), unit ('kg', 'day', '%', 'pp') or scale multiplier. */
  code: string;
  factor: number;
  /** Canonical form of the written unit ('lb', 'hour'). */
  raw: string;
  /** Joined to the number by a space (not glued or hyphenated). */
  spaced: boolean;
}

import { GAP } from './measures.ts';

/** Sticky match of `re` at `pos`. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Currency symbols and codes written before the number. */
const PREFIX_CURRENCY: Record<string, string> = {
  'US$': 'USD', 'US $': 'USD', 'U.S.$': 'USD', '$': 'USD', 'A$': 'AUD', 'C$': 'CAD',
  'HK$': 'HKD', 'S$': 'SGD', 'NZ$': 'NZD', 'NT$': 'TWD', 'R$': 'BRL', '€': 'EUR', '£': 'GBP',
  '¥': 'JPY', '₹': 'INR', '₨': 'RS', 'Rs.': 'RS', 'Rs': 'RS', 'RMB': 'CNY',
};
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'PKR', 'LKR', 'NPR', 'BDT', 'CHF',
  'AUD', 'CAD', 'HKD', 'SGD', 'NZD', 'AED', 'SAR', 'RUB', 'TRY', 'ZAR', 'BRL', 'MXN', 'KRW',
  'IDR', 'MYR', 'THB', 'NGN', 'EGP', 'TWD'];
for (const c of CODES) PREFIX_CURRENCY[c] = c;

/** Source text of the scanner alternatives for currency prefixes written with letters. */
export const LETTER_CURRENCY_ANCHOR =
  `\\b(?:(?:US|U\\.S\\.|A|C|HK|S|NZ|NT|R)\\$|(?:Rs\\.?|RMB|${CODES.join('|')})(?=\\s?\\d))`;

const CUR_PREFIX = new RegExp(`(${alt(Object.keys(PREFIX_CURRENCY))})\\s?(?=\\d)`, 'y');

/** Reads a currency prefix at `pos` ("$", "US$", "Rs.", "EUR "). */
export function readCurrencyPrefix(text: string, pos: number): Affix | undefined {
  const m = matchAt(CUR_PREFIX, text, pos);
  if (!m) return undefined;
  const code = PREFIX_CURRENCY[m[1].replace(/\s/g, ' ')] ?? PREFIX_CURRENCY[m[1].replace(/\s/g, '')];
  return code ? { end: pos + m[0].length, code, factor: 1, raw: m[1], spaced: false } : undefined;
}

/** Currency names written after the number (lower-cased keys). */
const SUFFIX_CURRENCY: Record<string, [string, number]> = {
  'us dollars': ['USD', 1], 'us dollar': ['USD', 1], 'u.s. dollars': ['USD', 1],
  'u.s. dollar': ['USD', 1], dollars: ['USD', 1], dollar: ['USD', 1], dlrs: ['USD', 1],
  dlr: ['USD', 1], cents: ['USD', 0.01], cent: ['USD', 0.01], cts: ['USD', 0.01], ct: ['USD', 0.01], '¢': ['USD', 0.01],
  'hong kong dollars': ['HKD', 1], 'canadian dollars': ['CAD', 1], 'australian dollars': ['AUD', 1],
  'singapore dollars': ['SGD', 1], 'new zealand dollars': ['NZD', 1], 'taiwan dollars': ['TWD', 1],
  euros: ['EUR', 1], euro: ['EUR', 1], 'pounds sterling': ['GBP', 1], 'pound sterling': ['GBP', 1],
  sterling: ['GBP', 1], stg: ['GBP', 1], yen: ['JPY', 1], yuan: ['CNY', 1], renminbi: ['CNY', 1],
  'pakistani rupees': ['PKR', 1], 'pakistan rupees': ['PKR', 1], 'indian rupees': ['INR', 1],
  'sri lankan rupees': ['LKR', 1], 'nepalese rupees': ['NPR', 1], rupees: ['RS', 1], rupee: ['RS', 1],
  'swiss francs': ['CHF', 1], riyals: ['SAR', 1], dirhams: ['AED', 1], roubles: ['RUB', 1],
  rubles: ['RUB', 1], lira: ['TRY', 1], rand: ['ZAR', 1], taka: ['BDT', 1], naira: ['NGN', 1],
  ringgit: ['MYR', 1], baht: ['THB', 1], rupiah: ['IDR', 1], won: ['KRW', 1], reais: ['BRL', 1],
};
/** Wire abbreviations: "Canadian dlrs", "HK dlrs", "N.Z. dlrs"; and "Canadian dollar". */
for (const [names, code] of [[['canadian'], 'CAD'], [['australian', 'aust'], 'AUD'],
  [['hong kong', 'hk', 'h.k.'], 'HKD'], [['new zealand', 'n.z.', 'nz'], 'NZD'], [['singapore', 's\'pore'], 'SGD'],
  [['taiwan', 'taiwanese'], 'TWD'], [['us', 'u.s.'], 'USD']] as [string[], string][]) {
  for (const n of names) for (const d of ['dollars', 'dollar', 'dlrs', 'dlr']) SUFFIX_CURRENCY[`${n} ${d}`] = [code, 1];
}
const CUR_SUFFIX = new RegExp(`(${GAP}|-)?(${alt(Object.keys(SUFFIX_CURRENCY))})(?![\\p{L}\\d])`, 'iyu');
/** ISO codes after the number, also in lower case ("402 million usd") except English words ("try", "rub"). */
const LOWER_CODES = CODES.filter((c) => c !== 'TRY' && c !== 'RUB').map((c) => c.toLowerCase());
const CODE_SUFFIX = new RegExp(`${GAP}(${[...CODES, ...LOWER_CODES].join('|')})(?![\\p{L}\\d])`, 'yu');

/** "million pounds" without "of" is sterling ("12.6 million pounds"; "6.3 billion pounds of fibre" is a mass). */
const SCALED_POUNDS = new RegExp(`${GAP}pounds(?![\\p{L}\\d]|\\s+of(?![\\p{L}\\d]))`, 'iyu');

/**
 * Reads a currency written after the number ("dlrs", "billion yen", "USD", "Canadian dlrs");
 * after a scale, "pounds" not followed by "of" is sterling.
 */
export function readCurrencySuffix(text: string, pos: number, scaled: boolean): Affix | undefined {
  const p = scaled ? matchAt(SCALED_POUNDS, text, pos) : null;
  if (p) return { end: pos + p[0].length, code: 'GBP', factor: 1, raw: 'pounds', spaced: true };
  const m = matchAt(CUR_SUFFIX, text, pos);
  if (m) {
    const key = m[2].toLowerCase().replace(/\s+/g, ' ');
    const [code, factor] = SUFFIX_CURRENCY[key];
    if (key === 'won' && !scaled) return undefined;
    return { end: pos + m[0].length, code, factor, raw: key, spaced: m[1] !== '-' };
  }
  const c = matchAt(CODE_SUFFIX, text, pos);
  return c ? { end: pos + c[0].length, code: c[1].toUpperCase(), factor: 1, raw: c[1].toUpperCase(), spaced: true } : undefined;
}

const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, mn: 1e6,
  bln: 1e9, bn: 1e9, tn: 1e12, trn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
  lac: 1e5, lacs: 1e5,
};
const SCALE = new RegExp(`(${GAP}|-)?(${alt(Object.keys(SCALE_WORDS))})(?![\\p{L}\\d])|([kKmMbB])(?![\\p{L}\\d])`, 'iyu');

/**
 * Reads a scale after the number ("billion", " bn", "mln"; glued "k"; glued "K", "m" and
 * "b" only after a currency, since "100m" is otherwise a length and "4K" a resolution).
 */
export function readScale(text: string, pos: number, hasCurrency: boolean): Affix | undefined {
  const m = matchAt(SCALE, text, pos);
  if (!m) return undefined;
  if (m[3] !== undefined) {
    const l = m[3].toLowerCase();
    if (m[3] !== 'k' && !hasCurrency) return undefined;
    const factor = l === 'k' ? 1e3 : l === 'm' ? 1e6 : 1e9;
    return { end: pos + 1, code: l, factor, raw: l, spaced: false };
  }
  const key = m[2].toLowerCase();
  return { end: pos + m[0].length, code: key, factor: SCALE_WORDS[key], raw: key, spaced: m[1] !== undefined };
}

const POINTS = new RegExp(String.raw`(?:${GAP}|-)(?:of\sa\s(?:percentage\s)?point|percentage[\s-]points?|percent(?:age)?\spts|pct\s(?:points?|pts)|points?|pp|ppts?|pts)(?![\p{L}\d])`, 'iyu');
const BASIS = new RegExp(String.raw`(?:${GAP}|-)?(?:basis[\s-]points?|bps|bp)(?![\p{L}\d])`, 'iyu');
const PERCENT = new RegExp(String.raw`\s?%|(?:${GAP}|-)(?:of\s(?:a|one)\s(?:percent|per\scent)|percent|per\s?cent|pct)(?![\p{L}\d])`, 'iyu');

/**
 * Reads a percent sign/word or (percentage) points; basis points become 0.01 pp. Bare
 * "points" count as percentage points: figures of other points compare only among themselves.
 */
export function readPercent(text: string, pos: number): Affix | undefined {
  let m = matchAt(POINTS, text, pos);
  if (m) return { end: pos + m[0].length, code: 'pp', factor: 1, raw: 'pp', spaced: true };
  m = matchAt(BASIS, text, pos);
  if (m) return { end: pos + m[0].length, code: 'pp', factor: 0.01, raw: 'bp', spaced: true };
  m = matchAt(PERCENT, text, pos);
  return m ? { end: pos + m[0].length, code: '%', factor: 1, raw: '%', spaced: true } : undefined;
}

export { readUnit } from './measures.ts';
