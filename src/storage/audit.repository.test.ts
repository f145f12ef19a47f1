import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditHash, GENESIS_HASH } from '../domain/audit/audit-hash';
import { newId } from '../services/new-id';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { sealAllAuditEvents } from './audit-sequencer';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const event = (personId: string | null, action: string, at = '2026-06-15T10:00:00Z') => ({
  id: newId(),
  occurredAt: new Date(at),
  accountId: newId(),
  actorName: 'A',
  actorRole: 'worker',
  action,
  personId,
  basis: null,
  reason: null,
  detail: { n: 1 },
});

describe('audit repository', () => {
  it('stores an event with no place in the chain until it is sealed', async () => {
    const personId = newId();
    const written = await t.repositories.audit.append(event(personId, 'person.read'));
    expect(written).toMatchObject({ chainKey: `person:${personId}`, sequence: null, previousHash: null, hash: null });
  });

  it('shows a person their events at once, sealed or not, newest first', async () => {
    const personId = newId();
    await t.repositories.audit.append(event(personId, 'person.read', '2026-06-15T09:00:00Z'));
    await sealAllAuditEvents(t.handle.db);
    await t.repositories.audit.append(event(personId, 'contacts.read', '2026-06-15T09:30:00Z'));
    const log = await t.repositories.audit.listForPerson(personId, { limit: 10 });
    expect(log.map((e) => [e.action, e.sequence])).toEqual([
      ['contacts.read', null],
      ['person.read', 1],
    ]);
  });

  it('chains each person’s events by hash when sealed, starting from the genesis hash', async () => {
    const personId = newId();
    await t.repositories.audit.append(event(personId, 'person.read', '2026-06-15T09:00:00Z'));
    await t.repositories.audit.append(event(personId, 'contacts.read', '2026-06-15T09:01:00Z'));
    await sealAllAuditEvents(t.handle.db);
    const [first, second] = await t.repositories.audit.listChain(`person:${personId}`);
    expect(first).toMatchObject({ action: 'person.read', sequence: 1, previousHash: GENESIS_HASH });
    expect(second).toMatchObject({ action: 'contacts.read', sequence: 2, previousHash: first!.hash });
    expect(first!.hash).toBe(auditHash(GENESIS_HASH, first!));
    expect(second!.hash).toBe(auditHash(first!.hash!, second!));
  });

  it('shows tampering: an edited event no longer matches its hash', async () => {
    const personId = newId();
    await t.repositories.audit.append(event(personId, 'person.read'));
    await sealAllAuditEvents(t.handle.db);
    await t.handle.db.execute(sql`update audit_event set action = 'nothing.happened' where person_id = ${personId}`);
    const [edited] = await t.repositories.audit.listChain(`person:${personId}`);
    expect(auditHash(edited!.previousHash!, edited!)).not.toBe(edited!.hash);
  });
});
