import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabaseMigratedBefore } from '../../test/support/migrated-before';
import { migrateDatabase } from './migrate';
import { rawRows } from './raw-rows';

// The migration that gave jobs and enrolments updated_at must give rows written before it the latest
// instant Tandem kept for them (ADR 0047), so FHIR's meta.lastUpdated is never empty or invented.

describe('the migration that records when jobs and enrolments last changed', () => {
  // Migrating a fresh database from nothing takes seconds, more on a loaded machine.
  it(
    'gives an existing job when it was recorded, and an existing enrolment when it was written, asked for or ended',
    { timeout: 180_000 },
    async () => {
      const { handle, close } = await openDatabaseMigratedBefore('_updated_at');
      try {
        const id = (n: number) => `0190a0a0-0000-7000-8000-00000000000${n}`;
        await handle.db.execute(sql`insert into ips_job (id, person_id, employer_id, kind, title, starts_on,
          is_competitive, revision, created_at)
          values (${id(1)}, ${id(2)}, ${id(3)}, 'job', 'Gardener', '2026-03-02', true, 2, '2026-03-05T09:00:00Z')`);
        await handle.db.execute(sql`insert into college_term (id, name, starts_on, ends_on)
          values (${id(4)}, 'Autumn', '2026-09-01', '2026-12-18')`);
        await handle.db.execute(sql`insert into college_course (id, term_id, title, summary, audience, designed_by,
          capacity) values (${id(5)}, ${id(4)}, 'Understanding Sleep', '', '', '', 12)`);
        await handle.db.execute(sql`insert into college_student (id, account_id, name, email, kind)
          values (${id(6)}, ${id(7)}, 'Sam', 'sam@example.org', 'service_user')`);
        await handle.db.execute(sql`insert into college_enrolment (id, course_id, student_id, status, queued_at,
          ended_at, created_at)
          values (${id(8)}, ${id(5)}, ${id(6)}, 'cancelled', '2026-05-01T10:00:00Z', '2026-07-20T16:30:00Z',
            '2026-05-01T10:00:00Z')`);

        await migrateDatabase(handle);

        const [job] = await rawRows<{ at: Date | string }>(handle.db, sql`select updated_at as at from ips_job`);
        expect(new Date(job!.at).toISOString()).toBe('2026-03-05T09:00:00.000Z');
        const [enrolment] = await rawRows<{ at: Date | string }>(
          handle.db,
          sql`select updated_at as at from college_enrolment`,
        );
        expect(new Date(enrolment!.at).toISOString()).toBe('2026-07-20T16:30:00.000Z');
      } finally {
        await close();
      }
    },
  );
});
