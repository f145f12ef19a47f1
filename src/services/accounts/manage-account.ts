import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import type { Repositories } from '../ports';
import type { AccountRecord } from './ports';

/** The account an administrator is about to change, or 404; administrators only. */
export async function accountToManage(r: Repositories, actor: Actor, accountId: string): Promise<AccountRecord> {
  requireRole(actor, ['admin'], 'Only administrators manage accounts.');
  const account = await r.accounts.findById(accountId);
  if (!account) throw new AppError('not_found', 'There is no account with that id.');
  return account;
}
