import type { RoleMembership } from './care-coordinator-count';
import { isActiveOn } from './membership-period';

/**
 * The worker who was the person's care coordinator on `day`, or null when nobody held the role.
 * A person has one coordinator at a time; should records overlap, the latest to start wins, then
 * the lower worker id (code-unit order), so the answer never depends on the order of the rows.
 */
export function careCoordinatorOn(memberships: readonly RoleMembership[], day: string): string | null {
  let chosen: RoleMembership | null = null;
  for (const membership of memberships) {
    if (membership.role !== 'care_coordinator' || !isActiveOn(membership, day)) continue;
    if (chosen === null || isLaterChoice(membership, chosen)) chosen = membership;
  }
  return chosen?.workerId ?? null;
}

function isLaterChoice(candidate: RoleMembership, current: RoleMembership): boolean {
  if (candidate.startsOn !== current.startsOn) return candidate.startsOn > current.startsOn;
  return candidate.workerId < current.workerId;
}
