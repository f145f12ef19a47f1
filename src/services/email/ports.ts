/** One email as the services compose it: plain text, no one's health information. */
export interface OutgoingEmail {
  toAddress: string;
  subject: string;
  text: string;
}

/** An email in the outbox, as a sending server sees it. */
export interface OutboxEmail extends OutgoingEmail {
  id: string;
  attempts: number;
}

export interface OutboxRepository {
  /** Queues an email in the caller's transaction: it is sent only if that transaction commits. */
  enqueue(email: OutgoingEmail & { id: string; createdAt: Date }): Promise<void>;
  /**
   * Takes up to `limit` emails due at `now` that no other server holds, and holds them until `claimedUntil`.
   * Rows another server is taking at the same moment are skipped, not waited for.
   */
  claimDue(now: Date, claimedUntil: Date, limit: number): Promise<OutboxEmail[]>;
  markSent(id: string, at: Date): Promise<void>;
  /** Records a failed attempt: tried again after `retryAt`, or never again when `retryAt` is null. */
  markFailed(id: string, error: string, at: Date, retryAt: Date | null): Promise<void>;
  /** Emails not yet sent nor given up, for health checks and tests. */
  countWaiting(): Promise<number>;
}

/** Sends one email through the mail server (SMTP); throws when the server refuses or cannot be reached. */
export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

/** A mail server's refusal that retrying will not change (for example, a 5xx answer to the recipient). */
export class PermanentEmailFailure extends Error {
  override name = 'PermanentEmailFailure';
}
