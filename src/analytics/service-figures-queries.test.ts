import { describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../test/support/analytics-world';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { queryCaseloadSizes, queryTeamServiceCounts, queryWorkerContactTime } from './service-figures-queries';

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestDatabase(async (opened) => {
  t = opened;
  world = await buildAnalyticsWorld(t);
});

describe('service figures in SQL (hand-worked in test/support/analytics-world.ts)', () => {
  it('counts reviews in time, late and overdue, and contact, admin and beyond-routine time per team', async () => {
    const rows = await queryTeamServiceCounts(t.handle.db, QUARTER, { siteId: world.sites.north });
    const byTeam = new Map(rows.map((row) => [row.teamId, row]));
    expect(byTeam.get(world.teams.a.id)).toEqual({
      teamId: world.teams.a.id,
      reviewsDue: 4,
      reviewsHeldInTime: 1,
      reviewsHeldLate: 1,
      reviewsOverdue: 1,
      contacts: 4,
      contactMinutes: 175,
      adminMinutes: 35,
      beyondRoutineContacts: 1,
    });
    expect(byTeam.get(world.teams.b.id)).toEqual({
      teamId: world.teams.b.id,
      reviewsDue: 1,
      reviewsHeldInTime: 1,
      reviewsHeldLate: 0,
      reviewsOverdue: 0,
      contacts: 1,
      contactMinutes: 20,
      adminMinutes: 0,
      beyondRoutineContacts: 1,
    });
    expect(byTeam.has(world.teams.c.id)).toBe(false);
  });

  it('gives a team with nothing in the period a row of zeros, and nothing for an empty list of teams', async () => {
    const rows = await queryTeamServiceCounts(
      t.handle.db,
      { from: '2020-01-01', to: '2020-12-31' },
      { teamIds: [world.teams.c.id] },
    );
    expect(rows).toEqual([
      expect.objectContaining({ teamId: world.teams.c.id, reviewsDue: 0, contacts: 0, contactMinutes: 0 }),
    ]);
    expect(await queryTeamServiceCounts(t.handle.db, QUARTER, { teamIds: [] })).toEqual([]);
  });

  it('counts each coordinator’s people on the last day, a handover that day included', async () => {
    const rows = await queryCaseloadSizes(t.handle.db, QUARTER, { teamIds: [world.teams.a.id] });
    expect(rows.map((row) => [row.workerId, row.coordinatedPeople]).sort()).toEqual(
      [
        [world.workers.w1.id, 2],
        [world.workers.w2.id, 1],
      ].sort(),
    );
  });

  it('gives each worker the full time of a joint visit, and lists workers with no contacts', async () => {
    const rows = await queryWorkerContactTime(t.handle.db, QUARTER, { teamIds: [world.teams.a.id] });
    const byWorker = new Map(rows.map((row) => [row.workerName, row]));
    expect(byWorker.get('Alex Morgan')).toMatchObject({
      contacts: 3,
      contactMinutes: 130,
      adminMinutes: 30,
      beyondRoutineContacts: 1,
    });
    expect(byWorker.get('=Bo "Bee" Lee')).toMatchObject({
      contacts: 2,
      contactMinutes: 75,
      adminMinutes: 25,
      beyondRoutineContacts: 0,
    });
    expect(byWorker.get('Mo Manager')).toMatchObject({ contacts: 0, contactMinutes: 0 });
  });
});
