/** The part a worker plays in one person's care team. */
export const CARE_TEAM_ROLES = [
  'care_coordinator',
  'nurse',
  'psychiatrist',
  'psychologist',
  'social_worker',
  'occupational_therapist',
  'peer_worker',
  'ips_employment_specialist',
  'recovery_college_tutor',
  'support_worker',
] as const;

export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];

export const CARE_TEAM_ROLE_LABELS: Record<CareTeamRole, string> = {
  care_coordinator: 'Care coordinator',
  nurse: 'Nurse',
  psychiatrist: 'Psychiatrist',
  psychologist: 'Psychologist',
  social_worker: 'Social worker',
  occupational_therapist: 'Occupational therapist',
  peer_worker: 'Peer worker',
  ips_employment_specialist: 'IPS employment specialist',
  recovery_college_tutor: 'Recovery College tutor',
  support_worker: 'Support worker',
};

/** Why a membership ended; "other" needs a written reason. */
export const MEMBERSHIP_END_REASONS = [
  'worker_left_service',
  'worker_changed_team',
  'person_asked_for_change',
  'caseload_rebalanced',
  'person_discharged',
  'role_no_longer_needed',
  'other',
] as const;

export type MembershipEndReason = (typeof MEMBERSHIP_END_REASONS)[number];

export const MEMBERSHIP_END_REASON_LABELS: Record<MembershipEndReason, string> = {
  worker_left_service: 'Worker left the service',
  worker_changed_team: 'Worker changed team',
  person_asked_for_change: 'The person asked for a change',
  caseload_rebalanced: 'Caseloads rebalanced',
  person_discharged: 'Person discharged from the service',
  role_no_longer_needed: 'Role no longer needed',
  other: 'Other',
};
