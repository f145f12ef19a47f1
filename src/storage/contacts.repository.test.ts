import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { writeRandomCareHistory } from '../../test/support/random-care-history';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { createFactories } from '../../test/support/factories';
import type { ContactRecord } from '../services/contacts/ports';
import { newId } from '../services/new-id';
import { rawRows } from './raw-rows';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** Each visit as stored, beside the contact it belongs to. */
const visitsOf = (personIds: string[]) =>
  rawRows<{
    contact_id: string;
    worker_id: string;
    visit_person: string;
    contact_person: string;
    visit_at: string;
    contact_at: string;
  }>(
    t.handle.db,
    sql`
      select cw.contact_id, cw.worker_id, cw.person_id as visit_person, c.person_id as contact_person,
        cw.occurred_at::text as visit_at, c.occurred_at::text as contact_at
      from contact_worker cw left join contact c on c.id = cw.contact_id
      where cw.person_id in (${sql.join(
        personIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      order by cw.contact_id, cw.worker_id`,
  );

describe('contact repository', () => {
  it('stores each worker present with the contact’s person and time, in bulk and one at a time', async () => {
    // Bulk: joint visits, contacts with no worker, contacts at the same instant and at midnight.
    const world = await writeRandomCareHistory(t, 7, ['2025-01-01']);
    // One at a time, as recording a contact or a meeting does.
    const single = {
      id: newId(),
      personId: world.people[0]!.id,
      occurredAt: new Date('2026-03-04T05:06:07.089Z'),
      durationMinutes: 30,
      mode: 'home' as const,
      kind: 'meeting' as const,
      beyondRoutine: false,
      beyondRoutineNote: null,
      adminMinutes: 0,
      note: null,
      recordedByAccountId: null,
      workerIds: world.workers.slice(0, 2).map((w) => w.id),
    };
    await t.repositories.contacts.create(single);
    const contacts = [...world.contacts, single];

    const visits = await visitsOf(world.people.map((p) => p.id));
    const expected = contacts.flatMap((c) =>
      c.workerIds.map((workerId) => ({ contactId: c.id, workerId, personId: c.personId, at: c.occurredAt.getTime() })),
    );
    expect(visits).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(20);
    for (const visit of visits) {
      expect(visit.visit_person).toBe(visit.contact_person);
      expect(visit.visit_at).toBe(visit.contact_at);
      const written = expected.find((e) => e.contactId === visit.contact_id && e.workerId === visit.worker_id);
      expect(written?.personId).toBe(visit.visit_person);
      expect(new Date(visit.visit_at).getTime()).toBe(written?.at);
    }
    // The single contact reads back with both workers.
    const found = await t.repositories.contacts.findById(single.personId, single.id);
    expect(found?.workers.map((w) => w.id).sort()).toEqual([...single.workerIds].sort());
  });

  it('pages a person’s contacts by time and id, so that contacts at the same instant are neither skipped nor repeated', async () => {
    const f = createFactories(t);
    const team = await f.team();
    const worker = await f.worker({ teamId: team.id });
    const person = await f.person({ teamId: team.id });
    const at = (iso: string) => new Date(iso);
    const contact = (occurredAt: Date): ContactRecord => ({
      id: newId(),
      personId: person.id,
      occurredAt,
      durationMinutes: 30,
      mode: 'phone',
      kind: 'brief_contact',
      beyondRoutine: false,
      beyondRoutineNote: null,
      adminMinutes: 0,
      note: null,
      recordedByAccountId: null,
      workerIds: [worker.id],
    });
    // Five contacts, three of them at 10:00 on the same day (a group session recorded one by one).
    const written = [
      at('2026-03-01T09:00:00Z'),
      at('2026-03-02T10:00:00Z'),
      at('2026-03-02T10:00:00Z'),
      at('2026-03-02T10:00:00Z'),
      at('2026-03-03T11:00:00Z'),
    ].map(contact);
    await t.repositories.contacts.createMany(written);

    const pages: string[][] = [];
    let before: { occurredAt: Date; id: string } | undefined;
    for (;;) {
      const page = await t.repositories.contacts.listForPerson(person.id, { limit: 2, before });
      if (page.length === 0) break;
      pages.push(page.map((c) => c.id));
      const last = page.at(-1)!;
      before = { occurredAt: last.occurredAt, id: last.id };
    }
    const newestFirst = [...written]
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((c) => c.id);
    expect(pages.flat()).toEqual(newestFirst);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    // By time alone (the older form of the query), a page ending inside the 10:00 group loses the rest of it.
    const byTimeOnly = await t.repositories.contacts.listForPerson(person.id, {
      limit: 2,
      before: { occurredAt: at('2026-03-02T10:00:00Z') },
    });
    expect(byTimeOnly.map((c) => c.id)).toEqual([newestFirst[4]]);
  });
});
