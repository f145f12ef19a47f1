import type { Actor } from '../../domain/accounts/actor';
import { AppError, isAppError } from '../../domain/errors/app-error';
import { canSeeFeedbackEntry } from '../../domain/feedback/feedback-entry';
import type { InstrumentDefinition, InstrumentResponse, ScoredResponse } from '../../domain/instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import { findDefinition } from './find-definition';
import type { InstrumentResponseRecord, ResponseListQuery } from './ports';

/** A saved response with its instrument and scores, ready to map to an exchange format. */
export interface ResponseForExport {
  personId: string;
  responseId: string;
  definition: InstrumentDefinition;
  response: InstrumentResponse;
  scored: ScoredResponse;
  completedAt: Date;
}

/**
 * One saved response for export, to whoever may see it: meeting ratings and outcome measures to
 * anyone who may read the person's meetings; feedback only to whoever may see that answer on its own (the person their
 * own; a worker their own view, and the person's answers shared individually with them).
 */
export async function getResponseForExport(
  deps: ServiceDeps,
  input: { personId: string; responseId: string },
  actor: Actor,
): Promise<ResponseForExport> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_meetings', now);
    const record = await repositories.instruments.findResponse(person.id, input.responseId);
    if (!record) throw new AppError('not_found', 'There is no such response in this person’s record.');
    if (isFeedback(record)) await requireFeedbackReader(repositories, actor, record, now);
    const found = await forExport(repositories, record);
    if (!found)
      throw new AppError('not_found', `Tandem no longer has version ${record.version} of "${record.instrumentId}".`);
    await recordAudit(repositories, actor, now, {
      action: 'response.export',
      personId: person.id,
      basis,
      detail: { responseId: record.id },
    });
    return found;
  });
}

/** A page of responses to export, and where the next page starts when there may be more. */
export interface ResponsesForExportPage {
  responses: ResponseForExport[];
  next: { completedAt: Date; id: string } | null;
}

/**
 * A person's saved responses for export, newest first, to whoever may read their meetings, under
 * the same rules as one response: feedback appears only where that reader may see that answer on
 * its own, so a list never shows what a read would refuse. One audit event per page, naming the
 * responses it gave.
 */
export async function listResponsesForExport(
  deps: ServiceDeps,
  input: { personId: string } & Omit<ResponseListQuery, 'limit'> & { limit: number },
  actor: Actor,
): Promise<ResponsesForExportPage> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { personId, ...query } = input;
    const { person, basis } = await requirePersonAccess(repositories, actor, personId, 'read_meetings', now);
    if (query.limit === 0) return { responses: [], next: null };
    const records = await repositories.instruments.listResponses(person.id, query);
    const responses: ResponseForExport[] = [];
    for (const record of records) {
      if (isFeedback(record) && !(await mayReadFeedback(repositories, actor, record, now))) continue;
      const found = await forExport(repositories, record);
      if (found) responses.push(found);
    }
    if (responses.length > 0) {
      await recordAudit(repositories, actor, now, {
        action: 'response.export',
        personId: person.id,
        basis,
        detail: { responseIds: responses.map((r) => r.responseId) },
      });
    }
    const last = records.at(-1);
    return {
      responses,
      next: last && records.length === query.limit ? { completedAt: last.completedAt, id: last.id } : null,
    };
  });
}

const isFeedback = (record: InstrumentResponseRecord) =>
  record.purpose === 'person_feedback' || record.purpose === 'worker_feedback';

async function forExport(
  repositories: Repositories,
  record: InstrumentResponseRecord,
): Promise<ResponseForExport | null> {
  const found = await findDefinition(repositories, record.instrumentId, record.version);
  if (!found) return null;
  return {
    personId: record.personId,
    responseId: record.id,
    definition: found.definition,
    response: { instrumentId: record.instrumentId, version: record.version, answers: record.answers },
    scored: { instrumentId: record.instrumentId, version: record.version, scores: record.scores },
    completedAt: record.completedAt,
  };
}

/** Whether this reader may see this feedback answer on its own; false also when they may not read feedback at all. */
async function mayReadFeedback(
  repositories: Repositories,
  actor: Actor,
  record: InstrumentResponseRecord,
  now: Date,
): Promise<boolean> {
  try {
    await requireFeedbackReader(repositories, actor, record, now);
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === 'forbidden') return false;
    throw error;
  }
}

async function requireFeedbackReader(
  repositories: Repositories,
  actor: Actor,
  record: InstrumentResponseRecord,
  now: Date,
): Promise<void> {
  const { basis } = await requirePersonAccess(repositories, actor, record.personId, 'read_feedback', now);
  const entry = await repositories.feedback.findByResponseId(record.personId, record.id);
  const reader =
    basis === 'self'
      ? ({ kind: 'person' } as const)
      : actor.workerId
        ? ({ kind: 'worker', workerId: actor.workerId } as const)
        : null;
  if (!entry || !reader || !canSeeFeedbackEntry(reader, entry)) {
    throw new AppError('forbidden', 'This feedback is not shown to you on its own: the person chose who sees it.');
  }
}
