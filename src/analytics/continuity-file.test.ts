import { describe, expect, it } from 'vitest';
import {
  continuityByPerson,
  ContinuityCsvError,
  formatContinuityJsonLine,
  formatContinuityJsonLines,
  parseContinuityCsv,
} from './continuity-csv';
import { continuityFromFile, type ContinuityFileOptions } from './continuity-file';
import { bytesSource } from './csv-record-reader';

const HEADER = 'person_id,worker_id,contact_at';

function mulberry(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs the file engine over text; returns what it wrote and its summary. */
function fromFile(text: string, options: Partial<ContinuityFileOptions> = {}) {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: string[] = [];
  const summary = continuityFromFile({
    open: () => bytesSource(bytes),
    write: (chunk) => chunks.push(chunk),
    format: formatContinuityJsonLine,
    ...options,
  });
  return { output: chunks.join(''), summary };
}

/** Today's in-memory answer, the reference. */
const reference = (text: string) => formatContinuityJsonLines(continuityByPerson(parseContinuityCsv(text)));

/** A random contacts file: awkward ids (quoted, non-ASCII, astral), ties in time, rows with no worker, CRLF, blank lines. */
function randomFile(next: () => number, options: { isSorted: boolean }): string {
  const personIds = ['p1', 'p10', 'p2', 'P2', 'é', 'e\u0301', 'z😀', 'z\uFF5E', 'a,b', 'q"q', ' spaced '];
  const workerIds = ['w1', 'w2', 'W1', 'ß', '😀', 'w,3', ''];
  const rows: [string, string, string][] = [];
  const peopleCount = 1 + Math.floor(next() * personIds.length);
  for (let person = 0; person < peopleCount; person += 1) {
    const contacts = Math.floor(next() * 12) + 1;
    for (let contact = 0; contact < contacts; contact += 1) {
      const day = 1 + Math.floor(next() * 5);
      const time = next() < 0.5 ? '' : `T${String(Math.floor(next() * 3) + 9).padStart(2, '0')}:00Z`;
      rows.push([personIds[person]!, workerIds[Math.floor(next() * workerIds.length)]!, `2024-03-0${day}${time}`]);
    }
  }
  if (options.isSorted)
    rows.sort((left, right) => (left[0].trim() < right[0].trim() ? -1 : left[0].trim() > right[0].trim() ? 1 : 0));
  else rows.sort(() => next() - 0.5);
  const quote = (value: string) =>
    /[",\n]|^ | $/.test(value) || next() < 0.1 ? `"${value.replaceAll('"', '""')}"` : value;
  const lineBreak = next() < 0.3 ? '\r\n' : '\n';
  const lines = rows.map((row) => row.map(quote).join(',') + (next() < 0.05 ? `${lineBreak}` : ''));
  return `${HEADER}${lineBreak}${lines.join(lineBreak)}${next() < 0.5 ? lineBreak : ''}`;
}

describe('continuityFromFile', () => {
  it('gives the hand-worked indices and lists people in person_id order', () => {
    const text = [
      HEADER,
      'p-1,a,2024-03-01',
      'p-1,a,2024-03-02',
      'p-1,b,2024-03-03',
      'p-1,a,2024-03-04',
      'p-1,c,2024-03-05',
      'p-2,a,2024-03-01',
    ].join('\n');
    const { output, summary } = fromFile(text);
    expect(output).toBe(reference(text));
    expect(JSON.parse(output.split('\n')[0]!)).toMatchObject({
      person_id: 'p-1',
      contacts: 5,
      workers: 3,
      upc: 0.6,
      secon: 0.25,
      hhi: 0.44,
    });
    expect(summary).toEqual({ rows: 6, people: 2, isSorted: true, passes: 1 });
  });

  it('reads a file sorted by person in one pass and any other in more, with the same answers as today on 300 random files', () => {
    const next = mulberry(19);
    for (let file = 0; file < 300; file += 1) {
      const isSorted = file % 2 === 0;
      const text = randomFile(next, { isSorted });
      const chunkSize = [7, 64, 1 << 16][file % 3]!;
      const { output, summary } = fromFile(text, { chunkSize, batchContacts: 1 + Math.floor(next() * 30) });
      expect(output, text).toBe(reference(text));
      if (!summary.isSorted) expect(summary.passes).toBeGreaterThan(1);
    }
  });

  it('reads a file found out of order in its first rows once more, holding its contacts, when they fit the batch', () => {
    const rows = Array.from(
      { length: 40 },
      (_, index) => `p${index % 4},w${index % 3},2024-03-${String(1 + (index % 28)).padStart(2, '0')}`,
    );
    const text = [HEADER, ...rows].join('\n');
    expect(fromFile(text, { batchContacts: 40 }).summary).toEqual({ rows: 40, people: 4, isSorted: false, passes: 2 });
    expect(fromFile(text, { batchContacts: 40 }).output).toBe(reference(text));
  });

  it('holds at most the batch of contacts in an unsorted file, taking one more pass per batch after a counting pass', () => {
    const rows = Array.from(
      { length: 40 },
      (_, index) => `p${index % 4},w${index % 3},2024-03-${String(1 + (index % 28)).padStart(2, '0')}`,
    );
    const text = [HEADER, ...rows].join('\n');
    // Found out of order at once; holding the contacts fails at the batch; then a counting pass and one pass per batch.
    expect(fromFile(text, { batchContacts: 10 }).summary).toMatchObject({ isSorted: false, passes: 7, people: 4 });
    expect(fromFile(text, { batchContacts: 20 }).summary.passes).toBe(5);
    expect(fromFile(text, { batchContacts: 20 }).output).toBe(reference(text));
  });

  it('counts, then reads in batches, a file found out of order only after its first rows', () => {
    const sorted = Array.from(
      { length: 30 },
      (_, index) => `p${String(Math.floor(index / 3)).padStart(2, '0')},w${index % 4},2024-03-0${1 + (index % 3)}`,
    );
    const text = [HEADER, ...sorted, 'p00,w9,2024-03-09'].join('\n');
    const { output, summary } = fromFile(text, { rereadWithinRows: 10, batchContacts: 16 });
    expect(summary).toEqual({ rows: 31, people: 10, isSorted: false, passes: 3 });
    expect(output).toBe(reference(text));
  });

  it('counts only contacts in the period, and lists only people with one in it', () => {
    const text = [
      HEADER,
      'p-1,a,2024-02-29T23:59Z',
      'p-1,b,2024-03-01',
      'p-1,b,2024-03-31T23:59:59.999Z',
      'p-1,a,2024-04-01',
      'p-2,a,2024-01-01',
      'p-3,,2024-03-05',
    ].join('\n');
    const period = { from: Date.UTC(2024, 2, 1), to: Date.UTC(2024, 3, 1) };
    const { output, summary } = fromFile(text, { period });
    const inPeriod = [HEADER, 'p-1,b,2024-03-01', 'p-1,b,2024-03-31T23:59:59.999Z', 'p-3,,2024-03-05'].join('\n');
    expect(output).toBe(reference(inPeriod));
    expect(summary.people).toBe(2);
  });

  it('writes nothing when a row late in the file is bad, in either order, and names its line and column', () => {
    for (const rows of [
      ['p1,a,2024-03-01', 'p2,a,2024-03-01'],
      ['p2,a,2024-03-01', 'p1,a,2024-03-01'],
    ]) {
      const written: string[] = [];
      const text = [HEADER, ...rows, 'p3,a,2024-13-01', 'p4,a,2024-03-01'].join('\n');
      const run = () =>
        continuityFromFile({
          open: () => bytesSource(Buffer.from(text)),
          write: (chunk) => written.push(chunk),
          format: formatContinuityJsonLine,
          chunkSize: 8,
        });
      expect(run).toThrow(ContinuityCsvError);
      expect(run).toThrow('Line 4, column 3 (contact_at): contact_at "2024-13-01" is not an ISO 8601 date');
      expect(written).toEqual([]);
    }
  });

  it('reads a sorted file of 100,000 contacts through a small buffer in one pass', () => {
    const lines = [HEADER];
    for (let person = 0; person < 2_000; person += 1) {
      for (let contact = 0; contact < 50; contact += 1)
        lines.push(
          `p${String(person).padStart(5, '0')},w${contact % 7},2024-03-01T${String(contact % 24).padStart(2, '0')}:00Z`,
        );
    }
    const { output, summary } = fromFile(lines.join('\n'), { chunkSize: 4096 });
    expect(summary).toEqual({ rows: 100_000, people: 2_000, isSorted: true, passes: 1 });
    expect(output.split('\n')).toHaveLength(2_001);
  });
});
