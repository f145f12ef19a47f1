import { describe, expect, it } from 'vitest';
import type { ContinuityContact } from './continuity-contact';
import { continuityIndices } from './continuity-indices';

/** Contacts one day apart, in the order given, from 1 March 2024. */
const daily = (...workerIds: (string | null)[]): ContinuityContact[] =>
  workerIds.map((workerId, day) => ({ workerId, at: new Date(Date.UTC(2024, 2, 1 + day)) }));

describe('continuityIndices', () => {
  it('computes every index for a a b a c (hand-worked in each index’s own tests)', () => {
    const result = continuityIndices(daily('a', 'a', 'b', 'a', 'c'), { usualProviderId: 'b' });
    expect(result).toMatchObject({ contacts: 5, workers: 3, excludedWithoutWorker: 0 });
    expect(result.upc).toBeCloseTo(0.6, 12); // 3/5
    expect(result.upcNamed).toBeCloseTo(0.2, 12); // 1/5
    expect(result.coc).toBeCloseTo(0.3, 12); // (9 + 1 + 1 − 5) / 20
    expect(result.secon).toBeCloseTo(0.25, 12); // 1 same pair of 4
    expect(result.mmci).toBeCloseTo(2.1 / 4.1, 12); // (1 − 3/5.1) / (1 − 1/5.1)
    expect(result.hhi).toBeCloseTo(0.44, 12); // 11/25
  });

  it('puts contacts in time order before the sequential index, whatever order they arrive in', () => {
    const contacts = daily('a', 'a', 'b', 'b');
    expect(continuityIndices([...contacts].reverse()).secon).toBeCloseTo(2 / 3, 12);
  });

  it('orders contacts at the same instant by worker id: a@9, {b, a}@10, b@11 → a a b b → 2/3', () => {
    const at = (hour: number) => new Date(Date.UTC(2024, 2, 1, hour));
    const contacts = [
      { workerId: 'b', at: at(11) },
      { workerId: 'b', at: at(10) },
      { workerId: 'a', at: at(10) },
      { workerId: 'a', at: at(9) },
    ];
    expect(continuityIndices(contacts).secon).toBeCloseTo(2 / 3, 12);
    expect(continuityIndices([...contacts].reverse()).secon).toBeCloseTo(2 / 3, 12);
  });

  it('leaves contacts without a worker out of every index and reports how many', () => {
    const result = continuityIndices(daily('a', null, 'a', null, 'b'));
    expect(result).toMatchObject({ contacts: 3, workers: 2, excludedWithoutWorker: 2 });
    expect(result.upc).toBeCloseTo(2 / 3, 12);
    expect(result.secon).toBe(0.5); // a a b: a dropped contact is not a break in the sequence
    expect(result.coc).toBeCloseTo(1 / 3, 12); // (4 + 1 − 3) / 6
  });

  it('returns null for every index when there are no contacts', () => {
    expect(continuityIndices([], { usualProviderId: 'a' })).toEqual({
      contacts: 0,
      workers: 0,
      excludedWithoutWorker: 0,
      upc: null,
      upcNamed: null,
      coc: null,
      secon: null,
      mmci: null,
      hhi: null,
    });
  });

  it('returns null for every index when no contact has a worker', () => {
    const result = continuityIndices(daily(null, null));
    expect(result).toMatchObject({
      contacts: 0,
      excludedWithoutWorker: 2,
      upc: null,
      coc: null,
      secon: null,
      mmci: null,
      hhi: null,
    });
  });

  it('with one contact, leaves COC and SECON undefined and gives 1 for the others', () => {
    const result = continuityIndices(daily('a'), { usualProviderId: 'a' });
    expect(result).toMatchObject({ contacts: 1, workers: 1, coc: null, secon: null, upc: 1, upcNamed: 1, hhi: 1 });
    expect(result.mmci).toBeCloseTo(1, 12);
  });

  it('gives 1 for every index when one worker held every contact', () => {
    const result = continuityIndices(daily('a', 'a', 'a'));
    expect(result).toMatchObject({ workers: 1, upc: 1, coc: 1, secon: 1, hhi: 1 });
    expect(result.mmci).toBeCloseTo(1, 12);
  });

  it('leaves upcNamed null when no usual provider is named, and 0 when they were never seen', () => {
    expect(continuityIndices(daily('a', 'b')).upcNamed).toBeNull();
    expect(continuityIndices(daily('a', 'b'), { usualProviderId: 'z' }).upcNamed).toBe(0);
  });

  it('refuses a contact with a worker and an invalid date', () => {
    expect(() => continuityIndices([{ workerId: 'a', at: new Date('garbage') }])).toThrow(RangeError);
  });
});
