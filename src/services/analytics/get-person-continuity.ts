import type { AccessBasis } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { countCareCoordinatorChanges } from '../../domain/care-team/care-coordinator-changes';
import { countCareCoordinators } from '../../domain/care-team/care-coordinator-count';
import { daysWithoutCareCoordinator } from '../../domain/care-team/days-without-care-coordinator';
import { isoDate } from '../../domain/care-team/membership-period';
import { continuityInWords, sameWorkerShare, type SameWorkerShare } from '../../domain/continuity';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { resolveWindow, windowMonths } from './analytics-window';
import type { AnalyticsWindow } from './ports';
import { inTurn } from '../in-turn';

/** How many of the latest contacts the "same worker" sentence looks at. */
export const LAST_CONTACTS = 10;

export interface PersonContinuity {
  window: AnalyticsWindow;
  careCoordinators: number;
  careCoordinatorChanges: number;
  daysWithoutCareCoordinator: number;
  /** Null for a carer the person has not chosen to share contacts with. */
  lastContacts: SameWorkerShare | null;
  /** The same figures in plain words, for the person's page. */
  sentences: string[];
  basis: AccessBasis;
}

/**
 * A person's own continuity of care over the last 12 months, in plain words: "2 care
 * coordinators in the last 12 months", "You saw the same worker at 8 of your last 10 contacts".
 * Whoever may read the person's summary may read this, except that a carer learns about contacts
 * only if the person shares their contacts with them. The person is spoken to as "you".
 */
export async function getPersonContinuity(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<PersonContinuity> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'read_summary', now);
    const window = resolveWindow({ to: isoDate(now) }, now);
    const toExclusive = nextDay(window.to);
    const [memberships, contacts] = await inTurn([
      () => r.careTeams.listForPerson(person.id),
      () => r.contacts.listForPerson(person.id, { limit: LAST_CONTACTS }),
    ]);
    const careCoordinators = countCareCoordinators(memberships, window.from, toExclusive);
    const carerLink =
      basis === 'carer_consent' && actor.carerId ? await r.organisation.findCarerLink(person.id, actor.carerId) : null;
    const mayReadContacts = basis !== 'carer_consent' || (carerLink?.sharedScopes.includes('contacts') ?? false);
    const lastContacts = mayReadContacts
      ? sameWorkerShare(contacts.map((c) => ({ workerIds: c.workers.map((w) => w.id) })))
      : null;
    const facts = {
      careCoordinators,
      months: windowMonths(window),
      lastContacts: lastContacts ?? { contacts: 0, withSameWorker: 0 },
    };
    const sentences = continuityInWords(facts, basis === 'self');
    await recordAudit(r, actor, now, { action: 'person.continuity.read', personId: person.id, basis });
    return {
      window,
      careCoordinators,
      careCoordinatorChanges: countCareCoordinatorChanges(memberships, window.from, toExclusive),
      daysWithoutCareCoordinator: daysWithoutCareCoordinator(memberships, window.from, toExclusive, person),
      lastContacts,
      sentences: lastContacts ? sentences : sentences.slice(0, 1),
      basis,
    };
  });
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return isoDate(date);
}
