import { offerExpiry, PLACE_HOLDING_STATUSES } from '../../domain/college/college-rules';
import { collegeOfferEmail } from '../../domain/notifications/college-emails';
import { queueEmail } from '../email/queue-email';
import type { Repositories, ServiceDeps } from '../ports';
import type { CourseRecord, EnrolmentRecord } from './ports';

/**
 * Keeps a course's queue moving; run after every change to a locked course's places. Offers that
 * went unanswered past their 48 hours lapse, and each free place is offered to the longest waiting
 * student, who is told by email (when email is configured) in the same transaction. Returns the offers made.
 */
export async function offerFreedPlaces(
  repositories: Repositories,
  deps: Pick<ServiceDeps, 'emailEnabled' | 'now' | 'publicUrl'>,
  course: CourseRecord,
  now: Date,
): Promise<EnrolmentRecord[]> {
  const college = repositories.college;
  for (const offer of await college.listEnrolmentsForCourse(course.id, ['offered'])) {
    if (offer.offerExpiresAt && offer.offerExpiresAt.getTime() <= now.getTime()) {
      await college.setEnrolmentStatus(offer.id, {
        status: 'lapsed',
        offerExpiresAt: offer.offerExpiresAt,
        endedAt: now,
        updatedAt: now,
      });
    }
  }
  const held = (await college.listEnrolmentsForCourse(course.id, PLACE_HOLDING_STATUSES)).length;
  const free = course.capacity - held;
  if (free <= 0) return [];
  const waiting = (await college.listEnrolmentsForCourse(course.id, ['waiting'])).slice(0, free);
  const offers: EnrolmentRecord[] = [];
  for (const next of waiting) {
    const change = { status: 'offered' as const, offerExpiresAt: offerExpiry(now), endedAt: null, updatedAt: now };
    await college.setEnrolmentStatus(next.id, change);
    offers.push({ ...next, ...change });
    const student = await college.findStudent(next.studentId);
    if (student)
      await queueEmail(
        repositories,
        deps,
        student.email,
        collegeOfferEmail(deps.publicUrl, course, change.offerExpiresAt),
      );
  }
  return offers;
}
