import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instrumentToQuestionnaire, scoredResponseToQuestionnaireResponse } from '../../fhir';
import { getInstrument } from '../../services/instruments/get-instrument';
import { getResponseForExport } from '../../services/instruments/get-response-for-export';
import { listInstruments } from '../../services/instruments/list-instruments';
import { loadWording } from '../../services/instruments/load-wording';
import type { ServiceDeps } from '../../services/ports';
import { parseWordingFile } from '../../shared/instruments';
import { setInstrumentOffer, listInstrumentOffers } from '../../services/instruments/set-instrument-offer';
import {
  instrumentOfferBody,
  instrumentOfferParams,
  instrumentParams,
  responseParams,
} from '../../shared/api/instruments.schema';
import type {
  InstrumentOffersResponse,
  InstrumentsResponse,
  WordingLoadedResponse,
} from '../../shared/api/instruments.responses';
import { actorOf } from '../session-cookie';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Instruments as data and as FHIR, licensed wording files, and responses as FHIR QuestionnaireResponse. */
export function instrumentsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['instruments'];
    app.get(
      '/instruments',
      { schema: { tags, summary: 'Every instrument, with licensed wording where loaded' } },
      async (request) => {
        const instruments = await listInstruments(services, actorOf(request));
        const body: InstrumentsResponse = {
          instruments: instruments.map(({ definition, hasWording }) => ({ ...definition, hasWording })),
        };
        return body;
      },
    );

    app.get(
      '/instruments/:instrumentId/:version/fhir',
      { schema: { tags, params: instrumentParams, summary: 'An instrument as a FHIR R4 Questionnaire' } },
      async (request, reply) => {
        const { definition } = await getInstrument(services, request.params, actorOf(request));
        return reply.type(FHIR_JSON).send(instrumentToQuestionnaire(definition));
      },
    );

    // The file is parsed here rather than by a body schema so that a wrong shape and a mismatch
    // both come back as one 400 with the same list of issues.
    app.post(
      '/admin/instruments/wording',
      {
        schema: {
          tags: ['administration', ...tags],
          body: z.unknown(),
          summary: 'Load the wording of a licensed instrument',
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const saved = await loadWording(services, parseWordingFile(request.body), actor);
        const body: WordingLoadedResponse = {
          instrumentId: saved.instrumentId,
          version: saved.version,
          itemCount: saved.items.length,
          loadedAt: saved.loadedAt.toISOString(),
        };
        return reply.status(201).send(body);
      },
    );

    app.get(
      '/admin/instruments/offers',
      { schema: { tags: ['administration', ...tags], summary: 'Imported instruments and whether each is offered' } },
      async (request) => {
        const body: InstrumentOffersResponse = { offers: await listInstrumentOffers(services, actorOf(request)) };
        return body;
      },
    );

    app.put(
      '/admin/instruments/:instrumentId/offer',
      {
        schema: {
          tags: ['administration', ...tags],
          params: instrumentOfferParams,
          body: instrumentOfferBody,
          summary: 'Turn an imported instrument on or off for people',
        },
      },
      async (request) => {
        const saved = await setInstrumentOffer(
          services,
          { instrumentId: request.params.instrumentId, ...request.body },
          actorOf(request),
        );
        const offer = (await listInstrumentOffers(services, actorOf(request))).find(
          (o) => o.instrumentId === saved.instrumentId,
        );
        return offer;
      },
    );

    app.get(
      '/people/:id/responses/:responseId/fhir',
      { schema: { tags, params: responseParams, summary: 'A saved response as a FHIR R4 QuestionnaireResponse' } },
      async (request, reply) => {
        const found = await getResponseForExport(
          services,
          { personId: request.params.id, responseId: request.params.responseId },
          actorOf(request),
        );
        const resource = scoredResponseToQuestionnaireResponse({
          definition: found.definition,
          response: found.response,
          scored: found.scored,
          authored: found.completedAt.toISOString(),
        });
        return reply.type(FHIR_JSON).send({ ...resource, id: request.params.responseId });
      },
    );
  };
}
