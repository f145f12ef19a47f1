import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { somethingNewEmail } from '../../domain/notifications/notification-email';
import { queueEmail } from '../email/queue-email';
import type { Repositories, ServiceDeps } from '../ports';
import type { MessageRecord } from './ports';

/**
 * Tells the other side by email that there is something new. When the person or a carer wrote:
 * every worker in the care team today who has an email address, so a message to an absent worker
 * still reaches someone. When the care team replied: the person, if they gave an address and chose
 * to be told (the choice questionnaires use). The email is the one wording every notification
 * uses, with no names and nothing of the message (ADR 0025). Queued in the sender's transaction;
 * nothing is queued when email is off. Tandem holds no email address for carers yet, so a reply
 * waits in Tandem for them.
 */
export async function notifyOfNewMessage(
  deps: Pick<ServiceDeps, 'emailEnabled' | 'now' | 'publicUrl'>,
  repositories: Repositories,
  message: MessageRecord,
): Promise<number> {
  if (!deps.emailEnabled) return 0;
  if (message.authorKind === 'worker') return notifyThePerson(deps, repositories, message);
  const today = isoDate(message.sentAt);
  const memberships = (await repositories.careTeams.listForPerson(message.personId)).filter((m) =>
    isActiveOn(m, today),
  );
  const addresses = new Set<string>();
  for (const workerId of new Set(memberships.map((m) => m.workerId))) {
    const worker = await repositories.organisation.findWorker(workerId);
    if (worker?.email && worker.leftOn === null) addresses.add(worker.email);
  }
  for (const address of addresses) await queueEmail(repositories, deps, address, somethingNewEmail(deps.publicUrl));
  return addresses.size;
}

async function notifyThePerson(
  deps: Pick<ServiceDeps, 'emailEnabled' | 'now' | 'publicUrl'>,
  repositories: Repositories,
  message: MessageRecord,
): Promise<number> {
  const person = await repositories.organisation.findPerson(message.personId);
  if (!person?.wantsEmail || !person.emailAddress || person.dischargedOn) return 0;
  await queueEmail(repositories, deps, person.emailAddress, somethingNewEmail(deps.publicUrl));
  return 1;
}
