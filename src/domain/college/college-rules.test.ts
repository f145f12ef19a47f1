import { describe, expect, it } from 'vitest';
import { containsHtml, offerExpiry, placesLeft, publishProblem } from './college-rules';

const at = new Date('2026-09-01T10:00:00Z');

describe('publishProblem', () => {
  it('allows a course whose every session has a peer and a practitioner trainer', () => {
    const sessions = [{ startsAt: at, trainerExperiences: ['peer', 'practitioner'] as const }];
    expect(publishProblem({ designedBy: 'Amira and Tom' }, sessions)).toBeNull();
  });

  it('refuses a session delivered by practitioners alone, saying why', () => {
    const sessions = [
      { startsAt: at, trainerExperiences: ['peer', 'practitioner'] as const },
      { startsAt: at, trainerExperiences: ['practitioner', 'practitioner'] as const },
    ];
    expect(publishProblem({ designedBy: 'Amira' }, sessions)).toMatch(
      /^One session has no peer trainer and practitioner trainer together\. .*lived experience/,
    );
  });

  it('refuses a course with no sessions or no designers', () => {
    expect(publishProblem({ designedBy: 'Amira' }, [])).toMatch(/at least one session/);
    expect(
      publishProblem({ designedBy: '  ' }, [{ startsAt: at, trainerExperiences: ['peer', 'practitioner'] }]),
    ).toMatch(/who designed/);
  });
});

describe('places and offers', () => {
  it('never counts fewer than no places', () => {
    expect(placesLeft(12, 3)).toBe(9);
    expect(placesLeft(2, 3)).toBe(0);
  });

  it('lets an offer stand for 48 hours', () => {
    expect(offerExpiry(at).toISOString()).toBe('2026-09-03T10:00:00.000Z');
  });
});

describe('containsHtml', () => {
  it('finds tags and comments but leaves ordinary writing alone', () => {
    expect(containsHtml('<script>alert(1)</script>')).toBe(true);
    expect(containsHtml('Bring <b>nothing</b>')).toBe(true);
    expect(containsHtml('<img src=x onerror=alert(1)>')).toBe(true);
    expect(containsHtml('<!-- hidden -->')).toBe(true);
    expect(containsHtml('Groups of < 12 people, and we <3 tea')).toBe(false);
    expect(containsHtml('Hope > fear')).toBe(false);
  });
});
