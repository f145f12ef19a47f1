import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acknowledgeFeedbackAlert } from '../../services/feedback/acknowledge-feedback-alert';
import { getCaseloadAlerts } from '../../services/feedback/get-caseload-alerts';
import { getRelationshipFeedback } from '../../services/feedback/get-relationship-feedback';
import { givePersonFeedback } from '../../services/feedback/give-person-feedback';
import { giveWorkerFeedback } from '../../services/feedback/give-worker-feedback';
import type { ServiceDeps } from '../../services/ports';
import { setFeedbackVisibility } from '../../services/feedback/set-feedback-visibility';
import {
  acknowledgeAlertBody,
  feedbackPreferenceBody,
  personFeedbackBody,
  workerFeedbackBody,
} from '../../shared/api/feedback.schema';
import { meetingParams } from '../../shared/api/meetings.schema';
import type { CaseloadAlertsResponse, FeedbackPreferenceResponse } from '../../shared/api/feedback.responses';
import { idParams } from '../../shared/api/common.schema';
import {
  presentFeedbackAlert,
  presentFeedbackReceipt,
  presentRelationshipFeedback,
} from '../presenters/feedback.presenter';
import { actorOf } from '../session-cookie';

/** Relationship feedback: each side's view of a meeting, the trend, the person's choice of who sees it, and alerts. */
export function feedbackRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['relationship feedback'];
    app.post(
      '/people/:id/meetings/:meetingId/feedback/person',
      {
        schema: {
          tags,
          params: meetingParams,
          body: personFeedbackBody,
          summary: 'The person’s feedback on a meeting',
        },
      },
      async (request, reply) => {
        const input = { ...request.body, personId: request.params.id, meetingId: request.params.meetingId };
        return reply
          .status(201)
          .send(presentFeedbackReceipt(await givePersonFeedback(services, input, actorOf(request))));
      },
    );

    app.post(
      '/people/:id/meetings/:meetingId/feedback/worker',
      {
        schema: {
          tags,
          params: meetingParams,
          body: workerFeedbackBody,
          summary: 'The worker’s own view of a meeting',
        },
      },
      async (request, reply) => {
        const input = {
          response: request.body.response,
          personId: request.params.id,
          meetingId: request.params.meetingId,
        };
        return reply
          .status(201)
          .send(presentFeedbackReceipt(await giveWorkerFeedback(services, input, actorOf(request))));
      },
    );

    app.get(
      '/people/:id/feedback',
      { schema: { tags, params: idParams, summary: 'Relationship feedback, trend and alerts' } },
      async (request) => {
        const view = await getRelationshipFeedback(services, { personId: request.params.id }, actorOf(request));
        return presentRelationshipFeedback(view);
      },
    );

    app.put(
      '/people/:id/feedback/preference',
      { schema: { tags, params: idParams, body: feedbackPreferenceBody, summary: 'Who sees my feedback answers' } },
      async (request) => {
        const saved = await setFeedbackVisibility(
          services,
          { personId: request.params.id, visibility: request.body.visibility },
          actorOf(request),
        );
        const body: FeedbackPreferenceResponse = { visibility: saved.visibility, isDefault: false };
        return body;
      },
    );

    app.post(
      '/people/:id/feedback/alerts/acknowledgements',
      {
        schema: {
          tags,
          params: idParams,
          body: acknowledgeAlertBody,
          summary: 'The worker has seen an alert about their relationship with the person',
        },
      },
      async (request, reply) => {
        const alert = await acknowledgeFeedbackAlert(
          services,
          { personId: request.params.id, alertKey: request.body.alertKey },
          actorOf(request),
        );
        return reply.status(201).send(presentFeedbackAlert(alert));
      },
    );

    app.get(
      '/caseload/alerts',
      { schema: { tags, summary: 'Relationship alerts for the signed-in worker’s people' } },
      async (request) => {
        const alerts = await getCaseloadAlerts(services, actorOf(request));
        const body: CaseloadAlertsResponse = {
          alerts: alerts.map((alert) => ({
            ...presentFeedbackAlert(alert),
            name: alert.personName,
            preferredName: alert.preferredName,
          })),
        };
        return body;
      },
    );
  };
}
