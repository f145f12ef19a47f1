import type { Actor } from '../../domain/accounts/actor';
import { DEFAULT_CARE_PLAN_SECTIONS, type SectionDefinition } from '../../domain/care-plan/care-plan-sections';
import type { ServiceDeps } from '../ports';

export interface CarePlanTemplate {
  sections: SectionDefinition[];
  /** True when the service has not set its own sections. */
  isDefault: boolean;
}

/** The sections new plans start with. Holds no one's data, so any signed-in account may read it. */
export async function getCarePlanTemplate(deps: ServiceDeps, _actor: Actor): Promise<CarePlanTemplate> {
  return deps.uow.run(async (repositories) => {
    const own = await repositories.carePlans.findTemplate();
    return own ? { sections: own, isDefault: false } : { sections: [...DEFAULT_CARE_PLAN_SECTIONS], isDefault: true };
  });
}
