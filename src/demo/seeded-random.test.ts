import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random';

const draws = (seed: number, ...stream: number[]) => {
  const random = createRandom(seed, ...stream);
  return Array.from({ length: 8 }, () => random.uint32());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    expect(draws(7, 3, 42)).toEqual(draws(7, 3, 42));
  });

  it('gives different sequences for different seeds, streams and large stream numbers', () => {
    const sequences = [draws(7, 3, 42), draws(8, 3, 42), draws(7, 3, 43), draws(7, 4, 42), draws(7, 3, 42 + 2 ** 32)];
    expect(new Set(sequences.map((s) => s.join())).size).toBe(sequences.length);
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const values = Array.from({ length: 2_000 }, () => random.int(3, 6));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(6);
  });

  it('chooses weighted entries in proportion to their weights', () => {
    const random = createRandom(2);
    const counts = { rare: 0, common: 0 };
    for (let i = 0; i < 20_000; i += 1)
      counts[
        random.weighted([
          ['rare', 1],
          ['common', 3],
        ] as const)
      ] += 1;
    expect(counts.common / counts.rare).toBeGreaterThan(2.7);
    expect(counts.common / counts.rare).toBeLessThan(3.3);
  });

  it('draws Poisson counts with the mean asked for', () => {
    const random = createRandom(3);
    const values = Array.from({ length: 20_000 }, () => random.poisson(1.1));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(1.05);
    expect(mean).toBeLessThan(1.15);
    expect(Math.min(...values)).toBe(0);
  });

  it('draws normal values with the mean and spread asked for', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 20_000 }, () => random.normal(4, 0.5));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(4, 1);
    expect(sd).toBeGreaterThan(0.48);
    expect(sd).toBeLessThan(0.52);
    expect(values.filter((value) => Math.abs(value - 4) > 1).length / values.length).toBeCloseTo(0.0455, 2);
  });

  it('spreads next() evenly over [0, 1)', () => {
    const random = createRandom(4);
    const values = Array.from({ length: 50_000 }, () => random.next());
    expect(values.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(0);
    expect(values.reduce((a, b) => Math.max(a, b))).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    for (const count of buckets) expect(Math.abs(count - 5_000)).toBeLessThan(300);
  });
});
