import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabaseMigratedBefore } from '../../test/support/migrated-before';
import { migrateDatabase } from './migrate';
import { createCarePlanRepository } from './care-plan.repository';
import { rawRows } from './raw-rows';

// The migration that made the care plan's tables every co-produced document's must keep each
// existing plan whole: its versions, signatures, proposals and messages all become the care plan's.

describe('the shared documents migration', () => {
  // Migrating a fresh database from nothing takes seconds, more on a loaded machine.
  it(
    'keeps every existing care plan with all its versions, signatures, proposals and messages',
    { timeout: 180_000 },
    async () => {
      const { handle, close } = await openDatabaseMigratedBefore('_shared_documents');
      try {
        const person = '0190a0a0-0000-7000-8000-000000000001';
        const account = '0190a0a0-0000-7000-8000-000000000002';
        const proposal = '0190a0a0-0000-7000-8000-000000000003';
        const message = '0190a0a0-0000-7000-8000-000000000004';
        await handle.db.execute(sql`insert into care_plan (person_id, sections, current_version)
        values (${person}, '[{"key":"about_me","title":"About me","prompt":""}]'::jsonb, 2)`);
        for (const version of [1, 2])
          await handle.db.execute(sql`insert into care_plan_version (person_id, version, section_key, text,
          author_account_id, author_name, author_kind, author_role)
          values (${person}, ${version}, 'about_me', ${`words ${version}`}, ${account}, 'Sam', 'person', 'service_user')`);
        await handle.db
          .execute(sql`insert into care_plan_signature (person_id, version, signer_kind, account_id, signer_name, signed_at)
        values (${person}, 2, 'person', ${account}, 'Sam', now())`);
        await handle.db.execute(sql`insert into care_plan_proposal (person_id, id, section_key, base_version, text,
        proposed_by_account_id, proposer_name, proposer_role, proposed_at, status)
        values (${person}, ${proposal}, 'about_me', 2, 'proposed', ${account}, 'Robin', 'care_coordinator', now(), 'pending')`);
        await handle.db.execute(sql`insert into care_plan_message (person_id, id, section_key, author_account_id,
        author_name, author_kind, author_role, text, created_at)
        values (${person}, ${message}, 'about_me', ${account}, 'Sam', 'person', 'service_user', 'why', now())`);

        await migrateDatabase(handle);

        const carePlans = createCarePlanRepository(handle.db, 'care_plan');
        expect(await carePlans.findPlan(person)).toMatchObject({ kind: 'care_plan', currentVersion: 2 });
        expect((await carePlans.listVersions(person)).map((v) => v.version)).toEqual([2, 1]);
        expect((await carePlans.sectionsAt(person, 2))[0]?.text).toBe('words 2');
        expect(await carePlans.listSignatures(person)).toHaveLength(1);
        expect((await carePlans.listProposals(person, 'pending')).map((p) => p.id)).toEqual([proposal]);
        expect((await carePlans.listMessages(person, 'about_me')).map((m) => m.id)).toEqual([message]);
        // The person's other documents start empty beside it: same version numbers, no clash.
        const formulation = createCarePlanRepository(handle.db, 'risk_formulation');
        expect(await formulation.findPlan(person)).toBeNull();
        await formulation.lockPlan(person, [{ key: 'what_helps_person', title: 'What helps', prompt: '' }], new Date());
        const [{ n } = { n: 0 }] = await rawRows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from care_plan where person_id = ${person}`,
        );
        expect(Number(n)).toBe(2);
      } finally {
        await close();
      }
    },
  );
});
