import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { verifyAuditChains } from './verify-audit-chains';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

let personId: string;
let untouchedId: string;
/** A sealed chain of four reads of one person, plus an untouched chain of someone else. */
beforeEach(async () => {
  personId = newId();
  untouchedId = newId();
  for (const someone of [personId, untouchedId]) {
    for (let i = 1; i <= 4; i += 1) {
      await t.repositories.audit.append({
        id: newId(),
        occurredAt: new Date(Date.UTC(2026, 5, 15, 10, i)),
        accountId: newId(),
        actorName: 'Alex',
        actorRole: 'worker',
        action: `read.${i}`,
        personId: someone,
        basis: 'care_team',
        reason: null,
        detail: { i },
      });
    }
  }
  await t.sealAudit();
});

const tamper = (statement: ReturnType<typeof sql>) => t.handle.db.execute(statement);
const verifyPerson = () => verifyAuditChains(t.deps, { personId });

describe('verifyAuditChains', () => {
  it('finds every chain intact when nobody touched it', async () => {
    const result = await verifyPerson();
    expect(result).toMatchObject({ chainsChecked: 1, eventsChecked: 4, unsealed: 0, breaks: [] });
    expect((await verifyAuditChains(t.deps, {})).breaks).toEqual([]);
  });

  it('names the edited event when an event’s contents change', async () => {
    await tamper(sql`update audit_event set actor_name = 'Nobody' where person_id = ${personId} and sequence = 3`);
    const { breaks } = await verifyPerson();
    expect(breaks).toEqual([
      expect.objectContaining({
        chainKey: `person:${personId}`,
        sequence: 3,
        problem: expect.stringContaining('edited'),
      }),
    ]);
  });

  it('names the first link out of place when two events swap places', async () => {
    await tamper(sql`update audit_event set sequence = -sequence where person_id = ${personId} and sequence in (2, 3)`);
    await tamper(
      sql`update audit_event set sequence = case sequence when -2 then 3 else 2 end where person_id = ${personId} and sequence in (-2, -3)`,
    );
    const { breaks } = await verifyPerson();
    expect(breaks).toEqual([
      expect.objectContaining({ sequence: 2, problem: expect.stringContaining('does not link') }),
    ]);
  });

  it('names the gap when an event is deleted', async () => {
    await tamper(sql`delete from audit_event where person_id = ${personId} and sequence = 2`);
    const { breaks } = await verifyPerson();
    expect(breaks).toEqual([
      expect.objectContaining({ sequence: 3, problem: expect.stringContaining('jumps from 1 to 3') }),
    ]);
  });

  it('names a chain whose first event was deleted', async () => {
    await tamper(sql`delete from audit_event where person_id = ${personId} and sequence = 1`);
    const { breaks } = await verifyPerson();
    expect(breaks).toEqual([
      expect.objectContaining({ sequence: 2, problem: expect.stringContaining('starts at sequence 2') }),
    ]);
  });

  it('finds a broken chain among all chains, and counts events still waiting to be sealed', async () => {
    await tamper(sql`update audit_event set detail = '{"i": 9}'::jsonb where person_id = ${personId} and sequence = 4`);
    await t.repositories.audit.append({
      id: newId(),
      occurredAt: new Date(),
      accountId: null,
      actorName: 'A',
      actorRole: 'worker',
      action: 'read',
      personId,
      basis: null,
      reason: null,
      detail: {},
    });
    const result = await verifyAuditChains(t.deps, {});
    // Earlier tests in this file broke other chains on purpose; each is named once, this one among them.
    expect(result.breaks).toContainEqual(expect.objectContaining({ chainKey: `person:${personId}`, sequence: 4 }));
    expect(result.breaks.filter((broken) => broken.chainKey === `person:${personId}`)).toHaveLength(1);
    expect(result.breaks.some((broken) => broken.chainKey === `person:${untouchedId}`)).toBe(false);
    expect(result.unsealed).toBe(1);
    await t.sealAudit();
  });
});
