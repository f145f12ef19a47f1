import { describe, expect, it } from 'vitest';
import { dialogRatings } from '../instruments';
import { assertChosenAreas, chosenAreaProblems } from './chosen-areas';
import { ratedAreas } from './rated-areas';

const areas = ratedAreas(dialogRatings);

describe('ratedAreas', () => {
  it('offers the eight life domains and three treatment aspects, each with its more-help question', () => {
    expect(areas).toHaveLength(11);
    expect(areas.filter((area) => area.groupId === 'life-domains')).toHaveLength(8);
    expect(areas.at(-1)).toEqual({
      id: 'meetings',
      label: 'Meetings with professionals',
      groupId: 'treatment-aspects',
      groupLabel: 'Treatment aspects',
      moreHelpItemId: 'meetings-more-help',
    });
  });
});

describe('chosen areas', () => {
  it('accepts up to three rated areas', () => {
    expect(chosenAreaProblems(areas, ['accommodation', 'friendships', 'medication'])).toEqual([]);
    expect(chosenAreaProblems(areas, [])).toEqual([]);
  });

  it('refuses a fourth area with a 400 that says how many may be chosen', () => {
    const four = ['accommodation', 'friendships', 'medication', 'mental-health'];
    expect(() => assertChosenAreas(areas, four)).toThrow(
      expect.objectContaining({ code: 'bad_request', message: expect.stringMatching(/up to 3/) }),
    );
  });

  it('refuses an area that is not rated, and one chosen twice, naming the field', () => {
    expect(chosenAreaProblems(areas, ['housing', 'friendships', 'friendships'])).toEqual([
      { field: 'areas.0.areaId', message: '"housing" is not one of the areas rated at a meeting.' },
      { field: 'areas.2.areaId', message: '"friendships" is chosen twice.' },
    ]);
    // A "more help?" question is not an area to talk about.
    expect(chosenAreaProblems(areas, ['friendships-more-help'])).toHaveLength(1);
  });
});
