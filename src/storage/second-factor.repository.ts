import { and, count, eq, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { AccountRole } from '../domain/accounts/account-role';
import type { SecondFactorRepository } from '../services/second-factor/ports';
import type { Database } from './database';
import { session } from './schema/accounts.schema';
import { recoveryCode, secondFactor, secondFactorRequirement, signInChallenge } from './schema/sso.schema';

/** Authenticator secrets, recovery codes, the roles that must use them, and passwords waiting for a code. */
export function createSecondFactorRepository(db: Database): SecondFactorRepository {
  return {
    find: async (accountId) =>
      (
        await db
          .select({
            accountId: secondFactor.accountId,
            secret: secondFactor.secret,
            confirmedAt: secondFactor.confirmedAt,
            lastUsedStep: secondFactor.lastUsedStep,
          })
          .from(secondFactor)
          .where(eq(secondFactor.accountId, accountId))
      )[0] ?? null,
    saveUnconfirmed: async (accountId, secret, now) =>
      void (await db
        .insert(secondFactor)
        .values({ accountId, secret, createdAt: now })
        .onConflictDoUpdate({
          target: secondFactor.accountId,
          set: { secret, createdAt: now, confirmedAt: null, lastUsedStep: null },
        })),
    confirm: async (accountId, step, now) =>
      void (await db
        .update(secondFactor)
        .set({ confirmedAt: now, lastUsedStep: step })
        .where(eq(secondFactor.accountId, accountId))),
    useStep: async (accountId, step) =>
      (
        await db
          .update(secondFactor)
          .set({ lastUsedStep: step })
          .where(
            and(
              eq(secondFactor.accountId, accountId),
              or(isNull(secondFactor.lastUsedStep), lt(secondFactor.lastUsedStep, step)),
            ),
          )
          .returning({ accountId: secondFactor.accountId })
      ).length === 1,
    remove: async (accountId) => {
      await db.delete(recoveryCode).where(eq(recoveryCode.accountId, accountId));
      await db.delete(secondFactor).where(eq(secondFactor.accountId, accountId));
    },
    replaceRecoveryCodes: async (accountId, codeHashes) => {
      await db.delete(recoveryCode).where(eq(recoveryCode.accountId, accountId));
      if (codeHashes.length)
        await db.insert(recoveryCode).values(codeHashes.map((codeHash) => ({ accountId, codeHash })));
    },
    useRecoveryCode: async (accountId, codeHash, now) =>
      (
        await db
          .update(recoveryCode)
          .set({ usedAt: now })
          .where(
            and(
              eq(recoveryCode.accountId, accountId),
              eq(recoveryCode.codeHash, codeHash),
              isNull(recoveryCode.usedAt),
            ),
          )
          .returning({ accountId: recoveryCode.accountId })
      ).length === 1,
    countUnusedRecoveryCodes: async (accountId) =>
      (
        await db
          .select({ n: count() })
          .from(recoveryCode)
          .where(and(eq(recoveryCode.accountId, accountId), isNull(recoveryCode.usedAt)))
      )[0]?.n ?? 0,
    requiredRoles: async () =>
      (
        await db
          .select({ role: secondFactorRequirement.role })
          .from(secondFactorRequirement)
          .where(eq(secondFactorRequirement.isRequired, true))
      ).map((row) => row.role as AccountRole),
    setRequirement: async (role, isRequired, now, changedBy) =>
      void (await db
        .insert(secondFactorRequirement)
        .values({ role, isRequired, changedAt: now, changedBy })
        .onConflictDoUpdate({ target: secondFactorRequirement.role, set: { isRequired, changedAt: now, changedBy } })),
    createChallenge: async (challenge) => void (await db.insert(signInChallenge).values(challenge)),
    findChallenge: async (tokenHash, now) =>
      (
        await db
          .select({
            tokenHash: signInChallenge.tokenHash,
            accountId: signInChallenge.accountId,
            expiresAt: signInChallenge.expiresAt,
            failures: signInChallenge.failures,
            deviceHash: signInChallenge.deviceHash,
          })
          .from(signInChallenge)
          .where(and(eq(signInChallenge.tokenHash, tokenHash), gt(signInChallenge.expiresAt, now)))
      )[0] ?? null,
    countChallengeFailure: async (tokenHash) =>
      (
        await db
          .update(signInChallenge)
          .set({ failures: sql`${signInChallenge.failures} + 1` })
          .where(eq(signInChallenge.tokenHash, tokenHash))
          .returning({ failures: signInChallenge.failures })
      )[0]?.failures ?? 0,
    deleteChallenge: async (tokenHash) =>
      void (await db.delete(signInChallenge).where(eq(signInChallenge.tokenHash, tokenHash))),
    clearMustEnrol: async (accountId) =>
      void (await db.update(session).set({ mustEnrolSecondFactor: false }).where(eq(session.accountId, accountId))),
    confirmedAmong: async (accountIds) =>
      accountIds.length === 0
        ? []
        : (
            await db
              .select({ accountId: secondFactor.accountId })
              .from(secondFactor)
              .where(and(inArray(secondFactor.accountId, accountIds), isNotNull(secondFactor.confirmedAt)))
          ).map((row) => row.accountId),
    listSecrets: () => db.select({ accountId: secondFactor.accountId, secret: secondFactor.secret }).from(secondFactor),
    replaceSecret: async (accountId, from, to) =>
      (
        await db
          .update(secondFactor)
          .set({ secret: to })
          .where(and(eq(secondFactor.accountId, accountId), eq(secondFactor.secret, from)))
          .returning({ accountId: secondFactor.accountId })
      ).length === 1,
  };
}
