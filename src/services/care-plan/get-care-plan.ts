import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarePlanView } from './care-plan-view';
import { loadCarePlanView } from './load-care-plan-view';
import { documentOf, type DocumentInput } from './document-of';

export interface GetCarePlanInput extends DocumentInput {
  personId: string;
  /** A past version to read; the current one when left out. */
  version?: number;
}

/** Opens a person's care plan: each section with who wrote it, its agreement and its length. */
export async function getCarePlan(deps: ServiceDeps, input: GetCarePlanInput, actor: Actor): Promise<CarePlanView> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules } = documentOf(repositories, input.kind);
    const now = deps.now();
    const access = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
    const view = await loadCarePlanView(repositories, access, actor, { version: input.version, now, kind });
    await recordAudit(repositories, actor, now, {
      action: `${kind}.read`,
      personId: access.person.id,
      basis: access.basis,
      detail: { version: view.version },
    });
    return view;
  });
}
