import { describe, expect, it } from 'vitest';
import { continuityOfWorkerCodes } from './coded-continuity';
import { continuityIndices } from './continuity-indices';

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('continuityOfWorkerCodes', () => {
  it('gives a a b a c the hand-worked indices', () => {
    const result = continuityOfWorkerCodes(Int32Array.of(0, 0, 1, 0, 2), 5, new Int32Array(3));
    expect(result).toMatchObject({ contacts: 5, workers: 3, upc: 0.6, secon: 0.25, hhi: 0.44 });
    expect(result.coc).toBeCloseTo(0.3, 12);
    expect(result.mmci).toBeCloseTo(2.1 / 4.1, 12);
  });

  it('gives nulls for no contacts and the one-contact values for one', () => {
    expect(continuityOfWorkerCodes(new Int32Array(4), 0, new Int32Array(1))).toEqual({
      contacts: 0,
      workers: 0,
      upc: null,
      coc: null,
      secon: null,
      mmci: null,
      hhi: null,
    });
    expect(continuityOfWorkerCodes(Int32Array.of(3), 1, new Int32Array(4))).toEqual({
      contacts: 1,
      workers: 1,
      upc: 1,
      coc: null,
      secon: null,
      mmci: 1,
      hhi: 1,
    });
  });

  it('equals continuityIndices to the last bit on 2,000 random histories, and leaves its scratch zeroed', () => {
    const next = random(20);
    const counts = new Int32Array(40);
    for (let history = 0; history < 2_000; history += 1) {
      const length = Math.floor(next() * 60);
      const workerCount = 1 + Math.floor(next() * 12);
      const codes = Int32Array.from({ length }, () => Math.floor(next() * workerCount));
      const contacts = [...codes].map((code, day) => ({
        workerId: `w${code}`,
        at: new Date(Date.UTC(2024, 0, 1 + day)),
      }));
      const { contacts: n, workers, upc, coc, secon, mmci, hhi } = continuityIndices(contacts);
      expect(continuityOfWorkerCodes(codes, length, counts)).toStrictEqual({
        contacts: n,
        workers,
        upc,
        coc,
        secon,
        mmci,
        hhi,
      });
      expect(counts.every((count) => count === 0)).toBe(true);
    }
  });
});
