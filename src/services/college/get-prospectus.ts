import { placesLeft } from '../../domain/college/college-rules';
import { matchesProspectusFilter, type ProspectusFilter } from '../../domain/college/prospectus-filter';
import type { ServiceDeps } from '../ports';
import type { CourseView, TermRecord } from './ports';

/** A published course as anyone may see it: no student is named or counted, only the places left. */
export interface ProspectusCourse extends Omit<CourseView, 'placesHeld' | 'waiting' | 'version' | 'designedBy'> {
  placesLeft: number;
}

/**
 * The public prospectus: published courses by term, filtered as asked. Needs no account, so it
 * reads nothing about students but the number of places taken, and is not audited.
 */
export async function getProspectus(
  deps: ServiceDeps,
  filter: ProspectusFilter,
): Promise<{ terms: TermRecord[]; courses: ProspectusCourse[] }> {
  return deps.uow.read(async (repositories) => {
    const terms = await repositories.college.listTerms();
    const courses = await repositories.college.listCourses({ publishedOnly: true });
    const shown = courses
      .map(({ placesHeld, waiting: _waiting, version: _version, designedBy: _designedBy, ...course }) => ({
        ...course,
        placesLeft: placesLeft(course.capacity, placesHeld),
      }))
      .filter((course) => matchesProspectusFilter(course, filter));
    return { terms, courses: shown };
  });
}
