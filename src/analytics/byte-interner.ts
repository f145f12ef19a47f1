const EMPTY = -1;

/**
 * Gives each distinct byte string (an id read from a file) a small integer code, 0, 1, 2…, in the
 * order first seen, without making a JavaScript string for every occurrence: keys are hashed
 * (FNV-1a) and kept in one growing byte arena, looked up by open addressing.
 *
 * @example const workers = new ByteInterner(); workers.intern(bytes, 10, 13); // 0, the first key
 */
export class ByteInterner {
  private table = new Int32Array(1024).fill(EMPTY);
  private hashes = new Int32Array(512);
  private starts = new Int32Array(512);
  private lengths = new Int32Array(512);
  private arena = new Uint8Array(16_384);
  private arenaLength = 0;
  private strings: (string | undefined)[] = [];
  /** Number of distinct keys. */
  size = 0;

  /** The code of `bytes[start, end)`, adding it if new. */
  intern(bytes: Uint8Array, start: number, end: number): number {
    return this.find(bytes, start, end, true);
  }

  /** The code of `bytes[start, end)`, or -1 if it was never added. */
  lookup(bytes: Uint8Array, start: number, end: number): number {
    return this.find(bytes, start, end, false);
  }

  /** Forgets every key, keeping the space for the next use. */
  reset(): void {
    if (this.size === 0) return;
    // A few keys in a large table (one person's workers, reset for every person) are cleared one
    // by one; filling the whole table each time would cost more than reading the rows.
    if (this.size * 16 < this.table.length) {
      const mask = this.table.length - 1;
      for (let code = 0; code < this.size; code += 1) {
        let slot = this.hashes[code]! & mask;
        while (this.table[slot] !== code) slot = (slot + 1) & mask;
        this.table[slot] = EMPTY;
      }
    } else this.table.fill(EMPTY);
    this.size = 0;
    this.arenaLength = 0;
    this.strings = [];
  }

  /** The key of a code as text (UTF-8), made once and kept. */
  text(code: number): string {
    let text = this.strings[code];
    if (text === undefined) {
      text = this.decode(code);
      this.strings[code] = text;
    }
    return text;
  }

  /** The key of a code as text (UTF-8), made afresh and not kept: for keys read once, such as each person's id. */
  decode(code: number): string {
    return Buffer.from(this.arena.buffer, this.arena.byteOffset + this.starts[code]!, this.lengths[code]!).toString(
      'utf8',
    );
  }

  /**
   * Orders two keys as their texts compare in JavaScript (UTF-16 code units), which is how Tandem
   * sorts ids everywhere. Bytes decide while both keys are ASCII; otherwise the texts do.
   */
  compare(left: number, right: number): number {
    if (left === right) return 0;
    const leftStart = this.starts[left]!;
    const rightStart = this.starts[right]!;
    const shorter = Math.min(this.lengths[left]!, this.lengths[right]!);
    for (let offset = 0; offset < shorter; offset += 1) {
      const a = this.arena[leftStart + offset]!;
      const b = this.arena[rightStart + offset]!;
      if (a >= 0x80 || b >= 0x80) return compareText(this.text(left), this.text(right));
      if (a !== b) return a - b;
    }
    if (this.lengths[left] !== this.lengths[right]) {
      const longer = this.lengths[left]! > shorter ? left : right;
      if (this.arena[this.starts[longer]! + shorter]! >= 0x80) return compareText(this.text(left), this.text(right));
    }
    return this.lengths[left]! - this.lengths[right]!;
  }

  private find(bytes: Uint8Array, start: number, end: number, isAdding: boolean): number {
    let hash = 0x811c9dc5;
    for (let position = start; position < end; position += 1) hash = Math.imul(hash ^ bytes[position]!, 0x01000193);
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.table[slot]!;
      if (code === EMPTY) {
        if (!isAdding) return -1;
        return this.add(bytes, start, end, hash, slot);
      }
      if (this.hashes[code] === hash && this.equals(code, bytes, start, end)) return code;
    }
  }

  private equals(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.lengths[code] !== length) return false;
    const keyStart = this.starts[code]!;
    for (let offset = 0; offset < length; offset += 1)
      if (this.arena[keyStart + offset] !== bytes[start + offset]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const code = this.size;
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes, code * 2);
      this.starts = grow(this.starts, code * 2);
      this.lengths = grow(this.lengths, code * 2);
    }
    const length = end - start;
    if (this.arenaLength + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + length));
      arena.set(this.arena.subarray(0, this.arenaLength));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaLength);
    this.hashes[code] = hash;
    this.starts[code] = this.arenaLength;
    this.lengths[code] = length;
    this.arenaLength += length;
    this.table[slot] = code;
    this.size += 1;
    if (this.size * 2 > this.table.length) this.rehash();
    return code;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(EMPTY);
    const mask = this.table.length - 1;
    for (let code = 0; code < this.size; code += 1) {
      let slot = this.hashes[code]! & mask;
      while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.table[slot] = code;
    }
  }
}

function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
