import { readSync } from 'node:fs';
import { ContinuityCsvError } from './continuity-csv-error';

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the reader gets bytes: a file descriptor read in chunks, or bytes already in memory. */
export type ByteSource = (into: Uint8Array, offset: number, length: number) => number;

/** Reads a file descriptor at the given position (positioned reads leave the descriptor's offset alone). */
export const fileSource =
  (fd: number) =>
  (into: Uint8Array, offset: number, length: number, position: number): number =>
    readSync(fd, into, offset, length, position);

export const bytesSource = (bytes: Uint8Array): ByteSource => {
  let position = 0;
  return (into, offset, length) => {
    const count = Math.min(length, bytes.length - position);
    into.set(bytes.subarray(position, position + count), offset);
    position += count;
    return count;
  };
};

const MORE = -1;

/**
 * Reads CSV (RFC 4180) records from a byte source in chunks, without making a string or an object
 * per record: after `next()` the wanted fields are byte spans, trimmed of white space, in
 * `bytes` or (for a quoted field, with "" unescaped) in `scratch`. Lines end in LF, CRLF or a lone
 * CR; a quoted field may span lines; blank lines are skipped; a UTF-8 byte-order mark at the start
 * is dropped; `line` is the physical line the record starts on. Broken quoting throws a
 * ContinuityCsvError naming the line and column.
 *
 * @example const reader = new CsvRecordReader(bytesSource(data)); reader.next(); reader.want([0, 2]); while (reader.next()) use(reader.text(1));
 */
export class CsvRecordReader {
  /** The current chunk; spans of unquoted wanted fields point into it. */
  bytes: Uint8Array;
  /** Unescaped quoted wanted fields, and trimmed non-ASCII ones. */
  scratch = new Uint8Array(4096);
  /**
   * For wanted field k (every field k until `want` is called, as for a header): its span, and
   * whether it lies in `scratch` (1) or `bytes` (0).
   */
  start = new Int32Array(16);
  end = new Int32Array(16);
  inScratch = new Uint8Array(16);
  /** Physical line the current record starts on, and its number of fields. */
  line = 1;
  fieldCount = 0;
  /** Column names for error messages, once a header is known. */
  columnNames: readonly string[] = [];
  /** Bytes of the source consumed so far (for progress). */
  consumed = 0;

  private isWantingAll = true;
  private wantedSlot = new Int16Array(0);
  private limit = 0;
  private position = 0;
  private nextLine = 1;
  private isAtEnd = false;
  private scratchLength = 0;
  private isFirstChunk = true;

  constructor(
    private readonly source: ByteSource,
    chunkSize = 1 << 20,
  ) {
    this.bytes = new Uint8Array(chunkSize);
  }

  /** From the next record on, keeps only these fields (by position), as slots 0, 1, 2… */
  want(fields: readonly number[]): void {
    this.isWantingAll = false;
    this.wantedSlot = new Int16Array(Math.max(0, ...fields) + 1).fill(-1);
    fields.forEach((field, slot) => (this.wantedSlot[field] = slot));
  }

  /** The text of wanted field `slot` of the current record (made only where text is needed). */
  text(slot: number): string {
    const source = this.inScratch[slot] ? this.scratch : this.bytes;
    return Buffer.from(
      source.buffer,
      source.byteOffset + this.start[slot]!,
      this.end[slot]! - this.start[slot]!,
    ).toString('utf8');
  }

  /** Moves to the next non-blank record; false at the end of the input. */
  next(): boolean {
    for (;;) {
      if (this.position >= this.limit && !this.fill()) return false;
      const status = this.parseRecord();
      if (status === MORE) {
        this.fill();
        continue;
      }
      if (status === 1) return true;
    }
  }

  /** Reads more bytes, keeping those from `position` on; false when the source has no more. */
  private fill(): boolean {
    if (this.isAtEnd) return this.position < this.limit;
    const kept = this.limit - this.position;
    if (kept === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(this.position, this.limit));
      this.bytes = grown;
    } else if (this.position > 0) {
      this.bytes.copyWithin(0, this.position, this.limit);
    }
    this.position = 0;
    this.limit = kept;
    const read = this.source(this.bytes, kept, this.bytes.length - kept);
    this.consumed += read;
    this.limit += read;
    if (read === 0) this.isAtEnd = true;
    if (this.isFirstChunk && this.limit >= 3) {
      this.isFirstChunk = false;
      if (this.bytes[0] === 0xef && this.bytes[1] === 0xbb && this.bytes[2] === 0xbf) this.position = 3;
    } else if (this.isAtEnd) this.isFirstChunk = false;
    return this.position < this.limit || read > 0;
  }

  /** 1 for a record, 0 for a blank line skipped, MORE when the chunk ends inside the record. */
  private parseRecord(): number {
    const bytes = this.bytes;
    const limit = this.limit;
    const isAtEnd = this.isAtEnd;
    let position = this.position;
    let line = this.nextLine;
    let field = 0;
    let isQuoted = false;
    let firstFieldStart = position;
    let firstFieldEnd = position;
    this.scratchLength = 0;
    for (;;) {
      const slot = this.isWantingAll ? field : field < this.wantedSlot.length ? this.wantedSlot[field]! : -1;
      if (position < limit && bytes[position] === QUOTE) {
        isQuoted = true;
        const openedOn = line;
        const valueStart = this.scratchLength;
        position += 1;
        for (;;) {
          if (position >= limit) {
            if (!isAtEnd) return MORE;
            throw this.error('a quoted field opened on this line is never closed.', openedOn, field);
          }
          const byte = bytes[position]!;
          if (byte === QUOTE) {
            if (position + 1 >= limit && !isAtEnd) return MORE;
            if (bytes[position + 1] === QUOTE) {
              if (slot >= 0) this.pushScratch(QUOTE);
              position += 2;
              continue;
            }
            position += 1;
            const after = bytes[position];
            if (position < limit && after !== COMMA && after !== CR && after !== LF) {
              throw this.error('a closing quote must be followed by a comma or the end of the line.', line, field);
            }
            break;
          }
          if (byte === LF) line += 1;
          else if (byte === CR) {
            if (position + 1 >= limit && !isAtEnd) return MORE;
            if (bytes[position + 1] !== LF) line += 1;
          }
          if (slot >= 0) this.pushScratch(byte);
          position += 1;
        }
        if (slot >= 0) this.setSpan(slot, valueStart, this.scratchLength, 1);
      } else {
        const valueStart = position;
        while (position < limit) {
          const byte = bytes[position]!;
          if (byte === COMMA || byte === LF || byte === CR) break;
          if (byte === QUOTE)
            throw this.error(
              'a quote inside an unquoted field; quote the whole field and write a quote inside it as "".',
              line,
              field,
            );
          position += 1;
        }
        if (position >= limit && !isAtEnd) return MORE;
        if (field === 0) {
          firstFieldStart = valueStart;
          firstFieldEnd = position;
        }
        if (slot >= 0) this.setSpan(slot, valueStart, position, 0);
      }
      field += 1;
      if (position < limit && bytes[position] === COMMA) {
        position += 1;
        continue;
      }
      break;
    }
    if (position < limit && bytes[position] === CR) {
      if (position + 1 >= limit && !isAtEnd) return MORE;
      position += bytes[position + 1] === LF ? 2 : 1;
    } else if (position < limit) position += 1;
    this.position = position;
    this.line = this.nextLine;
    this.nextLine = line + 1;
    this.fieldCount = field;
    if (!isQuoted && field === 1 && isBlank(bytes, firstFieldStart, firstFieldEnd)) return 0;
    return 1;
  }

  private pushScratch(byte: number): void {
    if (this.scratchLength === this.scratch.length) {
      const grown = new Uint8Array(this.scratch.length * 2);
      grown.set(this.scratch);
      this.scratch = grown;
    }
    this.scratch[this.scratchLength++] = byte;
  }

  /** Records a wanted field's span, trimmed as String.prototype.trim would trim its text. */
  private setSpan(slot: number, from: number, to: number, inScratch: number): void {
    if (slot >= this.start.length) {
      this.start = growInt32(this.start, slot * 2);
      this.end = growInt32(this.end, slot * 2);
      const grown = new Uint8Array(slot * 2);
      grown.set(this.inScratch);
      this.inScratch = grown;
    }
    const source = inScratch ? this.scratch : this.bytes;
    let start = from;
    let end = to;
    while (start < end && isAsciiSpace(source[start]!)) start += 1;
    while (end > start && isAsciiSpace(source[end - 1]!)) end -= 1;
    if (start < end && (source[start]! >= 0x80 || source[end - 1]! >= 0x80)) {
      // Unicode white space (such as a no-break space) can only be trimmed as text.
      const trimmed = Buffer.from(
        Buffer.from(source.buffer, source.byteOffset + start, end - start)
          .toString('utf8')
          .trim(),
        'utf8',
      );
      const at = this.scratchLength;
      for (const byte of trimmed) this.pushScratch(byte);
      this.start[slot] = at;
      this.end[slot] = at + trimmed.length;
      this.inScratch[slot] = 1;
      return;
    }
    this.start[slot] = start;
    this.end[slot] = end;
    this.inScratch[slot] = inScratch;
  }

  private error(message: string, line: number, field: number): ContinuityCsvError {
    return new ContinuityCsvError(message, line, { number: field + 1, name: this.columnNames[field] });
  }
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let position = start; position < end; position += 1) {
    const byte = bytes[position]!;
    if (byte >= 0x80)
      return (
        Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)
          .toString('utf8')
          .trim() === ''
      );
    if (!isAsciiSpace(byte)) return false;
  }
  return true;
}

function growInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
