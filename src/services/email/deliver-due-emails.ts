import { nextEmailAttempt } from '../../domain/notifications/retry';
import type { ServiceDeps } from '../ports';
import { type EmailTransport, PermanentEmailFailure } from './ports';

/** How long a server holds the emails it took before another server may take them. */
export const EMAIL_CLAIM_MS = 5 * 60_000;

export interface DeliveryResult {
  sent: number;
  failed: number;
}

/**
 * Sends the emails that are due, one batch: each is marked sent, or failed with the time of its next
 * attempt. The batch is taken in a transaction of its own and each email is marked in another, so a
 * slow mail server holds no database transaction open and a server that stops mid-batch only delays
 * the rest until its claim runs out.
 */
export async function deliverDueEmails(
  deps: Pick<ServiceDeps, 'uow' | 'now'>,
  transport: EmailTransport,
  options: { batch?: number } = {},
): Promise<DeliveryResult> {
  const takenAt = deps.now();
  const due = await deps.uow.run((r) =>
    r.outbox.claimDue(takenAt, new Date(takenAt.getTime() + EMAIL_CLAIM_MS), options.batch ?? 20),
  );
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (const email of due) {
    try {
      await transport.send(email);
      await deps.uow.run((r) => r.outbox.markSent(email.id, deps.now()));
      result.sent += 1;
    } catch (error) {
      const failedAt = deps.now();
      const retryAt = error instanceof PermanentEmailFailure ? null : nextEmailAttempt(failedAt, email.attempts + 1);
      const reason = error instanceof Error ? error.message : String(error);
      await deps.uow.run((r) => r.outbox.markFailed(email.id, reason, failedAt, retryAt));
      result.failed += 1;
    }
  }
  return result;
}
