import { describe, expect, it } from 'vitest';
import { matchesProspectusFilter, type FilterableCourse } from './prospectus-filter';

const course: FilterableCourse = {
  termId: 'autumn',
  title: 'Understanding Anxiety',
  summary: 'What anxiety is, and ways of living with it.',
  audience: 'Anyone, including carers and staff',
  placesLeft: 3,
  sessions: [{ isOnline: false }, { isOnline: true }],
};

describe('matchesProspectusFilter', () => {
  it('finds every word typed, in any case and without accents', () => {
    expect(matchesProspectusFilter(course, { q: 'anxiety CARERS' })).toBe(true);
    expect(matchesProspectusFilter({ ...course, title: 'Café conversations' }, { q: 'cafe' })).toBe(true);
    expect(matchesProspectusFilter(course, { q: 'anxiety sleep' })).toBe(false);
  });

  it('filters by term, format and places free', () => {
    expect(matchesProspectusFilter(course, { termId: 'spring' })).toBe(false);
    expect(matchesProspectusFilter(course, { format: 'in_person' })).toBe(true);
    expect(matchesProspectusFilter(course, { format: 'online' })).toBe(false);
    expect(matchesProspectusFilter({ ...course, sessions: [{ isOnline: true }] }, { format: 'online' })).toBe(true);
    expect(matchesProspectusFilter({ ...course, placesLeft: 0 }, { hasPlaces: true })).toBe(false);
    expect(matchesProspectusFilter({ ...course, placesLeft: 0 }, {})).toBe(true);
  });
});
