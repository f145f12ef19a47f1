import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { lockPublishedCourse } from './enrol-on-course';
import { offerFreedPlaces } from './offer-freed-places';
import type { EnrolmentRecord } from './ports';
import { requireStudent } from './require-college-access';

/** What a student can do with their place: give it up (or leave the queue), or answer an offer. */
export type EnrolmentChange = 'cancel' | 'accept_offer' | 'decline_offer';

/**
 * Changes the student's own enrolment. A place given up or declined is offered at once to the next
 * student waiting; an offer can be accepted until its 48 hours are up, after which it has passed on.
 */
export async function changeEnrolment(
  deps: ServiceDeps,
  input: { enrolmentId: string; change: EnrolmentChange },
  actor: Actor,
): Promise<EnrolmentRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    const found = await repositories.college.findEnrolment(input.enrolmentId);
    // Someone else's enrolment is as unknown as a missing one: ids are not a way to learn who studies what.
    if (!found || found.studentId !== student.id)
      throw new AppError('not_found', 'There is no enrolment with that id.');
    const course = await lockPublishedCourse(repositories, found.courseId);
    // Lapse offers first, so an offer accepted too late is seen as passed on.
    await offerFreedPlaces(repositories, deps, course, now);
    const enrolment = await repositories.college.findEnrolment(found.id);
    if (!enrolment) throw new Error('An enrolment just read could not be read again.');
    const next = { ...decide(enrolment, input.change, now), updatedAt: now };
    await repositories.college.setEnrolmentStatus(enrolment.id, next);
    await offerFreedPlaces(repositories, deps, course, now);
    await recordAudit(repositories, actor, now, {
      action: `college.enrolment.${input.change}`,
      detail: { courseId: course.id, enrolmentId: enrolment.id },
    });
    return { ...enrolment, ...next };
  });
}

function decide(
  enrolment: EnrolmentRecord,
  change: EnrolmentChange,
  now: Date,
): Pick<EnrolmentRecord, 'status' | 'offerExpiresAt' | 'endedAt'> {
  const { status, offerExpiresAt } = enrolment;
  if (status === 'lapsed')
    throw new AppError(
      'conflict',
      'This offer was not taken up within 48 hours, so the place passed to the next person waiting.',
    );
  if (status === 'cancelled') throw new AppError('conflict', 'This place was already given up.');
  if (change === 'cancel') return { status: 'cancelled', offerExpiresAt, endedAt: now };
  if (status !== 'offered') throw new AppError('conflict', 'There is no offer of a place to answer on this enrolment.');
  if (change === 'accept_offer') return { status: 'enrolled', offerExpiresAt: null, endedAt: null };
  return { status: 'cancelled', offerExpiresAt, endedAt: now };
}
