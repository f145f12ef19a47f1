import { describe, expect, it } from 'vitest';
import { checkKnownParameters, dateRange, pageSize, patientReference, SearchParameterError } from './search-parameters';

const iso = (range: { from: Date | null; until: Date | null }) => ({
  from: range.from?.toISOString() ?? null,
  until: range.until?.toISOString() ?? null,
});

describe('FHIR date search parameters', () => {
  it('reads each prefix at the precision given, as the instants it covers', () => {
    expect(iso(dateRange(['2026-03']))).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      until: '2026-04-01T00:00:00.000Z',
    });
    expect(iso(dateRange(['ge2026']))).toEqual({ from: '2026-01-01T00:00:00.000Z', until: null });
    expect(iso(dateRange(['gt2026-12-31']))).toEqual({ from: '2027-01-01T00:00:00.000Z', until: null });
    expect(iso(dateRange(['le2026-02-28']))).toEqual({ from: null, until: '2026-03-01T00:00:00.000Z' });
    expect(iso(dateRange(['lt2026-02-28T10:15Z']))).toEqual({ from: null, until: '2026-02-28T10:15:00.000Z' });
    expect(iso(dateRange(['gt2026-02-28T10:15:30+01:00']))).toEqual({ from: '2026-02-28T09:15:31.000Z', until: null });
  });

  it('narrows to what every parameter allows', () => {
    expect(iso(dateRange(['ge2026-01', 'lt2026-07', 'ge2026-03-15']))).toEqual({
      from: '2026-03-15T00:00:00.000Z',
      until: '2026-07-01T00:00:00.000Z',
    });
  });

  it('refuses what is not a date, or not a real one', () => {
    for (const value of ['yesterday', 'ap2026', '2026-13', '2026-02-29', '2026-02-28T25:00Z', 'ge']) {
      expect(() => dateRange([value]), value).toThrow(SearchParameterError);
    }
    expect(iso(dateRange(['2028-02-29']))).toMatchObject({ from: '2028-02-29T00:00:00.000Z' });
  });
});

describe('other search parameters', () => {
  it('pages by _count, at most 100, refusing what is not a whole number', () => {
    expect(pageSize({})).toBe(50);
    expect(pageSize({ _count: '7' })).toBe(7);
    expect(pageSize({ _count: '5000' })).toBe(100);
    expect(() => pageSize({ _count: '-1' })).toThrow(/_count/);
    expect(() => pageSize({ _count: ['1', '2'] })).toThrow(/once/);
  });

  it('takes a person as Patient/ID or ID, once', () => {
    const id = '0190c0de-0000-7000-8000-00000000000a';
    expect(patientReference({ patient: `Patient/${id}` })).toBe(id);
    expect(patientReference({ subject: id.toUpperCase() })).toBe(id);
    expect(() => patientReference({ patient: 'Practitioner/1' })).toThrow(SearchParameterError);
    expect(() => patientReference({ patient: id, subject: `Patient/${id.replace('a', 'b')}` })).toThrow(/one person/);
  });

  it('refuses unknown parameters unless lenient, and then leaves them out', () => {
    expect(() => checkKnownParameters({ colour: 'blue' }, ['patient'], false)).toThrow(/colour is not supported/);
    expect(checkKnownParameters({ colour: 'blue', patient: 'x' }, ['patient'], true)).toEqual({ patient: 'x' });
  });
});
