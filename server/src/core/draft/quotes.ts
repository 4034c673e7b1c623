/**
 * Quotation marks in normalised prose (where every quote is folded to `"` or `'`):
 * pairs opening and closing marks using the original characters (curly quotes say
 * which side they are on) and, for straight quotes, the surrounding characters.
 * Apostrophes (it's, the '90s, Pakistan's, rock 'n' roll) never open a quotation.
 */

/** A quoted span in normalised prose: the indices of its two marks. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** True when the span lies inside another quotation. */
  nested: boolean;
}

type Side = 'open' | 'close' | 'either' | 'none';

const OPEN_CONTEXT = /[\s([{\u2014\-/"'\u2018\u201C]/;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}\u2014\-/"'\u2019\u201D]/;
const ELISION = /^'(?:n'|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|\d0s\b|\d\d\b)/i;
const WORD = /[\p{L}\p{N}]/u;

function canOpen(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && next !== undefined && !/\s/.test(next);
}

function canClose(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || CLOSE_CONTEXT.test(next));
}

/** Which side a double quote mark is on; `orig` is the character the draft has. */
function doubleSide(text: string, i: number, orig: string): Side {
  if (orig === '\u201C' || orig === '\u201E' || orig === '\u00AB') return 'open';
  if (orig === '\u201D' || orig === '\u00BB') return 'close';
  const o = canOpen(text, i);
  const c = canClose(text, i);
  return o && !c ? 'open' : c && !o ? 'close' : 'either';
}

/** Which side a single quote mark is on; apostrophes and elisions are 'none'. */
function singleSide(text: string, i: number, orig: string): Side {
  if (ELISION.test(text.slice(i, i + 6))) return 'none';
  const o = canOpen(text, i) && orig !== '\u2019' && WORD.test(text[i + 1] ?? '') || orig === '\u2018' && canOpen(text, i);
  const c = canClose(text, i);
  return o && !c ? 'open' : c && !o ? 'close' : 'none';
}

interface Open {
  index: number;
  double: boolean;
}

/**
 * Finds quoted spans in `text`. `original(i)` returns the draft character behind
 * normalised char i. Unclosed quotations produce nothing.
 */
export function findQuoteSpans(text: string, original: (i: number) => string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '"' && ch !== "'") continue;
    const double = ch === '"';
    const side = double ? doubleSide(text, i, original(i)) : singleSide(text, i, original(i));
    const openAt = stack.findIndex((o) => o.double === double);
    const top = stack[stack.length - 1];
    const closes = double ? openAt >= 0 && side !== 'open' : top !== undefined && !top.double && side === 'close';
    if (closes) {
      const at = double ? openAt : stack.length - 1;
      const o = stack[at];
      stack.length = at;
      if (i > o.index + 1) spans.push({ open: o.index, close: i, nested: stack.length > 0 });
    } else if (side === 'open' || (double && side === 'either')) {
      if (double && openAt >= 0) stack.length = openAt;
      stack.push({ index: i, double });
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}
