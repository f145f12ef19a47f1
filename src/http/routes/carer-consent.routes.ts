import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCarerSharing } from '../../services/carer-consent/get-carer-sharing';
import { setCarerSharing } from '../../services/carer-consent/set-carer-sharing';
import type { ServiceDeps } from '../../services/ports';
import { carerSharingParams, setCarerSharingBody } from '../../shared/api/carer-consent.schema';
import { idParams } from '../../shared/api/common.schema';
import { presentCarerSharing, presentCarerSharingView } from '../presenters/carer-consent.presenter';
import { actorOf } from '../session-cookie';

/** What each carer may see: the person's choice, and its consent records. */
export function carerConsentRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['carers'];
    app.get(
      '/people/:id/carer-sharing',
      { schema: { tags, params: idParams, summary: 'What each carer may see, and every change of it' } },
      async (request) =>
        presentCarerSharingView(await getCarerSharing(services, { personId: request.params.id }, actorOf(request))),
    );
    app.put(
      '/people/:id/carer-sharing/:carerId',
      {
        schema: {
          tags,
          params: carerSharingParams,
          body: setCarerSharingBody,
          summary: 'Give or withdraw what one carer may see',
        },
      },
      async (request) =>
        presentCarerSharing(
          await setCarerSharing(
            services,
            { ...request.body, personId: request.params.id, carerId: request.params.carerId },
            actorOf(request),
          ),
        ),
    );
  };
}
