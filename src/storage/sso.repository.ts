import { and, eq, isNull, lt } from 'drizzle-orm';
import type { SsoRepository } from '../services/sso/ports';
import { toAccount } from './accounts.repository';
import type { Database } from './database';
import { account, session } from './schema/accounts.schema';
import { ssoLogoutToken, ssoSignIn } from './schema/sso.schema';

/** Single sign-on attempts and the links between accounts and the provider's identities. */
export function createSsoRepository(db: Database): SsoRepository {
  const accountWhere = async (where: ReturnType<typeof eq>) =>
    (await db.select().from(account).where(where)).map(toAccount)[0] ?? null;
  return {
    createAttempt: async (attempt) => void (await db.insert(ssoSignIn).values(attempt)),
    takeAttempt: async (stateHash, now) => {
      const found = (await db.select().from(ssoSignIn).where(eq(ssoSignIn.stateHash, stateHash)))[0];
      if (!found) return null;
      if (found.usedAt) return { attempt: found, wasUsed: true };
      // Only one of two answers racing each other marks it used.
      const taken = await db
        .update(ssoSignIn)
        .set({ usedAt: now })
        .where(and(eq(ssoSignIn.stateHash, stateHash), isNull(ssoSignIn.usedAt)))
        .returning({ stateHash: ssoSignIn.stateHash });
      return { attempt: found, wasUsed: taken.length === 0 };
    },
    deleteExpiredAttempts: async (before) => void (await db.delete(ssoSignIn).where(lt(ssoSignIn.expiresAt, before))),
    findAccountBySubject: (subject) => accountWhere(eq(account.ssoSubject, subject)),
    findAccountBySsoUsername: (ssoUsername) => accountWhere(eq(account.ssoUsername, ssoUsername)),
    bindSubject: async (accountId, subject) =>
      void (await db.update(account).set({ ssoSubject: subject }).where(eq(account.id, accountId))),
    setSsoUsername: async (accountId, ssoUsername) =>
      void (await db.update(account).set({ ssoUsername, ssoSubject: null }).where(eq(account.id, accountId))),
    keepProviderSession: async (tokenHash, provider) =>
      void (await db
        .update(session)
        .set({ ssoIdToken: provider.sealedIdToken, ssoSubject: provider.subject, ssoSid: provider.sid })
        .where(eq(session.tokenHash, tokenHash))),
    endProviderSessions: async ({ subject, sid }) => {
      const bySid = sid === null ? null : eq(session.ssoSid, sid);
      const bySubject = subject === null ? null : eq(session.ssoSubject, subject);
      const where = bySid && bySubject ? and(bySid, bySubject) : (bySid ?? bySubject);
      if (!where) return [];
      return db.delete(session).where(where).returning({ accountId: session.accountId });
    },
    rememberLogoutToken: async (jti, now, expiresAt) => {
      await db.delete(ssoLogoutToken).where(lt(ssoLogoutToken.expiresAt, now));
      const kept = await db
        .insert(ssoLogoutToken)
        .values({ jti, receivedAt: now, expiresAt })
        .onConflictDoNothing()
        .returning({ jti: ssoLogoutToken.jti });
      return kept.length === 1;
    },
    idTokenOf: async (tokenHash) =>
      (await db.select({ idToken: session.ssoIdToken }).from(session).where(eq(session.tokenHash, tokenHash)))[0]
        ?.idToken ?? null,
  };
}
