import type { CarerShareScope } from '../../../shared/api/labels';

const LABELS: Record<CarerShareScope, string> = {
  care_team: 'who is in their care team',
  contacts: 'their contacts with the team',
  care_plan: 'their care plan',
  ips: 'their work goals and jobs (IPS)',
};

/** What sharing a scope means, in words that fit mid-sentence ("Sam shares their care plan"). */
export const carerShareScopeLabel = (scope: CarerShareScope): string => LABELS[scope];
