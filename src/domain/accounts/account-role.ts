/**
 * Who an account signs in as. A role decides which records the account may reach (see access/policy.ts).
 * A student account belongs to someone who signed up to the Recovery College themselves: it reaches
 * no one's care record.
 */
export const ACCOUNT_ROLES = [
  'service_user',
  'carer',
  'worker',
  'team_manager',
  'researcher',
  'admin',
  'student',
] as const;

export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_ROLE_LABELS: Record<AccountRole, string> = {
  service_user: 'Service user',
  carer: 'Carer',
  worker: 'Worker',
  team_manager: 'Team manager',
  researcher: 'Researcher',
  admin: 'Administrator',
  student: 'Recovery College student',
};
