import type { Actor } from '../../domain/accounts/actor';
import { sectionListProblems, type SectionDefinition } from '../../domain/care-plan/care-plan-sections';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarePlanTemplate } from './get-care-plan-template';

/**
 * Sets the sections that new plans start with. Plans already started keep their own sections,
 * so a version someone signed never changes shape underneath them.
 */
export async function setCarePlanTemplate(
  deps: ServiceDeps,
  input: { sections: SectionDefinition[] },
  actor: Actor,
): Promise<CarePlanTemplate> {
  requireRole(actor, ['admin'], 'Only an administrator can change the sections of new care plans.');
  const sections = input.sections.map((s) => ({ key: s.key.trim(), title: s.title.trim(), prompt: s.prompt.trim() }));
  const problems = sectionListProblems(sections);
  if (problems.length > 0) throw new AppError('bad_request', problems.join(' '), { problems });
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    await repositories.carePlans.saveTemplate(sections, actor.accountId, now);
    await recordAudit(repositories, actor, now, {
      action: 'care_plan.template.update',
      detail: { sections: sections.map((s) => s.key) },
    });
    return { sections, isDefault: false };
  });
}
