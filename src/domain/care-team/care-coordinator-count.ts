import type { CareTeamRole } from './care-team-role';
import { overlaps, type MembershipPeriod } from './membership-period';

export interface RoleMembership extends MembershipPeriod {
  workerId: string;
  role: CareTeamRole;
}

/**
 * How many different care coordinators a person has had in [from, to): every worker who held
 * the role on at least one day of the window counts once, however many spells they had.
 * Frequent changes of worker break trust (Denhov & Topor 2012), so caseloads show this figure.
 */
export function countCareCoordinators(memberships: RoleMembership[], from: string, to: string): number {
  const workers = new Set<string>();
  for (const membership of memberships) {
    if (membership.role === 'care_coordinator' && overlaps(membership, from, to)) {
      workers.add(membership.workerId);
    }
  }
  return workers.size;
}
