import type { AccountRole } from '../../../shared/api/labels';

/** Staff roles: they may add a code from an authenticator app (the server decides; this only hides the section). */
export const isStaffRole = (role: AccountRole): boolean =>
  role === 'worker' || role === 'team_manager' || role === 'researcher' || role === 'admin';
