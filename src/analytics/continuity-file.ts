import { continuityOfWorkerCodes } from '../domain/continuity';
import { ByteInterner } from './byte-interner';
import { ContactRowReader } from './contact-row-reader';
import type { PersonContinuity } from './continuity-csv';
import type { ByteSource } from './csv-record-reader';
import { OutputSpool } from './output-spool';
import { ContactOrder, ContactSlices } from './contact-slices';

/** Contacts inside [from, to): milliseconds since 1970, UTC. */
export interface ContactPeriod {
  from: number;
  to: number;
}

export interface ContinuityFileOptions {
  /** Opens the file afresh for each pass over it. */
  open: () => ByteSource;
  /** Only contacts in this period count, and only people with a contact in it are listed. */
  period?: ContactPeriod;
  /** Receives each person's indices as text, in person_id order (UTF-16 code units); buffering is its job. */
  write: (text: string) => void;
  format: (person: PersonContinuity) => string;
  /** Called every so many rows with the bytes read in this pass. */
  onProgress?: (progress: { pass: number; bytes: number }) => void;
  /** Most contacts held at once when the file is not sorted by person; more make more passes. */
  batchContacts?: number;
  /** A file found out of order within this many rows is read again at once, holding its contacts (default 65,536). */
  rereadWithinRows?: number;
  chunkSize?: number;
}

export interface ContinuityFileSummary {
  rows: number;
  people: number;
  /** Whether the file was sorted by person_id, so one pass sufficed. */
  isSorted: boolean;
  passes: number;
}

const PROGRESS_EVERY_ROWS = 1 << 16;
const DEFAULT_BATCH_CONTACTS = 8_000_000;
/** A file found out of order within this many rows is read again at once, holding its contacts. */
const STOP_EARLY_ROWS = 1 << 16;

/**
 * Each person's continuity indices from a contacts CSV (the format of `parseContinuityCsv`), in
 * memory that does not grow with the number of contacts, and with answers equal to
 * `continuityByPerson` to the last bit.
 *
 * The first pass reads and checks every row. While the rows come grouped by person in person_id
 * order, each person's indices are worked out when their group ends (their contacts are held in
 * typed arrays, then forgotten) and their lines are held back until the end of the file, since a
 * later row could still show the file is not in order after all. If it is not, the held lines are
 * dropped, and the first pass just counts each person's contacts; then each further pass reads the
 * file again and collects the contacts of the next batch of people in person_id order (at most
 * `batchContacts` contacts), so a file in any order is read in 1 + ⌈contacts / batchContacts⌉
 * passes. An error anywhere stops the command before any line is written.
 */
export function continuityFromFile(options: ContinuityFileOptions): ContinuityFileSummary {
  return readFile(options, true);
}

function readFile(options: ContinuityFileOptions, canStopEarly: boolean): ContinuityFileSummary {
  const { period, format } = options;
  let hasStoppedEarly = false;
  const people = new ByteInterner();
  let personContacts = new Int32Array(1024);
  let personPresent = new Uint8Array(1024);
  const group = new ContactSlices();
  const groupWorkers = new ByteInterner();
  const spool = new OutputSpool();
  const order = new ContactOrder();
  let groupKey = new Uint8Array(256);
  let groupKeyLength = -1;
  let isGroupPresent = false;
  let groupContacts = 0;
  let isSorted = true;
  let previousPerson: string | null = null;

  const finishGroup = () => {
    if (groupKeyLength < 0) return;
    const person = people.intern(groupKey, 0, groupKeyLength);
    if (person >= personContacts.length) {
      personContacts = growInt32(personContacts, personContacts.length * 2);
      const present = new Uint8Array(personPresent.length * 2);
      present.set(personPresent);
      personPresent = present;
    }
    if (isGroupPresent) {
      personPresent[person] = 1;
      personContacts[person]! += groupContacts;
    }
    if (isSorted) {
      const personId = people.decode(person);
      if (previousPerson !== null && !(previousPerson < personId)) {
        isSorted = false;
        spool.discard();
      } else {
        previousPerson = personId;
        if (isGroupPresent) {
          order.sort(group.times, group.codes, 0, group.length, groupWorkers);
          spool.write(
            format({
              person_id: personId,
              ...continuityOfWorkerCodes(group.codes, group.length, group.counts(groupWorkers.size)),
            }),
          );
        }
      }
    }
    group.clear();
    groupWorkers.reset();
    groupContacts = 0;
    isGroupPresent = false;
  };

  const reader = new ContactRowReader(options.open(), options.chunkSize);
  try {
    reader.readHeader();
    while (reader.next()) {
      if (reader.rows % PROGRESS_EVERY_ROWS === 0) options.onProgress?.({ pass: 1, bytes: reader.csv.consumed });
      const bytes = reader.bytesOf(ContactRowReader.PERSON);
      const start = reader.startOf(ContactRowReader.PERSON);
      const end = reader.endOf(ContactRowReader.PERSON);
      if (!sameBytes(groupKey, groupKeyLength, bytes, start, end)) {
        finishGroup();
        if (!isSorted && canStopEarly && reader.rows <= (options.rereadWithinRows ?? STOP_EARLY_ROWS)) {
          hasStoppedEarly = true;
          break;
        }
        if (end - start > groupKey.length) groupKey = new Uint8Array((end - start) * 2);
        groupKey.set(bytes.subarray(start, end));
        groupKeyLength = end - start;
      }
      if (period && (reader.at < period.from || reader.at >= period.to)) continue;
      isGroupPresent = true;
      if (reader.hasWorker) {
        groupContacts += 1;
        // Once the file is known to be out of order, this pass only counts.
        if (!isSorted) continue;
        const workerBytes = reader.bytesOf(ContactRowReader.WORKER);
        group.push(
          reader.at,
          groupWorkers.intern(
            workerBytes,
            reader.startOf(ContactRowReader.WORKER),
            reader.endOf(ContactRowReader.WORKER),
          ),
        );
      }
    }
    if (!hasStoppedEarly) finishGroup();
  } catch (error) {
    spool.discard();
    throw error;
  }
  if (hasStoppedEarly) {
    spool.discard();
    const collected = collectInMemory(options);
    if (collected) return { ...collected, passes: 2 };
    const counted = readFile(options, false);
    return { ...counted, passes: counted.passes + 2 };
  }
  if (isSorted) {
    spool.drainTo(options.write);
    let listed = 0;
    for (let person = 0; person < people.size; person += 1) listed += personPresent[person]!;
    return { rows: reader.rows, people: listed, isSorted, passes: 1 };
  }
  const passes = collectInBatches(options, people, personContacts, personPresent);
  return { rows: reader.rows, people: passes.people, isSorted, passes: 1 + passes.passes };
}

/**
 * One more pass for a file found out of order in its first rows (such as a file sorted by time):
 * every contact is kept in typed arrays (person, instant and worker codes, and an index: 20 bytes
 * a contact), then put in person_id order by a counting sort. Gives up (null) beyond
 * `batchContacts` contacts, for the counting pass and the batches.
 */
function collectInMemory(options: ContinuityFileOptions): Omit<ContinuityFileSummary, 'passes'> | null {
  const { period, format } = options;
  const budget = options.batchContacts ?? DEFAULT_BATCH_CONTACTS;
  const people = new ByteInterner();
  const workers = new ByteInterner();
  let isPresent = new Uint8Array(1024);
  let personColumn = new Int32Array(1024);
  let timeColumn = new Float64Array(1024);
  let workerColumn = new Int32Array(1024);
  let held = 0;
  let lastPerson = -1;
  let lastKey = new Uint8Array(256);
  let lastKeyLength = -1;
  const reader = new ContactRowReader(options.open(), options.chunkSize);
  reader.readHeader();
  while (reader.next()) {
    if (reader.rows % PROGRESS_EVERY_ROWS === 0) options.onProgress?.({ pass: 2, bytes: reader.csv.consumed });
    if (period && (reader.at < period.from || reader.at >= period.to)) continue;
    const bytes = reader.bytesOf(ContactRowReader.PERSON);
    const start = reader.startOf(ContactRowReader.PERSON);
    const end = reader.endOf(ContactRowReader.PERSON);
    if (!sameBytes(lastKey, lastKeyLength, bytes, start, end)) {
      lastPerson = people.intern(bytes, start, end);
      if (end - start > lastKey.length) lastKey = new Uint8Array((end - start) * 2);
      for (let offset = 0; offset < end - start; offset += 1) lastKey[offset] = bytes[start + offset]!;
      lastKeyLength = end - start;
      if (lastPerson >= isPresent.length) {
        const grown = new Uint8Array(isPresent.length * 2);
        grown.set(isPresent);
        isPresent = grown;
      }
      isPresent[lastPerson] = 1;
    }
    if (!reader.hasWorker) continue;
    if (held === budget) return null;
    if (held === personColumn.length) {
      const capacity = Math.min(budget, held * 2);
      personColumn = growInt32(personColumn, capacity);
      workerColumn = growInt32(workerColumn, capacity);
      const times = new Float64Array(capacity);
      times.set(timeColumn);
      timeColumn = times;
    }
    personColumn[held] = lastPerson;
    timeColumn[held] = reader.at;
    workerColumn[held] = workers.intern(
      reader.bytesOf(ContactRowReader.WORKER),
      reader.startOf(ContactRowReader.WORKER),
      reader.endOf(ContactRowReader.WORKER),
    );
    held += 1;
  }
  const listed: number[] = [];
  for (let person = 0; person < people.size; person += 1) if (isPresent[person]) listed.push(person);
  const ids = listed.map((person) => people.decode(person));
  const byId = listed
    .map((_, index) => index)
    .sort((left, right) => (ids[left]! < ids[right]! ? -1 : ids[left]! > ids[right]! ? 1 : 0));
  const rank = new Int32Array(people.size);
  byId.forEach((index, position) => (rank[listed[index]!] = position));
  // Counting sort: where each person's contacts start, then each contact's row in person order.
  const starts = new Int32Array(byId.length + 1);
  for (let row = 0; row < held; row += 1) starts[rank[personColumn[row]!]! + 1]! += 1;
  for (let position = 0; position < byId.length; position += 1) starts[position + 1]! += starts[position]!;
  const next = starts.slice(0, byId.length);
  const rows = new Int32Array(held);
  for (let row = 0; row < held; row += 1) rows[next[rank[personColumn[row]!]!]!++] = row;
  const slices = new ContactSlices();
  const order = new ContactOrder();
  for (let position = 0; position < byId.length; position += 1) {
    slices.clear();
    for (let index = starts[position]!; index < starts[position + 1]!; index += 1)
      slices.push(timeColumn[rows[index]!]!, workerColumn[rows[index]!]!);
    order.sort(slices.times, slices.codes, 0, slices.length, workers);
    const indices = continuityOfWorkerCodes(slices.codes, slices.length, slices.counts(workers.size));
    options.write(format({ person_id: ids[byId[position]!]!, ...indices }));
  }
  return { rows: reader.rows, people: byId.length, isSorted: false };
}

/** The further passes for a file not sorted by person: one per batch of people in person_id order. */
function collectInBatches(
  options: ContinuityFileOptions,
  people: ByteInterner,
  personContacts: Int32Array,
  personPresent: Uint8Array,
): { people: number; passes: number } {
  const { period, format } = options;
  const budget = options.batchContacts ?? DEFAULT_BATCH_CONTACTS;
  const ordered: number[] = [];
  for (let person = 0; person < people.size; person += 1) if (personPresent[person]) ordered.push(person);
  const ids = ordered.map((person) => people.decode(person));
  const byId = ordered
    .map((_, index) => index)
    .sort((left, right) => (ids[left]! < ids[right]! ? -1 : ids[left]! > ids[right]! ? 1 : 0));
  const rank = new Int32Array(people.size).fill(-1);
  byId.forEach((index, position) => (rank[ordered[index]!] = position));
  const workers = new ByteInterner();
  const order = new ContactOrder();
  const slices = new ContactSlices();
  let passes = 0;
  for (let first = 0; first < byId.length;) {
    let last = first;
    let total = 0;
    while (last < byId.length && (last === first || total + personContacts[ordered[byId[last]!]!]! <= budget)) {
      total += personContacts[ordered[byId[last]!]!]!;
      last += 1;
    }
    passes += 1;
    const starts = new Int32Array(last - first + 1);
    for (let position = first; position < last; position += 1) {
      starts[position - first + 1] = starts[position - first]! + personContacts[ordered[byId[position]!]!]!;
    }
    const filled = starts.slice(0, last - first);
    slices.reserve(total);
    workers.reset();
    const reader = new ContactRowReader(options.open(), options.chunkSize);
    reader.readHeader();
    let lastKeyPerson = -1;
    let lastKey = new Uint8Array(256);
    let lastKeyLength = -1;
    while (reader.next()) {
      if (reader.rows % PROGRESS_EVERY_ROWS === 0)
        options.onProgress?.({ pass: passes + 1, bytes: reader.csv.consumed });
      if (!reader.hasWorker || (period && (reader.at < period.from || reader.at >= period.to))) continue;
      const bytes = reader.bytesOf(ContactRowReader.PERSON);
      const start = reader.startOf(ContactRowReader.PERSON);
      const end = reader.endOf(ContactRowReader.PERSON);
      if (!sameBytes(lastKey, lastKeyLength, bytes, start, end)) {
        lastKeyPerson = people.lookup(bytes, start, end);
        // Copied into one reused buffer: a new array per row would cost more than the row.
        if (end - start > lastKey.length) lastKey = new Uint8Array((end - start) * 2);
        for (let offset = 0; offset < end - start; offset += 1) lastKey[offset] = bytes[start + offset]!;
        lastKeyLength = end - start;
      }
      if (lastKeyPerson < 0) throw new FileChangedError();
      const position = rank[lastKeyPerson]!;
      if (position < first || position >= last) continue;
      const slot = filled[position - first]!++;
      if (slot >= starts[position - first + 1]!) throw new FileChangedError();
      const workerBytes = reader.bytesOf(ContactRowReader.WORKER);
      slices.set(
        slot,
        reader.at,
        workers.intern(workerBytes, reader.startOf(ContactRowReader.WORKER), reader.endOf(ContactRowReader.WORKER)),
      );
    }
    const counts = slices.counts(workers.size);
    for (let position = first; position < last; position += 1) {
      const from = starts[position - first]!;
      const to = starts[position - first + 1]!;
      order.sort(slices.times, slices.codes, from, to, workers);
      const indices = continuityOfWorkerCodes(slices.codes.subarray(from, to), to - from, counts);
      options.write(format({ person_id: ids[byId[position]!]!, ...indices }));
    }
    first = last;
  }
  return { people: byId.length, passes };
}

/** The file's rows differ between passes: someone is writing it. */
class FileChangedError extends Error {
  constructor() {
    super('The file changed while it was being read; run the command again once it is complete.');
  }
}

function sameBytes(key: Uint8Array, keyLength: number, bytes: Uint8Array, start: number, end: number): boolean {
  if (keyLength !== end - start) return false;
  for (let offset = 0; offset < keyLength; offset += 1) if (key[offset] !== bytes[start + offset]) return false;
  return true;
}

function growInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
