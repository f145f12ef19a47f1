import type { AccountRole } from '../../domain/accounts/account-role';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';

/** Refuses with 403 unless the actor has one of the roles. For use cases not about one person's record. */
export function requireRole(actor: Actor, roles: readonly AccountRole[], message: string): void {
  if (!roles.includes(actor.role)) throw new AppError('forbidden', message);
}
