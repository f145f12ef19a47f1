import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../domain/errors/app-error';
import { isInstrumentError } from '../../domain/instruments';
import { instrumentToQuestionnaire } from '../../fhir/export-questionnaire';
import { questionnaireToInstrument } from '../../fhir/import-questionnaire';
import { operationOutcome } from '../../fhir/operation-outcome';
import {
  draftResourceId,
  draftToQuestionnaireResponse,
  parseQuestionnaireResponseId,
  questionnaireResourceId,
  QuestionnaireResponseInputError,
  readAnswersFromFhir,
  responseResourceId,
  toQuestionnaireResponse,
  type AnswersFromFhir,
} from '../../fhir/questionnaire-response-resources';
import type { Resource } from '../../fhir/r4-resources';
import type { QuestionnaireResponse } from '../../fhir/r4-types';
import { all, dateRange, pageSize, SearchParameterError, single, tokenValues } from '../../fhir/search-parameters';
import { getResponseForExport, listResponsesForExport } from '../../services/instruments/get-response-for-export';
import { importInstrument } from '../../services/instruments/import-instrument';
import { listInstruments } from '../../services/instruments/list-instruments';
import type { ServiceDeps } from '../../services/ports';
import {
  answerQuestionnaire,
  getQuestionnaireDraft,
  updateQuestionnaireAnswers,
  type AnswerQuestionnaireResult,
} from '../../services/questionnaires/answer-questionnaire';
import { getQuestionnaires } from '../../services/questionnaires/get-questionnaires';
import { baseUrl, readCursor, requirePatient, searchQuery, searchset, writeCursor } from '../fhir-search';
import { actorOf } from '../session-cookie';

const STATUS_SYSTEM = 'http://hl7.org/fhir/questionnaire-answers-status';

/**
 * QuestionnaireResponse read, search, create and update over the questionnaire use cases (ADR 0046):
 * a saved response (response-…) is read as the app's export reads it, with the same rules for
 * feedback; answers in progress (draft-…) are the person's own, versioned by the draft's revision,
 * and are changed only with If-Match.
 */
export async function fhirQuestionnaireRoutes(app: FastifyInstance, services: ServiceDeps): Promise<void> {
  // Administrators load instrument definitions from FHIR; the same version again is a safe retry.
  app.post('/Questionnaire', async (request, reply) => {
    const { definition, created } = await importInstrument(
      services,
      () => questionnaireToInstrument(request.body),
      actorOf(request),
    );
    const id = questionnaireResourceId(definition);
    const resource = { ...instrumentToQuestionnaire(definition), id };
    return reply
      .status(created ? 201 : 200)
      .header('location', `${baseUrl(request)}/Questionnaire/${id}`)
      .send(resource);
  });

  // Only the version in force is kept (a sent response never changes; a draft keeps its latest answers).
  app.get<{ Params: { id: string; version: string } }>(
    '/QuestionnaireResponse/:id/_history/:version',
    async (request, reply) => {
      const resource = await readQuestionnaireResponse(request.params.id, request);
      if (resource.meta?.versionId !== request.params.version) {
        throw new AppError(
          'not_found',
          `Only the latest version (${resource.meta?.versionId ?? '1'}) of these answers is kept.`,
        );
      }
      return versioned(reply, resource);
    },
  );

  app.get<{ Params: { id: string } }>('/QuestionnaireResponse/:id', async (request, reply) =>
    versioned(reply, await readQuestionnaireResponse(request.params.id, request)),
  );

  async function readQuestionnaireResponse(
    resourceId: string,
    request: FastifyRequest,
  ): Promise<QuestionnaireResponse> {
    const id = parseQuestionnaireResponseId(resourceId);
    const actor = actorOf(request);
    if (id.kind === 'response') {
      return toQuestionnaireResponse(await getResponseForExport(services, id, actor));
    }
    const { invitation, definition } = await getQuestionnaireDraft(services, id, actor);
    if (invitation.completedAt) {
      throw new AppError(
        'gone',
        `These answers were sent: they are QuestionnaireResponse/${responseResourceId(id.personId, invitation.responseId!)}.`,
      );
    }
    return draftToQuestionnaireResponse({
      personId: id.personId,
      invitationId: invitation.id,
      definition,
      answers: invitation.draftAnswers,
      revision: invitation.revision,
      savedAt: invitation.draftSavedAt ?? invitation.createdAt,
    });
  }

  app.get('/QuestionnaireResponse', async (request) => {
    const query = searchQuery(request, 'QuestionnaireResponse');
    const ids = single(query, '_id')?.split(',').map(parseQuestionnaireResponseId);
    const personId = patientOf(query, ids);
    const statuses = single(query, 'status') && tokenValues(single(query, 'status')!, STATUS_SYSTEM, 'status');
    const instruments = single(query, 'questionnaire')?.split(',').map(instrumentOfCanonical);
    const authored = dateRange(all(query, 'authored'));
    const updated = dateRange(all(query, '_lastUpdated'));
    const from = latest(authored.from, updated.from);
    const until = earliest(authored.until, updated.until);
    const count = pageSize(query);
    const cursor = single(query, '_cursor');
    const after = cursor ? readCursor(cursor) : undefined;
    const actor = actorOf(request);
    const wants = (status: string) => !statuses || statuses.includes(status);

    const responseIds = ids?.flatMap((id) => (id.kind === 'response' ? [id.responseId] : []));
    const empty = (from && until && from >= until) || count === 0;
    const page =
      wants('completed') && !empty
        ? await listResponsesForExport(
            services,
            {
              personId,
              limit: count,
              ...(instruments ? { instruments } : {}),
              ...(from ? { from } : {}),
              ...(until ? { until } : {}),
              ...(responseIds ? { ids: responseIds } : {}),
              ...(after ? { after: { completedAt: after.occurredAt, id: after.id! } } : {}),
            },
            actor,
          )
        : { responses: [], next: null };
    const resources: Resource[] = page.responses.map(toQuestionnaireResponse) as unknown as Resource[];
    // Answers in progress are the person's alone, and few (one per questionnaire): on the first page.
    if (wants('in-progress') && !empty && !cursor && actor.personId === personId) {
      const draftIds = ids?.flatMap((id) => (id.kind === 'draft' ? [id.invitationId] : []));
      const { open } = await getQuestionnaires(services, { personId }, actor);
      for (const invitation of open) {
        const savedAt = invitation.draft?.savedAt;
        if (!invitation.draft || invitation.revision === 0 || !savedAt) continue;
        if (draftIds && !draftIds.includes(invitation.id)) continue;
        if (instruments && !instruments.some((i) => i.instrumentId === invitation.definition.id)) continue;
        if ((from && savedAt < from) || (until && savedAt >= until)) continue;
        resources.unshift(
          draftToQuestionnaireResponse({
            personId,
            invitationId: invitation.id,
            definition: invitation.definition,
            answers: invitation.draft.answers,
            revision: invitation.revision,
            savedAt,
          }) as unknown as Resource,
        );
      }
    }
    const next = page.next ? writeCursor({ occurredAt: page.next.completedAt, id: page.next.id }) : null;
    return searchset(request, resources, next);
  });

  app.post('/QuestionnaireResponse', async (request, reply) => {
    const sent = readAnswersFromFhir(request.body, await scoreIdsOf(request));
    if (isObject(request.body) && request.body.id !== undefined) {
      throw new SearchParameterError('A new QuestionnaireResponse has no id: Tandem gives it one.');
    }
    const result = await withItemPaths(sent, () =>
      answerQuestionnaire(
        services,
        {
          personId: sent.personId,
          instrumentId: sent.instrumentId,
          ...(sent.version ? { version: sent.version } : {}),
          answers: sent.answers,
          send: sent.send,
        },
        actorOf(request),
      ),
    ).catch((error: unknown) => {
      const begun = isAppError(error) && error.code === 'conflict' ? error.details?.invitationId : undefined;
      if (typeof begun !== 'string') throw error;
      throw new AppError(
        'conflict',
        `${error instanceof Error ? error.message : ''} They are QuestionnaireResponse/${draftResourceId(sent.personId, begun)} at version ${String((error as AppError).details?.revision)}.`,
      );
    });
    const resource = present(sent.personId, result);
    return versioned(reply.status(201).header('location', historyUrl(request, resource)), resource);
  });

  app.put<{ Params: { id: string } }>('/QuestionnaireResponse/:id', async (request, reply) => {
    const id = parseQuestionnaireResponseId(request.params.id);
    if (id.kind === 'response') {
      throw new AppError('conflict', 'Sent answers are kept as they were sent: they cannot be changed.');
    }
    const ifMatch = request.headers['if-match'];
    if (ifMatch === undefined) {
      return reply
        .status(428)
        .send(
          operationOutcome(
            'bad_request',
            'Say which version you changed: send If-Match with the ETag you read (such as W/"2"), so answers changed elsewhere are never overwritten.',
          ),
        );
    }
    const revision = /^(?:W\/)?"(\d{1,9})"$/.exec(String(ifMatch).trim())?.[1];
    if (revision === undefined) throw new SearchParameterError('If-Match must be an ETag such as W/"2".');
    const sent = readAnswersFromFhir(request.body, await scoreIdsOf(request));
    if (!isObject(request.body) || request.body.id !== request.params.id) {
      throw new SearchParameterError(`The resource's id must be ${request.params.id}, as in the address.`);
    }
    if (sent.personId !== id.personId) {
      throw new SearchParameterError('The subject cannot change: these answers stay with the person they are about.');
    }
    const result = await withItemPaths(sent, () =>
      updateQuestionnaireAnswers(
        services,
        {
          personId: id.personId,
          invitationId: id.invitationId,
          instrumentId: sent.instrumentId,
          answers: sent.answers,
          revision: Number(revision),
          send: sent.send,
        },
        actorOf(request),
      ),
    ).catch((error: unknown) => {
      if (isAppError(error) && error.details?.staleRevision === true) {
        return reply.status(412).send(operationOutcome('conflict', error.message));
      }
      throw error;
    });
    if ('kind' in result) {
      const resource = present(id.personId, result);
      if (result.kind === 'sent') reply.header('content-location', historyUrl(request, resource));
      return versioned(reply, resource);
    }
    return result;
  });

  /** The score items of every version of an instrument, shipped or imported: a client may send them back, and they are not answers. */
  async function scoreIdsOf(request: FastifyRequest): Promise<(instrumentId: string) => string[]> {
    const instruments = await listInstruments(services, actorOf(request));
    return (instrumentId) =>
      instruments
        .filter(({ definition }) => definition.id === instrumentId)
        .flatMap(({ definition }) => definition.scores.map((s) => s.id));
  }
}

/** The person a search is about: patient/subject, or the person every _id belongs to. */
function patientOf(query: Record<string, unknown>, ids: ReturnType<typeof parseQuestionnaireResponseId>[] | undefined) {
  const named = query.patient !== undefined || query.subject !== undefined;
  const people = new Set(ids?.map((id) => id.personId));
  if (!named && people.size === 1) return [...people][0]!;
  const personId = requirePatient(query as Parameters<typeof requirePatient>[0], 'questionnaire responses');
  if (ids && [...people].some((p) => p !== personId)) {
    throw new SearchParameterError('Every _id must be a response of the person searched for.');
  }
  return personId;
}

/** `…/Questionnaire/qpr-15|1.0.0` or `…/Questionnaire/qpr-15`: the instrument at one version or any. */
function instrumentOfCanonical(canonical: string): { instrumentId: string; version?: string } {
  const [url = '', version] = canonical.split('|');
  const marker = url.lastIndexOf('Questionnaire/');
  const instrumentId = marker === -1 ? url : url.slice(marker + 'Questionnaire/'.length);
  if (!/^[A-Za-z0-9.-]{1,64}$/.test(instrumentId)) {
    throw new SearchParameterError(`${canonical.slice(0, 120)} is not the canonical URL of a Questionnaire.`);
  }
  return { instrumentId, ...(version ? { version } : {}) };
}

const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/** Refused answers named by the item they came from, as the client sent it. */
async function withItemPaths<T>(sent: AnswersFromFhir, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isInstrumentError(error) || error.kind !== 'invalid-response') throw error;
    throw new QuestionnaireResponseInputError(
      error.issues.map((issue) => {
        const index = /^answers\.(\d+)/.exec(issue.path)?.[1];
        const path = index === undefined ? undefined : sent.itemPaths[Number(index)];
        return { expression: path ?? 'QuestionnaireResponse.item', message: issue.message };
      }),
    );
  }
}

function present(personId: string, result: AnswerQuestionnaireResult): QuestionnaireResponse {
  if (result.kind === 'sent') {
    const { response, definition } = result;
    return toQuestionnaireResponse({
      personId,
      responseId: response.id,
      definition,
      response: { instrumentId: response.instrumentId, version: response.version, answers: response.answers },
      scored: { instrumentId: response.instrumentId, version: response.version, scores: response.scores },
      completedAt: response.completedAt,
    });
  }
  return draftToQuestionnaireResponse({
    personId,
    invitationId: result.invitation.id,
    definition: result.definition,
    answers: result.invitation.draftAnswers,
    revision: result.revision,
    savedAt: result.savedAt,
  });
}

function versioned(reply: FastifyReply, resource: QuestionnaireResponse): QuestionnaireResponse {
  const version = resource.meta?.versionId;
  if (version) reply.header('etag', `W/"${version}"`);
  if (resource.meta?.lastUpdated) reply.header('last-modified', new Date(resource.meta.lastUpdated).toUTCString());
  return resource;
}

const historyUrl = (request: FastifyRequest, resource: QuestionnaireResponse) =>
  `${baseUrl(request)}/QuestionnaireResponse/${resource.id}/_history/${resource.meta?.versionId ?? '1'}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
