import type { Actor } from '../../domain/accounts/actor';
import type { CareTeamRole } from '../../domain/care-team/care-team-role';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import type { MembershipRecord } from './ports';

export interface AddMembershipInput {
  personId: string;
  workerId: string;
  role: CareTeamRole;
  /** Defaults to today. */
  startsOn?: string;
}

/** Adds a worker to a person's care team. A second open care coordinator is refused: use a change of coordinator. */
export async function addMembership(
  deps: ServiceDeps,
  input: AddMembershipInput,
  actor: Actor,
): Promise<MembershipRecord> {
  requireRole(actor, ['admin'], 'Only administrators change care teams.');
  return deps.uow.run(async (r) => {
    const membership = await startMembership(r, { ...input, startsOn: input.startsOn ?? isoDate(deps.now()) });
    await recordAudit(r, actor, deps.now(), {
      action: 'care_team.add',
      personId: input.personId,
      basis: 'administration',
      detail: { membershipId: membership.id, workerId: input.workerId, role: input.role },
    });
    return membership;
  });
}

/** Checks and writes a new open membership. Shared by adding and by changing coordinator. */
export async function startMembership(
  r: Repositories,
  input: Required<AddMembershipInput>,
  handoverNote: string | null = null,
): Promise<MembershipRecord> {
  const person = await r.organisation.findPerson(input.personId);
  const worker = await r.organisation.findWorker(input.workerId);
  if (!person) throw new AppError('not_found', 'There is no person with that id.');
  if (!worker) throw new AppError('bad_request', 'There is no worker with that id.', { field: 'workerId' });
  if (worker.leftOn && worker.leftOn <= input.startsOn)
    throw new AppError('bad_request', `${worker.name} has left the service.`, { field: 'workerId' });
  if (input.role === 'care_coordinator' && (await r.careTeams.findOpenCareCoordinator(person.id))) {
    throw new AppError(
      'conflict',
      'This person already has a care coordinator. Change the care coordinator instead, with a reason.',
    );
  }
  const existing = await r.careTeams.listActiveForWorker(person.id, worker.id, input.startsOn);
  if (existing.some((m) => m.role === input.role)) {
    throw new AppError('conflict', `${worker.name} is already in this care team in that role.`);
  }
  const membership: MembershipRecord = {
    id: newId(),
    personId: person.id,
    workerId: worker.id,
    role: input.role,
    startsOn: input.startsOn,
    endsOn: null,
    endReason: null,
    endNote: null,
    handoverNote,
  };
  await r.careTeams.create(membership);
  return membership;
}
