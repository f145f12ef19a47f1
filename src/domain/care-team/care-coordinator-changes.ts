import type { RoleMembership } from './care-coordinator-count';
import { monthsBefore } from './membership-period';

/**
 * How many times a person's care coordinator changed in [from, to): each care-coordinator
 * membership that starts in the window with a different worker from the person's previous
 * care-coordinator membership is one change. A person's first coordinator is an allocation, not a
 * change, and a worker who takes the role back after a break is not a change either. A handover
 * on the window's first day counts: the change happened that day.
 * Memberships that end the day they start cover no day and are left out. Spells are put in order
 * by start date, then end date (open last), then worker id, so the count never depends on the
 * order of the rows.
 */
export function countCareCoordinatorChanges(memberships: readonly RoleMembership[], from: string, to: string): number {
  const spells = coordinatorSpells(memberships);
  let changes = 0;
  for (let index = 1; index < spells.length; index += 1) {
    const spell = spells[index]!;
    const isInWindow = spell.startsOn >= from && spell.startsOn < to;
    if (isInWindow && spell.workerId !== spells[index - 1]!.workerId) changes += 1;
  }
  return changes;
}

/** Care-coordinator memberships that cover at least one day, in the order described above. */
export function coordinatorSpells(memberships: readonly RoleMembership[]): RoleMembership[] {
  return memberships
    .filter((m) => m.role === 'care_coordinator' && (m.endsOn === null || m.endsOn > m.startsOn))
    .sort(compareSpells);
}

function compareSpells(left: RoleMembership, right: RoleMembership): number {
  if (left.startsOn !== right.startsOn) return left.startsOn < right.startsOn ? -1 : 1;
  if (left.endsOn !== right.endsOn) {
    if (left.endsOn === null) return 1;
    if (right.endsOn === null) return -1;
    return left.endsOn < right.endsOn ? -1 : 1;
  }
  if (left.workerId === right.workerId) return 0;
  return left.workerId < right.workerId ? -1 : 1;
}

/**
 * A change of care coordinator is worth a warning for this long: trust with a new worker takes
 * months to build (DOMAIN.md, interpersonal continuity), and a warning that never goes away stops
 * being read.
 */
export const RECENT_COORDINATOR_CHANGE_MONTHS = 3;

/** The day the care coordinator last changed, counted as above, up to and including `today`; null if never. */
export function latestCareCoordinatorChange(memberships: readonly RoleMembership[], today: string): string | null {
  const spells = coordinatorSpells(memberships);
  let latest: string | null = null;
  for (let index = 1; index < spells.length; index += 1) {
    const spell = spells[index]!;
    if (spell.startsOn <= today && spell.workerId !== spells[index - 1]!.workerId) latest = spell.startsOn;
  }
  return latest;
}

/** The change's day when it is recent enough to warn about, else null. */
export function recentCareCoordinatorChange(changedOn: string | null, today: string): string | null {
  return changedOn !== null && changedOn >= monthsBefore(today, RECENT_COORDINATOR_CHANGE_MONTHS) ? changedOn : null;
}
