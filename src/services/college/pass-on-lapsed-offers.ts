import type { ServiceDeps } from '../ports';
import { offerFreedPlaces } from './offer-freed-places';

/**
 * Passes on every offer of a place that went unanswered for 48 hours, course by course, each in its
 * own transaction. The server runs this every few minutes; it returns how many new offers it made.
 */
export async function passOnLapsedOffers(deps: ServiceDeps): Promise<number> {
  const now = deps.now();
  const courseIds = await deps.uow.read((repositories) => repositories.college.listCoursesWithLapsedOffers(now));
  let offers = 0;
  for (const courseId of courseIds) {
    offers += await deps.uow.run(async (repositories) => {
      const course = await repositories.college.lockCourse(courseId);
      return course ? (await offerFreedPlaces(repositories, deps, course, now)).length : 0;
    });
  }
  return offers;
}
