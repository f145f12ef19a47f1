import type { Actor } from '../accounts/actor';

/** What an actor wants to do with one person's record. */
export type PersonAction =
  | 'read_summary' // name, care team, next review
  | 'read_contacts'
  | 'record_contact'
  | 'read_access_log'
  | 'read_care_plan'
  | 'write_care_plan' // write, propose, sign, discuss
  | 'read_meetings' // ratings, chosen areas, four-step notes, actions
  | 'record_meeting'
  | 'read_feedback' // relationship feedback, as the viewer's relationship and the person's choices allow
  | 'give_feedback'
  | 'set_feedback_visibility'
  | 'edit_details' // name, preferred name, date of birth, identifier
  | 'discharge' // end the care team and make the record read-only
  | 'set_research_choice' // leave research exports, or join them again
  | 'set_email_choice' // the person's email address, and whether to be told by email that something waits
  | 'answer_questionnaire' // the person filling in their own questionnaires, drafts included
  | 'set_questionnaires' // which questionnaires the care team asks for, and how often
  | 'read_carer_sharing' // who the person's carers are, what each may see, and the consent records
  | 'set_carer_sharing' // give or withdraw what a carer may see: the person, or an administrator on their behalf
  | 'read_handovers' // planned changes of care coordinator, their notes and joint meetings
  | 'plan_handover' // plan, record the joint meeting, confirm or cancel a change of care coordinator
  | 'add_to_handover_note' // the person's own words for their new worker
  | 'read_messages' // the conversation between the person (and carers they let in) and the care team
  | 'send_message'
  | 'read_ips' // Individual Placement and Support: referral, vocational profile, benefits advice, jobs
  | 'refer_ips' // refer to IPS: the person themselves or anyone in their care team (zero exclusion)
  | 'write_vocational_profile' // the person's work goals and disclosure choice, written with them
  | 'record_ips' // the specialist's records: benefits advice, jobs, employer contacts about the person
  | 'read_risk' // the risk and safety formulation and positive risk-taking plans
  | 'write_risk' // write, propose, sign, discuss them
  | 'record_risk_discussion' // record when and how the formulation was discussed with the person
  | 'read_safety_plan'
  | 'write_safety_plan'
  | 'share_safety_plan' // make, list and revoke links that open the safety plan without an account
  | 'read_college_life' // the person's Recovery College learning plan and courses, when they share it (ADR 0040)
  | 'give_carer_view' // a carer's own view of a meeting they were at (ADR 0036)
  | 'read_carer_views' // the care team reads carers' views; the person sees that one was given; a carer reads their own
  | 'request_carer_assessment' // a carer asks the care team for a carer's assessment
  | 'read_carer_assessments' // the care team reads carers' requests; a carer reads their own; never the person
  | 'answer_carer_assessment'; // accept, arrange on a date, or decline with a reason

/** Changes to the record that stop once the person is discharged: the record stays, read-only. */
export const CHANGES_TO_RECORD: ReadonlySet<PersonAction> = new Set([
  'record_contact',
  'write_care_plan',
  'record_meeting',
  'give_feedback',
  'edit_details',
  'discharge',
  'answer_questionnaire',
  'set_questionnaires',
  'plan_handover',
  'add_to_handover_note',
  'send_message',
  'refer_ips',
  'write_vocational_profile',
  'record_ips',
  'write_risk',
  'record_risk_discussion',
  'write_safety_plan',
  'share_safety_plan',
  'give_carer_view',
  'request_carer_assessment',
  'answer_carer_assessment',
]);
/** Writing co-produced documents: breaking glass opens a record to read, never to write. */
const DOCUMENT_WRITE_ACTIONS: ReadonlySet<PersonAction> = new Set([
  'write_care_plan',
  'write_risk',
  'record_risk_discussion',
  'write_safety_plan',
]);
/** The frame of the record, which administrators keep as well as the care team. */
const ADMINISTRATION_ACTIONS: ReadonlySet<PersonAction> = new Set([
  'read_summary',
  'edit_details',
  'discharge',
  'read_carer_sharing',
  'set_carer_sharing',
  'read_handovers',
  'plan_handover',
]);

/** Actions only the person takes, on their own record. */
const SELF_ONLY_ACTIONS: ReadonlySet<PersonAction> = new Set([
  'read_access_log',
  'set_feedback_visibility',
  'set_research_choice',
  'set_email_choice',
  'answer_questionnaire',
  'add_to_handover_note',
]);
/** Actions on a person's record that the person does not take themselves. */
const NOT_BY_SELF_ACTIONS: ReadonlySet<PersonAction> = new Set([
  'record_contact',
  'record_meeting',
  'edit_details',
  'discharge',
  'set_questionnaires',
  'plan_handover',
  'record_ips',
  'record_risk_discussion',
  // A carer's assessment is the carer's own (Care Act 2014, s.10): the person neither reads nor answers it.
  'read_carer_assessments',
  'answer_carer_assessment',
]);
/** What a carer sees is the person's choice: the care team reads it but does not change it. */
const NOT_BY_CARE_TEAM_ACTIONS: ReadonlySet<PersonAction> = new Set(['set_carer_sharing']);
/** Meetings and relationship feedback belong to the care team: breaking glass lets a worker read meetings, nothing more. */
const NOT_BY_BREAK_GLASS_ACTIONS: ReadonlySet<PersonAction> = new Set([
  'record_meeting',
  'read_feedback',
  'give_feedback',
  'edit_details',
  'discharge',
  'set_questionnaires',
  'read_carer_sharing',
  'set_carer_sharing',
  'read_handovers',
  'plan_handover',
  // Messages are a conversation with the care team; opening a record in an emergency does not join it.
  'read_messages',
  'send_message',
  // IPS work is for the care team only: breaking glass is for emergencies, and a job search is not one.
  'read_ips',
  'refer_ips',
  'write_vocational_profile',
  'record_ips',
  'share_safety_plan',
  // A person's studies are theirs to share with the care team; an emergency is no reason to read them.
  'read_college_life',
  // Carers' views and requests are for the people who support the person, not an emergency read.
  'read_carer_views',
  'read_carer_assessments',
  'answer_carer_assessment',
]);
/** What only a carer does, as the person's carer: whatever the person shares with them. */
const CARER_ONLY_ACTIONS: ReadonlySet<PersonAction> = new Set(['give_carer_view', 'request_carer_assessment']);

/** What a carer can be allowed to see; the person chooses, per carer. */
export const CARER_SHARE_SCOPES = ['care_team', 'contacts', 'care_plan', 'messages', 'ips', 'safety_plan'] as const;
export type CarerShareScope = (typeof CARER_SHARE_SCOPES)[number];

/** Facts about the actor's relationship with the person, loaded by the service before deciding. */
export interface PersonAccessFacts {
  personExists: boolean;
  /** The actor's worker holds an active care-team membership for the person today. */
  isInCareTeam: boolean;
  /** The actor has an unexpired break-glass grant for the person. */
  hasBreakGlass: boolean;
  /** The person belongs to the team the actor manages. */
  isInManagedTeam: boolean;
  /** What the person shares with the actor as their carer; null when the actor is not their carer. */
  carerScopes: readonly CarerShareScope[] | null;
}

/** Why access was granted; recorded in the audit event so the person can see it. */
export type AccessBasis = 'self' | 'care_team' | 'break_glass' | 'carer_consent' | 'team_manager' | 'administration';

export type AccessDecision = { allowed: true; basis: AccessBasis } | { allowed: false };

const DENY: AccessDecision = { allowed: false };
const allow = (basis: AccessBasis): AccessDecision => ({ allowed: true, basis });

/**
 * Decides whether an actor may take an action on a person's record.
 * A worker sees a person only while in their care team, or through a recorded break-glass
 * reason that the person is told about. Carers see what the person consented to share.
 * Managers see their team's people but no clinical notes; administrators manage the record's
 * frame (who is in the team) but not its clinical content. Researchers see no one.
 */
export function decidePersonAccess(
  actor: Actor,
  personId: string,
  action: PersonAction,
  facts: PersonAccessFacts,
): AccessDecision {
  if (!facts.personExists) return DENY;
  // "Who opened my record" is the person's own view of how others used their record.
  if (SELF_ONLY_ACTIONS.has(action))
    return actor.role === 'service_user' && actor.personId === personId ? allow('self') : DENY;
  if (CARER_ONLY_ACTIONS.has(action))
    return actor.role === 'carer' && facts.carerScopes !== null ? allow('carer_consent') : DENY;
  switch (actor.role) {
    case 'service_user':
      return actor.personId === personId && !NOT_BY_SELF_ACTIONS.has(action) ? allow('self') : DENY;
    case 'worker':
      if (NOT_BY_CARE_TEAM_ACTIONS.has(action)) return DENY;
      if (facts.isInCareTeam) return allow('care_team');
      // Breaking glass opens a record to read in an emergency; the plan stays the care team's to write.
      if (DOCUMENT_WRITE_ACTIONS.has(action)) return DENY;
      if (NOT_BY_BREAK_GLASS_ACTIONS.has(action)) return DENY;
      return facts.hasBreakGlass ? allow('break_glass') : DENY;
    case 'carer':
      return decideCarer(action, facts.carerScopes);
    case 'team_manager':
      if (NOT_BY_CARE_TEAM_ACTIONS.has(action)) return DENY;
      if (facts.isInCareTeam) return allow('care_team');
      return facts.isInManagedTeam && action === 'read_summary' ? allow('team_manager') : DENY;
    case 'admin':
      return ADMINISTRATION_ACTIONS.has(action) ? allow('administration') : DENY;
    case 'researcher':
    case 'student':
      return DENY;
  }
}

function decideCarer(action: PersonAction, scopes: readonly CarerShareScope[] | null): AccessDecision {
  if (scopes === null) return DENY;
  if (action === 'read_summary') return allow('carer_consent');
  if (action === 'read_contacts' && scopes.includes('contacts')) return allow('carer_consent');
  if (action === 'read_care_plan' && scopes.includes('care_plan')) return allow('carer_consent');
  if ((action === 'read_messages' || action === 'send_message') && scopes.includes('messages'))
    return allow('carer_consent');
  if (action === 'read_ips' && scopes.includes('ips')) return allow('carer_consent');
  if (action === 'read_safety_plan' && scopes.includes('safety_plan')) return allow('carer_consent');
  // Their own views and requests only: the use cases show a carer nothing of another carer's.
  if (action === 'read_carer_views' || action === 'read_carer_assessments') return allow('carer_consent');
  return DENY;
}
