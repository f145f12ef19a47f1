import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../../services/ports';
import { getQuestionnaires } from '../../services/questionnaires/get-questionnaires';
import { saveQuestionnaireDraft } from '../../services/questionnaires/save-questionnaire-draft';
import { setQuestionnaireSchedule } from '../../services/questionnaires/set-questionnaire-schedule';
import { startQuestionnaire } from '../../services/questionnaires/start-questionnaire';
import { stopQuestionnaireSchedule } from '../../services/questionnaires/stop-questionnaire-schedule';
import { submitQuestionnaire } from '../../services/questionnaires/submit-questionnaire';
import { idParams } from '../../shared/api/common.schema';
import {
  questionnaireAnswersBody,
  questionnaireParams,
  questionnaireScheduleBody,
  questionnaireScheduleParams,
  startQuestionnaireBody,
} from '../../shared/api/questionnaires.schema';
import type {
  QuestionnaireDraftSavedResponse,
  QuestionnaireSentResponse,
} from '../../shared/api/questionnaires.responses';
import {
  presentQuestionnaires,
  presentQuestionnaireSchedule,
  presentStartedQuestionnaire,
} from '../presenters/questionnaires.presenter';
import { actorOf } from '../session-cookie';

/** Questionnaires the person fills in: what the care team asks for, drafts, sending, and trends. */
export function questionnairesRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['questionnaires'];
    app.get(
      '/people/:id/questionnaires',
      { schema: { tags, params: idParams, summary: 'Questionnaires waiting, asked for, and their trends' } },
      async (request) =>
        presentQuestionnaires(await getQuestionnaires(services, { personId: request.params.id }, actorOf(request))),
    );

    app.put(
      '/people/:id/questionnaires/schedules/:instrumentId',
      {
        schema: {
          tags,
          params: questionnaireScheduleParams,
          body: questionnaireScheduleBody,
          summary: 'Ask the person for a questionnaire every so many days',
        },
      },
      async (request) => {
        const saved = await setQuestionnaireSchedule(
          services,
          { personId: request.params.id, instrumentId: request.params.instrumentId, ...request.body },
          actorOf(request),
        );
        return presentQuestionnaireSchedule(saved);
      },
    );

    app.post(
      '/people/:id/questionnaires/schedules/:instrumentId/stop',
      {
        schema: {
          tags,
          params: questionnaireScheduleParams,
          summary: 'Stop asking the person for a questionnaire (setting it again restarts it)',
        },
      },
      async (request) => {
        const stopped = await stopQuestionnaireSchedule(
          services,
          { personId: request.params.id, instrumentId: request.params.instrumentId },
          actorOf(request),
        );
        return presentQuestionnaireSchedule(stopped);
      },
    );

    app.post(
      '/people/:id/questionnaires',
      {
        schema: {
          tags,
          params: idParams,
          body: startQuestionnaireBody,
          summary: 'The person starts a questionnaire of their own choosing',
        },
      },
      async (request, reply) => {
        const started = await startQuestionnaire(
          services,
          { personId: request.params.id, instrumentId: request.body.instrumentId },
          actorOf(request),
        );
        return reply.status(201).send(presentStartedQuestionnaire(started));
      },
    );

    app.put(
      '/people/:id/questionnaires/:invitationId/draft',
      {
        schema: {
          tags,
          params: questionnaireParams,
          body: questionnaireAnswersBody,
          summary: 'Keep unfinished answers',
        },
      },
      async (request) => {
        const saved = await saveQuestionnaireDraft(
          services,
          { personId: request.params.id, invitationId: request.params.invitationId, ...request.body },
          actorOf(request),
        );
        const body: QuestionnaireDraftSavedResponse = {
          revision: saved.revision,
          savedAt: saved.savedAt.toISOString(),
        };
        return body;
      },
    );

    app.post(
      '/people/:id/questionnaires/:invitationId/responses',
      { schema: { tags, params: questionnaireParams, body: questionnaireAnswersBody, summary: 'Send the answers' } },
      async (request, reply) => {
        const sent = await submitQuestionnaire(
          services,
          { personId: request.params.id, invitationId: request.params.invitationId, ...request.body },
          actorOf(request),
        );
        const body: QuestionnaireSentResponse = { responseId: sent.id, completedAt: sent.completedAt.toISOString() };
        return reply.status(201).send(body);
      },
    );
  };
}
