import { describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../../test/support/analytics-world';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { exportFigures } from './export-figures';
import { exportPersonContinuity } from './export-person-continuity';
import { exportResearchData, MAX_RESEARCH_ROWS } from './export-research-data';

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestDatabase(async (opened) => {
  t = opened;
  world = await buildAnalyticsWorld(t);
});

const lastAuditOf = async (accountId: string) => (await t.repositories.audit.listChain(`account:${accountId}`)).at(-1);

describe('exportFigures', () => {
  it('exports the team’s people by id with no names, and audits the kind and row count', async () => {
    const table = await exportFigures(t.deps, { ...QUARTER, kind: 'continuity-people' }, world.manager);
    expect(table.columns.slice(0, 4)).toEqual(['person_id', 'team', 'care_coordinator', 'contacts']);
    expect(table.rows).toHaveLength(3);
    expect(JSON.stringify(table.rows)).not.toMatch(/Sam Taylor|Ria Patel|Lou Brown/);
    expect(table.rows.find((row) => row[0] === world.people.p2.id)?.slice(1, 4)).toEqual([
      'Team A, North',
      '=Bo "Bee" Lee',
      1,
    ]);
    expect(await lastAuditOf(world.manager.accountId)).toMatchObject({
      action: 'analytics.export',
      detail: { kind: 'continuity-people', rows: 3 },
    });
  });

  it('exports summaries in long form, one row per group and measure', async () => {
    const table = await exportFigures(t.deps, { ...QUARTER, kind: 'continuity-summary' }, world.manager);
    // overall + 2 coordinators + 2 teams of the site, 9 measures each
    expect(table.rows).toHaveLength(5 * 9);
    expect(table.rows[0]).toEqual([
      'overall',
      world.teams.a.id,
      'Team A, North',
      3,
      2,
      'contacts',
      3,
      5 / 3,
      1,
      0.5,
      2.5,
      0,
      4,
    ]);
  });

  it('exports worker figures for a team only, and keeps the manager to their team', async () => {
    const workers = await exportFigures(t.deps, { ...QUARTER, kind: 'service-workers' }, world.manager);
    expect(workers.rows.map((row) => row[1])).toEqual(['=Bo "Bee" Lee', 'Alex Morgan', 'Mo Manager']);
    await expect(exportFigures(t.deps, { ...QUARTER, kind: 'service-workers' }, world.admin)).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(
      exportFigures(t.deps, { ...QUARTER, kind: 'service-teams', teamId: world.teams.c.id }, world.manager),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const teams = await exportFigures(t.deps, { ...QUARTER, kind: 'service-teams' }, world.manager);
    expect(teams.rows.map((row) => row[1])).toEqual(['Team A, North', 'Team B']);
  });
});

describe('exportResearchData', () => {
  it('is for researchers only, and is audited with its row count', async () => {
    await expect(exportResearchData(t.deps, { ...QUARTER, dataset: 'contacts' }, world.manager)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(exportResearchData(t.deps, { ...QUARTER, dataset: 'contacts' }, world.admin)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const table = await exportResearchData(t.deps, { ...QUARTER, dataset: 'care-team-periods' }, world.researcher);
    expect(table.rows).toHaveLength(6);
    expect(await lastAuditOf(world.researcher.accountId)).toMatchObject({
      action: 'analytics.export',
      detail: { kind: 'research-care-team-periods', rows: 6 },
    });
    expect(MAX_RESEARCH_ROWS).toBeGreaterThan(100_000);
  });
});

describe('exportPersonContinuity', () => {
  it('gives administrators the people with a contact in the period, by id, and audits it', async () => {
    const people = await exportPersonContinuity(t.deps, QUARTER, world.admin);
    expect(people.map((p) => p.personId)).toEqual(
      [world.people.p1.id, world.people.p2.id, world.people.p3.id, world.people.p5.id].sort(),
    );
    expect(await lastAuditOf(world.admin.accountId)).toMatchObject({ detail: { kind: 'continuity-jsonl', rows: 4 } });
    await expect(exportPersonContinuity(t.deps, QUARTER, world.manager)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
