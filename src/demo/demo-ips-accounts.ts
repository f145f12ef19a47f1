import type { AccountRole } from '../domain/accounts/account-role';
import type { ServiceDeps } from '../services/ports';
import { DEMO_PASSWORD } from './demo-accounts';
import { DEMO_IPS_TEAM_NAME, demoIpsId } from './demo-ips';

/** The demo's IPS sign-ins: the first employment specialist, and the IPS team's lead. */
export const DEMO_IPS_ACCOUNTS: readonly { username: string; role: AccountRole }[] = [
  { username: 'demo-ips-specialist', role: 'worker' },
  { username: 'demo-ips-lead', role: 'team_manager' },
];

/** The IPS team's lead, a worker of the IPS team who manages it. */
const LEAD = { name: 'Ruth Adeyemi', profession: 'Team manager' };

/**
 * Sign-ins for exploring IPS: `demo-ips-specialist` is Kim Okafor, with an IPS caseload and the
 * people she supports; `demo-ips-lead` leads the IPS team and sees its figures and fidelity review.
 * Written after the IPS team (`writeDemoIps`); returns the accounts made, for the demo's summary.
 */
export async function loadDemoIpsAccounts(
  deps: ServiceDeps,
  seed: number,
): Promise<{ accounts: { username: string; role: AccountRole }[]; workers: number }> {
  // Hashed outside the transaction, one at a time: argon2 is deliberately slow.
  const hashes: string[] = [];
  for (const _ of DEMO_IPS_ACCOUNTS) hashes.push(await deps.passwords.hash(DEMO_PASSWORD));
  return deps.uow.run(async (r) => {
    const ipsTeam = (await r.organisation.listTeams()).find((team) => team.name === DEMO_IPS_TEAM_NAME);
    if (!ipsTeam) return { accounts: [], workers: 0 };
    const specialist = (await r.organisation.listWorkers({ teamId: ipsTeam.id })).find((w) => w.name === 'Kim Okafor');
    const leadId = demoIpsId(seed, 'lead', 0);
    await r.organisation.createWorker({
      id: leadId,
      ...LEAD,
      teamId: ipsTeam.id,
      email: null,
      phone: null,
      leftOn: null,
    });
    const workerIds = [specialist?.id ?? null, leadId];
    for (const [n, { username, role }] of DEMO_IPS_ACCOUNTS.entries()) {
      await r.accounts.create({
        id: demoIpsId(seed, 'account', n),
        username,
        role,
        passwordHash: hashes[n]!,
        workerId: workerIds[n] ?? null,
        personId: null,
        carerId: null,
        disabledAt: null,
        mustChangePassword: false,
        lastSignInAt: null,
      });
    }
    return { accounts: [...DEMO_IPS_ACCOUNTS], workers: 1 };
  });
}
