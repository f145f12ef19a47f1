import { describe, expect, it } from 'vitest';
import type { AccountRole } from '../accounts/account-role';
import type { Actor } from '../accounts/actor';
import { decideCollegeAccess, type CollegeAccessFacts } from './college-access-policy';

const actor = (role: AccountRole): Actor => ({
  accountId: `${role}-account`,
  username: role,
  role,
  displayName: role,
  workerId: role === 'worker' || role === 'team_manager' ? 'worker-1' : null,
  personId: role === 'service_user' ? 'person-1' : null,
  carerId: role === 'carer' ? 'carer-1' : null,
});
const none: CollegeAccessFacts = { studentId: null, trainerId: null, isTrainerOfSession: false };
const allowed = (role: AccountRole, facts: CollegeAccessFacts) =>
  decideCollegeAccess(actor(role), 'read_course_feedback', facts).allowed;

describe('who reads the feedback students give on a course', () => {
  it('is the course’s own trainers and the college’s administrators', () => {
    expect(allowed('worker', { ...none, trainerId: 't-1', isTrainerOfSession: true })).toBe(true);
    expect(allowed('student', { ...none, trainerId: 't-1', isTrainerOfSession: true })).toBe(true);
    expect(allowed('admin', none)).toBe(true);
  });

  it('is not a trainer of other courses, a student of the course, a manager, a carer, a service user or a researcher', () => {
    expect(allowed('worker', { ...none, trainerId: 't-2' })).toBe(false);
    for (const role of ['student', 'service_user', 'carer', 'worker', 'team_manager', 'researcher'] as const) {
      expect(allowed(role, { ...none, studentId: 's-1' })).toBe(false);
    }
  });
});
