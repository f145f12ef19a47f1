import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors/app-error';
import { IPS_CODE_SYSTEM, IPS_START_CODES, parseIpsJobId, toIpsObservation } from '../../fhir/ips-resources';
import { patientReference, SearchParameterError, single, tokenValues } from '../../fhir/search-parameters';
import { getIpsRecord } from '../../services/ips/get-ips-record';
import type { JobView } from '../../services/ips/ports';
import type { ServiceDeps } from '../../services/ports';
import {
  dateSearch,
  dayAfter,
  dayStart,
  lastUpdatedSearch,
  listPage,
  overlaps,
  pageRequest,
  within,
} from '../fhir-list-page';
import { searchQuery, searchset } from '../fhir-search';
import { actorOf } from '../session-cookie';

const LOINC_JOB = 'http://loinc.org|11341-5';

/**
 * A person's IPS jobs, education and training starts as Observations over getIpsRecord: whoever may
 * see the person's IPS record in the app (a carer only with the IPS shared), each read audited (ADR 0047).
 */
export async function fhirIpsRoutes(app: FastifyInstance, services: ServiceDeps): Promise<void> {
  app.get<{ Params: { id: string } }>('/Observation/:id', async (request) => {
    const ids = parseIpsJobId(request.params.id);
    const notFound = new AppError(
      'not_found',
      `There is no Observation with the id ${request.params.id.slice(0, 64)}.`,
    );
    if (!ids) throw notFound;
    const record = await getIpsRecord(services, ids.personId, actorOf(request));
    const job = record.jobs.find((j) => j.id === ids.jobId);
    if (!job) throw notFound;
    return toIpsObservation(record.person.id, record.person.name, job);
  });

  app.get('/Observation', async (request) => {
    const query = searchQuery(request, 'Observation');
    const id = single(query, '_id');
    const ids = id === undefined ? null : parseIpsJobId(id);
    const personId = patientReference(query) ?? ids?.personId;
    if (!personId) throw new SearchParameterError('Search observations for one person: patient=Patient/ID.');
    // A bad parameter is a 400 before anything is read.
    const range = dateSearch(query);
    const updated = lastUpdatedSearch(query);
    const status = single(query, 'status');
    const kinds = codeKinds(single(query, 'code'));
    const paging = pageRequest(query);
    const record = await getIpsRecord(services, personId, actorOf(request));
    const found = record.jobs.filter(
      (job) =>
        kinds.includes(job.kind) &&
        (id === undefined || job.id === ids?.jobId) &&
        (status === undefined || status.split(',').includes(job.revision > 1 ? 'amended' : 'final')) &&
        overlaps({ start: dayStart(job.startsOn), end: job.endsOn ? dayAfter(job.endsOn) : null }, range) &&
        within(job.updatedAt, updated),
    );
    const { page, next } = listPage(paging, found, (job: JobView) => ({
      occurredAt: dayStart(job.startsOn),
      id: job.id,
    }));
    return searchset(
      request,
      page.map((job) => toIpsObservation(record.person.id, record.person.name, job)),
      next,
    );
  });
}

/** The kinds a `code` search asks for: Tandem's codes, or LOINC's History of Occupation for paid jobs. */
function codeKinds(code: string | undefined): JobView['kind'][] {
  const kinds = Object.keys(IPS_START_CODES) as JobView['kind'][];
  if (code === undefined) return kinds;
  const wanted = code.split(',').flatMap((token) => {
    if (token === LOINC_JOB || token === '11341-5') return ['paid-job'];
    return tokenValues(token, IPS_CODE_SYSTEM, 'code');
  });
  return kinds.filter((kind) => wanted.includes(IPS_START_CODES[kind]));
}
