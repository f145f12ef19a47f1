import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// No container engine runs in CI, so this checks the Dockerfile's parts outside one: what it
// copies exists and is not excluded from the build context, and the command and health check it
// declares (after the build stage's server bundle) start Tandem on the embedded database and
// report it healthy, again after a SIGKILL.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+\s/.test(line));
const jsonAfter = (line: string, marker: string) =>
  JSON.parse(line.slice(line.indexOf(marker) + marker.length).trim()) as string[];

const cmd = jsonAfter(
  instructions.findLast((line) => line.startsWith('CMD '))!,
  'CMD',
);
const healthCheck = jsonAfter(
  instructions.find((line) => line.startsWith('HEALTHCHECK '))!,
  ' CMD ',
);
const environment = Object.fromEntries(
  instructions
    .filter((line) => line.startsWith('ENV '))
    .flatMap((line) => [...line.slice(4).matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!])),
);

// The image's build stage bundles the server (`npm run build:server`); its command runs the bundle.
beforeAll(() => {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-server.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);

const children: ChildProcess[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-container-'));
afterAll(() => {
  children.forEach((child) => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the Dockerfile', () => {
  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.slice(5).trim().split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), `${source} exists`).toBe(true);
      expect(ignored, `${source} is not ignored`).not.toContain(source);
    }
  });

  it('serves on the embedded database with its command, passes its health check, and starts again after a SIGKILL', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...environment,
      PORT: String(port),
      TANDEM_DATA_DIR: dataDir,
      TANDEM_LOG_LEVEL: 'silent',
      // The image runs in production, which refuses to start without the key that seals secrets:
      // an operator gives it with `-e TANDEM_SECRET_KEY`, as the README says.
      TANDEM_SECRET_KEY: randomBytes(32).toString('base64'),
    };
    delete env.DATABASE_URL;
    for (let start = 0; start < 2; start += 1) {
      const server = spawn(cmd[0]!, cmd.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(server);
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Tandem is running') && resolve());
        server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const check = spawnSync(healthCheck[0]!, healthCheck.slice(1), { env, encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
      await new Promise((resolve) => {
        server.once('exit', resolve);
        server.kill('SIGKILL');
      });
    }
    const afterStop = spawnSync(healthCheck[0]!, healthCheck.slice(1), { env, encoding: 'utf8' });
    expect(afterStop.status).toBe(1);
  }, 120_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
