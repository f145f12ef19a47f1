import { describe, expect, it } from 'vitest';
import type { AccountRole } from '../accounts/account-role';
import type { Actor } from '../accounts/actor';
import { decideCollegeAccess, type CollegeAccessFacts, type CollegeAction } from './college-access-policy';

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
const student: CollegeAccessFacts = { ...none, studentId: 'student-1' };
const trainer: CollegeAccessFacts = { ...none, trainerId: 'trainer-1' };
const sessionTrainer: CollegeAccessFacts = { ...trainer, isTrainerOfSession: true };
const lead: CollegeAccessFacts = { ...trainer, isCollegeLead: true };

const allowed = (role: AccountRole, action: CollegeAction, facts: CollegeAccessFacts) =>
  decideCollegeAccess(actor(role), action, facts).allowed;

describe('decideCollegeAccess', () => {
  it('lets anyone with a student record study, whatever their role, and no one without', () => {
    for (const role of ['student', 'service_user', 'carer', 'worker', 'team_manager', 'admin'] as const) {
      expect(allowed(role, 'study', student)).toBe(true);
      expect(allowed(role, 'study', none)).toBe(false);
    }
  });

  it('lets administrators and the college’s leads run the college, and no other trainer, student, service user, carer or manager', () => {
    expect(allowed('admin', 'manage_courses', none)).toBe(true);
    expect(allowed('worker', 'manage_courses', lead)).toBe(true);
    expect(allowed('student', 'manage_courses', lead)).toBe(true);
    for (const role of ['student', 'service_user', 'carer', 'worker', 'team_manager', 'researcher'] as const) {
      expect(allowed(role, 'manage_courses', student)).toBe(false);
      expect(allowed(role, 'manage_courses', trainer)).toBe(false);
      expect(allowed(role, 'manage_courses', sessionTrainer)).toBe(false);
      expect(allowed(role, 'manage_courses', none)).toBe(false);
    }
    // A lead flag without a trainer record is no one's lead.
    expect(allowed('worker', 'manage_courses', { ...none, isCollegeLead: true })).toBe(false);
  });

  it('shows a register only to the session’s own trainers and administrators', () => {
    for (const action of ['read_register', 'mark_attendance'] as const) {
      expect(allowed('worker', action, sessionTrainer)).toBe(true);
      expect(allowed('worker', action, trainer)).toBe(false);
      expect(allowed('admin', action, none)).toBe(true);
      expect(allowed('student', action, student)).toBe(false);
      expect(allowed('team_manager', action, none)).toBe(false);
      expect(allowed('service_user', action, student)).toBe(false);
      expect(allowed('carer', action, student)).toBe(false);
      expect(allowed('researcher', action, none)).toBe(false);
      // Leading the college does not open another trainer's register: an administrator does that.
      expect(allowed('worker', action, lead)).toBe(false);
    }
  });

  it('shows the college’s figures to managers, administrators and the college’s leads only', () => {
    expect(allowed('team_manager', 'read_college_figures', none)).toBe(true);
    expect(allowed('admin', 'read_college_figures', none)).toBe(true);
    expect(allowed('worker', 'read_college_figures', lead)).toBe(true);
    for (const role of ['student', 'service_user', 'carer', 'worker', 'researcher'] as const) {
      expect(allowed(role, 'read_college_figures', trainer)).toBe(false);
    }
  });

  it('gives a reason with every refusal', () => {
    const decision = decideCollegeAccess(actor('carer'), 'study', none);
    expect(decision).toEqual({ allowed: false, reason: 'Sign up as a student of the Recovery College first.' });
  });
});
