import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TANDEM = fileURLToPath(new URL('../bin/tandem.mjs', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../dist/server/tandem.mjs', import.meta.url));
const BUILD_SERVER = fileURLToPath(new URL('../scripts/build-server.mjs', import.meta.url));
let bundleBuilt: Promise<void> | undefined;

/** Builds the server bundle once per benchmark run: servers are measured as production runs them. */
function buildBundle(): Promise<void> {
  bundleBuilt ??= (async () => {
    const child = spawn(process.execPath, [BUILD_SERVER], { stdio: 'inherit' });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`building the server bundle exited with ${code}`);
  })();
  return bundleBuilt;
}

/** Runs a tandem command to completion, streaming its output, and fails loudly if it fails. */
export async function runTandem(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, [TANDEM, ...args], { env: { ...process.env, ...env }, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`tandem ${args.join(' ')} exited with ${code}`);
}

/** Starts `tandem serve` from the server bundle, as production runs it, and waits until its health check answers. */
export async function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
  serveArgs: string[] = [],
): Promise<ChildProcess> {
  await buildBundle();
  const child = spawn(process.execPath, [...nodeArgs, BUNDLE, 'serve', ...serveArgs], {
    env: { ...process.env, ...env, PORT: String(port), TANDEM_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('the server did not start within 60 s');
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function residentMemoryMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process and its reaped children have used, in milliseconds, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime, stime are fields 14 and 15 of stat; after the command name they are at 11 and 12.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

/** Signs in over HTTP and returns the cookie header value. */
export async function signInCookie(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}
