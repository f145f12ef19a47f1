import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { ContactKind, ContactMode } from '../domain/contacts/contact-kinds';
import type { ContactRecord, ContactRepository, ContactView } from '../services/contacts/ports';
import type { Database } from './database';
import { contact, contactWorker, worker } from './schema';

// PostgreSQL allows 65,535 bound parameters per statement; 1,000 contacts of 12 columns stays well inside.
const BATCH = 1_000;

/** Contacts and the workers present at each. */
export function createContactRepository(db: Database): ContactRepository {
  const createMany = async (contacts: ContactRecord[]) => {
    for (let i = 0; i < contacts.length; i += BATCH) {
      const batch = contacts.slice(i, i + BATCH);
      await db.insert(contact).values(batch.map(({ workerIds: _workers, ...row }) => row));
      const present = batch.flatMap((c) => c.workerIds.map((workerId) => ({ contactId: c.id, personId: c.personId, workerId })));
      for (let j = 0; j < present.length; j += BATCH) await db.insert(contactWorker).values(present.slice(j, j + BATCH));
    }
  };
  const list = async (personId: string, where: ReturnType<typeof and>, limit: number): Promise<ContactView[]> => {
    const rows = await db.select().from(contact).where(and(eq(contact.personId, personId), where)).orderBy(desc(contact.occurredAt)).limit(limit);
    if (rows.length === 0) return [];
    const present = await db
      .select({ contactId: contactWorker.contactId, id: worker.id, name: worker.name })
      .from(contactWorker)
      .innerJoin(worker, eq(worker.id, contactWorker.workerId))
      .where(and(eq(contactWorker.personId, personId), inArray(contactWorker.contactId, rows.map((r) => r.id))));
    return rows.map(({ recordedAt, ...row }) => ({
      ...row,
      mode: row.mode as ContactMode,
      kind: row.kind as ContactKind,
      recordedAt,
      workers: present.filter((p) => p.contactId === row.id).map(({ id, name }) => ({ id, name })),
    }));
  };
  return {
    create: (c) => createMany([c]),
    createMany,
    listForPerson: (personId, options) => list(personId, options.before ? lt(contact.occurredAt, options.before) : undefined, options.limit),
    findById: async (personId, id) => (await list(personId, eq(contact.id, id), 1))[0] ?? null,
  };
}
