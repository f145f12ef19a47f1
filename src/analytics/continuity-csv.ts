import { continuityIndices, type ContinuityContact } from '../domain/continuity';
import { AppError } from '../domain/errors/app-error';

/** A problem with a continuity CSV file, at a 1-based physical line of the file. */
export class ContinuityCsvError extends AppError {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super('bad_request', `Line ${line}: ${message}`, { line });
    this.name = 'ContinuityCsvError';
  }
}

/** One contact read from the file. */
export interface ContinuityCsvRow {
  personId: string;
  /** null when the worker_id field was empty. */
  workerId: string | null;
  contactAt: Date;
  /** Line of the file the row starts on. */
  line: number;
}

/** The continuity indices of one person, as exported; UPC is with the most frequently seen worker. */
export interface PersonContinuity {
  person_id: string;
  contacts: number;
  workers: number;
  upc: number | null;
  coc: number | null;
  secon: number | null;
  mmci: number | null;
  hhi: number | null;
}

const REQUIRED_COLUMNS = ['person_id', 'worker_id', 'contact_at'] as const;
type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];

interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Reads contacts from CSV text (RFC 4180): a header naming person_id, worker_id and contact_at in
 * any order (matched without regard to case or surrounding spaces; other columns are ignored),
 * then one contact per row. Fields may be quoted, with "" for a quote inside; a quoted field may
 * span lines. Lines end in LF or CRLF (a lone CR is read as a line break too); a trailing line
 * break, a UTF-8 byte-order mark and blank lines are allowed. Values are trimmed; an empty
 * worker_id means no worker was recorded; contact_at is parsed by `parseIsoInstant`.
 * Throws a ContinuityCsvError naming the line for anything else: an empty file, a header with no
 * rows, a missing or repeated column, a row with the wrong number of fields, an empty person_id,
 * a bad date or broken quoting.
 *
 * @example parseContinuityCsv('person_id,worker_id,contact_at\np-1,w-1,2024-03-01\n')
 */
export function parseContinuityCsv(text: string): ContinuityCsvRow[] {
  const records = readRecords(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const [header, ...rows] = records;
  if (header === undefined) {
    throw new ContinuityCsvError('the file is empty; it needs the header person_id,worker_id,contact_at and at least one row.', 1);
  }
  const columns = columnPositions(header);
  if (rows.length === 0) throw new ContinuityCsvError('the file has a header but no rows.', header.line);
  return rows.map((record) => parseRow(record, columns, header.fields.length));
}

/** Groups contacts by person and computes each person's indices, sorted by person_id (code-unit order). */
export function continuityByPerson(rows: readonly ContinuityCsvRow[]): PersonContinuity[] {
  const contactsByPerson = new Map<string, ContinuityContact[]>();
  for (const row of rows) {
    const contacts = contactsByPerson.get(row.personId) ?? [];
    contacts.push({ workerId: row.workerId, at: row.contactAt });
    contactsByPerson.set(row.personId, contacts);
  }
  // Code units rather than locale order, so that every machine writes the same file.
  const personIds = [...contactsByPerson.keys()].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  return personIds.map((personId) => {
    const indices = continuityIndices(contactsByPerson.get(personId) ?? []);
    const { contacts, workers, upc, coc, secon, mmci, hhi } = indices;
    return { person_id: personId, contacts, workers, upc, coc, secon, mmci, hhi };
  });
}

/** One JSON object per line (JSON Lines), each line ending in LF; an empty string for no people. */
export function formatContinuityJsonLines(people: readonly PersonContinuity[]): string {
  return people
    .map(({ person_id, contacts, workers, upc, coc, secon, mmci, hhi }) =>
      `${JSON.stringify({ person_id, contacts, workers, upc, coc, secon, mmci, hhi })}\n`)
    .join('');
}

/**
 * An ISO 8601 calendar date (YYYY-MM-DD), optionally followed by T (or a space) and hh:mm,
 * hh:mm:ss or hh:mm:ss.fff, and optionally Z or an offset ±hh, ±hhmm or ±hh:mm. A date alone is
 * midnight UTC; a time without an offset is read as UTC, so the result never depends on the
 * machine's time zone. Impossible dates (2024-02-30), hour 24 and leap seconds are refused;
 * digits beyond milliseconds are dropped. Returns null when the text is not such a date.
 */
export function parseIsoInstant(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(text);
  if (match === null) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = offsetMinutes(match[8]);
  if (offset === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - offset, second, milliseconds);
  return instant;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Minutes east of UTC for Z, ±hh, ±hhmm or ±hh:mm (0 when absent); null when out of range. */
function offsetMinutes(designator: string | undefined): number | null {
  if (designator === undefined || designator.toUpperCase() === 'Z') return 0;
  const digits = designator.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  return (designator.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function columnPositions(header: CsvRecord): Record<RequiredColumn, number> {
  const names = header.fields.map((field) => field.trim().toLowerCase());
  for (const column of REQUIRED_COLUMNS) {
    if (names.indexOf(column) !== names.lastIndexOf(column)) {
      throw new ContinuityCsvError(`the header names the column ${column} more than once.`, header.line);
    }
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const what = `the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
    throw new ContinuityCsvError(`the header lacks ${what}; it needs person_id, worker_id and contact_at.`, header.line);
  }
  return { person_id: names.indexOf('person_id'), worker_id: names.indexOf('worker_id'), contact_at: names.indexOf('contact_at') };
}

function parseRow(record: CsvRecord, columns: Record<RequiredColumn, number>, width: number): ContinuityCsvRow {
  const { fields, line } = record;
  if (fields.length !== width) {
    throw new ContinuityCsvError(`expected ${width} fields, as in the header, but found ${fields.length}.`, line);
  }
  const personId = (fields[columns.person_id] ?? '').trim();
  if (personId === '') throw new ContinuityCsvError('person_id is empty.', line);
  const workerId = (fields[columns.worker_id] ?? '').trim();
  const contactAtText = (fields[columns.contact_at] ?? '').trim();
  const contactAt = parseIsoInstant(contactAtText);
  if (contactAt === null) {
    const example = 'such as 2024-03-01 or 2024-03-01T14:30Z';
    throw new ContinuityCsvError(`contact_at "${contactAtText}" is not an ISO 8601 date or date-time ${example}.`, line);
  }
  return { personId, workerId: workerId === '' ? null : workerId, contactAt, line };
}

/** Splits CSV text into records, skipping blank lines; each record knows the line it starts on. */
function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  while (position < text.length) {
    const record: CsvRecord = { fields: [], line };
    let quoted = false;
    for (;;) {
      const field = text[position] === '"' ? readQuotedField(text, position, line) : readPlainField(text, position, line);
      record.fields.push(field.value);
      quoted ||= field.quoted;
      position = field.end;
      line += field.lineBreaks;
      if (text[position] !== ',') break;
      position += 1;
    }
    position = skipLineBreak(text, position);
    line += 1;
    const isBlank = !quoted && record.fields.length === 1 && (record.fields[0] ?? '').trim() === '';
    if (!isBlank) records.push(record);
  }
  return records;
}

interface Field {
  value: string;
  /** Position just after the field: at a comma, a line break or the end of the text. */
  end: number;
  lineBreaks: number;
  quoted: boolean;
}

function readPlainField(text: string, start: number, line: number): Field {
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') {
    if (text[end] === '"') {
      throw new ContinuityCsvError('a quote inside an unquoted field; quote the whole field and write a quote inside it as "".', line);
    }
    end += 1;
  }
  return { value: text.slice(start, end), end, lineBreaks: 0, quoted: false };
}

function readQuotedField(text: string, start: number, line: number): Field {
  let value = '';
  let lineBreaks = 0;
  let position = start + 1;
  for (;;) {
    if (position >= text.length) throw new ContinuityCsvError('a quoted field opened on this line is never closed.', line);
    const character = text[position];
    if (character === '"' && text[position + 1] === '"') {
      value += '"';
      position += 2;
    } else if (character === '"') {
      const end = position + 1;
      if (end < text.length && !',\r\n'.includes(text[end] ?? '')) {
        throw new ContinuityCsvError('a closing quote must be followed by a comma or the end of the line.', line + lineBreaks);
      }
      return { value, end, lineBreaks, quoted: true };
    } else {
      if (character === '\n' || (character === '\r' && text[position + 1] !== '\n')) lineBreaks += 1;
      value += character;
      position += 1;
    }
  }
}

/** Moves past one LF, CRLF or lone CR, if there is one. */
function skipLineBreak(text: string, position: number): number {
  if (text[position] === '\r') return text[position + 1] === '\n' ? position + 2 : position + 1;
  return text[position] === '\n' ? position + 1 : position;
}
