import type { Actor } from '../accounts/actor';

/** What an actor wants to do with one person's record. */
export type PersonAction =
  | 'read_summary' // name, care team, next review
  | 'read_contacts'
  | 'record_contact'
  | 'read_access_log';

/** What a carer can be allowed to see; the person chooses, per carer. */
export const CARER_SHARE_SCOPES = ['care_team', 'contacts'] as const;
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
export function decidePersonAccess(actor: Actor, personId: string, action: PersonAction, facts: PersonAccessFacts): AccessDecision {
  if (!facts.personExists) return DENY;
  // "Who opened my record" is the person's own view of how others used their record.
  if (action === 'read_access_log') return actor.role === 'service_user' && actor.personId === personId ? allow('self') : DENY;
  switch (actor.role) {
    case 'service_user':
      return actor.personId === personId && action !== 'record_contact' ? allow('self') : DENY;
    case 'worker':
      if (facts.isInCareTeam) return allow('care_team');
      return facts.hasBreakGlass ? allow('break_glass') : DENY;
    case 'carer':
      return decideCarer(action, facts.carerScopes);
    case 'team_manager':
      if (facts.isInCareTeam) return allow('care_team');
      return facts.isInManagedTeam && action === 'read_summary' ? allow('team_manager') : DENY;
    case 'admin':
      return action === 'read_summary' ? allow('administration') : DENY;
    case 'researcher':
      return DENY;
  }
}

function decideCarer(action: PersonAction, scopes: readonly CarerShareScope[] | null): AccessDecision {
  if (scopes === null) return DENY;
  if (action === 'read_summary') return allow('carer_consent');
  if (action === 'read_contacts' && scopes.includes('contacts')) return allow('carer_consent');
  return DENY;
}
