import { isoDate } from '../../domain/care-team/membership-period';
import { somethingNewEmail } from '../../domain/notifications/notification-email';
import { newId } from '../new-id';
import type { PersonRecord } from '../organisation/ports';
import type { Repositories, ServiceDeps } from '../ports';

/**
 * The hour (UTC) on its due day at which a questionnaire due later is announced: morning in the UK
 * all year round, not the middle of the night.
 */
export const ANNOUNCE_AT_UTC = '08:00:00';

/**
 * Queues "You have something new in Tandem" for a questionnaire the care team asks for, when email is
 * configured and the person chose to be emailed: at once when it is due today or earlier, otherwise on
 * the morning of its due day. The email says nothing of what it is (ADR 0025, ADR 0027). Returns the
 * email's id, to withdraw it if the questionnaire stops waiting first, or null when none was queued.
 */
export async function queueInvitationEmail(
  repositories: Repositories,
  deps: Pick<ServiceDeps, 'emailEnabled' | 'now' | 'publicUrl'>,
  person: Pick<PersonRecord, 'emailAddress' | 'wantsEmail' | 'dischargedOn'>,
  dueOn: string,
): Promise<string | null> {
  if (!deps.emailEnabled || !person.wantsEmail || !person.emailAddress || person.dischargedOn) return null;
  const now = deps.now();
  // Due today (even before the morning hour) or earlier: at once, as the care team has just asked.
  const sendAfter = dueOn > isoDate(now) ? new Date(`${dueOn}T${ANNOUNCE_AT_UTC}Z`) : now;
  const id = newId();
  await repositories.outbox.enqueue({
    id,
    createdAt: now,
    sendAfter,
    toAddress: person.emailAddress,
    ...somethingNewEmail(deps.publicUrl),
  });
  return id;
}
