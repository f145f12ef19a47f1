import type { AccountRole } from '../../../shared/api/labels';

const HOME_PATHS: Record<AccountRole, string> = {
  worker: '/caseload',
  service_user: '/my-page',
  carer: '/cared-for',
  team_manager: '/team',
  researcher: '/organisation',
  admin: '/admin',
  student: '/college/my-courses',
};

/** Where each role lands after signing in. */
export const homePath = (role: AccountRole): string => HOME_PATHS[role];
