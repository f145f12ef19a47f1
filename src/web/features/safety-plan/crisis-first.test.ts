import { describe, expect, it } from 'vitest';
import { inCrisisOrder, isCrisisFirst } from './crisis-first';

const now = new Date('2026-06-15T12:00:00Z');

describe('the safety plan comes first in a crisis', () => {
  it('after breaking glass, whatever the contacts', () => {
    expect(isCrisisFirst({ basis: 'break_glass', latestContact: null, now })).toBe(true);
  });

  it('when the latest contact was a crisis in the last week, not before and not for other kinds', () => {
    const crisis = (occurredAt: string) => ({ kind: 'crisis', occurredAt });
    expect(isCrisisFirst({ basis: 'care_team', latestContact: crisis('2026-06-14T20:00:00Z'), now })).toBe(true);
    expect(isCrisisFirst({ basis: 'care_team', latestContact: crisis('2026-06-01T20:00:00Z'), now })).toBe(false);
    expect(
      isCrisisFirst({
        basis: 'care_team',
        latestContact: { kind: 'meeting', occurredAt: '2026-06-15T09:00:00Z' },
        now,
      }),
    ).toBe(false);
    expect(isCrisisFirst({ basis: 'care_team', latestContact: null, now })).toBe(false);
  });

  it('puts crisis preferences and who to call first, the rest in their order', () => {
    const keys = [
      'warning_signs',
      'on_my_own',
      'people_to_ask',
      'professionals',
      'reasons_for_living',
      'crisis_preferences',
    ];
    expect(inCrisisOrder(keys.map((key) => ({ key }))).map((s) => s.key)).toEqual([
      'crisis_preferences',
      'professionals',
      'people_to_ask',
      'warning_signs',
      'on_my_own',
      'reasons_for_living',
    ]);
  });
});
