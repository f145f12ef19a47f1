import { and, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { SignInDefenceRepository } from '../services/accounts/ports';
import type { Database } from './database';
import { knownDevice, signInThrottle } from './schema/sign-in.schema';

/** Wrong-password counts and known devices (ADR 0003). */
export function createSignInDefenceRepository(db: Database): SignInDefenceRepository {
  return {
    lockedUntil: async (keys, now) => {
      const rows = await db
        .select({ until: max(signInThrottle.lockedUntil) })
        .from(signInThrottle)
        .where(and(inArray(signInThrottle.key, keys), gt(signInThrottle.lockedUntil, now)));
      return rows[0]?.until ?? null;
    },
    recordFailure: async (key, now, limits) => {
      // One statement: a count whose window has passed starts again at 1; reaching `max` locks.
      const windowStart = new Date(now.getTime() - limits.windowMs).toISOString();
      const isStale = sql`${signInThrottle.windowStartedAt} <= ${windowStart}::timestamptz`;
      const next = sql`case when ${isStale} then 1 else ${signInThrottle.failures} + 1 end`;
      await db
        .insert(signInThrottle)
        .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limits.max <= 1 ? limits.lockUntil : null })
        .onConflictDoUpdate({
          target: signInThrottle.key,
          set: {
            failures: next,
            windowStartedAt: sql`case when ${isStale} then ${now.toISOString()}::timestamptz else ${signInThrottle.windowStartedAt} end`,
            lockedUntil: sql`case when ${next} >= ${limits.max} then ${limits.lockUntil.toISOString()}::timestamptz else ${signInThrottle.lockedUntil} end`,
          },
        });
    },
    clear: async (key) => void (await db.delete(signInThrottle).where(eq(signInThrottle.key, key))),
    findDevice: async (tokenHash) => {
      const rows = await db
        .select({ accountId: knownDevice.accountId, failures: knownDevice.failures })
        .from(knownDevice)
        .where(eq(knownDevice.tokenHash, tokenHash));
      return rows[0] ?? null;
    },
    rememberDevice: async ({ tokenHash, accountId }, now) =>
      void (await db
        .insert(knownDevice)
        .values({ tokenHash, accountId, lastUsedAt: now })
        .onConflictDoUpdate({ target: knownDevice.tokenHash, set: { lastUsedAt: now, failures: 0 } })),
    recordDeviceFailure: async (tokenHash, maxFailures) => {
      await db
        .update(knownDevice)
        .set({ failures: sql`${knownDevice.failures} + 1` })
        .where(eq(knownDevice.tokenHash, tokenHash));
      await db
        .delete(knownDevice)
        .where(and(eq(knownDevice.tokenHash, tokenHash), sql`${knownDevice.failures} >= ${maxFailures}`));
    },
    forgetDevicesOf: async (accountId) =>
      void (await db.delete(knownDevice).where(eq(knownDevice.accountId, accountId))),
  };
}
