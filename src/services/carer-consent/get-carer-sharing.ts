import type { CarerShareScope } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarerConsentView } from './ports';

/** One carer of the person, and what the person shares with them now. */
export interface CarerSharing {
  carerId: string;
  name: string;
  relationship: string;
  sharedScopes: CarerShareScope[];
  version: number;
}

export interface CarerSharingView {
  carers: CarerSharing[];
  /** Every change of what a carer may see, newest first (the latest `CONSENT_HISTORY_LIMIT`). */
  history: CarerConsentView[];
}

/** How many consent records a page shows; a person has a handful of carers and changes them rarely. */
export const CONSENT_HISTORY_LIMIT = 200;

/**
 * A person's carers, what each may see now, and the consent records behind it: for the person,
 * their care team and administrators. Audited as a look at the record.
 */
export async function getCarerSharing(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<CarerSharingView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { basis } = await requirePersonAccess(r, actor, input.personId, 'read_carer_sharing', now);
    const links = await r.organisation.listCarerLinksForPerson(input.personId);
    const carers: CarerSharing[] = [];
    for (const link of links) {
      const carer = await r.organisation.findCarer(link.carerId);
      carers.push({
        carerId: link.carerId,
        name: carer?.name ?? 'A carer',
        relationship: link.relationship,
        sharedScopes: link.sharedScopes,
        version: link.version,
      });
    }
    carers.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    const history = await r.carerConsent.listForPerson(input.personId, CONSENT_HISTORY_LIMIT);
    await recordAudit(r, actor, now, { action: 'carer_sharing.read', personId: input.personId, basis });
    return { carers, history };
  });
}
