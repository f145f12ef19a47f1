import { describe, expect, it } from 'vitest';
import {
  characterCount,
  DEFAULT_CARE_PLAN_SECTIONS,
  normaliseSectionText,
  sectionListProblems,
} from './care-plan-sections';

describe('care plan sections', () => {
  it('ships defaults that pass their own checks, starting with the person’s own words', () => {
    expect(sectionListProblems(DEFAULT_CARE_PLAN_SECTIONS)).toEqual([]);
    expect(DEFAULT_CARE_PLAN_SECTIONS.map((s) => s.title)).toEqual([
      'About me',
      'What matters to me and my goals',
      'My strengths',
      'What helps and what does not',
      'Who supports me',
      'Agreed support',
      'My next review',
    ]);
  });

  it('names each problem in a service’s own list', () => {
    expect(sectionListProblems([])).toEqual(['A plan needs at least one section.']);
    const problems = sectionListProblems([
      { key: 'About Me', title: 'About me', prompt: '' },
      { key: 'goals', title: ' ', prompt: '' },
      { key: 'goals', title: 'Goals', prompt: '' },
    ]);
    expect(problems).toEqual([
      '"About Me" is not a valid key: use lower-case letters, digits and _.',
      'The section "goals" needs a title.',
      'The key "goals" is used twice.',
    ]);
  });

  it('counts characters as people do and evens out line endings', () => {
    expect(characterCount('😀é')).toBe(2);
    expect(normaliseSectionText('  one\r\ntwo\rthree \n')).toBe('one\ntwo\nthree');
  });
});
