import { ACCOUNT_ROLE_LABELS, type AccountRole } from '../../../shared/api/labels';

/** The plain word for an account role, falling back to the code for roles this app does not know yet. */
export function accountRoleLabel(role: string): string {
  return role in ACCOUNT_ROLE_LABELS ? ACCOUNT_ROLE_LABELS[role as AccountRole] : role.replaceAll('_', ' ');
}
