import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { getPerson } from '../people/get-person';
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
