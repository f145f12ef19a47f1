import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarerRecord } from './ports';

export interface EditCarerInput {
  carerId: string;
  version: number;
  name: string;
  phone: string | null;
  /** Their relationship to each person they care for, by person id; people left out keep theirs. */
  relationships?: { personId: string; relationship: string }[];
}

/**
 * Changes a carer's name, phone and relationship to the people they support. What each person
 * shares with them is not changed here: that is the person's choice. Administrators only; audited
 * on the record of every person the carer supports.
 */
export async function editCarer(deps: ServiceDeps, input: EditCarerInput, actor: Actor): Promise<CarerRecord> {
  requireRole(actor, ['admin'], 'Only administrators change carers’ details.');
  return deps.uow.run(async (r) => {
    const carer = await r.organisation.findCarer(input.carerId);
    if (!carer) throw new AppError('not_found', 'There is no carer with that id.');
    const links = await r.organisation.listCarerLinksForCarer(carer.id);
    for (const given of input.relationships ?? []) {
      if (!links.some((link) => link.personId === given.personId)) {
        throw new AppError('bad_request', 'This carer is not linked to one of the people given.', {
          field: 'relationships',
          personId: given.personId,
        });
      }
    }
    const change = { name: input.name.trim(), phone: input.phone?.trim() || null };
    if (!(await r.organisation.updateCarer(carer.id, input.version, change))) {
      throw new AppError(
        'conflict',
        'Someone else changed this carer while you were editing. Reload to see their change, then make yours again.',
        {
          currentVersion: carer.version,
          current: {
            name: carer.name,
            phone: carer.phone,
            version: carer.version,
            relationships: links.map(({ personId, relationship }) => ({ personId, relationship })),
          },
        },
      );
    }
    for (const given of input.relationships ?? [])
      await r.organisation.updateCarerLink(given.personId, carer.id, given.relationship.trim());
    const now = deps.now();
    for (const link of links) {
      await recordAudit(r, actor, now, {
        action: 'carer.edit',
        personId: link.personId,
        basis: 'administration',
        detail: { carerId: carer.id },
      });
    }
    return { ...carer, ...change, version: input.version + 1 };
  });
}
