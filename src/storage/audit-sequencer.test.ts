import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createFactories } from '../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { verifyAuditChains } from '../services/audit/verify-audit-chains';
import { getCaseload } from '../services/caseload/get-caseload';
import { getPerson } from '../services/people/get-person';
import { newId } from '../services/new-id';
import { sealAllAuditEvents, sealAuditEvents, SEQUENCER_LOCK_KEY } from './audit-sequencer';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const RACERS = 50;

/** The chain's sequence numbers after sealing must be exactly 1..n. */
const sequencesOf = async (chainKey: string) => (await t.repositories.audit.listChain(chainKey)).map((e) => e.sequence);
const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('audit sequencer', () => {
  it('loses and duplicates nothing when 50 reads of one person and 50 caseload reads of one account race, with sealing under way', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const sealing = Promise.all([
      sealAllAuditEvents(t.handle.db, { limit: 7 }),
      sealAllAuditEvents(t.handle.db, { limit: 7 }),
    ]);
    await Promise.all([
      ...Array.from({ length: RACERS }, () => getPerson(t.deps, { personId: world.person.id }, world.coordinatorActor)),
      ...Array.from({ length: RACERS }, () => getCaseload(t.deps, world.coordinatorActor)),
      sealing,
    ]);
    // Unsealed events already show in "who opened my record".
    expect(
      (await t.repositories.audit.listForPerson(world.person.id, { limit: 200 })).filter(
        (e) => e.action === 'person.read',
      ),
    ).toHaveLength(RACERS);

    await sealAllAuditEvents(t.handle.db);
    const personChain = await t.repositories.audit.listChain(`person:${world.person.id}`);
    const accountChain = await t.repositories.audit.listChain(`account:${world.coordinatorActor.accountId}`);
    expect(personChain.map((e) => e.sequence)).toEqual(oneToN(RACERS));
    expect(new Set(personChain.map((e) => e.id)).size).toBe(RACERS);
    expect(accountChain.map((e) => e.sequence)).toEqual(oneToN(RACERS));
    expect(accountChain.every((e) => e.action === 'caseload.read')).toBe(true);
    const verification = await verifyAuditChains(t.deps, {});
    expect(verification.breaks).toEqual([]);
    expect(verification.unsealed).toBe(0);
  });

  it('numbers every event once when several sequencers run at the same time', async () => {
    const f = createFactories(t);
    const person = await f.person();
    const writes = Array.from({ length: 40 }, (_, i) =>
      t.repositories.audit.append({
        id: newId(),
        occurredAt: new Date(Date.UTC(2026, 5, 15, 10, 0, i)),
        accountId: null,
        actorName: 'A',
        actorRole: 'worker',
        action: `read.${i}`,
        personId: person.id,
        basis: null,
        reason: null,
        detail: {},
      }),
    );
    const sequencers = Array.from({ length: 4 }, () => sealAllAuditEvents(t.handle.db, { limit: 3 }));
    await Promise.all([...writes, ...sequencers]);
    await sealAllAuditEvents(t.handle.db);
    expect(await sequencesOf(`person:${person.id}`)).toEqual(oneToN(40));
    expect((await verifyAuditChains(t.deps, { personId: person.id })).breaks).toEqual([]);
  });

  it.runIf(process.env.TANDEM_TEST_DATABASE_URL)(
    'leaves sealing to the server that holds the lock (PostgreSQL: several servers)',
    async () => {
      const person = await createFactories(t).person();
      await t.repositories.audit.append({
        id: newId(),
        occurredAt: new Date(),
        accountId: null,
        actorName: 'A',
        actorRole: 'worker',
        action: 'person.read',
        personId: person.id,
        basis: null,
        reason: null,
        detail: {},
      });
      const otherServer = new pg.Client((t.handle.db as unknown as { $client: pg.Pool }).$client.options);
      await otherServer.connect();
      try {
        await otherServer.query('begin');
        await otherServer.query('select pg_advisory_xact_lock($1)', [SEQUENCER_LOCK_KEY]);
        expect(await sealAuditEvents(t.handle.db)).toBeNull();
        expect(await sequencesOf(`person:${person.id}`)).toEqual([null]);
        await otherServer.query('commit');
        expect(await sealAuditEvents(t.handle.db)).toEqual({ sealed: 1 });
        expect(await sequencesOf(`person:${person.id}`)).toEqual([1]);
      } finally {
        await otherServer.end();
      }
    },
  );
});
