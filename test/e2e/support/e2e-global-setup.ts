import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PORT = Number(process.env.TANDEM_E2E_PORT ?? 3917);

/** Starts one Tandem server on a new embedded database with the demo organisation loaded. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTandemServer(PORT);
  project.provide('e2eBaseUrl', server.baseUrl);
  return server.stop;
}

/**
 * A Tandem server of its own, on a new embedded database with the demo organisation, for a journey
 * that needs settings of its own (such as a short session idle limit).
 */
export async function startTandemServer(
  port: number,
  env: Record<string, string> = {},
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  if (!existsSync(join(ROOT, 'dist/web/index.html')))
    throw new Error('The web app is not built: run `npm run build:web` first.');
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
  const server = spawn(process.execPath, [join(ROOT, 'bin/tandem.mjs'), 'serve', '--demo-if-empty'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TANDEM_DATA_DIR: dataDir,
      DATABASE_URL: '',
      TANDEM_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(server, baseUrl);
  return {
    baseUrl,
    stop: async () => {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(server: ChildProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The Tandem server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  server.kill();
  throw new Error('The Tandem server did not answer within 240 s');
}

/** A Tandem server of its own whose sessions end after one idle minute, so a journey passes the limit in about a minute. */
export const startIdleServer = (): ReturnType<typeof startTandemServer> =>
  startTandemServer(Number(process.env.TANDEM_E2E_IDLE_PORT ?? 3918), { TANDEM_SESSION_IDLE_MINUTES: '1' });
