import { ContinuityCsvError } from './continuity-csv-error';
import { CsvRecordReader, type ByteSource } from './csv-record-reader';
import { isoInstantOfBytes } from './iso-instant-bytes';
import { parseIsoInstant } from './iso-instant';

const REQUIRED_COLUMNS = ['person_id', 'worker_id', 'contact_at'] as const;
const PERSON = 0;
const WORKER = 1;
const CONTACT_AT = 2;

/**
 * Reads the contacts of a continuity CSV one row at a time, checked, with no object per row:
 * after `next()`, the person and worker ids are byte spans (`bytesOf(slot)`, `startOf`, `endOf`)
 * and `at` is the contact's instant in milliseconds. The format is that of `parseContinuityCsv`:
 * a header naming person_id, worker_id and contact_at in any order (without regard to case or
 * surrounding spaces; other columns ignored), values trimmed, an empty worker_id meaning no
 * worker. Every problem is a ContinuityCsvError naming the line, and the column where one is at
 * fault.
 */
export class ContactRowReader {
  static readonly PERSON = PERSON;
  static readonly WORKER = WORKER;
  readonly csv: CsvRecordReader;
  /** The contact's instant, in milliseconds since 1970 (UTC). */
  at = 0;
  hasWorker = false;
  /** Rows read so far. */
  rows = 0;
  private width = 0;
  private headerLine = 1;

  constructor(source: ByteSource, chunkSize?: number) {
    this.csv = new CsvRecordReader(source, chunkSize);
  }

  /** Reads and checks the header; call once, first. */
  readHeader(): void {
    const csv = this.csv;
    if (!csv.next()) {
      throw new ContinuityCsvError(
        'the file is empty; it needs the header person_id,worker_id,contact_at and at least one row.',
        1,
      );
    }
    this.headerLine = csv.line;
    const names = Array.from({ length: csv.fieldCount }, (_, field) => csv.text(field).trim().toLowerCase());
    for (const column of REQUIRED_COLUMNS) {
      if (names.indexOf(column) !== names.lastIndexOf(column)) {
        throw new ContinuityCsvError(`the header names the column ${column} more than once.`, csv.line);
      }
    }
    const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
    if (missing.length > 0) {
      const what = `the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
      throw new ContinuityCsvError(`the header lacks ${what}; it needs person_id, worker_id and contact_at.`, csv.line);
    }
    this.width = names.length;
    csv.columnNames = names;
    csv.want(REQUIRED_COLUMNS.map((column) => names.indexOf(column)));
  }

  /** Moves to the next row, checking it; false at the end of the file. */
  next(): boolean {
    const csv = this.csv;
    if (!csv.next()) {
      if (this.rows === 0) throw new ContinuityCsvError('the file has a header but no rows.', this.headerLine);
      return false;
    }
    this.rows += 1;
    if (csv.fieldCount !== this.width) {
      throw new ContinuityCsvError(
        `expected ${this.width} fields, as in the header, but found ${csv.fieldCount}.`,
        csv.line,
      );
    }
    if (csv.start[PERSON] === csv.end[PERSON]) throw this.fieldError('person_id is empty.', PERSON);
    this.hasWorker = csv.start[WORKER] !== csv.end[WORKER];
    const bytes = this.bytesOf(CONTACT_AT);
    this.at = isoInstantOfBytes(bytes, csv.start[CONTACT_AT]!, csv.end[CONTACT_AT]!);
    if (Number.isNaN(this.at)) {
      const text = csv.text(CONTACT_AT);
      const instant = parseIsoInstant(text);
      if (instant === null) {
        throw this.fieldError(
          `contact_at "${text}" is not an ISO 8601 date or date-time such as 2024-03-01 or 2024-03-01T14:30Z.`,
          CONTACT_AT,
        );
      }
      this.at = instant.getTime();
    }
    return true;
  }

  /** The bytes that hold a field of the current row (0 person, 1 worker, 2 contact_at). */
  bytesOf(slot: number): Uint8Array {
    return this.csv.inScratch[slot] ? this.csv.scratch : this.csv.bytes;
  }

  startOf(slot: number): number {
    return this.csv.start[slot]!;
  }

  endOf(slot: number): number {
    return this.csv.end[slot]!;
  }

  /** The physical line the current row starts on. */
  get line(): number {
    return this.csv.line;
  }

  private fieldError(message: string, slot: number): ContinuityCsvError {
    const column = this.csv.columnNames.indexOf(REQUIRED_COLUMNS[slot]!);
    return new ContinuityCsvError(message, this.csv.line, { number: column + 1, name: REQUIRED_COLUMNS[slot] });
  }
}
