import type { CarerShareScope } from '../../domain/access/person-access-policy';
import {
  latestCareCoordinatorChange,
  recentCareCoordinatorChange,
} from '../../domain/care-team/care-coordinator-changes';
import type { AccessBasis } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { countCareCoordinators } from '../../domain/care-team/care-coordinator-count';
import { isActiveOn, isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { MembershipView } from '../care-team/ports';
import { formatLocalIdentifier, LOCAL_IDENTIFIER_LABELS } from '../../domain/people/local-identifier';
import type { CrisisContactRecord, PersonRecord } from '../organisation/ports';
import { identifierSchemeOf } from './people-deps';
import type { ServiceDeps } from '../ports';
import type { ReviewRecord } from '../reviews/ports';

export interface PersonSummary {
  person: PersonRecord;
  teamName: string;
  /** How the person and their carers reach the team, and who to ring in a crisis. */
  teamContact: { phone: string | null; serviceHours: string | null };
  crisisContacts: CrisisContactRecord[];
  /** What the identifier is called in this service ("NHS number"), and its value as people read it. */
  identifier: { label: string; value: string } | null;
  /** The whole care-team history, current first; null when the viewer may not see it (a carer without consent). */
  careTeam: MembershipView[] | null;
  currentCareCoordinator: MembershipView | null;
  careCoordinatorsLast12Months: number;
  /** When the care coordinator changed, if that was in the last three months; null otherwise. */
  recentCoordinatorChangeOn: string | null;
  nextReview: ReviewRecord | null;
  access: {
    basis: AccessBasis;
    canReadContacts: boolean;
    canRecordContact: boolean;
    /** The care team or an administrator may edit the person's details and discharge them, until they are discharged. */
    canEditDetails: boolean;
    /** The viewer may open the care plan (managers and administrators may not; a carer only if the person shares it). */
    canReadCarePlan: boolean;
    /** What the person shares with the viewer as their carer; null when the viewer is not their carer. */
    sharedWithCarer: CarerShareScope[] | null;
    /** The conversation with the care team: the person, the care team, and carers the person lets in; never by breaking glass. */
    canReadMessages: boolean;
    /** The viewer may open the safety plan (the person, the care team, break glass; a carer only if the person shares it). */
    canReadSafetyPlan: boolean;
  };
}

/** Opens a person's record: who they are, their care team over time, and their next review. */
export async function getPerson(deps: ServiceDeps, input: { personId: string }, actor: Actor): Promise<PersonSummary> {
  // No transaction of its own: at READ COMMITTED each statement sees its own snapshot inside a
  // transaction too, and the one write is the audit insert, atomic by itself (ADR 0019, measured).
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_summary', now);
    const today = isoDate(now);
    const team = await repositories.organisation.findTeam(person.teamId);
    const memberships = await repositories.careTeams.listForPerson(person.id);
    const nextReview = await repositories.reviews.findNextDue(person.id);
    const carerLink = actor.carerId ? await repositories.organisation.findCarerLink(person.id, actor.carerId) : null;
    const crisisContacts = await repositories.organisation.listCrisisContacts();
    const scheme = identifierSchemeOf(deps);
    const isOpen = person.dischargedOn === null;
    const mayReadCareTeam = basis !== 'carer_consent' || (carerLink?.sharedScopes.includes('care_team') ?? false);
    await recordAudit(repositories, actor, now, { action: 'person.read', personId: person.id, basis });
    const clinical = basis === 'care_team' || basis === 'break_glass' || basis === 'self';
    // Handover and end notes are free text about the person: clinical notes, kept from managers,
    // administrators and carers, who see who was in the team and when, not what was written.
    const shown = clinical ? memberships : memberships.map(withoutNotes);
    return {
      // Whether the person opted out of research, and their email choice, are theirs to see and change,
      // nobody else's business.
      person: basis === 'self' ? person : { ...person, researchOptOut: false, emailAddress: null, wantsEmail: false },
      teamName: team?.name ?? '',
      teamContact: { phone: team?.phone ?? null, serviceHours: team?.serviceHours ?? null },
      crisisContacts,
      identifier:
        person.localIdentifier && basis !== 'carer_consent'
          ? { label: LOCAL_IDENTIFIER_LABELS[scheme], value: formatLocalIdentifier(scheme, person.localIdentifier) }
          : null,
      careTeam: mayReadCareTeam ? sortCurrentFirst(shown, today) : null,
      currentCareCoordinator: mayReadCareTeam
        ? (shown.find((m) => m.role === 'care_coordinator' && isActiveOn(m, today)) ?? null)
        : null,
      careCoordinatorsLast12Months: countCareCoordinators(memberships, monthsBefore(today, 12), nextDay(today)),
      recentCoordinatorChangeOn: recentCareCoordinatorChange(latestCareCoordinatorChange(memberships, today), today),
      nextReview: isOpen ? nextReview : null,
      access: {
        basis,
        canReadContacts: clinical || (carerLink?.sharedScopes.includes('contacts') ?? false),
        canRecordContact: isOpen && (basis === 'care_team' || basis === 'break_glass'),
        canEditDetails: isOpen && ((basis === 'care_team' && actor.role === 'worker') || basis === 'administration'),
        canReadCarePlan: clinical || (carerLink?.sharedScopes.includes('care_plan') ?? false),
        sharedWithCarer: basis === 'carer_consent' ? (carerLink?.sharedScopes ?? []) : null,
        canReadMessages:
          basis === 'care_team' || basis === 'self' || (carerLink?.sharedScopes.includes('messages') ?? false),
        canReadSafetyPlan: clinical || (carerLink?.sharedScopes.includes('safety_plan') ?? false),
      },
    };
  });
}

const withoutNotes = (m: MembershipView): MembershipView => ({ ...m, endNote: null, handoverNote: null });

function sortCurrentFirst(memberships: MembershipView[], today: string): MembershipView[] {
  return [...memberships].sort((a, b) => {
    const activeDifference = Number(isActiveOn(b, today)) - Number(isActiveOn(a, today));
    return activeDifference !== 0 ? activeDifference : b.startsOn.localeCompare(a.startsOn);
  });
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return isoDate(date);
}
