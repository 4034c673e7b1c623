/**
 * The visible text of raw HTML with a map to raw offsets: tags, comments and
 * script/style bodies removed, entities decoded, white space collapsed to single
 * spaces. Used to find where extracted article paragraphs sit in the raw file.
 */
import { decodeHTML } from 'entities';

/** Visible text and, per character, its raw offset. */
export interface VisibleText {
  text: string;
  map: Int32Array;
}

/** Elements whose content is never visible text. */
const HIDDEN = /<(script|style|noscript|template|svg)\b/iy;
const TAG = /<\/?([a-zA-Z][\w:-]*)[^>]*>?|<[!?][^>]*>?/y;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/y;

/** A sticky regex match at offset `i`. */
function matchAt(re: RegExp, raw: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(raw);
}
/** Tags that separate words (block boundaries and line breaks). */
const BREAKING = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(' '),
);

/** Collects characters with raw offsets, collapsing white space. */
class Collector {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];
  private space = -1;

  push(ch: string, at: number): void {
    if (/\s/.test(ch)) {
      if (this.space < 0) this.space = at;
      return;
    }
    if (this.space >= 0 && this.chars.length > 0) this.add(' ', this.space);
    this.space = -1;
    this.add(ch, at);
  }

  /** A word break at raw offset `at` (block tag). */
  gap(at: number): void {
    if (this.space < 0) this.space = at;
  }

  private add(ch: string, at: number): void {
    for (let k = 0; k < ch.length; k++) {
      this.chars.push(ch[k]);
      this.offsets.push(at);
    }
  }
}

/** Offset just after the end of a hidden element or comment starting at `i`. */
function skipHidden(raw: string, i: number): number {
  if (raw.startsWith('<!--', i)) {
    const end = raw.indexOf('-->', i + 4);
    return end < 0 ? raw.length : end + 3;
  }
  const name = matchAt(HIDDEN, raw, i)?.[1];
  if (!name) return -1;
  const close = new RegExp(`</${name}\\s*>`, 'ig');
  close.lastIndex = i;
  const m = close.exec(raw);
  return m ? m.index + m[0].length : raw.length;
}

/** Extracts the visible text of raw HTML with its offset map. */
export function visibleText(raw: string): VisibleText {
  const c = new Collector();
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '<') {
      const skipped = skipHidden(raw, i);
      if (skipped >= 0) {
        i = skipped;
        continue;
      }
      const tag = matchAt(TAG, raw, i);
      if (tag) {
        if (tag[1] && BREAKING.has(tag[1].toLowerCase())) c.gap(i);
        i += tag[0].length;
        continue;
      }
    } else if (ch === '&') {
      const ent = matchAt(ENTITY, raw, i);
      if (ent) {
        for (const d of decodeHTML(ent[0])) c.push(d, i);
        i += ent[0].length;
        continue;
      }
    }
    c.push(ch, i);
    i++;
  }
  return { text: c.chars.join(''), map: Int32Array.from(c.offsets) };
}
