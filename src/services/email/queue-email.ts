import type { NotificationEmail } from '../../domain/notifications/notification-email';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';

/**
 * Queues an email in the use case's own transaction, so that it is sent only if what it tells of was
 * saved. Does nothing when email is not configured; says whether it queued.
 */
export async function queueEmail(
  repositories: Repositories,
  deps: Pick<ServiceDeps, 'emailEnabled' | 'now'>,
  toAddress: string,
  email: NotificationEmail,
): Promise<boolean> {
  if (!deps.emailEnabled) return false;
  await repositories.outbox.enqueue({ id: newId(), createdAt: deps.now(), toAddress, ...email });
  return true;
}
