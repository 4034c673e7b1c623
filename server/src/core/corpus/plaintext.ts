/**
 * Paragraphs of plain text sources. Two layouts are recognised:
 * - one paragraph per line (news text dumps): every non-blank line is a paragraph;
 * - hard-wrapped text (e.g. Reuters wires wrapped at 65 columns): wrapped lines are
 *   joined, and a paragraph starts after a blank line, at an indented line (when
 *   indentation marks paragraphs), or after a short line ending a sentence.
 * Scans with indexOf and char codes only: this runs on every source of a large corpus.
 */
import type { Span } from './plain-builder.ts';

/** Lines longer than this are not hard-wrapped. */
const WRAP_LIMIT = 100;

/** One line's trimmed extent and indentation (offsets into the text). */
interface Line {
  start: number;
  end: number;
  indent: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0xfeff;
}

/** Non-blank lines with trimmed extents; blank lines appear as `undefined`. */
function scanLines(text: string): (Line | undefined)[] {
  const lines: (Line | undefined)[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push(s < e ? { start: s, end: e, indent: s - pos } : undefined);
    pos = nl + 1;
  }
  return lines;
}

/** Layout facts: is the text hard-wrapped, at what width, and do indents mark paragraphs. */
interface Layout {
  wrapped: boolean;
  width: number;
  indentMarks: boolean;
  minIndent: number;
}

/** Full length of a line (with its indentation). */
function lengthOf(l: Line): number {
  return l.end - l.start + l.indent;
}

/** True when the line's last character closes a sentence. */
function endsSentence(text: string, l: Line): boolean {
  const c = text.charCodeAt(l.end - 1);
  // . ! ? : " ' ) ” ’
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 39 || c === 41 || c === 0x201d || c === 0x2019;
}

/**
 * Decides the layout. Text is hard-wrapped when lines fit a width (almost none over
 * 100 columns) and lines followed by another line are mostly filled to that width
 * and mostly do not end a sentence (one-paragraph-per-line text ends them all).
 */
function layoutOf(text: string, lines: (Line | undefined)[]): Layout {
  let count = 0;
  let long = 0;
  let width = 0;
  let minIndent = Infinity;
  let maxIndent = 0;
  for (const l of lines) {
    if (!l) continue;
    const len = lengthOf(l);
    count++;
    if (len > WRAP_LIMIT) long++;
    else width = Math.max(width, len);
    minIndent = Math.min(minIndent, l.indent);
    maxIndent = Math.max(maxIndent, l.indent);
  }
  let continued = 0;
  let filled = 0;
  let closed = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (!l || !lines[i + 1]) continue;
    continued++;
    if (lengthOf(l) >= width * 0.6) filled++;
    if (endsSentence(text, l)) closed++;
  }
  const wrapped = continued > 0 && long <= count * 0.05 && filled >= continued * 0.7 && closed < continued * 0.5;
  return { wrapped, width, indentMarks: maxIndent > minIndent, minIndent: minIndent === Infinity ? 0 : minIndent };
}

/** True when `line` ends a wrapped paragraph early: a short line closing a sentence. */
function endsParagraph(text: string, line: Line, width: number): boolean {
  return lengthOf(line) < width * 0.6 && endsSentence(text, line);
}

/** Paragraph spans of `text` (offsets into `text`, trimmed). */
export function textParagraphs(text: string): Span[] {
  const lines = scanLines(text);
  const layout = layoutOf(text, lines);
  const out: Span[] = [];
  let current: Span | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    const breaks =
      !layout.wrapped ||
      !prev ||
      (layout.indentMarks && line !== undefined && line.indent > layout.minIndent) ||
      endsParagraph(text, prev, layout.width);
    if (!line || breaks) current = undefined;
    if (line) {
      if (current) current.end = line.end;
      else out.push((current = { start: line.start, end: line.end }));
    }
    prev = line;
  }
  return out;
}
