import { describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../../test/support/analytics-world';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getServiceFigures } from './get-service-figures';

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestDatabase(async (opened) => {
  t = opened;
  world = await buildAnalyticsWorld(t);
});

describe('getServiceFigures (hand-worked in test/support/analytics-world.ts)', () => {
  it('gives the manager’s team: 1 of 4 reviews in time, 35 admin minutes of 210, caseloads 2 and 1', async () => {
    const figures = await getServiceFigures(t.deps, QUARTER, world.manager);
    expect(figures.overall).toEqual({
      reviews: { due: 4, heldInTime: 1, heldLate: 1, overdue: 1, shareHeldInTime: 0.25 },
      time: { contacts: 4, contactMinutes: 175, adminMinutes: 35, adminShare: 35 / 210 },
      beyondRoutine: { contacts: 1, share: 0.25 },
      caseloads: { n: 2, mean: 1.5, median: 1.5, q1: 1.25, q3: 1.75, min: 1, max: 2 },
      // Three people in Team A, none with a safety plan in this world.
      safetyPlans: { people: 3, updated: 0, share: 0 },
    });
  });

  it('compares the teams of the site and lists the team’s workers with their caseload and time', async () => {
    const figures = await getServiceFigures(t.deps, QUARTER, world.manager);
    expect(figures.byTeam.map((team) => [team.teamName, team.reviews.shareHeldInTime, team.time.contacts])).toEqual([
      ['Team A, North', 0.25, 4],
      ['Team B', 1, 1],
    ]);
    expect(figures.byWorker.map((w) => [w.workerName, w.coordinatedPeople, w.contacts, w.contactMinutes])).toEqual([
      ['=Bo "Bee" Lee', 1, 2, 75],
      ['Alex Morgan', 2, 3, 130],
      ['Mo Manager', 0, 0, 0],
    ]);
  });

  it('gives an administrator the whole organisation without per-worker rows, and refuses a worker', async () => {
    const figures = await getServiceFigures(t.deps, QUARTER, world.admin);
    expect(figures.overall.time.contacts).toBe(7);
    expect(figures.byTeam).toHaveLength(3);
    expect(figures.byWorker).toEqual([]);
    await expect(getServiceFigures(t.deps, QUARTER, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('leaves shares undefined, not zero, when nothing was due or recorded', async () => {
    const figures = await getServiceFigures(t.deps, { from: '2020-01-01', to: '2020-03-31' }, world.manager);
    expect(figures.overall.reviews.shareHeldInTime).toBeNull();
    expect(figures.overall.time.adminShare).toBeNull();
    expect(figures.overall.beyondRoutine.share).toBeNull();
  });
});
