import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/accounts/actor';
import { buildAnalyticsWorld, QUARTER } from '../../../test/support/analytics-world';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { completeDueHandovers, completeHandover } from '../handovers/complete-handover';
import { planHandover } from '../handovers/plan-handover';
import { exportFigures } from './export-figures';
import { getServiceFigures } from './get-service-figures';

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestDatabase(async (opened) => {
  t = opened;
  world = await buildAnalyticsWorld(t);
  const { p1, p3, p5 } = world.people;
  const { w2, w3, w4 } = world.workers;

  // Sam (team A): planned on 6 January for 20 January and completed on its day: 14 days' notice.
  t.setNow(new Date('2026-01-06T10:00:00Z'));
  await planHandover(
    t.deps,
    { personId: p1.id, toWorkerId: w2.id, handoverOn: '2026-01-20', reason: 'worker_left_service' },
    world.coordinatorActor,
  );
  t.setNow(new Date('2026-01-20T06:00:00Z'));
  expect(await completeDueHandovers(t.deps, SYSTEM_ACTOR)).toBe(1);

  // Kim (team B): planned on 1 February for 1 March but confirmed early on 11 February: 10 days'
  // notice, the days Kim actually had, not the 28 once planned.
  t.setNow(new Date('2026-02-01T23:30:00Z'));
  const early = await planHandover(
    t.deps,
    { personId: p3.id, toWorkerId: w4.id, handoverOn: '2026-03-01', reason: 'worker_left_service' },
    world.admin,
  );
  t.setNow(new Date('2026-02-11T09:00:00Z'));
  await completeHandover(t.deps, { handoverId: early.id, version: early.version }, world.admin);
  // Ola (team C): planned and completed on 10 March, the same day: no notice, so unplanned.
  t.setNow(new Date('2026-03-10T09:00:00Z'));
  const sameDay = await planHandover(
    t.deps,
    { personId: p5.id, toWorkerId: w3.id, handoverOn: '2026-03-10', reason: 'worker_left_service' },
    world.admin,
  );
  await completeHandover(t.deps, { handoverId: sameDay.id, version: sameDay.version }, world.admin);
  // Ria (team A) changed coordinator on 1 March through the care-team form: unplanned (the world).
  t.setNow(new Date('2026-06-15T10:00:00Z'));
});

describe('service figures: planned and unplanned changes of care coordinator', () => {
  it('gives the manager’s team one planned change with 14 days’ notice and one unplanned', async () => {
    const figures = await getServiceFigures(t.deps, QUARTER, world.manager);
    expect(figures.overall.coordinatorChanges).toEqual({
      planned: 1,
      unplanned: 1,
      plannedShare: 0.5,
      medianDaysOfNotice: 14,
    });
    expect(figures.byTeam.map((team) => [team.teamName, team.coordinatorChanges])).toEqual([
      ['Team A, North', { planned: 1, unplanned: 1, plannedShare: 0.5, medianDaysOfNotice: 14 }],
      ['Team B', { planned: 1, unplanned: 0, plannedShare: 1, medianDaysOfNotice: 10 }],
    ]);
  });

  it('counts an early completion by the notice the person had, a same-day one as unplanned, and adds up', async () => {
    const all = await getServiceFigures(t.deps, QUARTER, world.admin);
    expect(all.overall.coordinatorChanges).toEqual({
      planned: 2,
      unplanned: 2,
      plannedShare: 0.5,
      medianDaysOfNotice: 12,
    });
    expect(all.byTeam.find((team) => team.teamName === 'Team C')?.coordinatorChanges).toEqual({
      planned: 0,
      unplanned: 1,
      plannedShare: 0,
      medianDaysOfNotice: null,
    });
    // By site: South (team C) had the same-day change; North the rest. A window before any change counts nothing.
    const south = await getServiceFigures(t.deps, { ...QUARTER, siteId: world.sites.south }, world.admin);
    expect(south.overall.coordinatorChanges).toMatchObject({ planned: 0, unplanned: 1, medianDaysOfNotice: null });
    const north = await getServiceFigures(t.deps, { ...QUARTER, siteId: world.sites.north }, world.admin);
    expect(north.overall.coordinatorChanges).toMatchObject({ planned: 2, unplanned: 1, medianDaysOfNotice: 12 });
    const january = await getServiceFigures(t.deps, { from: '2026-01-01', to: '2026-01-19' }, world.admin);
    expect(january.overall.coordinatorChanges.planned).toBe(0);
  });

  it('exports the split and the notice per team in the service CSV', async () => {
    const csv = await exportFigures(t.deps, { ...QUARTER, kind: 'service-teams' }, world.manager);
    const at = (column: string) => csv.columns.indexOf(column);
    const teamB = csv.rows.find((row) => row[1] === 'Team B') ?? [];
    expect(
      [
        'coordinator_changes_planned',
        'coordinator_changes_unplanned',
        'coordinator_changes_planned_share',
        'coordinator_changes_median_days_notice',
      ].map((column) => teamB[at(column)]),
    ).toEqual([1, 0, 1, 10]);
  });

  it('is for team managers and administrators only', async () => {
    await expect(getServiceFigures(t.deps, QUARTER, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
