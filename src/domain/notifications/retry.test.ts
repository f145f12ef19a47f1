import { describe, expect, it } from 'vitest';
import { EMAIL_MAX_ATTEMPTS, nextEmailAttempt } from './retry';

const at = new Date('2026-12-03T10:00:00Z');
const minutesAfter = (date: Date | null) => (date ? (date.getTime() - at.getTime()) / 60_000 : null);

describe('when a failed email is tried again', () => {
  it('waits twice as long after each failure, from one minute', () => {
    expect([1, 2, 3, 4].map((n) => minutesAfter(nextEmailAttempt(at, n)))).toEqual([1, 2, 4, 8]);
  });

  it('never waits more than four hours between attempts', () => {
    expect(minutesAfter(nextEmailAttempt(at, 11))).toBe(240);
  });

  it('gives up after the last attempt', () => {
    expect(nextEmailAttempt(at, EMAIL_MAX_ATTEMPTS)).toBeNull();
    expect(nextEmailAttempt(at, EMAIL_MAX_ATTEMPTS - 1)).not.toBeNull();
  });
});
