import { coordinatorSpells } from './care-coordinator-changes';
import type { RoleMembership } from './care-coordinator-count';
import { daysBetween } from './membership-period';

/**
 * Days of [from, to) on which the person had no care coordinator: every person in secondary care
 * should have one (Care Programme Approach), so a day without is a gap in care. Overlapping
 * memberships are merged, so no day is counted twice.
 *
 * @example daysWithoutCareCoordinator([{ workerId: 'a', role: 'care_coordinator', startsOn: '2025-01-11', endsOn: null }], '2025-01-01', '2025-02-01') // 10
 */
export function daysWithoutCareCoordinator(memberships: readonly RoleMembership[], from: string, to: string): number {
  const windowDays = Math.max(dayCount(from, to), 0);
  let covered = 0;
  let coveredUntil = from;
  for (const spell of coordinatorSpells(memberships)) {
    const start = spell.startsOn > coveredUntil ? spell.startsOn : coveredUntil;
    const end = spell.endsOn === null || spell.endsOn > to ? to : spell.endsOn;
    if (end > start) {
      covered += dayCount(start, end);
      coveredUntil = end;
    }
  }
  return windowDays - covered;
}

const dayCount = (from: string, to: string): number => daysBetween(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
