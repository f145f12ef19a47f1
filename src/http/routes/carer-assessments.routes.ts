import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answerCarerAssessment } from '../../services/carer-assessments/answer-carer-assessment';
import { getCarerAssessments } from '../../services/carer-assessments/get-carer-assessments';
import { listCarerAssessmentRequests } from '../../services/carer-assessments/list-carer-assessment-requests';
import { requestCarerAssessment } from '../../services/carer-assessments/request-carer-assessment';
import type { ServiceDeps } from '../../services/ports';
import {
  answerCarerAssessmentBody,
  carerAssessmentParams,
  requestCarerAssessmentBody,
} from '../../shared/api/carer-assessments.schema';
import { idParams } from '../../shared/api/common.schema';
import {
  presentCarerAssessmentRequest,
  presentCarerAssessmentRequests,
} from '../presenters/carer-assessments.presenter';
import { actorOf } from '../session-cookie';

/** Carers asking the care team for a carer's assessment, and the team's answers. */
export function carerAssessmentsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['carer assessments'];
    app.get('/people/:id/carer-assessments', { schema: { tags, params: idParams } }, async (request) =>
      presentCarerAssessmentRequests(
        await getCarerAssessments(services, { personId: request.params.id }, actorOf(request)),
      ),
    );
    app.post(
      '/people/:id/carer-assessments',
      { schema: { tags, params: idParams, body: requestCarerAssessmentBody, summary: 'Ask for a carer’s assessment' } },
      async (request, reply) => {
        const actor = actorOf(request);
        await requestCarerAssessment(services, { ...request.body, personId: request.params.id }, actor);
        return reply
          .status(201)
          .send(
            presentCarerAssessmentRequests(await getCarerAssessments(services, { personId: request.params.id }, actor)),
          );
      },
    );
    app.put(
      '/carer-assessments/:requestId/answer',
      { schema: { tags, params: carerAssessmentParams, body: answerCarerAssessmentBody } },
      async (request) =>
        presentCarerAssessmentRequest(
          await answerCarerAssessment(
            services,
            { ...request.body, requestId: request.params.requestId },
            actorOf(request),
          ),
        ),
    );
    app.get('/carer-assessments', { schema: { tags, summary: 'Requests waiting in my care teams' } }, async (request) =>
      presentCarerAssessmentRequests(await listCarerAssessmentRequests(services, actorOf(request))),
    );
  };
}
