import type { Actor } from '../../domain/accounts/actor';
import { isCoDelivered } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { requireCollegeAccess } from './require-college-access';

/**
 * Changes who is planned to deliver a session. On a published course the session must keep a peer
 * and a practitioner trainer, as publishing required.
 */
export async function setSessionTrainers(
  deps: ServiceDeps,
  input: { sessionId: string; trainerIds: string[] },
  actor: Actor,
): Promise<{ sessionId: string; trainerIds: string[] }> {
  const trainerIds = [...new Set(input.trainerIds)];
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const session = await repositories.college.findSession(input.sessionId);
    if (!session) throw new AppError('not_found', 'There is no session with that id.');
    const course = await repositories.college.lockCourse(session.courseId);
    if (!course) throw new AppError('not_found', 'There is no course with that id.');
    const trainers = await repositories.college.findTrainers(trainerIds);
    if (trainers.length !== trainerIds.length)
      throw new AppError('bad_request', 'One of the trainers is not known to the college.', { field: 'trainerIds' });
    if (course.status === 'published' && !isCoDelivered(trainers.map((t) => t.experience)))
      throw new AppError(
        'bad_request',
        'This course is published, so the session keeps a peer trainer and a practitioner trainer.',
        { field: 'trainerIds' },
      );
    await repositories.collegeAdmin.setSessionTrainers(session.id, trainerIds);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.session.trainers',
      detail: { sessionId: session.id, trainers: trainerIds.length },
    });
    return { sessionId: session.id, trainerIds };
  });
}
