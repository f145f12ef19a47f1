// The words the interface uses for each code, shared by the server and the web app.
export { ACCOUNT_ROLES, ACCOUNT_ROLE_LABELS, type AccountRole } from '../../domain/accounts/account-role';
export {
  CARE_TEAM_ROLES,
  CARE_TEAM_ROLE_LABELS,
  MEMBERSHIP_END_REASONS,
  MEMBERSHIP_END_REASON_LABELS,
  type CareTeamRole,
  type MembershipEndReason,
} from '../../domain/care-team/care-team-role';
export {
  CONTACT_KINDS,
  CONTACT_KIND_LABELS,
  CONTACT_LIMITS,
  CONTACT_MODES,
  CONTACT_MODE_LABELS,
  type ContactKind,
  type ContactMode,
} from '../../domain/contacts/contact-kinds';
export { CARER_SHARE_SCOPES, type CarerShareScope, type AccessBasis } from '../../domain/access/person-access-policy';
export {
  DISCHARGE_REASONS,
  DISCHARGE_REASON_LABELS,
  type DischargeReason,
} from '../../domain/people/discharge-reasons';
export {
  HANDOVER_NOTE_MAX,
  HANDOVER_STATUSES,
  HANDOVER_STATUS_LABELS,
  JOINT_MEETING_LABELS,
  JOINT_MEETING_STATES,
  type HandoverStatus,
  type JointMeetingState,
} from '../../domain/handovers/handover-states';
export { REFLECTION_THEMES, WOULD_DO_AGAIN } from '../../domain/reflections/reflection-prompts';
