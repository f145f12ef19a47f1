import { describe, expect, it } from 'vitest';
import { buildResponse, dialogRatings, type AnswerValue } from '../instruments';
import { ratedAreas } from './rated-areas';
import { ratingChanges, type RatedMeeting } from './rating-changes';

const areas = ratedAreas(dialogRatings).filter((area) =>
  ['mental-health', 'accommodation', 'friendships', 'medication', 'job-situation'].includes(area.id),
);
const meeting = (meetingId: string, day: string, values: Record<string, AnswerValue>): RatedMeeting => ({
  meetingId,
  occurredAt: new Date(`${day}T10:00:00Z`),
  answers: buildResponse(dialogRatings, values).answers,
});

describe('ratingChanges', () => {
  it('puts improvements first, then no change, then falls, then areas with nothing to compare', () => {
    const changes = ratingChanges(areas, [
      meeting('m1', '2026-04-01', { 'mental-health': 3, accommodation: 5, friendships: 4, medication: 4 }),
      // mental health 3 → 4 (+1); accommodation 5 → 2 (−3); friendships 4 → 6 (+2); medication 4 → 4 (0);
      // job situation rated only now: nothing to compare.
      meeting('m2', '2026-05-01', {
        'mental-health': 4,
        accommodation: 2,
        friendships: 6,
        medication: 4,
        'job-situation': 5,
      }),
    ]);
    expect(changes.map((change) => [change.area.id, change.change])).toEqual([
      ['friendships', 2],
      ['mental-health', 1],
      ['medication', 0],
      ['accommodation', -3],
      ['job-situation', null],
    ]);
  });

  it('keeps the whole history, oldest first, with gaps where an area was not rated', () => {
    const [medication] = ratingChanges(
      areas.filter((area) => area.id === 'medication'),
      [
        meeting('m1', '2026-03-01', { medication: 2 }),
        meeting('m2', '2026-04-01', { medication: 'not-applicable' }),
        meeting('m3', '2026-05-01', { medication: 5, 'medication-more-help': true }),
      ],
    );
    expect(medication?.history.map((point) => point.value)).toEqual([2, null, 5]);
    // Since last time means since the meeting before: it did not rate medication, so there is no change.
    expect(medication).toMatchObject({ latest: 5, previous: null, change: null, moreHelp: true });
  });

  it('compares nothing when there is one meeting or none', () => {
    expect(ratingChanges(areas, []).every((change) => change.change === null && change.history.length === 0)).toBe(
      true,
    );
    const once = ratingChanges(areas, [meeting('m1', '2026-05-01', { friendships: 6 })]);
    expect(once.find((change) => change.area.id === 'friendships')).toMatchObject({
      latest: 6,
      previous: null,
      change: null,
      moreHelp: null,
    });
  });
});
