import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery } from './repeat-every';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A round that stays under way until the test lets it finish. */
function heldRounds() {
  const finishers: Array<() => void> = [];
  const round = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { round, finishNext: () => finishers.shift()?.() };
}

describe('repeatEvery', () => {
  it('skips a turn while the last round still runs, and runs again once it has finished', async () => {
    const { round, finishNext } = heldRounds();
    const rounds = repeatEvery(1_000, round, () => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(round).toHaveBeenCalledTimes(1);
    finishNext();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(round).toHaveBeenCalledTimes(2);
    finishNext();
    await rounds.stop();
  });

  it('hands a failed round to onError and goes on', async () => {
    const errors: unknown[] = [];
    const round = vi.fn(() => Promise.reject(new Error('database away')));
    const rounds = repeatEvery(1_000, round, (error) => errors.push(error));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(round).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(2);
    await rounds.stop();
  });

  it('stops the turns and waits for the round under way', async () => {
    const { round, finishNext } = heldRounds();
    const rounds = repeatEvery(1_000, round, () => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    let isStopped = false;
    const stopping = rounds.stop().then(() => (isStopped = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(isStopped).toBe(false);
    finishNext();
    await stopping;
    expect(isStopped).toBe(true);
    expect(round).toHaveBeenCalledTimes(1);
  });
});
