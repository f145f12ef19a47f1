import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditHash, GENESIS_HASH } from '../domain/audit/audit-hash';
import { newId } from '../services/new-id';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const event = (personId: string | null, action: string) => ({
  id: newId(), occurredAt: new Date('2026-06-15T10:00:00Z'), accountId: newId(), actorName: 'A', actorRole: 'worker',
  action, personId, basis: null, reason: null, detail: { n: 1 },
});

describe('audit repository', () => {
  it('chains each person’s events by hash, starting from the genesis hash', async () => {
    const personId = newId();
    const first = await t.repositories.audit.append(event(personId, 'person.read'));
    const second = await t.repositories.audit.append(event(personId, 'contacts.read'));
    expect(first).toMatchObject({ sequence: 1, previousHash: GENESIS_HASH });
    expect(second).toMatchObject({ sequence: 2, previousHash: first.hash });
    const chain = await t.repositories.audit.listChain(`person:${personId}`);
    expect(chain.map((e) => e.hash)).toEqual([first.hash, second.hash]);
    expect(chain.every((e) => e.hash === auditHash(e.previousHash, e))).toBe(true);
  });

  it('shows tampering: an edited event no longer matches its hash', async () => {
    const personId = newId();
    await t.repositories.audit.append(event(personId, 'person.read'));
    await t.handle.db.execute(sql`update audit_event set action = 'nothing.happened' where person_id = ${personId}`);
    const [edited] = await t.repositories.audit.listChain(`person:${personId}`);
    expect(auditHash(edited!.previousHash, edited!)).not.toBe(edited!.hash);
  });

  it('keeps a chain whole when many appends race', async () => {
    const personId = newId();
    await Promise.all(Array.from({ length: 8 }, (_, i) => t.deps.uow.run((r) => r.audit.append(event(personId, `read.${i}`)))));
    const chain = await t.repositories.audit.listChain(`person:${personId}`);
    expect(chain.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    chain.forEach((e, i) => expect(e.previousHash).toBe(i === 0 ? GENESIS_HASH : chain[i - 1]!.hash));
  });
});
