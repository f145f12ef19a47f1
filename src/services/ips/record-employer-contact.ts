import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { EmployerContactPurpose } from '../../domain/ips/ips-vocabulary';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { requireEmployer } from './employers';
import { checkIpsDay } from './ips-dates';
import type { EmployerContactView } from './ports';

export interface RecordEmployerContactInput {
  employerId: string;
  /** The person the contact was about, if any. */
  personId?: string | null;
  contactedOn: string;
  isFaceToFace: boolean;
  metWhom: string;
  purpose: EmployerContactPurpose;
  outcome: string;
}

/**
 * Records a specialist's contact with an employer, so job development is visible. A contact about
 * a named person is only allowed when the person chose to let their specialist talk to employers
 * (partly or fully): their disclosure choice is kept, never worked around.
 */
export async function recordEmployerContact(
  deps: ServiceDeps,
  input: RecordEmployerContactInput,
  actor: Actor,
): Promise<EmployerContactView> {
  if (!actor.workerId) throw new AppError('forbidden', 'Only employment specialists record employer contacts.');
  const workerId = actor.workerId;
  return deps.uow.run(async (r) => {
    const now = deps.now();
    checkIpsDay(input.contactedOn, now, 'contactedOn', 'An employer contact');
    const employer = await requireEmployer(r, input.employerId);
    const access = input.personId ? await requirePersonAccess(r, actor, input.personId, 'record_ips', now) : null;
    if (!access && input.purpose !== 'job_development')
      throw new AppError('bad_request', 'Choose the person this contact was about.', { field: 'personId' });
    if (access) {
      const profile = await r.ips.findProfile(access.person.id);
      if (!profile || profile.disclosure === 'no_disclosure' || profile.disclosure === 'undecided')
        throw new AppError(
          'conflict',
          `${access.person.name} has not agreed to their employment specialist talking to employers about them. Record the contact without naming them, or talk about disclosure with them first.`,
          { field: 'personId' },
        );
    }
    const contact = {
      id: newId(),
      workerId,
      employerId: employer.id,
      personId: access?.person.id ?? null,
      contactedOn: input.contactedOn,
      isFaceToFace: input.isFaceToFace,
      metWhom: input.metWhom.trim(),
      purpose: input.purpose,
      outcome: input.outcome.trim(),
      recordedByAccountId: actor.accountId,
    };
    await r.ips.createEmployerContact(contact);
    await recordAudit(r, actor, now, {
      action: 'ips.employer_contact.create',
      personId: contact.personId,
      basis: access?.basis ?? null,
      detail: { employerContactId: contact.id, employerId: employer.id },
    });
    const worker = await r.organisation.findWorker(workerId);
    return { ...contact, employerName: employer.name, workerName: worker?.name ?? actor.displayName };
  });
}
