import { describe, expect, it } from 'vitest';
import { createIdSource } from './demo-ids';
import { createRandom } from './seeded-random';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const AT = Date.UTC(2026, 5, 15, 10, 30);

describe('createIdSource', () => {
  it('makes UUID version 7 ids that start with the record time', () => {
    const id = createIdSource(createRandom(1))('contact', AT);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(AT);
  });

  it('never repeats an id, even for records at the same instant', () => {
    const next = createIdSource(createRandom(1));
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) ids.add(next('contact', AT));
    for (let i = 0; i < 1_000; i += 1) ids.add(next('person', AT));
    expect(ids.size).toBe(21_000);
  });

  it('gives the same ids for the same random stream and different ids for another', () => {
    const take = (seed: number) => {
      const next = createIdSource(createRandom(seed));
      return [next('site', AT), next('team', AT), next('site', AT)];
    };
    expect(take(5)).toEqual(take(5));
    expect(take(6)).not.toEqual(take(5));
  });
});
