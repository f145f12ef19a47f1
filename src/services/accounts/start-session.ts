import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import type { Repositories } from '../ports';
import { actorForAccount } from './actor-for-account';
import type { AccountRecord } from './ports';
import { hashSessionToken, newCsrfToken, newSessionToken, SESSION_HOURS } from './session-tokens';

/** How someone proved who they are, as the audit records it. */
export type SignInMethod = 'password' | 'password_and_code' | 'password_and_recovery_code' | 'single_sign_on';

export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/**
 * Opens a session for an account whose identity is proved, and records in the audit how it was
 * proved. Every way of signing in ends here, so every session is the same kind of session (ADR 0003).
 */
export async function startSession(
  r: Repositories,
  account: AccountRecord,
  context: {
    now: Date;
    method: SignInMethod;
    userAgent: string | null;
    address: string | null;
    mustEnrolSecondFactor?: boolean;
    detail?: Record<string, unknown>;
  },
): Promise<StartedSession> {
  const { now } = context;
  await r.accounts.recordSignIn(account.id, now);
  const token = newSessionToken();
  const session = {
    tokenHash: hashSessionToken(token),
    accountId: account.id,
    csrfToken: newCsrfToken(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    lastSeenAt: now,
    createdAt: now,
    userAgent: context.userAgent?.slice(0, 300) ?? null,
    mustEnrolSecondFactor: context.mustEnrolSecondFactor ?? false,
  };
  await r.sessions.create(session);
  const actor = await actorForAccount(r, account);
  await recordAudit(r, actor, now, {
    action: 'session.start',
    detail: { method: context.method, address: context.address, ...context.detail },
  });
  return { token, csrfToken: session.csrfToken, expiresAt: session.expiresAt, actor };
}
