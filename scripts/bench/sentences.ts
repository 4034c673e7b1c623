/**
 * Benchmark-side text helpers: a plain sentence splitter for source articles and the
 * edits the drafts are made of (figure perturbation, quotation alteration, paraphrase).
 * These build test inputs; they are deliberately independent of the engine's own code.
 */
import type { Rng } from './rng.ts';

const SENTENCE_END = /(?<=[.!?]["')\]]?)\s+(?=["'(]?[A-Z0-9])/;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** A fragment ending in an initial or a common abbreviation does not end a sentence. */
const ABBREVIATION = /(?:\b[A-Z]|\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|Gov|Sen|Rep|Gen|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.$/;

/** Every sentence of a plain-text article (paragraphs split on blank lines), white space collapsed. */
export function splitSentencesLoose(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    let carry = '';
    for (const s of para.replace(/\s+/g, ' ').trim().split(SENTENCE_END)) {
      carry = carry ? `${carry} ${s}` : s;
      if (!ABBREVIATION.test(carry)) {
        if (carry) out.push(carry);
        carry = '';
      }
    }
    if (carry) out.push(carry);
  }
  return out;
}

/** Sentences of a plain-text article fit for drafts: 6-70 words, ending in a stop, not table-like. */
export function splitArticle(text: string): string[] {
  const out: string[] = [];
  for (const s of splitSentencesLoose(text)) {
    const words = s.split(' ');
    if (words.length < 6 || words.length > 70 || !/[.!?]["')]?$/.test(s)) continue;
    const numeric = words.filter((w) => /\d/.test(w)).length;
    if (numeric / words.length <= 0.3) out.push(s);
  }
  return out;
}

/** Number of white-space separated words. */
export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** A different number written in the same style (digits, separators, decimals). */
export function changeNumber(token: string, delta: number): string {
  const digits = token.replace(/\D/g, '');
  const bumped = (BigInt(digits) + BigInt(Math.max(1, delta))).toString();
  const padded = bumped.padStart(digits.length, '0');
  // Re-insert separators from the right, keeping the token's shape where lengths agree.
  const out: string[] = [];
  let d = padded.length - 1;
  for (let i = token.length - 1; i >= 0 && d >= 0; i--) out.unshift(/\d/.test(token[i]) ? padded[d--] : token[i]);
  return padded.slice(0, d + 1) + out.join('');
}

/** Offsets of the numbers in `text`, outside `[...]` citation brackets. */
export function numberSpans(text: string): { start: number; end: number }[] {
  const masked = text.replace(/\[[^\]\n]*\]/g, (m) => ' '.repeat(m.length));
  return [...masked.matchAll(NUMBER)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** `sentence` with one of its numbers changed, or undefined when it has none. */
export function perturbFigure(sentence: string, rng: Rng): string | undefined {
  const spans = numberSpans(sentence);
  if (spans.length === 0) return undefined;
  const s = rng.pick(spans);
  return sentence.slice(0, s.start) + changeNumber(sentence.slice(s.start, s.end), rng.int(1, 9)) + sentence.slice(s.end);
}

const REPLACEMENTS = ['certainly', 'never', 'quickly', 'largely', 'hardly', 'widely', 'barely', 'really'];

/** `sentence` with one word inside a quotation replaced or dropped, or undefined. */
export function alterQuotation(sentence: string, rng: Rng): string | undefined {
  const q = /"([^"]{12,})"/.exec(sentence);
  if (!q) return undefined;
  const inner = q[1];
  const words = [...inner.matchAll(/[A-Za-z]{4,}/g)];
  if (words.length === 0) return undefined;
  const w = rng.pick(words);
  const at = (q.index ?? 0) + 1 + (w.index ?? 0);
  const replacement = rng.chance(0.5) ? rng.pick(REPLACEMENTS) : '';
  const after = replacement ? sentence.slice(at + w[0].length) : sentence.slice(at + w[0].length).replace(/^ /, '');
  return sentence.slice(0, at) + replacement + after;
}

const SYNONYMS: Record<string, string> = {
  said: 'stated', rose: 'increased', fell: 'declined', company: 'firm', expects: 'anticipates',
  increase: 'rise', decline: 'drop', government: 'administration', agreed: 'consented',
  bought: 'purchased', sold: 'disposed of', profit: 'earnings', shares: 'stock', total: 'overall',
  about: 'around', reported: 'announced', previous: 'prior', plans: 'intends', market: 'marketplace',
};

/** A paraphrase: synonyms swapped in and, where there is a long comma clause, the clauses reordered. */
export function paraphrase(sentence: string, rng: Rng): string {
  let s = sentence.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] && rng.chance(0.7) ? SYNONYMS[w] : w));
  const comma = s.indexOf(', ');
  const body = s.replace(/[.!?]$/, '');
  if (comma > 20 && comma < body.length - 20 && !s.includes('"') && rng.chance(0.6)) {
    const first = body.slice(0, comma);
    const second = body.slice(comma + 2);
    s = `${second[0].toUpperCase()}${second.slice(1)}, ${first[0].toLowerCase()}${first.slice(1)}.`;
  }
  return s;
}
