/**
 * Bytes to text for source files: size limit, empty and binary files, byte order
 * marks (UTF-8, UTF-16 LE/BE) and strict UTF-8 validation with the failing byte.
 */

/** Default limit on a source file's size in bytes. */
export const DEFAULT_MAX_BYTES = 5_000_000;

/** Decoded text, or the reason the bytes are not a usable text file. */
export type Decoded = { text: string } | { error: string };

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** "12.3 MB", "12.5 KB" or "900 bytes". */
export function formatSize(n: number): string {
  if (n >= 100_000) return `${Number((n / 1e6).toFixed(1))} MB`;
  if (n >= 1000) return `${Number((n / 1e3).toFixed(1))} KB`;
  return `${n} bytes`;
}

/** True for NUL bytes or more than 10% control characters (tab, CR, LF, FF aside). */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > bytes.length * 0.1;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    const b1 = bytes[i + 1];
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** Decodes UTF-16 with a byte order mark, or undefined when there is none. */
function decodeUtf16(bytes: Uint8Array): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  try {
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
  } catch {
    return undefined;
  }
}

/**
 * Decodes a source file's bytes. A BOM is removed, so offsets index the returned
 * text. Errors are short messages for a LoadProblem.
 */
export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return { error: `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit (maxFileSize)` };
  }
  const utf16 = bytes.length >= 2 ? decodeUtf16(bytes) : undefined;
  if (utf16 !== undefined) return utf16.trim() === '' ? { error: 'empty file' } : { text: utf16 };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { error: 'empty file' };
  if (looksBinary(body)) return { error: 'binary file, not text' };
  let text: string;
  try {
    text = FATAL_UTF8.decode(body);
  } catch {
    const at = invalidUtf8At(body);
    return { error: at >= 0 ? `invalid UTF-8 at byte ${at + bytes.length - body.length}` : 'invalid UTF-8' };
  }
  if (text.trim() === '') return { error: 'empty file' };
  return { text };
}
