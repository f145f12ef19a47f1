import { desc, eq } from 'drizzle-orm';
import type { CarerShareScope } from '../domain/access/person-access-policy';
import type { ConsentChange } from '../domain/carer-consent/consent-changes';
import type { CarerConsentRepository } from '../services/carer-consent/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { carerConsent } from './schema/carer-consent.schema';
import { carer } from './schema/organisation.schema';

/** Consent records: what each carer was given or had withdrawn, by whom and why. */
export function createCarerConsentRepository(db: Database): CarerConsentRepository {
  return {
    append: (records) => inBatches(records, (batch) => db.insert(carerConsent).values(batch)),
    listForPerson: async (personId, limit) => {
      const rows = await db
        .select({
          id: carerConsent.id,
          personId: carerConsent.personId,
          carerId: carerConsent.carerId,
          carerName: carer.name,
          scope: carerConsent.scope,
          change: carerConsent.change,
          changedAt: carerConsent.changedAt,
          byAccountId: carerConsent.byAccountId,
          byName: carerConsent.byName,
          onBehalfReason: carerConsent.onBehalfReason,
        })
        .from(carerConsent)
        .innerJoin(carer, eq(carer.id, carerConsent.carerId))
        .where(eq(carerConsent.personId, personId))
        .orderBy(desc(carerConsent.changedAt), desc(carerConsent.id))
        .limit(limit);
      return rows.map((row) => ({
        ...row,
        scope: row.scope as CarerShareScope,
        change: row.change as ConsentChange,
      }));
    },
  };
}
