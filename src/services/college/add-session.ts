import type { Actor } from '../../domain/accounts/actor';
import { COLLEGE_LIMITS, isCoDelivered } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { SessionRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

export type AddSessionInput = Omit<SessionRecord, 'id'>;

/**
 * Adds a session to a course. Sessions are in the future and last at most a day's teaching; on a
 * published course a session needs its peer and practitioner trainers from the start.
 */
export async function addSession(deps: ServiceDeps, input: AddSessionInput, actor: Actor): Promise<SessionRecord> {
  const now = deps.now();
  if (input.startsAt.getTime() < now.getTime())
    throw new AppError('bad_request', 'A session cannot start in the past.', { field: 'startsAt' });
  const hours = (input.endsAt.getTime() - input.startsAt.getTime()) / 3_600_000;
  if (hours <= 0) throw new AppError('bad_request', 'A session ends after it starts.', { field: 'endsAt' });
  if (hours > COLLEGE_LIMITS.maxSessionHours)
    throw new AppError('bad_request', `A session lasts at most ${COLLEGE_LIMITS.maxSessionHours} hours.`, {
      field: 'endsAt',
    });
  const trainerIds = [...new Set(input.trainerIds)];
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const course = await repositories.college.lockCourse(input.courseId);
    if (!course) throw new AppError('not_found', 'There is no course with that id.');
    const trainers = await repositories.college.findTrainers(trainerIds);
    if (trainers.length !== trainerIds.length)
      throw new AppError('bad_request', 'One of the trainers is not known to the college.', { field: 'trainerIds' });
    if (course.status === 'published' && !isCoDelivered(trainers.map((t) => t.experience))) {
      throw new AppError(
        'bad_request',
        'This course is published, so each new session needs a peer trainer and a practitioner trainer.',
        { field: 'trainerIds' },
      );
    }
    if (input.roomId) {
      const room = await repositories.collegeAdmin.findRoom(input.roomId);
      if (!room) throw new AppError('bad_request', 'There is no room with that id.', { field: 'roomId' });
      if (room.capacity < course.capacity)
        throw new AppError(
          'bad_request',
          `${room.name} holds ${room.capacity}, and this course has ${course.capacity} places. Choose a larger room or fewer places.`,
          { field: 'roomId' },
        );
    }
    const session: SessionRecord = { ...input, id: newId(), place: input.place.trim(), trainerIds };
    await repositories.college.createSession(session);
    // The course's dates are the enrolments' period: they changed.
    await repositories.college.touchEnrolments({ courseId: course.id }, now);
    await recordAudit(repositories, actor, now, {
      action: 'college.session.create',
      detail: { courseId: course.id, sessionId: session.id },
    });
    return session;
  });
}
