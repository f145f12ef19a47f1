import { describe, expect, it } from 'vitest';
import type { RoleMembership } from './care-coordinator-count';
import { countCareCoordinatorChanges } from './care-coordinator-changes';
import { careCoordinatorOn } from './care-coordinator-on';
import { daysWithoutCareCoordinator } from './days-without-care-coordinator';

const cc = (workerId: string, startsOn: string, endsOn: string | null = null): RoleMembership => ({
  workerId,
  role: 'care_coordinator',
  startsOn,
  endsOn,
});
const nurse = (workerId: string, startsOn: string, endsOn: string | null = null): RoleMembership => ({
  workerId,
  role: 'nurse',
  startsOn,
  endsOn,
});

describe('countCareCoordinatorChanges', () => {
  it('counts a handover in the window and not the first allocation: a → b in March is 1 change', () => {
    expect(
      countCareCoordinatorChanges(
        [cc('a', '2024-01-01', '2025-03-10'), cc('b', '2025-03-10')],
        '2025-01-01',
        '2026-01-01',
      ),
    ).toBe(1);
    expect(countCareCoordinatorChanges([cc('a', '2025-02-01')], '2025-01-01', '2026-01-01')).toBe(0);
  });

  it('counts a change after a gap, but not the same worker taking the role back', () => {
    const memberships = [
      cc('a', '2024-01-01', '2025-02-01'),
      cc('b', '2025-04-01', '2025-06-01'),
      cc('b', '2025-07-01'),
    ];
    expect(countCareCoordinatorChanges(memberships, '2025-01-01', '2026-01-01')).toBe(1);
  });

  it('counts a handover on the first day of the window and not one on the day after its end', () => {
    const memberships = [
      cc('a', '2024-01-01', '2025-01-01'),
      cc('b', '2025-01-01', '2026-01-01'),
      cc('c', '2026-01-01'),
    ];
    expect(countCareCoordinatorChanges(memberships, '2025-01-01', '2026-01-01')).toBe(1);
  });

  it('ignores other roles, memberships that cover no day, and the order of the rows', () => {
    const memberships = [
      cc('c', '2025-05-01'),
      nurse('n', '2025-02-01'),
      cc('x', '2025-03-01', '2025-03-01'),
      cc('a', '2024-01-01', '2025-05-01'),
    ];
    expect(countCareCoordinatorChanges(memberships, '2025-01-01', '2026-01-01')).toBe(1);
    expect(countCareCoordinatorChanges([...memberships].reverse(), '2025-01-01', '2026-01-01')).toBe(1);
  });
});

describe('daysWithoutCareCoordinator', () => {
  it('counts the days before the first coordinator and in a gap: Jan 1–10 and Feb 1–28 of a 59-day window', () => {
    const memberships = [cc('a', '2025-01-11', '2025-02-01'), cc('b', '2025-03-01')];
    expect(daysWithoutCareCoordinator(memberships, '2025-01-01', '2025-03-01')).toBe(10 + 28);
  });

  it('is the whole window with no coordinator, and 0 with one throughout', () => {
    expect(daysWithoutCareCoordinator([nurse('n', '2020-01-01')], '2025-01-01', '2026-01-01')).toBe(365);
    expect(daysWithoutCareCoordinator([cc('a', '2020-01-01')], '2025-01-01', '2026-01-01')).toBe(0);
  });

  it('counts an overlapping pair of memberships once', () => {
    const memberships = [cc('a', '2025-01-01', '2025-01-21'), cc('b', '2025-01-11', '2025-01-16')];
    expect(daysWithoutCareCoordinator(memberships, '2025-01-01', '2025-02-01')).toBe(11);
  });

  it('treats the end date as the first day without: [Jan 1, Jan 5) leaves Jan 5–10 uncovered', () => {
    expect(daysWithoutCareCoordinator([cc('a', '2024-12-01', '2025-01-05')], '2025-01-01', '2025-01-11')).toBe(6);
  });

  it('counts nothing for a person who joined the service today, and no day before they joined', () => {
    expect(
      daysWithoutCareCoordinator([], '2025-01-01', '2026-01-01', { joinedOn: '2026-01-01', dischargedOn: null }),
    ).toBe(0);
    expect(
      daysWithoutCareCoordinator([], '2025-01-01', '2026-01-01', { joinedOn: '2025-12-22', dischargedOn: null }),
    ).toBe(10);
    expect(
      daysWithoutCareCoordinator([cc('a', '2025-12-25')], '2025-01-01', '2026-01-01', {
        joinedOn: '2025-12-22',
        dischargedOn: null,
      }),
    ).toBe(3);
  });

  it('counts no day after the person was discharged', () => {
    const memberships = [cc('a', '2025-01-01', '2025-06-01')];
    expect(
      daysWithoutCareCoordinator(memberships, '2025-01-01', '2026-01-01', {
        joinedOn: '2020-01-01',
        dischargedOn: '2025-06-01',
      }),
    ).toBe(0);
  });
});

describe('careCoordinatorOn', () => {
  it('finds the coordinator active on the day, half-open at the end', () => {
    const memberships = [cc('a', '2024-01-01', '2025-03-10'), cc('b', '2025-03-10'), nurse('n', '2020-01-01')];
    expect(careCoordinatorOn(memberships, '2025-03-09')).toBe('a');
    expect(careCoordinatorOn(memberships, '2025-03-10')).toBe('b');
    expect(careCoordinatorOn([nurse('n', '2020-01-01')], '2025-03-10')).toBeNull();
  });

  it('takes the latest to start, then the lower worker id, when records overlap', () => {
    expect(careCoordinatorOn([cc('b', '2025-01-01'), cc('a', '2024-01-01')], '2025-06-01')).toBe('b');
    expect(careCoordinatorOn([cc('b', '2025-01-01'), cc('a', '2025-01-01')], '2025-06-01')).toBe('a');
  });
});
