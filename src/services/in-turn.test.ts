import { describe, expect, it } from 'vitest';
import { inTurn, mapInTurn } from './in-turn';

describe('inTurn', () => {
  it('starts each task only after the one before has finished, and keeps the order of results', async () => {
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name.length;
    };
    const [a, b] = await inTurn([task('slow', 20), task('quick!', 1)]);
    expect([a, b]).toEqual([4, 6]);
    expect(log).toEqual(['start slow', 'end slow', 'start quick!', 'end quick!']);
  });

  it('stops at the first failure, starting nothing after it', async () => {
    let started = false;
    await expect(inTurn([async () => Promise.reject(new Error('no')), async () => (started = true)])).rejects.toThrow(
      'no',
    );
    expect(started).toBe(false);
    expect(await mapInTurn([1, 2, 3], async (n) => n * 2)).toEqual([2, 4, 6]);
  });
});
