import type { ServiceDeps } from '../services/ports';

/**
 * Staff linked to the organisation's sign-in in the demo (ADR 0042), so an administrator sees in the
 * accounts list who signs in through it; with a local provider (see README) they can. No demo account
 * uses an authenticator app: every demo account signs in with the published password alone.
 */
export const DEMO_SSO_LINKS: readonly { username: string; ssoUsername: string }[] = [
  { username: 'demo-manager', ssoUsername: 'demo-manager@demo.tandem.example' },
  { username: 'demo-researcher', ssoUsername: 'demo-researcher@demo.tandem.example' },
];

export async function loadDemoStaffSignIn(deps: ServiceDeps): Promise<void> {
  await deps.uow.run(async (r) => {
    for (const { username, ssoUsername } of DEMO_SSO_LINKS) {
      const account = await r.accounts.findByUsername(username);
      if (account && !account.ssoUsername) await r.sso.setSsoUsername(account.id, ssoUsername);
    }
  });
}
