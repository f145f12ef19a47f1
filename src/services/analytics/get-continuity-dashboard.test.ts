import { describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../../test/support/analytics-world';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { compareSites } from './compare-sites';
import { getContinuityDashboard } from './get-continuity-dashboard';

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestDatabase(async (opened) => {
  t = opened;
  world = await buildAnalyticsWorld(t);
});

describe('getContinuityDashboard (figures hand-worked in test/support/analytics-world.ts)', () => {
  it('summarises the manager’s team: visits 4, 1, 0 → median 1, quartiles 0.5 and 2.5', async () => {
    const dashboard = await getContinuityDashboard(t.deps, QUARTER, world.manager);
    expect(dashboard.team).toEqual({ id: world.teams.a.id, name: 'Team A, North' });
    expect(dashboard.site).toEqual({ id: world.sites.north, name: 'North' });
    expect(dashboard.overall).toMatchObject({ people: 3, peopleWithContacts: 2 });
    expect(dashboard.overall.measures.contacts).toEqual({
      n: 3,
      mean: 5 / 3,
      median: 1,
      q1: 0.5,
      q3: 2.5,
      min: 0,
      max: 4,
    });
    expect(dashboard.overall.measures.upc).toEqual({
      n: 2,
      mean: 0.875,
      median: 0.875,
      q1: 0.8125,
      q3: 0.9375,
      min: 0.75,
      max: 1,
    });
    expect(dashboard.overall.measures.coc).toMatchObject({ n: 1, median: 0.5 });
    expect(dashboard.overall.measures.secon.median).toBeCloseTo(1 / 3, 12);
    expect(dashboard.overall.measures.daysWithoutCareCoordinator).toMatchObject({ n: 3, median: 0, max: 31 });
    expect(dashboard.overall.measures.careCoordinatorChanges).toMatchObject({ n: 3, max: 1, mean: 1 / 3 });
  });

  it('groups the team’s people by their care coordinator on the last day, and compares the site’s teams', async () => {
    const dashboard = await getContinuityDashboard(t.deps, QUARTER, world.manager);
    expect(dashboard.byWorker.map((w) => [w.workerName, w.people])).toEqual([
      ['=Bo "Bee" Lee', 1],
      ['Alex Morgan', 2],
    ]);
    expect(dashboard.byWorker[0]?.measures.upcCareCoordinator).toMatchObject({ n: 1, median: 1 });
    expect(dashboard.byTeam.map((team) => [team.teamName, team.people])).toEqual([
      ['Team A, North', 3],
      ['Team B', 1],
    ]);
  });

  it('refuses a manager another team or site, and anyone but managers and administrators', async () => {
    await expect(
      getContinuityDashboard(t.deps, { ...QUARTER, teamId: world.teams.b.id }, world.manager),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getContinuityDashboard(t.deps, { ...QUARTER, siteId: world.sites.south }, world.manager),
    ).rejects.toMatchObject({ code: 'forbidden' });
    for (const actor of [world.coordinatorActor, world.personActor, world.researcher]) {
      await expect(getContinuityDashboard(t.deps, QUARTER, actor)).rejects.toMatchObject({ code: 'forbidden' });
    }
    const unlinked = await createFactories(t).account('team_manager');
    await expect(getContinuityDashboard(t.deps, QUARTER, unlinked)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets an administrator choose any team or site, or the whole organisation', async () => {
    const teamC = await getContinuityDashboard(t.deps, { ...QUARTER, teamId: world.teams.c.id }, world.admin);
    expect(teamC.overall.measures.contacts).toMatchObject({ n: 1, median: 2 });
    const south = await getContinuityDashboard(t.deps, { ...QUARTER, siteId: world.sites.south }, world.admin);
    expect(south).toMatchObject({ team: null, site: { name: 'South' }, byWorker: [] });
    const everyone = await getContinuityDashboard(t.deps, QUARTER, world.admin);
    expect(everyone.overall.people).toBe(5);
    await expect(
      getContinuityDashboard(t.deps, { teamId: '0190e8b0-0000-7000-8000-000000000000' }, world.admin),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      getContinuityDashboard(t.deps, { teamId: world.teams.c.id, siteId: world.sites.north }, world.admin),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('refuses a period that ends before it starts, and defaults to the last 12 months', async () => {
    await expect(
      getContinuityDashboard(t.deps, { from: '2026-03-01', to: '2026-01-01' }, world.manager),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect((await getContinuityDashboard(t.deps, {}, world.manager)).window).toEqual({
      from: '2025-06-15',
      to: '2026-06-15',
    });
  });

  it('audits every read with the team and the number of people', async () => {
    await getContinuityDashboard(t.deps, QUARTER, world.manager);
    const events = await t.repositories.audit.listChain(`account:${world.manager.accountId}`);
    expect(events.at(-1)).toMatchObject({
      action: 'analytics.continuity.read',
      detail: { teamId: world.teams.a.id, people: 3, from: QUARTER.from },
    });
  });
});

describe('compareSites', () => {
  it('summarises every site and tests whether they differ', async () => {
    const comparison = await compareSites(t.deps, QUARTER, world.manager);
    const north = comparison.bySite.find((s) => s.siteName === 'North');
    expect(north).toMatchObject({ people: 4, peopleWithContacts: 3 });
    expect(comparison.tests.contacts).toMatchObject({ groups: 2, df: 1, n: 5 });
    expect(comparison.tests.contacts.p).toBeGreaterThan(0);
    await expect(compareSites(t.deps, QUARTER, world.coordinatorActor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
