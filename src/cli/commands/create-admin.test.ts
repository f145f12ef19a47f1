import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createArgon2Hasher } from '../../services/accounts/argon2-password-hasher';
import { openDatabase } from '../../storage/database';
import { createRepositories } from '../../storage/unit-of-work';

const tandem = fileURLToPath(new URL('../../../bin/tandem.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'tandem-cli-admin-'));

/** Runs `tandem create-admin` on the data folder, with the password on standard input or in the environment. */
function createAdmin(
  username: string,
  password: { stdin?: string; env?: string },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, TANDEM_DATA_DIR: folder, DATABASE_URL: '', TANDEM_ADMIN_PASSWORD: password.env };
    if (password.env === undefined) delete env.TANDEM_ADMIN_PASSWORD;
    const child = execFile(
      process.execPath,
      [tandem, 'create-admin', '--username', username],
      { env },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(password.stdin ?? '');
  });
}

// A data folder made from the run's migrated template, so no migration is timed here.
beforeAll(async () => {
  const template = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
  await (await PGlite.create(join(folder, 'pglite'), { loadDataDir: template })).close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('tandem create-admin', () => {
  it('creates an administrator whose password, read from standard input, signs in', async () => {
    const created = await createAdmin('Ops.Admin', { stdin: 'a long admin passphrase\n' });
    expect(created).toMatchObject({ code: 0, stdout: 'Created administrator ops.admin.\n' });

    const handle = await openDatabase({ engine: 'pglite', dataDir: folder });
    try {
      const account = await createRepositories(handle.db).accounts.findByUsername('ops.admin');
      expect(account?.role).toBe('admin');
      expect(await createArgon2Hasher('low').verify(account!.passwordHash, 'a long admin passphrase')).toBe(true);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it('refuses a taken username and a short password with a clear message and exit code 2, creating nothing', async () => {
    const taken = await createAdmin('ops.admin', { env: 'another long passphrase' });
    const short = await createAdmin('second.admin', { env: 'short' });
    for (const result of [taken, short]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(taken.stderr).toMatch(/ops\.admin/);
    expect(short.stderr).toMatch(/at least \d+ characters/);
    const handle = await openDatabase({ engine: 'pglite', dataDir: folder });
    try {
      expect(await createRepositories(handle.db).accounts.findByUsername('second.admin')).toBeNull();
    } finally {
      await handle.close();
    }
  }, 60_000);
});
