import type { AccountRole } from '../../domain/accounts/account-role';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import type { AccountRecord } from './ports';
import { requireGoodPassword } from './password-policy';

export { MIN_PASSWORD_LENGTH } from './password-policy';

export interface CreateAccountInput {
  username: string;
  password: string;
  role: AccountRole;
  /** The worker, person or carer the account signs in as; which one depends on the role. */
  linkedId?: string | null;
}

export interface AccountSummary {
  id: string;
  username: string;
  role: AccountRole;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
}

/** Creates a sign-in account (administrators only). Usernames are case-insensitive. */
export async function createAccount(
  deps: ServiceDeps,
  input: CreateAccountInput,
  actor: Actor,
): Promise<AccountSummary> {
  if (actor.role !== 'admin') throw new AppError('forbidden', 'Only administrators create accounts.');
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)) {
    throw new AppError('bad_request', 'A username is 3 to 64 letters, digits, dots, dashes or underscores.', {
      field: 'username',
    });
  }
  requireGoodPassword(input.password, username);
  const passwordHash = await deps.passwords.hash(input.password);
  return deps.uow.run(async (repositories) => {
    if (await repositories.accounts.findByUsername(username)) {
      throw new AppError('conflict', `The username ${username} is taken.`, { field: 'username' });
    }
    const links = await resolveLinks(repositories, input.role, input.linkedId ?? null);
    const account: AccountRecord = {
      id: newId(),
      username,
      passwordHash,
      role: input.role,
      ...links,
      disabledAt: null,
      mustChangePassword: false,
      lastSignInAt: null,
    };
    await repositories.accounts.create(account);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'account.create',
      personId: links.personId,
      detail: { accountId: account.id, role: input.role },
    });
    return { id: account.id, username, role: input.role, ...links };
  });
}

type Links = Pick<AccountRecord, 'workerId' | 'personId' | 'carerId'>;

async function resolveLinks(repositories: Repositories, role: AccountRole, linkedId: string | null): Promise<Links> {
  const none: Links = { workerId: null, personId: null, carerId: null };
  if (role === 'admin' || role === 'researcher') return none;
  if (role === 'student')
    throw new AppError('bad_request', 'Students sign up themselves on the Recovery College’s pages.', {
      field: 'role',
    });
  if (!linkedId) throw new AppError('bad_request', 'Choose who this account signs in as.', { field: 'linkedId' });
  if (role === 'worker' || role === 'team_manager') {
    if (!(await repositories.organisation.findWorker(linkedId)))
      throw new AppError('bad_request', 'There is no worker with that id.', { field: 'linkedId' });
    return { ...none, workerId: linkedId };
  }
  if (role === 'service_user') {
    if (!(await repositories.organisation.findPerson(linkedId)))
      throw new AppError('bad_request', 'There is no person with that id.', { field: 'linkedId' });
    return { ...none, personId: linkedId };
  }
  if (!(await repositories.organisation.findCarer(linkedId)))
    throw new AppError('bad_request', 'There is no carer with that id.', { field: 'linkedId' });
  return { ...none, carerId: linkedId };
}
