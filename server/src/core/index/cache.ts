/**
 * The persistent index: one binary file holding every source's identity (path,
 * size, mtime, content hash), metadata, decoded text, sentence ranges and terms.
 * A stale entry is re-indexed alone; a corrupt file is detected and ignored.
 */
import type { SourceMeta } from '../types.ts';
import type { CorpusIndex, FileStamp } from './corpus-index.ts';
import { IntVec } from './intvec.ts';

/** Bumped whenever the analysis or the layout changes: older caches are rebuilt. */
export const CACHE_VERSION = 6;
const MAGIC = 'CITECHK';

/** One cached source. */
export interface CachedDoc extends FileStamp {
  path: string;
  meta: SourceMeta;
  raw: string;
  normText: string;
  /** First sentence and sentence count in the cached arrays. */
  first: number;
  count: number;
}

/** The decoded cache. */
export interface IndexData {
  docs: CachedDoc[];
  acronyms: [string, string[]][];
  terms: string[];
  sentStart: Int32Array;
  sentEnd: Int32Array;
  sentTermStart: Int32Array;
  sentTerms: Int32Array;
}

interface Header {
  version: number;
  acronyms: [string, string[]][];
  docs: (Omit<CachedDoc, 'raw' | 'normText'> & { rawLength: number; normLength: number })[];
  sentences: number;
  termRefs: number;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Exact UTF-8 byte length of a string (so the output buffer is allocated once, at its size). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** Serialises the live sources of an index. */
export function encodeIndex(index: CorpusIndex): Uint8Array {
  const enc = new TextEncoder();
  const a = index.arrays();
  const starts = new IntVec();
  const ends = new IntVec();
  const termStarts = new IntVec();
  const terms = new IntVec(a.sentTerms.length + 1);
  termStarts.push(0);
  const texts: string[] = [];
  const header: Header = { version: CACHE_VERSION, acronyms: index.acronyms.entries(), docs: [], sentences: 0, termRefs: 0 };
  index.docs.forEach((doc, id) => {
    const stamp = index.stamps[id];
    if (!doc || !stamp) return;
    const r = index.sentenceRange(id);
    const { key, title, author, date, url, publication } = doc;
    const meta = JSON.parse(JSON.stringify({ key, title, author, date, url, publication })) as SourceMeta;
    header.docs.push({ path: doc.path, ...stamp, meta, first: starts.length, count: r.end - r.first, rawLength: doc.raw.length, normLength: doc.normText.length });
    texts.push(doc.raw, doc.normText);
    for (let s = r.first; s < r.end; s++) {
      starts.push(a.sentStart[s]);
      ends.push(a.sentEnd[s]);
      for (let k = a.sentTermStart[s]; k < a.sentTermStart[s + 1]; k++) terms.push(a.sentTerms[k]);
      termStarts.push(terms.length);
    }
  });
  header.sentences = starts.length;
  header.termRefs = terms.length;
  const headBytes = enc.encode(JSON.stringify(header));
  const termBytes = enc.encode(index.terms.join('\n'));
  let textBytesMax = 0;
  for (const t of texts) textBytesMax += utf8Length(t);
  const ints = [starts.view(), ends.view(), termStarts.view(), terms.view()];
  const intBytes = ints.reduce((n, x) => n + x.byteLength, 0);
  const out = new Uint8Array(20 + pad4(headBytes.length) + pad4(termBytes.length) + pad4(textBytesMax) + intBytes);
  out.set(enc.encode(MAGIC + String.fromCharCode(48 + CACHE_VERSION)), 0);
  let at = 20;
  out.set(headBytes, at);
  at += pad4(headBytes.length);
  out.set(termBytes, at);
  at += pad4(termBytes.length);
  const textStart = at;
  for (const t of texts) at += enc.encodeInto(t, out.subarray(at)).written;
  const textLength = at - textStart;
  at = textStart + pad4(textLength);
  for (const x of ints) {
    out.set(new Uint8Array(x.buffer, x.byteOffset, x.byteLength), at);
    at += x.byteLength;
  }
  const dv = new DataView(out.buffer);
  [headBytes.length, termBytes.length, textLength].forEach((n, i) => dv.setUint32(8 + 4 * i, n, true));
  return out.subarray(0, at);
}

/** Decodes a cache file; undefined when it is not a valid cache of this version. */
export function decodeIndex(bytes: Uint8Array): IndexData | undefined {
  try {
    const dec = new TextDecoder('utf-8', { fatal: true });
    if (bytes.length < 20 || dec.decode(bytes.subarray(0, 8)) !== MAGIC + String.fromCharCode(48 + CACHE_VERSION)) return undefined;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sizes = [0, 1, 2].map((i) => dv.getUint32(8 + 4 * i, true));
    let at = 20;
    const parts = sizes.map((n) => {
      const p = bytes.subarray(at, at + n);
      at += pad4(n);
      return p;
    });
    const header = JSON.parse(dec.decode(parts[0])) as Header;
    if (header.version !== CACHE_VERSION) return undefined;
    const n = header.sentences;
    const need = (3 * n + 1 + header.termRefs) * 4;
    if (bytes.length - at !== need) return undefined;
    const ints = new Int32Array(bytes.slice(at).buffer);
    const terms = dec.decode(parts[1]).split('\n');
    const rawAll = dec.decode(parts[2]);
    let r = 0;
    const docs = header.docs.map((d) => {
      const { rawLength, normLength, ...rest } = d;
      const doc: CachedDoc = { ...rest, raw: rawAll.slice(r, r + rawLength), normText: rawAll.slice(r + rawLength, r + rawLength + normLength) };
      r += rawLength + normLength;
      return doc;
    });
    if (r !== rawAll.length) return undefined;
    return { docs, acronyms: header.acronyms, terms, sentStart: ints.subarray(0, n), sentEnd: ints.subarray(n, 2 * n), sentTermStart: ints.subarray(2 * n, 3 * n + 1), sentTerms: ints.subarray(3 * n + 1) };
  } catch {
    return undefined;
  }
}
