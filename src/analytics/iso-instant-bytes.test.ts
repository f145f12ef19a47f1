import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './continuity-csv';
import { isoInstantOfBytes } from './iso-instant-bytes';

function mulberry(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** What the byte reader must give: parseIsoInstant's instant, or NaN where it has none. */
const expected = (text: string) => parseIsoInstant(text)?.getTime() ?? Number.NaN;
/** Reads the text from the middle of a larger buffer, so that reading past the end would show. */
const fromBytes = (text: string) => {
  const bytes = Buffer.from(`99${text}99:99`, 'latin1');
  const result = isoInstantOfBytes(bytes, 2, 2 + text.length);
  return Number.isNaN(result) ? (parseIsoInstant(text)?.getTime() ?? Number.NaN) : result;
};

describe('isoInstantOfBytes', () => {
  it.each([
    '2024-03-01',
    '2024-03-01T14:30',
    '2024-03-01 14:30:15',
    '2024-03-01t10:00:00.1234Z',
    '2024-03-01T10:00:00,5+01:00',
    '2024-03-01T10:00+0530',
    '2024-03-01T23:00-05',
    '0050-01-01',
    '2024-02-29',
    '1969-12-31T23:59:59.999Z',
    '9999-12-31T23:59:59Z',
  ])('reads %s as parseIsoInstant does', (text) => {
    const result = isoInstantOfBytes(Buffer.from(text, 'latin1'), 0, text.length);
    expect(result).toBe(expected(text));
  });

  it.each([
    '2023-02-29',
    '2024-03-01T24:00',
    '2024-06-30T23:59:60Z',
    '2024-03-01T10:00+01:60',
    '2024-03-01T10',
    '2024-03-01T10:00:',
    '2024-3-01',
    '2024-03-01Z',
  ])('gives no instant for %s', (text) =>
    expect(isoInstantOfBytes(Buffer.from(text, 'latin1'), 0, text.length)).toBeNaN(),
  );

  it('agrees with parseIsoInstant on 50,000 random near-dates, never reading past the end', () => {
    const next = mulberry(19);
    const pieces = [
      '2024',
      '1900',
      '0000',
      '-',
      '03',
      '02',
      '29',
      '31',
      '13',
      'T',
      't',
      ' ',
      ':',
      '10',
      '23',
      '24',
      '59',
      '60',
      '.',
      ',',
      '5',
      '123456',
      'Z',
      'z',
      '+',
      '-05',
      '+01:00',
      '0530',
      'x',
    ];
    for (let attempt = 0; attempt < 50_000; attempt += 1) {
      const base = ['2024-03-01', '2024-02-29', '1999-12-31'][Math.floor(next() * 3)]!;
      const text =
        base.slice(0, Math.floor(next() * 11)) +
        Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      expect(fromBytes(text), text).toBe(expected(text));
    }
  });
});
