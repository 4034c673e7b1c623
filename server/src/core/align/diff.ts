/**
 * Word-level alignment of a quotation with a source window: semi-global (the whole
 * quotation, any stretch of the source), where an omission mark in the quotation
 * ("...", "[...]", or a [bracketed insertion]) may skip any number of source words.
 */

/** A quotation word, or a gap that matches any run of source words. */
export type QuoteToken = { word: string; start: number; end: number; gap?: false } | { gap: true; start: number; end: number };

/** One step of the alignment. */
export interface AlignOp {
  op: 'eq' | 'sub' | 'ins' | 'del' | 'gap';
  /** Index into the quotation tokens (eq, sub, ins, gap). */
  q?: number;
  /** Index into the source words (eq, sub, del). */
  w?: number;
}

/** Result of aligning a quotation with a source window. */
export interface WordAlignment {
  ops: AlignOp[];
  matches: number;
  edits: number;
  /** First and last source word index covered (inclusive), or -1. */
  firstW: number;
  lastW: number;
}

const MATCH = 2;
const MISMATCH = -1;
const INDEL = -1;

/** Aligns quotation tokens with source words (lower-case). */
export function alignWords(q: readonly QuoteToken[], w: readonly string[]): WordAlignment {
  const m = q.length;
  const n = w.length;
  const cols = n + 1;
  const h = new Float64Array((m + 1) * cols);
  for (let i = 1; i <= m; i++) {
    const t = q[i - 1];
    for (let j = 0; j <= n; j++) {
      const k = i * cols + j;
      if (t.gap) {
        h[k] = Math.max(h[k - cols], j > 0 ? h[k - 1] : -Infinity);
        continue;
      }
      let best = h[k - cols] + INDEL;
      if (j > 0) {
        best = Math.max(best, h[k - 1] + INDEL, h[k - cols - 1] + (t.word === w[j - 1] ? MATCH : MISMATCH));
      }
      h[k] = best;
    }
  }
  let endJ = 0;
  for (let j = 1; j <= n; j++) if (h[m * cols + j] > h[m * cols + endJ]) endJ = j;
  return traceback(q, w, h, cols, endJ);
}

function traceback(q: readonly QuoteToken[], w: readonly string[], h: Float64Array, cols: number, endJ: number): WordAlignment {
  const ops: AlignOp[] = [];
  let i = q.length;
  let j = endJ;
  while (i > 0) {
    const k = i * cols + j;
    const t = q[i - 1];
    if (t.gap) {
      if (j > 0 && h[k] === h[k - 1] && h[k] !== h[k - cols]) j--;
      else {
        ops.push({ op: 'gap', q: i - 1 });
        i--;
      }
      continue;
    }
    if (j > 0 && h[k] === h[k - cols - 1] + (t.word === w[j - 1] ? MATCH : MISMATCH)) {
      ops.push({ op: t.word === w[j - 1] ? 'eq' : 'sub', q: i - 1, w: j - 1 });
      i--;
      j--;
    } else if (h[k] === h[k - cols] + INDEL) {
      ops.push({ op: 'ins', q: i - 1 });
      i--;
    } else {
      ops.push({ op: 'del', w: j - 1 });
      j--;
    }
  }
  ops.reverse();
  let matches = 0;
  let edits = 0;
  let firstW = -1;
  let lastW = -1;
  for (const o of ops) {
    if (o.op === 'eq') matches++;
    else if (o.op !== 'gap') edits++;
    if (o.w !== undefined) {
      if (firstW < 0) firstW = o.w;
      lastW = o.w;
    }
  }
  return { ops, matches, edits, firstW, lastW };
}

/**
 * Renders a word diff from draft to source: `[-draft-]{+source+}`, with unchanged
 * runs longer than six words shortened to their ends.
 */
export function renderDiff(a: WordAlignment, qWords: readonly string[], sourceWords: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 6) run = [...run.slice(0, 3), '…', ...run.slice(-3)];
    parts.push(...run);
    run = [];
  };
  for (const o of a.ops) {
    if (o.op === 'eq') {
      run.push(sourceWords[o.w as number]);
      continue;
    }
    flush();
    if (o.op === 'gap') parts.push('…');
    else if (o.op === 'sub') parts.push(`[-${qWords[o.q as number]}-]{+${sourceWords[o.w as number]}+}`);
    else if (o.op === 'ins') parts.push(`[-${qWords[o.q as number]}-]`);
    else parts.push(`{+${sourceWords[o.w as number]}+}`);
  }
  flush();
  return parts.join(' ');
}
