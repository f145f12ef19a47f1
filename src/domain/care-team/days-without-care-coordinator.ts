import { coordinatorSpells } from './care-coordinator-changes';
import type { RoleMembership } from './care-coordinator-count';
import { daysBetween } from './membership-period';

/** When the person was with the service: from the day they joined until the day they were discharged. */
export interface TimeInService {
  joinedOn: string;
  dischargedOn: string | null;
}

/**
 * Days of [from, to) on which the person, while with the service, had no care coordinator: every
 * person in secondary care should have one (Care Programme Approach), so a day without is a gap
 * in care. Days before the person joined the service, or after they left it, are not gaps.
 * Overlapping memberships are merged, so no day is counted twice.
 *
 * @example daysWithoutCareCoordinator([{ workerId: 'a', role: 'care_coordinator', startsOn: '2025-01-11', endsOn: null }], '2025-01-01', '2025-02-01') // 10
 */
export function daysWithoutCareCoordinator(
  memberships: readonly RoleMembership[],
  from: string,
  to: string,
  inService?: TimeInService,
): number {
  const start = inService && inService.joinedOn > from ? inService.joinedOn : from;
  const end = inService?.dischargedOn && inService.dischargedOn < to ? inService.dischargedOn : to;
  const windowDays = Math.max(dayCount(start, end), 0);
  let covered = 0;
  let coveredUntil = start;
  for (const spell of coordinatorSpells(memberships)) {
    const spellStart = spell.startsOn > coveredUntil ? spell.startsOn : coveredUntil;
    const spellEnd = spell.endsOn === null || spell.endsOn > end ? end : spell.endsOn;
    if (spellEnd > spellStart) {
      covered += dayCount(spellStart, spellEnd);
      coveredUntil = spellEnd;
    }
  }
  return windowDays - covered;
}

const dayCount = (from: string, to: string): number =>
  daysBetween(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
