import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { HandoverView } from './ports';

/** A worker who could take over as care coordinator. */
export interface HandoverCandidate {
  id: string;
  name: string;
  profession: string;
}

export interface PersonHandovers {
  handovers: HandoverView[];
  /** Whether the viewer may plan, record the joint meeting, complete or cancel. */
  canPlan: boolean;
  /** Whether the viewer is the person, who adds their own words to a planned handover's note. */
  canAddNote: boolean;
  /** Workers of the person's team still with the service, for a viewer who may plan. */
  candidates: HandoverCandidate[];
}

/** A person's planned and past handovers: for the person and their care team (and administrators). */
export async function getHandovers(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<PersonHandovers> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'read_handovers', now);
    const handovers = await r.handovers.listForPerson(person.id);
    const isOpen = person.dischargedOn === null;
    const canPlan = isOpen && (basis === 'care_team' || basis === 'administration');
    const candidates = canPlan
      ? (await r.organisation.listWorkers({ teamId: person.teamId }))
          .filter((w) => w.leftOn === null)
          .map((w) => ({ id: w.id, name: w.name, profession: w.profession }))
      : [];
    await recordAudit(r, actor, now, { action: 'handovers.read', personId: person.id, basis });
    return { handovers, canPlan, canAddNote: isOpen && basis === 'self', candidates };
  });
}
