import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import type { CarePlanImport } from '../services/care-plan/ports';
import { newId } from '../services/new-id';
import type { RiskDiscussionRecord } from '../services/risk/ports';
import { queryFormulationDiscussions } from './risk-discussion-figures-queries';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** A document of one version, written at `at`. */
const writtenAt = (personId: string, at: string): CarePlanImport => ({
  plan: { personId, sections: [], currentVersion: 1, createdAt: new Date(at), updatedAt: new Date(at) },
  versions: [
    {
      personId,
      version: 1,
      sectionKey: 'what_helps_team',
      text: 'Walks and music.',
      authorAccountId: NOBODY,
      authorName: 'A worker',
      authorKind: 'worker',
      authorRole: 'worker',
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

const discussion = (personId: string, discussedOn: string, isDeclined = false): RiskDiscussionRecord => ({
  personId,
  id: newId(),
  discussedOn,
  mode: 'in_person',
  response: isDeclined ? null : 'That is fair.',
  isDeclined,
  formulationVersion: 1,
  recordedByAccountId: NOBODY,
  recordedByName: 'A worker',
  recordedAt: new Date(`${discussedOn}T12:00:00Z`),
});

describe('risk formulations and their last discussion, in SQL', () => {
  it('gives each person with a formulation at the end of the period their last discussion up to it', async () => {
    const f = createFactories(t);
    const home = await f.team();
    const other = await f.team();
    const recent = await f.person({ teamId: home.id, name: 'Recent' });
    const old = await f.person({ teamId: home.id, name: 'Old' });
    const never = await f.person({ teamId: home.id, name: 'Never' });
    const declined = await f.person({ teamId: home.id, name: 'Declined' });
    await f.person({ teamId: home.id, name: 'No formulation' });
    const later = await f.person({ teamId: home.id, name: 'Written after the end' });
    const gone = await f.person({ teamId: home.id, name: 'Discharged' });
    await t.repositories.organisation.dischargePerson(gone.id, gone.version, {
      dischargedOn: '2026-03-01',
      dischargeReason: 'recovered',
      dischargeNote: null,
    });
    await t.repositories
      .documents('risk_formulation')
      .createMany([
        writtenAt(recent.id, '2025-06-01T10:00:00Z'),
        writtenAt(old.id, '2025-01-10T10:00:00Z'),
        writtenAt(never.id, '2025-09-01T10:00:00Z'),
        writtenAt(declined.id, '2025-09-01T10:00:00Z'),
        writtenAt(later.id, '2026-04-01T10:00:00Z'),
        writtenAt(gone.id, '2025-09-01T10:00:00Z'),
      ]);
    // A safety plan is not a formulation.
    await t.repositories.documents('safety_plan').createMany([writtenAt(never.id, '2025-01-01T10:00:00Z')]);
    await t.repositories.risk.addDiscussions([
      discussion(recent.id, '2025-06-02'),
      discussion(recent.id, '2026-03-01'),
      // After the period's end: not yet discussed as of its last day.
      discussion(old.id, '2026-04-05'),
      discussion(old.id, '2025-02-28'),
      discussion(declined.id, '2026-02-01', true),
      discussion(gone.id, '2026-01-01'),
    ]);

    const rows = await queryFormulationDiscussions(
      t.handle.db,
      { from: '2026-01-01', to: '2026-03-31' },
      { teamIds: [home.id, other.id] },
    );
    const byPerson = (days: (string | null)[]) => [...days].sort();
    expect(rows.every((row) => row.teamId === home.id)).toBe(true);
    expect(byPerson(rows.map((row) => row.lastDiscussedOn))).toEqual(
      byPerson(['2026-03-01', '2025-02-28', null, null]),
    );
  });
});
