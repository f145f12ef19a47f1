import type { RoleMembership } from './care-coordinator-count';

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
