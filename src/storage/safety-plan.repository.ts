import { eq } from 'drizzle-orm';
import type { SafetyPlanRepository } from '../services/safety-plan/ports';
import type { Database } from './database';
import { safetyPlanPreference } from './schema/safety-plan.schema';

/** What only the safety plan keeps beside the co-produced document: the person's choice about agreement. */
export function createSafetyPlanRepository(db: Database): SafetyPlanRepository {
  return {
    findPreference: async (personId) =>
      (await db.select().from(safetyPlanPreference).where(eq(safetyPlanPreference.personId, personId)))[0] ?? null,
    setPreference: async (preference) =>
      void (await db
        .insert(safetyPlanPreference)
        .values(preference)
        .onConflictDoUpdate({
          target: safetyPlanPreference.personId,
          set: {
            teamMustAgree: preference.teamMustAgree,
            updatedAt: preference.updatedAt,
            updatedByName: preference.updatedByName,
          },
        })),
  };
}
