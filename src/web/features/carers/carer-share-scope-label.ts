import type { CarerShareScope } from '../../../shared/api/labels';

const LABELS: Record<CarerShareScope, string> = {
  care_team: 'who is in their care team',
  contacts: 'their contacts with the team',
  care_plan: 'their care plan',
  safety_plan: 'their safety plan',
};

/** What sharing a scope means, in words that fit mid-sentence ("Sam shares their care plan"). */
export const carerShareScopeLabel = (scope: CarerShareScope): string => LABELS[scope];
