import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors/app-error';
import { parsePairId, toConsent, toPractitionerRole, toRelatedPerson } from '../../fhir/carer-resources';
import { SearchParameterError, single } from '../../fhir/search-parameters';
import { getCarerSharing } from '../../services/carer-consent/get-carer-sharing';
import { getWorkerProfile } from '../../services/organisation/get-worker-profile';
import type { ServiceDeps } from '../../services/ports';
import { requirePatient, resourceId, searchQuery, searchset } from '../fhir-search';
import { actorOf } from '../session-cookie';

/**
 * RelatedPerson and Consent (a person's carers and what each may see) over getCarerSharing, and
 * PractitionerRole over getWorkerProfile: the same access checks and audit as the app (ADR 0041).
 */
export async function fhirCarerRoutes(app: FastifyInstance, services: ServiceDeps): Promise<void> {
  const carerOf = async (id: string, prefix: string, type: string, actor: ReturnType<typeof actorOf>) => {
    const pair = id.startsWith(prefix) ? parsePairId(id.slice(prefix.length)) : null;
    if (!pair) throw new AppError('not_found', `There is no ${type} with the id ${id.slice(0, 64)}.`);
    const sharing = await getCarerSharing(services, { personId: pair.personId }, actor);
    const carer = sharing.carers.find((c) => c.carerId === pair.otherId);
    if (!carer) throw new AppError('not_found', `There is no ${type} with the id ${id.slice(0, 64)}.`);
    return { personId: pair.personId, carer, history: sharing.history };
  };

  app.get<{ Params: { id: string } }>('/RelatedPerson/:id', async (request) => {
    const { personId, carer } = await carerOf(request.params.id, 'carer-', 'RelatedPerson', actorOf(request));
    return toRelatedPerson(personId, carer);
  });
  app.get('/RelatedPerson', async (request) => {
    const personId = requirePatient(searchQuery(request, 'RelatedPerson'), 'carers');
    const { carers } = await getCarerSharing(services, { personId }, actorOf(request));
    return searchset(
      request,
      carers.map((carer) => toRelatedPerson(personId, carer)),
      null,
    );
  });

  app.get<{ Params: { id: string } }>('/Consent/:id', async (request) => {
    const { personId, carer, history } = await carerOf(request.params.id, 'consent-', 'Consent', actorOf(request));
    return toConsent(personId, carer, history);
  });
  app.get('/Consent', async (request) => {
    const query = searchQuery(request, 'Consent');
    const personId = requirePatient(query, 'consents');
    const status = single(query, 'status')?.split(',');
    const { carers, history } = await getCarerSharing(services, { personId }, actorOf(request));
    const consents = carers
      .map((carer) => toConsent(personId, carer, history))
      .filter((consent) => !status || status.includes(consent.status));
    return searchset(request, consents, null);
  });

  app.get<{ Params: { id: string } }>('/PractitionerRole/:id', async (request) =>
    toPractitionerRole(
      await getWorkerProfile(
        services,
        { workerId: resourceId(request.params.id, 'PractitionerRole') },
        actorOf(request),
      ),
    ),
  );
  app.get('/PractitionerRole', async (request) => {
    const practitioner = single(searchQuery(request, 'PractitionerRole'), 'practitioner');
    if (!practitioner)
      throw new SearchParameterError('Search roles for one member of staff: practitioner=Practitioner/ID.');
    const workerId = practitioner.replace(/^Practitioner\//, '');
    if (!/^[0-9a-f-]{36}$/i.test(workerId)) {
      throw new SearchParameterError(`${practitioner.slice(0, 80)} is not a reference to a Practitioner.`);
    }
    const worker = await getWorkerProfile(services, { workerId: workerId.toLowerCase() }, actorOf(request));
    return searchset(request, [toPractitionerRole(worker)], null);
  });
}
