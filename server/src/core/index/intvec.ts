/** A growable Int32Array: compact storage for the index's large integer arrays. */
export class IntVec {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Wraps existing values (no copy). */
  static of(data: Int32Array): IntVec {
    const v = new IntVec(0);
    v.data = data;
    v.length = data.length;
    return v;
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(Math.max(1024, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }

  get(i: number): number {
    return this.data[i];
  }

  /** The used part, as a view. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
