import type { CarerShareScope } from '../../../shared/api/labels';

const LABELS: Record<CarerShareScope, string> = {
  care_team: 'who is in their care team',
  contacts: 'their contacts with the team',
  care_plan: 'their care plan',
  messages: 'their messages with the care team',
  ips: 'their work goals and jobs (IPS)',
  safety_plan: 'their safety plan',
};

/** What sharing a scope means, in words that fit mid-sentence ("Sam shares their care plan"). */
export const carerShareScopeLabel = (scope: CarerShareScope): string => LABELS[scope];

const OWN_LABELS: Record<CarerShareScope, string> = {
  care_team: 'Who is in my care team',
  contacts: 'My contacts with the team',
  care_plan: 'My care plan',
  messages: 'My messages with the care team',
  ips: 'My work goals and jobs (IPS)',
  safety_plan: 'My safety plan',
};

/** A scope as the person names it on their own page ("My care plan"). */
export const ownScopeLabel = (scope: CarerShareScope): string => OWN_LABELS[scope];

/** "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
