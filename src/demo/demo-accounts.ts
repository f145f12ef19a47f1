import type { AccountRole } from '../domain/accounts/account-role';
import type { AccountRecord } from '../services/accounts/ports';
import { msOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';

/** The password of every demo account. Demo data only: never in a real service. */
export const DEMO_PASSWORD = 'tandem-demo';

/** A demo account before its password is hashed. */
export type DemoAccountDraft = Pick<AccountRecord, 'id' | 'username' | 'role' | 'workerId' | 'personId' | 'carerId'>;

/** The records the demo accounts sign in as. */
export interface DemoAccountLinks {
  workerId: string;
  personId: string;
  carerId: string;
  managerId: string;
}

const ACCOUNTS: readonly { username: string; role: AccountRole; link?: keyof DemoAccountLinks }[] = [
  { username: 'demo-worker', role: 'worker', link: 'workerId' },
  { username: 'demo-person', role: 'service_user', link: 'personId' },
  { username: 'demo-carer', role: 'carer', link: 'carerId' },
  { username: 'demo-manager', role: 'team_manager', link: 'managerId' },
  { username: 'demo-researcher', role: 'researcher' },
  { username: 'demo-admin', role: 'admin' },
];

/** The usernames of the demo accounts, in a stable order. */
export const DEMO_USERNAMES: readonly string[] = ACCOUNTS.map((account) => account.username);

/** One account for each role, linked to the demo worker, person, carer and the demo team's manager. */
export function draftDemoAccounts(context: DemoContext, links: DemoAccountLinks): DemoAccountDraft[] {
  return ACCOUNTS.map(({ username, role, link }) => ({
    id: context.ids('account', msOfDay(context.today)),
    username,
    role,
    workerId: link === 'workerId' || link === 'managerId' ? links[link] : null,
    personId: link === 'personId' ? links.personId : null,
    carerId: link === 'carerId' ? links.carerId : null,
  }));
}
