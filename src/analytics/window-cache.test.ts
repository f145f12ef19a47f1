import { describe, expect, it } from 'vitest';
import { createWindowCache } from './window-cache';

const WINDOW = { from: '2025-01-01', to: '2025-12-31' };

describe('createWindowCache', () => {
  it('reuses a value until it is older than the time to live, per question and window', async () => {
    let clock = 0;
    let computed = 0;
    const cache = createWindowCache(1_000, () => clock);
    const compute = async () => (computed += 1);
    expect(await cache.get('a', WINDOW, compute)).toBe(1);
    clock = 999;
    expect(await cache.get('a', WINDOW, compute)).toBe(1);
    expect(await cache.get('b', WINDOW, compute)).toBe(2);
    expect(await cache.get('a', { ...WINDOW, to: '2025-12-30' }, compute)).toBe(3);
    clock = 1_000;
    expect(await cache.get('a', WINDOW, compute)).toBe(4);
  });

  it('shares one computation between callers who ask while it runs', async () => {
    let computed = 0;
    const cache = createWindowCache(60_000);
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve((computed += 1)), 20));
    expect(await Promise.all([cache.get('a', WINDOW, slow), cache.get('a', WINDOW, slow)])).toEqual([1, 1]);
  });

  it('does not keep a failure, and keeps nothing with a time to live of 0', async () => {
    const cache = createWindowCache(60_000);
    await expect(cache.get('a', WINDOW, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', WINDOW, async () => 'up')).toBe('up');
    let computed = 0;
    const never = createWindowCache(0);
    await never.get('a', WINDOW, async () => (computed += 1));
    expect(await never.get('a', WINDOW, async () => (computed += 1))).toBe(2);
  });
});
