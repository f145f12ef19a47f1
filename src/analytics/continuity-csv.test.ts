import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors/app-error';
import {
  ContinuityCsvError,
  continuityByPerson,
  formatContinuityJsonLines,
  parseContinuityCsv,
  parseIsoInstant,
  type PersonContinuity,
} from './continuity-csv';

const HEADER = 'person_id,worker_id,contact_at';

/** The error thrown by `run`, so that tests can check its line and message. */
function errorFrom(run: () => unknown): ContinuityCsvError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContinuityCsvError) return error;
    throw error;
  }
  throw new Error('expected a ContinuityCsvError');
}

describe('parseContinuityCsv', () => {
  it('reads one contact per row, with a trailing line break', () => {
    const rows = parseContinuityCsv(`${HEADER}\np-1,w-1,2024-03-01T10:00:00Z\np-1,w-2,2024-03-02\n`);
    expect(rows).toEqual([
      { personId: 'p-1', workerId: 'w-1', contactAt: new Date('2024-03-01T10:00:00Z'), line: 2 },
      { personId: 'p-1', workerId: 'w-2', contactAt: new Date('2024-03-02T00:00:00Z'), line: 3 },
    ]);
  });

  it('finds the columns in any order, ignores extra columns and matches names without regard to case or spaces', () => {
    const rows = parseContinuityCsv('contact_at, Team ,WORKER_ID , person_id\n2024-03-01,north,w-1,p-1');
    expect(rows).toEqual([{ personId: 'p-1', workerId: 'w-1', contactAt: new Date('2024-03-01T00:00:00Z'), line: 2 }]);
  });

  it('reads CRLF line endings and counts lines the same way', () => {
    const rows = parseContinuityCsv(`${HEADER}\r\np-1,w-1,2024-03-01\r\np-2,w-1,2024-03-02\r\n`);
    expect(rows.map((row) => [row.personId, row.line])).toEqual([
      ['p-1', 2],
      ['p-2', 3],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const text = `${HEADER}\n"p,1","w ""the"" worker",2024-03-01\n"p\n2",w-1,2024-03-02\np-3,w-1,2024-03-03\n`;
    const rows = parseContinuityCsv(text);
    expect(rows.map((row) => [row.personId, row.workerId, row.line])).toEqual([
      ['p,1', 'w "the" worker', 2],
      ['p\n2', 'w-1', 3],
      ['p-3', 'w-1', 5],
    ]);
  });

  it('reads an empty worker_id, quoted or not, as no worker', () => {
    const rows = parseContinuityCsv(`${HEADER}\np-1,,2024-03-01\np-1,"  ",2024-03-02`);
    expect(rows.map((row) => row.workerId)).toEqual([null, null]);
  });

  it('trims spaces around values', () => {
    expect(parseContinuityCsv(`${HEADER}\n p-1 , w-1 , 2024-03-01 `)[0]).toMatchObject({
      personId: 'p-1',
      workerId: 'w-1',
    });
  });

  it('skips a byte-order mark and blank lines, keeping line numbers true to the file', () => {
    const rows = parseContinuityCsv(`\uFEFF${HEADER}\n\np-1,w-1,2024-03-01\n\n\n`);
    expect(rows.map((row) => row.line)).toEqual([3]);
  });

  it('refuses an empty file at line 1', () => {
    for (const text of ['', '\n\n', '\uFEFF']) {
      const error = errorFrom(() => parseContinuityCsv(text));
      expect(error.line).toBe(1);
      expect(error.message).toMatch(/^Line 1: the file is empty/);
    }
  });

  it('refuses a header with no rows', () => {
    expect(errorFrom(() => parseContinuityCsv(`${HEADER}\n`)).message).toBe(
      'Line 1: the file has a header but no rows.',
    );
    expect(errorFrom(() => parseContinuityCsv(HEADER)).line).toBe(1);
  });

  it('names every missing column', () => {
    const error = errorFrom(() => parseContinuityCsv('person_id,staff,when\np-1,w-1,2024-03-01'));
    expect(error.line).toBe(1);
    expect(error.message).toBe(
      'Line 1: the header lacks the columns worker_id, contact_at; it needs person_id, worker_id and contact_at.',
    );
    expect(errorFrom(() => parseContinuityCsv('person_id,worker_id\np-1,w-1')).message).toContain(
      'lacks the column contact_at;',
    );
  });

  it('refuses a header that names a column twice', () => {
    expect(errorFrom(() => parseContinuityCsv(`${HEADER},Person_ID\np,w,2024-03-01,q`)).message).toContain(
      'person_id more than once',
    );
  });

  it('refuses a row with the wrong number of fields, naming its line', () => {
    const error = errorFrom(() => parseContinuityCsv(`${HEADER}\np-1,w-1,2024-03-01\np-2,2024-03-02\n`));
    expect(error.line).toBe(3);
    expect(error.message).toBe('Line 3: expected 3 fields, as in the header, but found 2.');
  });

  it('refuses an empty person_id, naming its line and column', () => {
    const error = errorFrom(() => parseContinuityCsv(`${HEADER}\n  ,w-1,2024-03-01`));
    expect(error.message).toBe('Line 2, column 1 (person_id): person_id is empty.');
    expect(error.details).toEqual({ line: 2, column: 1 });
  });

  it.each(['2024-02-30', '01/03/2024', '2024-3-1', '2024-03-01T25:00', '2024-03-01T10:00+24:00', 'soon', ''])(
    'refuses the contact date %j, naming the line and the value',
    (value) => {
      const error = errorFrom(() => parseContinuityCsv(`${HEADER}\np-1,w-1,2024-03-01\np-1,w-1,${value}`));
      expect(error.line).toBe(3);
      expect(error.message).toContain(`Line 3, column 3 (contact_at): contact_at "${value}" is not an ISO 8601 date`);
    },
  );

  it('refuses a quoted field that is never closed, at the line where it opens', () => {
    const error = errorFrom(() => parseContinuityCsv(`${HEADER}\np-1,w-1,2024-03-01\n"p-2,w-1,2024-03-02\n`));
    expect(error.line).toBe(3);
    expect(error.message).toContain('never closed');
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(errorFrom(() => parseContinuityCsv(`${HEADER}\np"1,w-1,2024-03-01`)).message).toContain(
      'Line 2, column 1 (person_id): a quote inside an unquoted field',
    );
    expect(errorFrom(() => parseContinuityCsv(`${HEADER}\np-1,"w-1"x,2024-03-01`)).message).toContain(
      'Line 2, column 2 (worker_id): a closing quote',
    );
  });

  it('throws an application error that maps to a bad request', () => {
    const error = errorFrom(() => parseContinuityCsv(''));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('bad_request');
    expect(error.details).toEqual({ line: 1 });
  });
});

describe('parseIsoInstant', () => {
  it('reads a date alone as midnight UTC', () => {
    expect(parseIsoInstant('2024-03-01')?.toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('reads a time without an offset as UTC, whatever the machine’s time zone', () => {
    expect(parseIsoInstant('2024-03-01T14:30')?.toISOString()).toBe('2024-03-01T14:30:00.000Z');
    expect(parseIsoInstant('2024-03-01 14:30:15')?.toISOString()).toBe('2024-03-01T14:30:15.000Z');
  });

  it('applies offsets in every ISO form, and fractions of a second', () => {
    expect(parseIsoInstant('2024-03-01T10:00:00+01:00')?.toISOString()).toBe('2024-03-01T09:00:00.000Z');
    expect(parseIsoInstant('2024-03-01T10:00+0530')?.toISOString()).toBe('2024-03-01T04:30:00.000Z');
    expect(parseIsoInstant('2024-03-01T23:00-05')?.toISOString()).toBe('2024-03-02T04:00:00.000Z');
    expect(parseIsoInstant('2024-03-01T10:00:00.1234Z')?.toISOString()).toBe('2024-03-01T10:00:00.123Z');
  });

  it('knows leap years and keeps years below 100 as written', () => {
    expect(parseIsoInstant('2024-02-29')).not.toBeNull();
    expect(parseIsoInstant('2023-02-29')).toBeNull();
    expect(parseIsoInstant('1900-02-29')).toBeNull();
    expect(parseIsoInstant('0050-01-01')?.getUTCFullYear()).toBe(50);
  });

  it('refuses hour 24, leap seconds and impossible offsets', () => {
    expect(parseIsoInstant('2024-03-01T24:00')).toBeNull();
    expect(parseIsoInstant('2024-06-30T23:59:60Z')).toBeNull();
    expect(parseIsoInstant('2024-03-01T10:00+01:60')).toBeNull();
  });
});

describe('continuityByPerson', () => {
  it('computes each person’s indices from their own contacts, in time order, sorted by person_id', () => {
    // p-1 in time order: a a b a c (rows deliberately shuffled) → hand-worked in the index tests.
    const text = [
      HEADER,
      'p-1,b,2024-03-03',
      'p-2,a,2024-03-01',
      'p-1,a,2024-03-01',
      'p-1,c,2024-03-05',
      'p-1,a,2024-03-04',
      'p-1,a,2024-03-02',
    ].join('\n');
    const [first, second] = continuityByPerson(parseContinuityCsv(text));
    expect(first).toMatchObject({ person_id: 'p-1', contacts: 5, workers: 3 });
    expect(first?.upc).toBeCloseTo(0.6, 12); // 3/5
    expect(first?.coc).toBeCloseTo(0.3, 12); // (9 + 1 + 1 − 5)/(5·4)
    expect(first?.secon).toBeCloseTo(0.25, 12); // a→a only, of 4 pairs
    expect(first?.mmci).toBeCloseTo(2.1 / 4.1, 12); // (1 − 3/5.1)/(1 − 1/5.1)
    expect(first?.hhi).toBeCloseTo(0.44, 12); // 11/25
    expect(second).toEqual({
      person_id: 'p-2',
      contacts: 1,
      workers: 1,
      upc: 1,
      coc: null,
      secon: null,
      mmci: 1,
      hhi: 1,
    });
  });

  it('sorts person ids by code unit, not by locale', () => {
    const text = `${HEADER}\nb,w,2024-03-01\nB,w,2024-03-01\na,w,2024-03-01\n`;
    expect(continuityByPerson(parseContinuityCsv(text)).map((person) => person.person_id)).toEqual(['B', 'a', 'b']);
  });

  it('leaves out contacts with no worker, and gives nulls to a person who has none with a worker', () => {
    const text = `${HEADER}\np-1,,2024-03-01\np-2,a,2024-03-01\np-2,,2024-03-02\np-2,a,2024-03-03\n`;
    expect(continuityByPerson(parseContinuityCsv(text))).toEqual([
      { person_id: 'p-1', contacts: 0, workers: 0, upc: null, coc: null, secon: null, mmci: null, hhi: null },
      { person_id: 'p-2', contacts: 2, workers: 1, upc: 1, coc: 1, secon: 1, mmci: 1, hhi: 1 },
    ]);
  });

  it('returns nobody for no rows', () => {
    expect(continuityByPerson([])).toEqual([]);
  });
});

describe('formatContinuityJsonLines', () => {
  it('writes one JSON object per line, in a fixed key order, keeping nulls', () => {
    const people: PersonContinuity[] = [
      { person_id: 'p-1', contacts: 2, workers: 2, upc: 0.5, coc: 0, secon: 0, mmci: 0.1 / 1.1, hhi: 0.5 },
      { hhi: null, mmci: null, secon: null, coc: null, upc: null, workers: 0, contacts: 0, person_id: 'p-"2"' },
    ];
    const lines = formatContinuityJsonLines(people);
    expect(lines.endsWith('\n')).toBe(true);
    expect(lines.split('\n')).toEqual([
      `{"person_id":"p-1","contacts":2,"workers":2,"upc":0.5,"coc":0,"secon":0,"mmci":${0.1 / 1.1},"hhi":0.5}`,
      '{"person_id":"p-\\"2\\"","contacts":0,"workers":0,"upc":null,"coc":null,"secon":null,"mmci":null,"hhi":null}',
      '',
    ]);
    expect(
      lines
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(people);
  });

  it('writes nothing for nobody', () => {
    expect(formatContinuityJsonLines([])).toBe('');
  });
});
