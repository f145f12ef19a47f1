import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectPath } from '../config/project-files';

// The production server is the bundle `npm start` builds (decision 0043). It must find its
// migrations and the web app from where it lives, load its native packages, and serve.
const run = promisify(execFile);
const outdir = projectPath('dist', `test-bundle-${process.pid}`);
const bundle = join(outdir, 'tandem.mjs');
const folder = mkdtempSync(join(tmpdir(), 'tandem-bundle-'));
const env = { ...process.env, TANDEM_DATA_DIR: folder, DATABASE_URL: '', TANDEM_LOG_LEVEL: 'warn' };
let server: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the bundled server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the bundled server did not answer within a minute');
}

beforeAll(async () => {
  await run(process.execPath, [projectPath('scripts', 'build-server.mjs'), '--outdir', outdir]);
  const template = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
  await (await PGlite.create(join(folder, 'pglite'), { loadDataDir: template })).close();
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(outdir, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
}, 60_000);

describe('the server bundle', () => {
  it('reports the version from package.json', async () => {
    const { stdout } = await run(process.execPath, [bundle, '--version'], { env });
    const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(version);
  });

  it('migrates, creates an administrator, serves and signs them in', async () => {
    await run(process.execPath, [bundle, 'migrate'], { env });
    await run(process.execPath, [bundle, 'create-admin', '--username', 'bundle-admin'], {
      env: { ...env, TANDEM_ADMIN_PASSWORD: 'a long bundle test password 7' },
    });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [bundle, 'serve'], {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth(base, server);

    expect((await fetch(`${base}/api/v1/health/ready`)).status).toBe(200);
    const signIn = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bundle-admin', password: 'a long bundle test password 7' }),
    });
    expect(signIn.status).toBe(200);
  }, 120_000);
});
