import type { Config } from '../../config/config';
import { SYSTEM_ACTOR } from '../../domain/accounts/actor';
import { createAccount } from '../../services/accounts/create-account';
import { openRuntime } from '../runtime';

/** Creates an administrator account. The password comes from TANDEM_ADMIN_PASSWORD or standard input, never the command line. */
export async function createAdmin(config: Config, options: { username: string }): Promise<void> {
  const password = process.env.TANDEM_ADMIN_PASSWORD ?? (await readStdin()).trim();
  const runtime = await openRuntime(config);
  try {
    const account = await createAccount(
      runtime.services,
      { username: options.username, password, role: 'admin' },
      SYSTEM_ACTOR,
    );
    process.stdout.write(`Created administrator ${account.username}.\n`);
  } finally {
    await runtime.close();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('Give the password in TANDEM_ADMIN_PASSWORD or on standard input.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
