import { describe, expect, it } from 'vitest';
import { contactRecord, createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { startBulkExport } from './start-bulk-export';
import { runBulkExports } from './run-bulk-exports';
import { deleteBulkExport, getBulkExportStatus, readBulkExportPart } from './read-bulk-export';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

async function teamOf(size: number) {
  t.setNow(new Date());
  const f = createFactories(t);
  const team = await f.team();
  const coordinator = await f.worker({ teamId: team.id });
  for (let i = 0; i < size; i += 1) {
    const person = await f.person({ teamId: team.id });
    await f.membership(person.id, coordinator.id);
  }
  return { team, researcher: await f.account('researcher') };
}

describe('writing bulk exports', () => {
  it('writes a file per page, every record once, in pages the client never sees the keys of', async () => {
    const { team, researcher } = await teamOf(5);
    const started = await startBulkExport(
      t.deps,
      { level: 'group', groupId: team.id, types: 'Patient', requestUrl: 'https://tandem.test/fhir/R4/$export' },
      researcher,
    );
    expect(await runBulkExports(t.deps, { partSize: 2 })).toBe(1);

    const { record, parts } = await getBulkExportStatus(t.deps, { id: started.id }, researcher);
    expect(record.status).toBe('completed');
    expect(parts.map((p) => [p.part, p.count])).toEqual([
      [1, 2],
      [2, 2],
      [3, 1],
    ]);
    const people = [];
    for (const part of parts) {
      const file = await readBulkExportPart(
        t.deps,
        { id: started.id, resourceType: 'Patient', part: part.part },
        researcher,
      );
      for await (const batch of file.batches) people.push(...batch);
    }
    expect(new Set(people.map((p) => p.person)).size).toBe(5);
  });

  it('reads a file back a batch at a time, every record once and in the order it was written', async () => {
    const { team, researcher } = await teamOf(5);
    const started = await startBulkExport(
      t.deps,
      { level: 'group', groupId: team.id, types: 'Patient', requestUrl: 'https://tandem.test/fhir/R4/$export' },
      researcher,
    );
    await runBulkExports(t.deps);
    const whole = await t.repositories.bulkExports.readPartSlice(started.id, 'Patient', 1, 0, 100);

    const file = await readBulkExportPart(
      t.deps,
      { id: started.id, resourceType: 'Patient', part: 1, batchSize: 2 },
      researcher,
    );
    const batches = [];
    for await (const batch of file.batches) batches.push(batch);

    expect(file.count).toBe(5);
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(batches.flat()).toEqual(whole);
    // The writer's order: by pseudonym within the file.
    const people = batches.flat().map((record) => record.person);
    expect(new Set(people).size).toBe(5);
    expect(people).toEqual([...people].sort());
  });

  it('writes a file a slice at a time that reads back whole, in the order of the whole page sorted by pseudonym and time', async () => {
    t.setNow(new Date());
    const f = createFactories(t);
    const team = await f.team();
    const worker = await f.worker({ teamId: team.id });
    const people = [
      await f.person({ teamId: team.id }),
      await f.person({ teamId: team.id }),
      await f.person({ teamId: team.id }),
    ];
    // Each person's contacts recorded latest first, two of them at the same instant (ordered by id then).
    const at = (minutes: number) => new Date(Date.parse('2026-01-05T09:00:00.000Z') + minutes * 60_000);
    await t.repositories.contacts.createMany(
      people.flatMap((person, i) =>
        [300, 120, 120, 5].map((minutes) =>
          contactRecord({ personId: person.id, occurredAt: at(minutes + i), workerIds: [worker.id] }),
        ),
      ),
    );
    const researcher = await f.account('researcher');
    const request = {
      level: 'group' as const,
      groupId: team.id,
      types: 'Encounter',
      requestUrl: 'https://tandem.test/fhir/R4/$export',
    };
    const sliced = await startBulkExport(t.deps, request, researcher);
    await runBulkExports(t.deps, { sliceSize: 5 });
    const whole = await startBulkExport(t.deps, request, researcher);
    await runBulkExports(t.deps, { sliceSize: 1_000 });

    const read = async (id: string) => {
      const { parts } = await getBulkExportStatus(t.deps, { id }, researcher);
      expect(parts.map((p) => [p.part, p.count])).toEqual([[1, 12]]);
      const file = await readBulkExportPart(
        t.deps,
        { id, resourceType: 'Encounter', part: 1, batchSize: 4 },
        researcher,
      );
      const batches = [];
      for await (const batch of file.batches) batches.push(batch);
      expect(batches.map((batch) => batch.length)).toEqual([4, 4, 4]);
      return batches.flat();
    };
    const records = await read(sliced.id);
    // Stored as three slices of 5, 5 and 2; read in batches of 4 that cross them, nothing lost or repeated.
    expect(records).toEqual(await read(whole.id));
    expect(new Set(records.map((record) => record.contact)).size).toBe(12);
    expect(await t.repositories.bulkExports.readPartSlice(sliced.id, 'Encounter', 1, 3, 4)).toEqual(
      records.slice(3, 7),
    );
    // By pseudonym, then by time within a person.
    const order = records.map((record) => `${record.person} ${record.occurredAt}`);
    expect(order).toEqual([...order].sort());
  });

  it('ends a file read after its export was deleted with an error, never a short file', async () => {
    const { team, researcher } = await teamOf(3);
    const started = await startBulkExport(
      t.deps,
      { level: 'group', groupId: team.id, types: 'Patient', requestUrl: 'https://tandem.test/fhir/R4/$export' },
      researcher,
    );
    await runBulkExports(t.deps);
    const file = await readBulkExportPart(
      t.deps,
      { id: started.id, resourceType: 'Patient', part: 1, batchSize: 2 },
      researcher,
    );
    const reading = file.batches[Symbol.asyncIterator]();
    expect((await reading.next()).value).toHaveLength(2);

    await deleteBulkExport(t.deps, { id: started.id }, researcher);

    await expect(reading.next()).rejects.toMatchObject({ code: 'gone' });
  });

  it('takes up again an export whose server stopped while writing it, and leaves a recent one to its server', async () => {
    const { team, researcher } = await teamOf(2);
    const now = t.deps.now();
    const base = {
      accountId: researcher.accountId,
      level: 'group' as const,
      groupId: team.id,
      resourceTypes: ['Patient' as const],
      since: null,
      status: 'running' as const,
      requestUrl: 'https://tandem.test/fhir/R4/$export',
      requestedAt: now,
      transactionTime: now,
      completedAt: null,
      expiresAt: new Date(now.getTime() + 3_600_000),
      error: null,
    };
    const stopped = { ...base, id: newId(), startedAt: new Date(now.getTime() - 20 * 60_000) };
    const busy = { ...base, id: newId(), startedAt: new Date(now.getTime() - 60_000) };
    await t.repositories.bulkExports.create(stopped);
    await t.repositories.bulkExports.create(busy);
    await t.repositories.bulkExports.addPart(stopped.id, 'Patient', 1, [{ half: 'written' }]);

    expect(await runBulkExports(t.deps)).toBe(1);
    expect((await t.repositories.bulkExports.find(stopped.id))?.status).toBe('completed');
    expect((await t.repositories.bulkExports.parts(stopped.id)).map((p) => p.count)).toEqual([2]);
    expect((await t.repositories.bulkExports.find(busy.id))?.status).toBe('running');
  });
});
