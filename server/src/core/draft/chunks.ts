/**
 * Splits a draft into independent top-level Markdown chunks so that each can be
 * parsed (and cached) on its own. The split is conservative: it happens only at a
 * blank line followed by an unindented line, outside front matter, fenced code and
 * multi-line HTML blocks, where CommonMark always starts a new top-level block.
 */

/** A slice of the draft that parses on its own. */
export interface Chunk {
  start: number;
  text: string;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const HTML_OPEN: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, '</'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];

interface State {
  fence?: string;
  htmlEnd?: string;
  frontMatter: boolean;
}

/** Updates the state for one line; true when the line is inside a construct. */
function advance(state: State, line: string, first: boolean): void {
  if (state.frontMatter) {
    if (!first && /^(?:---|\.\.\.)\s*$/.test(line)) state.frontMatter = false;
    return;
  }
  if (state.fence) {
    const m = FENCE.exec(line);
    if (m && m[1][0] === state.fence[0] && m[1].length >= state.fence.length && line.trim() === m[1]) state.fence = undefined;
    return;
  }
  if (state.htmlEnd) {
    if (line.includes(state.htmlEnd)) state.htmlEnd = undefined;
    return;
  }
  const f = FENCE.exec(line);
  if (f) {
    state.fence = f[1];
    return;
  }
  for (const [re, end] of HTML_OPEN) {
    const m = re.exec(line);
    if (m && !line.slice(m[0].length).includes(end)) state.htmlEnd = end;
    if (m) return;
  }
}

/** Splits `text` into chunks that concatenate back to `text`. */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const state: State = { frontMatter: /^---[ \t]*\r?\n/.test(text) };
  let chunkStart = 0;
  let pos = 0;
  let prevBlank = false;
  let first = true;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length - 1;
    const line = text.slice(pos, nl + 1).replace(/\r?\n$/, '');
    const free = !state.frontMatter && !state.fence && !state.htmlEnd;
    const blank = line.trim() === '';
    if (free && prevBlank && !blank && /^\S/.test(line) && pos > chunkStart) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, pos) });
      chunkStart = pos;
    }
    advance(state, line, first);
    prevBlank = blank && !state.fence && !state.htmlEnd && !state.frontMatter;
    first = false;
    pos = nl + 1;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}

/**
 * Definitions every chunk needs to resolve references made elsewhere in the draft:
 * link reference definitions and footnote stubs (`[^n]: .`), as Markdown text.
 */
export function referenceSuffix(text: string): string {
  // Every definition has "]:" (most drafts have none: no need to scan them line by line).
  if (!text.includes(']:')) return '';
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/^ {0,3}\[(\^?)((?:[^\]\\\n]|\\.){1,200})\]:[ \t]*(\S*)/gm)) {
    const line = m[1] ? `[^${m[2]}]: .` : m[3] ? `[${m[2]}]: ${m[3]}` : '';
    if (line && !seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  return lines.join('\n\n');
}
