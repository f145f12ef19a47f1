import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import type { CarePlanImport } from '../services/care-plan/ports';
import { queryTeamSafetyPlanCounts } from './safety-plan-figures-queries';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** A safety plan of one version, written at `at`. */
const planWrittenAt = (personId: string, at: string): CarePlanImport => ({
  plan: { personId, sections: [], currentVersion: 1, createdAt: new Date(at), updatedAt: new Date(at) },
  versions: [
    {
      personId,
      version: 1,
      sectionKey: 'warning_signs',
      text: 'I stop answering my phone.',
      authorAccountId: '00000000-0000-0000-0000-000000000000',
      authorName: 'The person',
      authorKind: 'person',
      authorRole: 'service_user',
      acceptedByAccountId: null,
      acceptedByName: null,
      acceptedAt: null,
      proposalId: null,
      createdAt: new Date(at),
    },
  ],
  signatures: [],
  proposals: [],
  messages: [],
});

describe('safety plans updated in the last 12 months, in SQL', () => {
  it('counts the people with the service at the end of the period, and those whose plan changed in the year to it', async () => {
    const f = createFactories(t);
    const home = await f.team();
    const other = await f.team();
    const recent = await f.person({ teamId: home.id });
    const stale = await f.person({ teamId: home.id });
    await f.person({ teamId: home.id }); // no plan
    const afterTheEnd = await f.person({ teamId: home.id });
    const gone = await f.person({ teamId: home.id });
    await t.repositories.organisation.dischargePerson(gone.id, gone.version, {
      dischargedOn: '2026-03-01',
      dischargeReason: 'recovered',
      dischargeNote: null,
    });
    await t.repositories
      .documents('safety_plan')
      .createMany([
        planWrittenAt(recent.id, '2025-09-01T10:00:00Z'),
        planWrittenAt(stale.id, '2025-03-31T10:00:00Z'),
        planWrittenAt(afterTheEnd.id, '2026-04-01T10:00:00Z'),
        planWrittenAt(gone.id, '2026-01-01T10:00:00Z'),
      ]);
    // A care plan is not a safety plan.
    await t.repositories.documents('care_plan').createMany([planWrittenAt(stale.id, '2026-02-01T10:00:00Z')]);

    const rows = await queryTeamSafetyPlanCounts(
      t.handle.db,
      { from: '2026-01-01', to: '2026-03-31' },
      { teamIds: [home.id, other.id] },
    );
    expect(rows.sort((a, b) => (a.teamId === home.id ? -1 : b.teamId === home.id ? 1 : 0))).toEqual([
      { teamId: home.id, people: 4, updated: 1 },
      { teamId: other.id, people: 0, updated: 0 },
    ]);
  });
});
