import type { Actor } from '../../domain/accounts/actor';
import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { DischargeReason } from '../../domain/people/discharge-reasons';
import { beforeJoiningProblem } from '../../domain/people/plausible-dates';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { PersonRecord } from '../organisation/ports';
import type { ServiceDeps } from '../ports';

export interface DischargePersonInput {
  personId: string;
  version: number;
  /** The first day the person is no longer with the service. Defaults to today. */
  dischargedOn?: string;
  reason: DischargeReason;
  note?: string | null;
}

/**
 * Discharges a person from the service: every open care-team membership ends that day with the
 * reason "person discharged", and the record stays, read-only (`requirePersonAccess` refuses
 * changes from then on). Nothing is deleted.
 */
export async function dischargePerson(
  deps: ServiceDeps,
  input: DischargePersonInput,
  actor: Actor,
): Promise<PersonRecord> {
  const note = input.note?.trim() || null;
  if (input.reason === 'other' && !note)
    throw new AppError('bad_request', 'Say why the person is leaving the service.', { field: 'note' });
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const today = isoDate(now);
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'discharge', now);
    const dischargedOn = input.dischargedOn ?? today;
    if (dischargedOn > today)
      throw new AppError('bad_request', 'A discharge is recorded on the day it happens, not before.', {
        field: 'dischargedOn',
      });
    const beforeJoining = beforeJoiningProblem(dischargedOn, person, 'A discharge');
    if (beforeJoining) throw new AppError('bad_request', beforeJoining, { field: 'dischargedOn' });
    const open = (await r.careTeams.listForPerson(person.id)).filter(
      (m) => m.endsOn === null || isActiveOn(m, dischargedOn),
    );
    const startedLater = open.find((m) => m.startsOn > dischargedOn);
    if (startedLater) {
      throw new AppError(
        'bad_request',
        `${startedLater.workerName} joined the care team on ${startedLater.startsOn}, after that day.`,
        { field: 'dischargedOn' },
      );
    }
    const discharge = { dischargedOn, dischargeReason: input.reason, dischargeNote: note };
    if (!(await r.organisation.dischargePerson(person.id, input.version, discharge))) {
      throw new AppError(
        'conflict',
        'Someone else changed this person’s record while you were working. Reload it and try again.',
        { currentVersion: person.version },
      );
    }
    for (const membership of open.filter((m) => m.endsOn === null)) {
      await r.careTeams.end(membership.id, {
        endsOn: dischargedOn,
        endReason: 'person_discharged',
        endNote: note,
        handoverNote: null,
      });
    }
    await recordAudit(r, actor, now, {
      action: 'person.discharge',
      personId: person.id,
      basis,
      detail: { dischargedOn, reason: input.reason, endedMemberships: open.length },
    });
    return { ...person, ...discharge, version: input.version + 1 };
  });
}
