import { describe, expect, it } from 'vitest';
import { daysOfNotice } from './handover-states';

describe('daysOfNotice', () => {
  it('counts calendar days from the day the handover was planned to its day', () => {
    expect(daysOfNotice(new Date('2026-06-01T23:30:00Z'), '2026-06-15')).toBe(14);
    expect(daysOfNotice(new Date('2026-06-15T08:00:00Z'), '2026-06-15')).toBe(0);
  });

  it('gives no notice, not a negative one, to a handover planned after its day', () => {
    expect(daysOfNotice(new Date('2026-06-20T08:00:00Z'), '2026-06-15')).toBe(0);
  });
});
