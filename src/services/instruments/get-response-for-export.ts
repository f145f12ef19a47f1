import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { canSeeFeedbackEntry } from '../../domain/feedback/feedback-entry';
import type { InstrumentDefinition, InstrumentResponse, ScoredResponse } from '../../domain/instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import { catalogueDefinition, withWording } from './definition-with-wording';
import type { InstrumentResponseRecord } from './ports';

/** A saved response with its instrument and scores, ready to map to an exchange format. */
export interface ResponseForExport {
  personId: string;
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
    const isFeedback = record.purpose === 'person_feedback' || record.purpose === 'worker_feedback';
    if (isFeedback) await requireFeedbackReader(repositories, actor, record, now);
    const definition = catalogueDefinition(record.instrumentId, record.version);
    if (!definition)
      throw new AppError('not_found', `Tandem no longer has version ${record.version} of "${record.instrumentId}".`);
    const wording = await repositories.instruments.findWording(definition.id, definition.version);
    await recordAudit(repositories, actor, now, {
      action: 'response.export',
      personId: person.id,
      basis,
      detail: { responseId: record.id },
    });
    return {
      personId: person.id,
      definition: withWording(definition, wording).definition,
      response: { instrumentId: record.instrumentId, version: record.version, answers: record.answers },
      scored: { instrumentId: record.instrumentId, version: record.version, scores: record.scores },
      completedAt: record.completedAt,
    };
  });
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
