import { describe, expect, it } from 'vitest';
import { workerContactCounts } from './worker-contact-counts';

describe('workerContactCounts', () => {
  it('counts contacts per worker', () => {
    expect(workerContactCounts(['a', 'b', 'a'])).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
  });

  it('treats ids that differ only in case or spaces as different workers', () => {
    expect(workerContactCounts(['a', 'A', ' a']).size).toBe(3);
  });

  it('returns an empty map for no contacts', () => {
    expect(workerContactCounts([]).size).toBe(0);
  });
});
