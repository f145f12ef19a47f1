import type { ByteInterner } from './byte-interner';

/** Contacts as two parallel typed arrays (instant, worker code), grown as needed and reused. */
export class ContactSlices {
  times = new Float64Array(1024);
  codes = new Int32Array(1024);
  length = 0;
  private scratch = new Int32Array(1024);

  push(at: number, code: number): void {
    if (this.length === this.times.length) this.reserve(this.length * 2, true);
    this.times[this.length] = at;
    this.codes[this.length] = code;
    this.length += 1;
  }

  set(slot: number, at: number, code: number): void {
    this.times[slot] = at;
    this.codes[slot] = code;
  }

  clear(): void {
    this.length = 0;
  }

  /** Makes room for `capacity` contacts; keeps those held only when asked. */
  reserve(capacity: number, isKeeping = false): void {
    if (capacity <= this.times.length) return;
    const times = new Float64Array(capacity);
    const codes = new Int32Array(capacity);
    if (isKeeping) {
      times.set(this.times);
      codes.set(this.codes);
    }
    this.times = times;
    this.codes = codes;
  }

  /** All-zero scratch space for per-worker counts over `workers` codes. */
  counts(workers: number): Int32Array {
    if (this.scratch.length <= workers) this.scratch = new Int32Array(workers * 2);
    return this.scratch;
  }
}

/**
 * Puts contacts in time order, ties broken by worker id in UTF-16 code-unit order: the order of
 * `orderContacts`, on which the sequential index depends. Rows are usually in order already, which
 * one look confirms; otherwise they are sorted.
 */
export class ContactOrder {
  private times = new Float64Array(256);
  private codes = new Int32Array(256);

  sort(times: Float64Array, codes: Int32Array, start: number, end: number, workers: ByteInterner): void {
    let isOrdered = true;
    for (let index = start + 1; index < end && isOrdered; index += 1) {
      const byTime = times[index - 1]! - times[index]!;
      isOrdered = byTime < 0 || (byTime === 0 && workers.compare(codes[index - 1]!, codes[index]!) <= 0);
    }
    if (isOrdered) return;
    const length = end - start;
    const positions = Array.from({ length }, (_, offset) => start + offset);
    positions.sort((left, right) => times[left]! - times[right]! || workers.compare(codes[left]!, codes[right]!));
    if (this.times.length < length) {
      this.times = new Float64Array(length * 2);
      this.codes = new Int32Array(length * 2);
    }
    positions.forEach((position, offset) => {
      this.times[offset] = times[position]!;
      this.codes[offset] = codes[position]!;
    });
    times.set(this.times.subarray(0, length), start);
    codes.set(this.codes.subarray(0, length), start);
  }
}
