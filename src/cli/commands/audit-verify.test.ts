import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newId } from '../../services/new-id';
import { sealAllAuditEvents } from '../../storage/audit-sequencer';
import { openDatabase } from '../../storage/database';
import { createRepositories } from '../../storage/unit-of-work';

const tandem = fileURLToPath(new URL('../../../bin/tandem.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'tandem-cli-audit-'));
const tampered = newId();
const untouched = newId();

function auditVerify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tandem, 'audit', 'verify', ...args],
      { env: { ...process.env, TANDEM_DATA_DIR: folder, DATABASE_URL: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// A data folder from the run's migrated template, with two sealed chains, one of them edited.
beforeAll(async () => {
  const template = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
  await (await PGlite.create(join(folder, 'pglite'), { loadDataDir: template })).close();
  const handle = await openDatabase({ engine: 'pglite', dataDir: folder });
  try {
    const audit = createRepositories(handle.db).audit;
    for (const personId of [tampered, untouched]) {
      for (const action of ['person.read', 'contacts.read']) {
        await audit.append({
          id: newId(),
          occurredAt: new Date(),
          accountId: null,
          actorName: 'Alex',
          actorRole: 'worker',
          action,
          personId,
          basis: 'care_team',
          reason: null,
          detail: {},
        });
      }
    }
    await sealAllAuditEvents(handle.db);
    await handle.db.execute(
      sql`update audit_event set actor_name = 'Someone else' where person_id = ${tampered} and sequence = 2`,
    );
  } finally {
    await handle.close();
  }
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('tandem audit verify', () => {
  it('names the first broken link and exits with status 3', { timeout: 60_000 }, async () => {
    const result = await auditVerify();
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(`BROKEN person:${tampered} at sequence 2`);
    expect(result.stdout).toContain('the event was edited');
    expect(result.stdout).not.toContain(untouched);
  });

  it('finds an untouched person’s chain intact', { timeout: 60_000 }, async () => {
    const result = await auditVerify('--person', untouched);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Checked 2 sealed events in 1 chains');
    expect(result.stdout).toContain('Every chain is intact.');
  });

  it('refuses a person id that is not a UUID', { timeout: 60_000 }, async () => {
    const result = await auditVerify('--person', 'sam');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--person takes a person’s id (a UUID).');
  });
});
