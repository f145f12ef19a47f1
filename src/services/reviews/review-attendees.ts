import { REVIEW_LIMITS } from '../../domain/care-plan/review-attendee';
import { AppError } from '../../domain/errors/app-error';
import type { PersonRecord } from '../organisation/ports';
import type { Repositories } from '../ports';
import type { ReviewAttendeeRecord } from './ports';

/** Who was at a review, as the worker enters it: the person, a carer or worker by id, or someone by name. */
export type ReviewAttendeeInput =
  | { kind: 'person' }
  | { kind: 'worker'; workerId: string }
  | { kind: 'carer'; carerId: string }
  | { kind: 'other'; name: string };

/**
 * Checks each attendee against the records and fills in their names as they are today, so the
 * review keeps who was there even if a name changes later. Someone listed twice counts once.
 */
export async function resolveAttendees(
  repositories: Repositories,
  person: PersonRecord,
  inputs: ReviewAttendeeInput[],
): Promise<ReviewAttendeeRecord[]> {
  if (inputs.length === 0) throw new AppError('bad_request', 'Say who was at the review.', { field: 'attendees' });
  if (inputs.length > REVIEW_LIMITS.maxAttendees) {
    throw new AppError('bad_request', `A review lists at most ${REVIEW_LIMITS.maxAttendees} people.`, {
      field: 'attendees',
    });
  }
  const resolved = new Map<string, ReviewAttendeeRecord>();
  for (const input of inputs) {
    const attendee = await resolveOne(repositories, person, input);
    resolved.set(`${attendee.kind}:${attendee.workerId ?? attendee.carerId ?? attendee.name}`, attendee);
  }
  return [...resolved.values()];
}

async function resolveOne(
  repositories: Repositories,
  person: PersonRecord,
  input: ReviewAttendeeInput,
): Promise<ReviewAttendeeRecord> {
  switch (input.kind) {
    case 'person':
      return { kind: 'person', workerId: null, carerId: null, name: person.name };
    case 'worker': {
      const worker = await repositories.organisation.findWorker(input.workerId);
      if (!worker)
        throw new AppError('bad_request', 'One of the workers at the review is not known to Tandem.', {
          field: 'attendees',
          workerId: input.workerId,
        });
      return { kind: 'worker', workerId: worker.id, carerId: null, name: worker.name };
    }
    case 'carer': {
      const link = await repositories.organisation.findCarerLink(person.id, input.carerId);
      const carer = link ? await repositories.organisation.findCarer(input.carerId) : null;
      if (!carer)
        throw new AppError('bad_request', 'One of the carers at the review is not a carer of this person.', {
          field: 'attendees',
          carerId: input.carerId,
        });
      return { kind: 'carer', workerId: null, carerId: carer.id, name: carer.name };
    }
    case 'other': {
      const name = input.name.trim();
      if (name === '')
        throw new AppError('bad_request', 'Give the name of everyone at the review.', { field: 'attendees' });
      return { kind: 'other', workerId: null, carerId: null, name };
    }
  }
}
