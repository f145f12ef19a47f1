import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCaseload } from '../../services/caseload/get-caseload';
import type { ServiceDeps } from '../../services/ports';
import type { CaseloadResponse } from '../../shared/api/caseload.responses';
import { presentCaseloadEntry } from '../presenters/caseload.presenter';
import { actorOf } from '../session-cookie';

/** A worker's caseload at a glance. */
export function caseloadRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/caseload',
      { schema: { tags: ['people'], summary: 'The signed-in worker’s people' } },
      async (request) => {
        const entries = await getCaseload(services, actorOf(request));
        const body: CaseloadResponse = { people: entries.map(presentCaseloadEntry) };
        return body;
      },
    );
  };
}
