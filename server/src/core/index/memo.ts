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
