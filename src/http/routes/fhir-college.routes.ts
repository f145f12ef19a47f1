import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors/app-error';
import {
  enrolmentPeriod,
  episodeStatus,
  parseEnrolmentEpisodeId,
  toEnrolmentEpisode,
} from '../../fhir/college-resources';
import { patientReference, SearchParameterError, single } from '../../fhir/search-parameters';
import { getSharedCollegeLife } from '../../services/college/get-shared-college-life';
import type { ServiceDeps } from '../../services/ports';
import { dateSearch, lastUpdatedSearch, listPage, overlaps, pageRequest, within } from '../fhir-list-page';
import { searchQuery, searchset } from '../fhir-search';
import { actorOf } from '../session-cookie';

/**
 * A student's Recovery College enrolments as EpisodeOfCare over getSharedCollegeLife: the person, and
 * their care team only while the person shares their college life, as in the app; a record not shared
 * answers as one that does not exist (ADR 0040, 0047).
 */
export async function fhirCollegeRoutes(app: FastifyInstance, services: ServiceDeps): Promise<void> {
  app.get<{ Params: { id: string } }>('/EpisodeOfCare/:id', async (request) => {
    const ids = parseEnrolmentEpisodeId(request.params.id);
    const notFound = new AppError(
      'not_found',
      `There is no EpisodeOfCare with the id ${request.params.id.slice(0, 64)} that you may see.`,
    );
    if (!ids) throw notFound;
    const life = await getSharedCollegeLife(services, ids.personId, actorOf(request));
    const enrolment = life?.enrolments.find((e) => e.enrolmentId === ids.enrolmentId);
    if (!life || !enrolment) throw notFound;
    return toEnrolmentEpisode(ids.personId, life.studentName, enrolment, services.now());
  });

  app.get('/EpisodeOfCare', async (request) => {
    const query = searchQuery(request, 'EpisodeOfCare');
    const id = single(query, '_id');
    const ids = id === undefined ? null : parseEnrolmentEpisodeId(id);
    const personId = patientReference(query) ?? ids?.personId;
    if (!personId) throw new SearchParameterError('Search episodes of care for one person: patient=Patient/ID.');
    // A bad parameter is a 400 before anything is read.
    const range = dateSearch(query);
    const updated = lastUpdatedSearch(query);
    const status = single(query, 'status');
    const paging = pageRequest(query);
    const life = await getSharedCollegeLife(services, personId, actorOf(request));
    const now = services.now();
    const found = (life?.enrolments ?? []).filter(
      (e) =>
        (id === undefined || e.enrolmentId === ids?.enrolmentId) &&
        (status === undefined || status.split(',').includes(episodeStatus(e, now))) &&
        overlaps(enrolmentPeriod(e), range) &&
        within(e.updatedAt, updated),
    );
    const { page, next } = listPage(paging, found, (e) => ({
      occurredAt: enrolmentPeriod(e).start,
      id: e.enrolmentId,
    }));
    return searchset(
      request,
      page.map((e) => toEnrolmentEpisode(personId, life?.studentName ?? '', e, now)),
      next,
    );
  });
}
