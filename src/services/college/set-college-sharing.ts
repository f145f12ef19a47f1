import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { requireStudent } from './require-college-access';

/**
 * A service user's choice to share their college life (learning goals and courses) with their care
 * team, or to stop. It is read on every request, so withdrawing takes effect on the care team's next one.
 */
export async function setCollegeSharing(
  deps: ServiceDeps,
  sharesWithCareTeam: boolean,
  actor: Actor,
): Promise<{ sharesWithCareTeam: boolean }> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    if (actor.role !== 'service_user' || !actor.personId)
      throw new AppError(
        'bad_request',
        'Only a student who has a care team in Tandem can share their college life with it.',
        {
          field: 'sharesWithCareTeam',
        },
      );
    await repositories.collegeStudents.setSharing(student.id, sharesWithCareTeam, now);
    await recordAudit(repositories, actor, now, {
      action: sharesWithCareTeam ? 'college.sharing.start' : 'college.sharing.stop',
      personId: actor.personId,
      basis: 'self',
    });
    return { sharesWithCareTeam };
  });
}
