import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { somethingNewEmail } from '../../domain/notifications/notification-email';
import { queueEmail } from '../email/queue-email';
import type { Repositories, ServiceDeps } from '../ports';
import type { MessageRecord } from './ports';

/**
 * Tells the care team by email that the person or a carer wrote: every worker in the care team today
 * who has an email address, so a message to an absent worker still reaches someone. The email is
 * the one wording every notification uses, with no names and nothing of the message (ADR 0025).
 * Queued in the sender's transaction; nothing is queued when email is off. Tandem holds no email
 * address for people or carers, so a worker's reply waits in Tandem for them.
 */
export async function notifyOfNewMessage(
  deps: Pick<ServiceDeps, 'emailEnabled' | 'now' | 'publicUrl'>,
  repositories: Repositories,
  message: MessageRecord,
): Promise<number> {
  if (message.authorKind === 'worker' || !deps.emailEnabled) return 0;
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
