import { describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../../test/support/analytics-world';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { exportFigures } from './export-figures';
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
      // Nobody has a risk formulation in this world: nothing to count, so no share and no median.
      riskDiscussions: {
        formulations: 0,
        discussedRecently: 0,
        neverDiscussed: 0,
        share: null,
        medianDaysSinceDiscussed: null,
      },
      // Ria's coordinator changed on 2026-03-01 through the care-team form: unplanned, no notice.
      coordinatorChanges: { planned: 0, unplanned: 1, plannedShare: 0, medianDaysOfNotice: null },
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

describe('getServiceFigures: risk formulations discussed with the person', () => {
  it('gives each team the share discussed in the 12 months to 2026-03-31 and the median days since', async () => {
    // Team A: Sam discussed 2026-03-01 (30 days), Ria 2025-02-28 (13 months: 396 days), Lou chose not
    // to discuss it; team B: Kim never discussed; team C: Ola has no formulation.
    const { p1, p2, p3, p4 } = world.people;
    const writtenAt = new Date('2025-01-05T10:00:00Z');
    await t.repositories.documents('risk_formulation').createMany(
      [p1, p2, p3, p4].map((person) => ({
        plan: { personId: person.id, sections: [], currentVersion: 1, createdAt: writtenAt, updatedAt: writtenAt },
        versions: [
          {
            personId: person.id,
            version: 1,
            sectionKey: 'what_helps_team',
            text: 'Walks.',
            authorAccountId: world.coordinatorActor.accountId,
            authorName: 'Alex Morgan',
            authorKind: 'worker',
            authorRole: 'worker',
            acceptedByAccountId: null,
            acceptedByName: null,
            acceptedAt: null,
            proposalId: null,
            createdAt: writtenAt,
          },
        ],
        signatures: [],
        proposals: [],
        messages: [],
      })),
    );
    const discuss = (personId: string, discussedOn: string, isDeclined = false) =>
      t.repositories.risk.addDiscussion({
        personId,
        id: crypto.randomUUID(),
        discussedOn,
        mode: 'phone',
        response: isDeclined ? null : 'Fair.',
        isDeclined,
        formulationVersion: 1,
        recordedByAccountId: world.coordinatorActor.accountId,
        recordedByName: 'Alex Morgan',
        recordedAt: new Date(`${discussedOn}T12:00:00Z`),
      });
    await discuss(p1.id, '2026-03-01');
    await discuss(p2.id, '2025-02-28');
    await discuss(p4.id, '2026-02-01', true);

    const figures = await getServiceFigures(t.deps, QUARTER, world.manager);
    expect(figures.overall.riskDiscussions).toEqual({
      formulations: 3,
      discussedRecently: 1,
      neverDiscussed: 1,
      share: 1 / 3,
      medianDaysSinceDiscussed: (30 + 396) / 2,
    });
    expect(figures.byTeam.map((team) => [team.teamName, team.riskDiscussions.share])).toEqual([
      ['Team A, North', 1 / 3],
      ['Team B', 0],
    ]);
    const all = await getServiceFigures(t.deps, QUARTER, world.admin);
    expect(all.byTeam.find((team) => team.teamName === 'Team C')?.riskDiscussions.share).toBeNull();

    const csv = await exportFigures(t.deps, { ...QUARTER, kind: 'service-teams' }, world.manager);
    const at = (column: string) => csv.columns.indexOf(column);
    const teamA = csv.rows.find((row) => row[1] === 'Team A, North') ?? [];
    expect(
      [
        'risk_formulations',
        'risk_formulations_discussed_12_months',
        'risk_formulations_never_discussed',
        'risk_formulations_discussed_share',
        'risk_median_days_since_discussed',
      ].map((column) => teamA[at(column)]),
    ).toEqual([3, 1, 1, 1 / 3, 213]);
  });
});
