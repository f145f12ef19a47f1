import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getRatingHistory } from './get-rating-history';
import { ratingsResponse } from '../../../test/support/meeting-fixtures';
import { recordMeeting } from './record-meeting';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('getRatingHistory', () => {
  it('shows each area’s ratings across meetings with the change since last time, improvements first', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meet = (day: string, overrides: Parameters<typeof ratingsResponse>[0]) =>
      recordMeeting(
        t.deps,
        {
          personId: world.person.id,
          occurredAt: new Date(`${day}T10:00:00Z`),
          durationMinutes: 45,
          mode: 'clinic',
          ratings: ratingsResponse(overrides),
        },
        world.coordinatorActor,
      );
    await meet('2026-04-01', { accommodation: 2, friendships: 5, 'mental-health': 3 });
    await meet('2026-05-01', { accommodation: 3, friendships: 5, 'mental-health': 5 });
    // Since the meeting before: accommodation 3 → 6 (+3), mental health 5 → 6 (+1), friendships 5 → 3 (−2), the rest 4 → 4.
    await meet('2026-06-01', { accommodation: 6, friendships: 3, 'mental-health': 6, 'friendships-more-help': true });

    const history = await getRatingHistory(t.deps, { personId: world.person.id }, world.personActor);

    expect(history.meetings).toHaveLength(3);
    expect(history.areas.slice(0, 2).map((area) => [area.area.id, area.change])).toEqual([
      ['accommodation', 3],
      ['mental-health', 1],
    ]);
    expect(history.areas.at(-1)).toMatchObject({
      area: { id: 'friendships' },
      latest: 3,
      previous: 5,
      change: -2,
      moreHelp: true,
    });
    expect(history.areas.find((area) => area.area.id === 'accommodation')?.history.map((point) => point.value)).toEqual(
      [2, 3, 6],
    );
    // Charts can be asked for fewer meetings.
    expect(
      (await getRatingHistory(t.deps, { personId: world.person.id, meetings: 2 }, world.coordinatorActor)).meetings,
    ).toHaveLength(2);
  });
});
