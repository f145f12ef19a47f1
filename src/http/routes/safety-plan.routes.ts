import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../../services/ports';
import { getSafetyPlanAgreement, setSafetyPlanAgreement } from '../../services/safety-plan/safety-plan-agreement';
import { idParams } from '../../shared/api/common.schema';
import type { SafetyPlanAgreementResponse } from '../../shared/api/safety-plan.responses';
import { safetyPlanAgreementBody } from '../../shared/api/safety-plan.schema';
import { presentSafetyPlanAgreement } from '../presenters/safety-plan.presenter';
import { actorOf } from '../session-cookie';

/**
 * What only the safety plan has: the person's choice whether their care team must agree each
 * version. The plan itself (sections, proposals, versions, signatures, PDF) is a co-produced
 * document at /people/:id/safety-plan, served by the care plan's routes.
 */
export function safetyPlanRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['safety plan'];
    app.get(
      '/people/:id/safety-plan/agreement',
      { schema: { tags, params: idParams, summary: 'Whether the care team must agree each version' } },
      async (request): Promise<SafetyPlanAgreementResponse> =>
        presentSafetyPlanAgreement(
          await getSafetyPlanAgreement(services, { personId: request.params.id }, actorOf(request)),
        ),
    );

    app.put(
      '/people/:id/safety-plan/agreement',
      {
        schema: {
          tags,
          params: idParams,
          body: safetyPlanAgreementBody,
          summary: 'The person chooses whether their care team must agree each version',
        },
      },
      async (request): Promise<SafetyPlanAgreementResponse> =>
        presentSafetyPlanAgreement(
          await setSafetyPlanAgreement(
            services,
            { personId: request.params.id, teamMustAgree: request.body.teamMustAgree },
            actorOf(request),
          ),
        ),
    );
  };
}
