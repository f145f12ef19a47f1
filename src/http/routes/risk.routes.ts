import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listRiskDiscussions } from '../../services/risk/list-risk-discussions';
import { getPositiveRiskPlanReview, setPositiveRiskPlanReview } from '../../services/risk/positive-risk-plan-review';
import { recordRiskDiscussion } from '../../services/risk/record-risk-discussion';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import { positiveRiskPlanReviewBody, recordRiskDiscussionBody } from '../../shared/api/risk.schema';
import type { PositiveRiskPlanReviewResponse, RiskDiscussionsResponse } from '../../shared/api/risk.responses';
import { presentPositiveRiskPlanReview, presentRiskDiscussion } from '../presenters/risk.presenter';
import { actorOf } from '../session-cookie';

/**
 * Risk talked about together: when and how the formulation was discussed with the person. The
 * formulation and positive risk-taking plans themselves are co-produced documents (care-plan.routes.ts).
 */
export function riskRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['risk'];
    const path = '/people/:id/risk-formulation/discussions';

    app.get(
      path,
      { schema: { tags, params: idParams, summary: 'When and how the formulation was discussed with the person' } },
      async (request): Promise<RiskDiscussionsResponse> => ({
        discussions: (await listRiskDiscussions(services, { personId: request.params.id }, actorOf(request))).map(
          presentRiskDiscussion,
        ),
      }),
    );

    app.post(
      path,
      {
        schema: {
          tags,
          params: idParams,
          body: recordRiskDiscussionBody,
          summary: 'Record that the formulation was discussed with the person, or that they chose not to',
        },
      },
      async (request, reply) => {
        const discussion = await recordRiskDiscussion(
          services,
          { personId: request.params.id, ...request.body },
          actorOf(request),
        );
        return reply.status(201).send(presentRiskDiscussion(discussion));
      },
    );

    const reviewPath = '/people/:id/positive-risk-plan/review';
    app.get(
      reviewPath,
      { schema: { tags, params: idParams, summary: 'When the positive risk-taking plan will be looked at again' } },
      async (request): Promise<PositiveRiskPlanReviewResponse> =>
        presentPositiveRiskPlanReview(
          await getPositiveRiskPlanReview(services, { personId: request.params.id }, actorOf(request)),
        ),
    );

    app.put(
      reviewPath,
      {
        schema: {
          tags,
          params: idParams,
          body: positiveRiskPlanReviewBody,
          summary: 'Set when the positive risk-taking plan will be looked at again (409 if changed meanwhile)',
        },
      },
      async (request): Promise<PositiveRiskPlanReviewResponse> =>
        presentPositiveRiskPlanReview(
          await setPositiveRiskPlanReview(services, { personId: request.params.id, ...request.body }, actorOf(request)),
        ),
    );
  };
}
