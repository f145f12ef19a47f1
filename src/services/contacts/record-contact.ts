import type { Actor } from '../../domain/accounts/actor';
import { CONTACT_LIMITS, type ContactKind, type ContactMode } from '../../domain/contacts/contact-kinds';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { beforeJoiningProblem } from '../../domain/people/plausible-dates';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { ContactRecord, ContactView } from './ports';

export interface RecordContactInput {
  personId: string;
  /** Defaults to now. */
  occurredAt?: Date;
  durationMinutes: number;
  mode: ContactMode;
  kind: ContactKind;
  beyondRoutineNote?: string | null;
  adminMinutes?: number;
  note?: string | null;
  /** Other workers present besides the one recording. */
  otherWorkerIds?: string[];
}

/** Records a contact in one step. The worker recording it is always among those present. */
export async function recordContact(deps: ServiceDeps, input: RecordContactInput, actor: Actor): Promise<ContactView> {
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers record contacts.');
  const recorderId = actor.workerId;
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'record_contact', now);
    const occurredAt = input.occurredAt ?? now;
    checkWhen(occurredAt, now);
    const beforeJoining = beforeJoiningProblem(isoDate(occurredAt), person, 'A contact');
    if (beforeJoining) throw new AppError('bad_request', beforeJoining, { field: 'occurredAt' });
    const workerIds = [...new Set([recorderId, ...(input.otherWorkerIds ?? [])])];
    for (const workerId of workerIds) {
      if (!(await repositories.organisation.findWorker(workerId))) {
        throw new AppError('bad_request', 'One of the workers present is not known to Tandem.', {
          field: 'otherWorkerIds',
          workerId,
        });
      }
    }
    const beyondRoutineNote = input.beyondRoutineNote?.trim() || null;
    const contact: ContactRecord = {
      id: newId(),
      personId: person.id,
      occurredAt,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      kind: input.kind,
      beyondRoutine: beyondRoutineNote !== null,
      beyondRoutineNote,
      adminMinutes: input.adminMinutes ?? 0,
      note: input.note?.trim() || null,
      recordedByAccountId: actor.accountId,
      workerIds,
    };
    await repositories.contacts.create(contact);
    await recordAudit(repositories, actor, now, {
      action: 'contact.create',
      personId: person.id,
      basis,
      detail: { contactId: contact.id },
    });
    const saved = await repositories.contacts.findById(person.id, contact.id);
    if (!saved) throw new Error('A contact just written could not be read back.');
    return saved;
  });
}

function checkWhen(occurredAt: Date, now: Date): void {
  const minutesAhead = (occurredAt.getTime() - now.getTime()) / 60_000;
  if (minutesAhead > CONTACT_LIMITS.maxMinutesInFuture) {
    throw new AppError('bad_request', 'A contact cannot be recorded for a time in the future.', {
      field: 'occurredAt',
    });
  }
  const daysAgo = (now.getTime() - occurredAt.getTime()) / 86_400_000;
  if (daysAgo > CONTACT_LIMITS.maxDaysInPast) {
    throw new AppError(
      'bad_request',
      `A contact can be recorded up to ${CONTACT_LIMITS.maxDaysInPast} days after it happened.`,
      {
        field: 'occurredAt',
      },
    );
  }
}
