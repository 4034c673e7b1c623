/**
 * YAML front matter (`---` ... `---`) at the top of Markdown and text sources.
 */
import { parseDocument } from 'yaml';

/** The front matter's data (if it parsed), where the body starts, and any error. */
export interface FrontMatter {
  data?: Record<string, unknown>;
  /** Offset of the first character after the closing delimiter line. */
  bodyStart: number;
  /** "front matter: ... (line N)" when the YAML did not parse. */
  error?: string;
}

const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const KEY_LINE = /^\s*(?:#.*)?$|^[\w-]+[ \t]*:/;

/** First line of a YAML error message, without its position suffix. */
function shortMessage(message: string): string {
  return message.split('\n')[0].replace(/\s+at line \d+, column \d+:?\s*$/, '').trim();
}

/**
 * Splits front matter from `text`. With `strict` false (plain text files) a block
 * only counts when its first line looks like a `key:` entry.
 */
export function readFrontMatter(text: string, strict = true): FrontMatter {
  if (!text.startsWith('---')) return { bodyStart: 0 };
  const m = BLOCK.exec(text);
  if (!m) return { bodyStart: 0 };
  const yaml = m[1] ?? '';
  if (!strict && !KEY_LINE.test(yaml.split('\n')[0])) return { bodyStart: 0 };
  const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = (err.linePos?.[0].line ?? 1) + 1;
    return { bodyStart: m[0].length, error: `front matter: YAML error at line ${line}: ${shortMessage(err.message)}` };
  }
  const data: unknown = doc.toJS();
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return { bodyStart: m[0].length, error: 'front matter: expected "key: value" entries at line 2' };
  }
  return { bodyStart: m[0].length, data: (data ?? {}) as Record<string, unknown> };
}
