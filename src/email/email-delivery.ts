import { deliverDueEmails, type DeliveryResult } from '../services/email/deliver-due-emails';
import type { EmailTransport } from '../services/email/ports';
import type { ServiceDeps } from '../services/ports';

/** How often a server looks for emails to send. */
export const EMAIL_DELIVERY_INTERVAL_MS = 2_000;

export interface EmailDelivery {
  /** Sends what is due now, without waiting for the next turn (for tests and shutdown). */
  runOnce(): Promise<DeliveryResult>;
  stop(): Promise<void>;
}

/**
 * Sends the outbox's emails in the background, one batch at a time; every server process runs one
 * (the outbox's claims keep them from sending an email twice).
 */
export function startEmailDelivery(
  services: Pick<ServiceDeps, 'uow' | 'now'>,
  transport: EmailTransport,
  options: { intervalMs?: number; onError: (error: unknown) => void },
): EmailDelivery {
  let running: Promise<DeliveryResult> | null = null;
  let stopped = false;
  const runOnce = async (): Promise<DeliveryResult> => {
    while (running) await running.catch(() => undefined);
    running = deliverDueEmails(services, transport);
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    runOnce().catch(options.onError);
  }, options.intervalMs ?? EMAIL_DELIVERY_INTERVAL_MS);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
