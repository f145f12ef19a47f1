import { continuityIndices, type ContinuityContact } from '../domain/continuity';
import { ContactRowReader } from './contact-row-reader';
import { bytesSource } from './csv-record-reader';

export { ContinuityCsvError } from './continuity-csv-error';
export { parseIsoInstant } from './iso-instant';

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

/**
 * Reads contacts from CSV text (RFC 4180): a header naming person_id, worker_id and contact_at in
 * any order (matched without regard to case or surrounding spaces; other columns are ignored),
 * then one contact per row. Fields may be quoted, with "" for a quote inside; a quoted field may
 * span lines. Lines end in LF or CRLF (a lone CR is read as a line break too); a trailing line
 * break, a UTF-8 byte-order mark and blank lines are allowed. Values are trimmed; an empty
 * worker_id means no worker was recorded; contact_at is parsed by `parseIsoInstant`.
 * Throws a ContinuityCsvError naming the line (and the column of a bad field) for anything else: an empty file, a header with no
 * rows, a missing or repeated column, a row with the wrong number of fields, an empty person_id,
 * a bad date or broken quoting.
 *
 * @example parseContinuityCsv('person_id,worker_id,contact_at\np-1,w-1,2024-03-01\n')
 */
export function parseContinuityCsv(text: string): ContinuityCsvRow[] {
  const reader = new ContactRowReader(bytesSource(Buffer.from(text, 'utf8')));
  reader.readHeader();
  const rows: ContinuityCsvRow[] = [];
  const textOf = (slot: number) => reader.csv.text(slot);
  while (reader.next()) {
    const personId = textOf(ContactRowReader.PERSON);
    const workerId = reader.hasWorker ? textOf(ContactRowReader.WORKER) : null;
    rows.push({ personId, workerId, contactAt: new Date(reader.at), line: reader.line });
  }
  return rows;
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
  return people.map(formatContinuityJsonLine).join('');
}

/** One person as a JSON Lines line, keys in a fixed order, ending in LF. */
export function formatContinuityJsonLine({
  person_id,
  contacts,
  workers,
  upc,
  coc,
  secon,
  mmci,
  hhi,
}: PersonContinuity): string {
  return `${JSON.stringify({ person_id, contacts, workers, upc, coc, secon, mmci, hhi })}\n`;
}

/** The header of the CSV output: the JSON Lines keys, in the same order. */
export const CONTINUITY_CSV_HEADER = 'person_id,contacts,workers,upc,coc,secon,mmci,hhi\n';

/**
 * One person as a CSV line (RFC 4180) under {@link CONTINUITY_CSV_HEADER}: numbers as in the JSON
 * Lines (shortest round-trip form), an undefined index as an empty field, person_id quoted when it
 * holds a comma, quote, line break or surrounding space.
 */
export function formatContinuityCsvLine({
  person_id,
  contacts,
  workers,
  upc,
  coc,
  secon,
  mmci,
  hhi,
}: PersonContinuity): string {
  const id = /[",\r\n]|^\s|\s$/.test(person_id) ? `"${person_id.replaceAll('"', '""')}"` : person_id;
  const numbers = [upc, coc, secon, mmci, hhi].map((value) => (value === null ? '' : String(value))).join(',');
  return `${id},${contacts},${workers},${numbers}\n`;
}
