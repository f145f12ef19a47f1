import { isActiveOn } from '../../domain/care-team/membership-period';
import type { MembershipView } from '../../services/care-team/ports';
import type { MembershipDto } from '../../shared/api/care-team.responses';

// Care-team memberships to the JSON the API promises (shared/api/care-team.responses.ts).

/** `today` (YYYY-MM-DD) decides whether the membership is active. */
export function presentMembership(m: MembershipView, today: string): MembershipDto {
  return {
    id: m.id,
    workerId: m.workerId,
    workerName: m.workerName,
    workerProfession: m.workerProfession,
    role: m.role,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    endReason: m.endReason,
    endNote: m.endNote,
    handoverNote: m.handoverNote,
    isActive: isActiveOn(m, today),
  };
}
