/** A bounded memo of per-sentence derived data (tokens, figures) keyed by sentence id. */
export class SentenceMemo<T> {
  private readonly map = new Map<number, T>();

  constructor(
    private readonly compute: (sid: number) => T,
    private readonly limit = 200_000,
  ) {}

  /** The memoised value for a sentence. */
  get(sid: number): T {
    let v = this.map.get(sid);
    if (v === undefined) {
      v = this.compute(sid);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(sid, v);
    }
    return v;
  }
}

/**
 * Memos of data derived from the sources alone (a source's figures, a sentence's periods,
 * a reference to a passage), by kind and key. Owned by an index: doc and sentence ids are
 * never reused, so an entry stays valid while the index lives, across checks and cache resets.
 */
export class SourceMemos {
  private readonly kinds = new Map<string, Map<number | string, unknown>>();

  constructor(private readonly limit = 200_000) {}

  /** The memoised value of `kind` for `key` (computed on first use); a kind holds at most `limit` entries. */
  get<T>(kind: string, key: number | string, compute: () => T, limit = this.limit): T {
    let map = this.kinds.get(kind);
    if (!map) this.kinds.set(kind, (map = new Map()));
    return memoised(map, key, compute, limit);
  }
}

/**
 * The value of `map` for `key`, computed and stored on first use (an undefined result is
 * memoised too); the map is cleared first when it already holds `limit` entries.
 */
export function memoised<K, T>(map: Map<K, unknown>, key: K, compute: () => T, limit = Infinity): T {
  const known = map.get(key);
  if (known !== undefined || map.has(key)) return known as T;
  const v = compute();
  if (map.size >= limit) map.clear();
  map.set(key, v);
  return v;
}
