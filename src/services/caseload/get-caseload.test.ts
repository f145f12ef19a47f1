import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { saveCarePlanSection } from '../care-plan/save-care-plan-section';
import { getPerson } from '../people/get-person';
import { recordRiskDiscussion } from '../risk/record-risk-discussion';
import { getCaseload } from './get-caseload';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('getCaseload', () => {
  it('warns that the coordinator changed only while the change is recent (three months)', async () => {
    const f = createFactories(t);
    const home = await f.team();
    const before = await f.worker({ teamId: home.id });
    const now = await f.worker({ teamId: home.id });
    const actor = await f.account('worker', { workerId: now.id });
    // Tests run on 2026-06-15: a handover on 2026-04-01 is recent; one on 2026-02-01 is not; a first allocation is no change.
    const recent = await f.person({ teamId: home.id, name: 'Recent Change' });
    await f.membership(recent.id, before.id, { startsOn: '2025-06-01', endsOn: '2026-04-01' });
    await f.membership(recent.id, now.id, { startsOn: '2026-04-01' });
    const older = await f.person({ teamId: home.id, name: 'Older Change' });
    await f.membership(older.id, before.id, { startsOn: '2025-06-01', endsOn: '2026-02-01' });
    await f.membership(older.id, now.id, { startsOn: '2026-02-01' });
    const first = await f.person({ teamId: home.id, name: 'First Coordinator' });
    await f.membership(first.id, now.id, { startsOn: '2026-06-01' });

    const rows = new Map((await getCaseload(t.deps, actor)).map((row) => [row.name, row]));

    expect(rows.get('Recent Change')).toMatchObject({
      careCoordinatorsLast12Months: 2,
      recentCoordinatorChangeOn: '2026-04-01',
    });
    expect(rows.get('Older Change')).toMatchObject({
      careCoordinatorsLast12Months: 2,
      recentCoordinatorChangeOn: null,
    });
    expect(rows.get('First Coordinator')).toMatchObject({
      careCoordinatorsLast12Months: 1,
      recentCoordinatorChangeOn: null,
    });
    // The person's page follows the same rule.
    expect((await getPerson(t.deps, { personId: recent.id }, actor)).recentCoordinatorChangeOn).toBe('2026-04-01');
    expect((await getPerson(t.deps, { personId: older.id }, actor)).recentCoordinatorChangeOn).toBeNull();
  });
});

describe('getCaseload and the risk formulation', () => {
  it('marks people whose formulation has not been discussed with them in 12 months, and only them', async () => {
    const f = createFactories(t);
    const home = await f.team();
    const me = await f.worker({ teamId: home.id });
    const actor = await f.account('worker', { workerId: me.id });
    // Tests run on 2026-06-15: discussions on or after 2025-06-15 are recent.
    const cases = [
      { name: 'Risk None', formulation: false, discussions: [] },
      { name: 'Risk Never', formulation: true, discussions: [] },
      { name: 'Risk Old', formulation: true, discussions: [{ on: '2025-05-15', isDeclined: false }] },
      { name: 'Risk Recent', formulation: true, discussions: [{ on: '2025-06-15', isDeclined: false }] },
      {
        name: 'Risk Chose Not',
        formulation: true,
        discussions: [
          { on: '2025-01-10', isDeclined: false },
          { on: '2026-06-01', isDeclined: true },
        ],
      },
    ];
    for (const c of cases) {
      const someone = await f.person({ teamId: home.id, name: c.name });
      await f.membership(someone.id, me.id, { startsOn: '2024-01-01' });
      if (c.formulation)
        await saveCarePlanSection(
          t.deps,
          {
            personId: someone.id,
            kind: 'risk_formulation',
            sectionKey: 'what_helps_team',
            text: 'Walks.',
            baseVersion: 0,
          },
          actor,
        );
      for (const d of c.discussions)
        await recordRiskDiscussion(
          t.deps,
          {
            personId: someone.id,
            discussedOn: d.on,
            mode: 'in_person',
            response: d.isDeclined ? null : 'Fair.',
            isDeclined: d.isDeclined,
          },
          actor,
        );
    }

    const rows = new Map((await getCaseload(t.deps, actor)).map((row) => [row.name, row.riskDiscussion]));

    expect(rows.get('Risk None')).toEqual({ hasFormulation: false, lastDiscussedOn: null, isDue: false });
    expect(rows.get('Risk Never')).toEqual({ hasFormulation: true, lastDiscussedOn: null, isDue: true });
    expect(rows.get('Risk Old')).toEqual({ hasFormulation: true, lastDiscussedOn: '2025-05-15', isDue: true });
    expect(rows.get('Risk Recent')).toEqual({ hasFormulation: true, lastDiscussedOn: '2025-06-15', isDue: false });
    expect(rows.get('Risk Chose Not')).toEqual({ hasFormulation: true, lastDiscussedOn: '2025-01-10', isDue: true });
  });
});
