import { and, desc, eq, gt } from 'drizzle-orm';
import type { BreakGlassRepository } from '../services/access/ports';
import type { Database } from './database';
import { breakGlass } from './schema/break-glass.schema';

/** Break-glass grants: reasons for opening a record outside the care team. */
export function createBreakGlassRepository(db: Database): BreakGlassRepository {
  return {
    create: async (grant) => void (await db.insert(breakGlass).values(grant)),
    findActive: async (personId, accountId, now) =>
      (
        await db
          .select()
          .from(breakGlass)
          .where(
            and(eq(breakGlass.personId, personId), eq(breakGlass.accountId, accountId), gt(breakGlass.expiresAt, now)),
          )
          .orderBy(desc(breakGlass.expiresAt))
          .limit(1)
      )[0] ?? null,
  };
}
