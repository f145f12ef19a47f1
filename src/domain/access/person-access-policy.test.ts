import { describe, expect, it } from 'vitest';
import { policyActor, policyFacts } from '../../../test/support/access-fixtures';
import type { Actor } from '../accounts/actor';
import { decidePersonAccess, type PersonAccessFacts } from './person-access-policy';

const PERSON = 'p-1';
const actor = policyActor;
const facts = policyFacts;

describe('decidePersonAccess', () => {
  it('lets a worker in the care team read and record contacts', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_contacts', facts({ isInCareTeam: true }))).toEqual({
      allowed: true,
      basis: 'care_team',
    });
    expect(decidePersonAccess(worker, PERSON, 'record_contact', facts({ isInCareTeam: true })).allowed).toBe(true);
  });

  it('refuses a worker outside the care team unless they broke glass', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_summary', facts()).allowed).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'read_summary', facts({ hasBreakGlass: true }))).toEqual({
      allowed: true,
      basis: 'break_glass',
    });
  });

  it('lets a service user read their own record but nobody else’s, and not record contacts', () => {
    const self = actor('service_user', { personId: PERSON });
    expect(decidePersonAccess(self, PERSON, 'read_access_log', facts())).toEqual({ allowed: true, basis: 'self' });
    expect(decidePersonAccess(self, 'p-2', 'read_summary', facts()).allowed).toBe(false);
    expect(decidePersonAccess(self, PERSON, 'record_contact', facts()).allowed).toBe(false);
  });

  it('shows a carer contacts only when the person shares them', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    expect(decidePersonAccess(carer, PERSON, 'read_contacts', facts({ carerScopes: ['care_team'] })).allowed).toBe(
      false,
    );
    expect(decidePersonAccess(carer, PERSON, 'read_contacts', facts({ carerScopes: ['contacts'] })).allowed).toBe(true);
    expect(decidePersonAccess(carer, PERSON, 'read_summary', facts()).allowed).toBe(false);
  });

  it('gives a manager their team’s people without clinical notes', () => {
    const manager = actor('team_manager', { workerId: 'w-9' });
    expect(decidePersonAccess(manager, PERSON, 'read_summary', facts({ isInManagedTeam: true })).allowed).toBe(true);
    expect(decidePersonAccess(manager, PERSON, 'read_contacts', facts({ isInManagedTeam: true })).allowed).toBe(false);
  });

  it('shows the access log to the person alone', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_access_log', facts({ isInCareTeam: true })).allowed).toBe(false);
    expect(decidePersonAccess(actor('admin'), PERSON, 'read_access_log', facts()).allowed).toBe(false);
  });

  it('never lets a researcher open a record, and nobody opens one that does not exist', () => {
    expect(decidePersonAccess(actor('researcher'), PERSON, 'read_summary', facts({ isInCareTeam: true })).allowed).toBe(
      false,
    );
    const worker = actor('worker', { workerId: 'w-1' });
    expect(
      decidePersonAccess(worker, PERSON, 'read_summary', facts({ personExists: false, isInCareTeam: true })).allowed,
    ).toBe(false);
  });

  it('never lets a Recovery College student account open anyone’s record', () => {
    const student = actor('student');
    expect(decidePersonAccess(student, PERSON, 'read_summary', facts({ isInCareTeam: true })).allowed).toBe(false);
    expect(decidePersonAccess(student, PERSON, 'read_care_plan', facts({ carerScopes: ['care_plan'] })).allowed).toBe(
      false,
    );
  });
});

describe('decidePersonAccess for the care plan', () => {
  const both = ['read_care_plan', 'write_care_plan'] as const;

  it('lets the person and their care team read and write the plan', () => {
    const self = actor('service_user', { personId: PERSON });
    const worker = actor('worker', { workerId: 'w-1' });
    for (const action of both) {
      expect(decidePersonAccess(self, PERSON, action, facts())).toEqual({ allowed: true, basis: 'self' });
      expect(decidePersonAccess(worker, PERSON, action, facts({ isInCareTeam: true }))).toEqual({
        allowed: true,
        basis: 'care_team',
      });
    }
    expect(decidePersonAccess(self, 'p-2', 'read_care_plan', facts()).allowed).toBe(false);
  });

  it('lets a worker who broke glass read the plan but not write it', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_care_plan', facts({ hasBreakGlass: true }))).toEqual({
      allowed: true,
      basis: 'break_glass',
    });
    expect(decidePersonAccess(worker, PERSON, 'write_care_plan', facts({ hasBreakGlass: true })).allowed).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'read_care_plan', facts()).allowed).toBe(false);
  });

  it('shows a carer the plan only when the person shares it, and never lets them write', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    expect(
      decidePersonAccess(carer, PERSON, 'read_care_plan', facts({ carerScopes: ['care_team', 'contacts'] })).allowed,
    ).toBe(false);
    expect(decidePersonAccess(carer, PERSON, 'read_care_plan', facts({ carerScopes: ['care_plan'] }))).toEqual({
      allowed: true,
      basis: 'carer_consent',
    });
    expect(decidePersonAccess(carer, PERSON, 'write_care_plan', facts({ carerScopes: ['care_plan'] })).allowed).toBe(
      false,
    );
  });

  it('keeps managers, administrators and researchers out of the plan', () => {
    const manager = actor('team_manager', { workerId: 'w-9' });
    for (const action of both) {
      expect(decidePersonAccess(manager, PERSON, action, facts({ isInManagedTeam: true })).allowed).toBe(false);
      expect(decidePersonAccess(actor('admin'), PERSON, action, facts()).allowed).toBe(false);
      expect(decidePersonAccess(actor('researcher'), PERSON, action, facts({ isInCareTeam: true })).allowed).toBe(
        false,
      );
    }
  });
});

describe('decidePersonAccess for meetings and relationship feedback', () => {
  const worker = actor('worker', { workerId: 'w-1' });
  const self = actor('service_user', { personId: PERSON });

  it('lets the care team record and read meetings, and the person read their own', () => {
    expect(decidePersonAccess(worker, PERSON, 'record_meeting', facts({ isInCareTeam: true }))).toEqual({
      allowed: true,
      basis: 'care_team',
    });
    expect(decidePersonAccess(self, PERSON, 'read_meetings', facts())).toEqual({ allowed: true, basis: 'self' });
    expect(decidePersonAccess(self, PERSON, 'record_meeting', facts()).allowed).toBe(false);
    expect(decidePersonAccess(self, 'p-2', 'read_meetings', facts()).allowed).toBe(false);
  });

  it('lets a worker who broke glass read meetings, and nothing else of meetings or feedback', () => {
    expect(decidePersonAccess(worker, PERSON, 'read_meetings', facts({ hasBreakGlass: true }))).toEqual({
      allowed: true,
      basis: 'break_glass',
    });
    for (const action of ['record_meeting', 'read_feedback', 'give_feedback', 'set_feedback_visibility'] as const) {
      expect(decidePersonAccess(worker, PERSON, action, facts({ hasBreakGlass: true })).allowed).toBe(false);
    }
  });

  it('lets the person and the care team give and read feedback, and only the person choose who sees it', () => {
    for (const action of ['read_feedback', 'give_feedback'] as const) {
      expect(decidePersonAccess(self, PERSON, action, facts()).allowed).toBe(true);
      expect(decidePersonAccess(worker, PERSON, action, facts({ isInCareTeam: true })).allowed).toBe(true);
    }
    expect(decidePersonAccess(self, PERSON, 'set_feedback_visibility', facts())).toEqual({
      allowed: true,
      basis: 'self',
    });
    expect(decidePersonAccess(worker, PERSON, 'set_feedback_visibility', facts({ isInCareTeam: true })).allowed).toBe(
      false,
    );
  });

  it('keeps carers, managers outside the care team, administrators and researchers out of meetings and feedback', () => {
    const outsiders = [
      [actor('carer', { carerId: 'c-1' }), facts({ carerScopes: ['care_team', 'contacts'] })],
      [actor('team_manager', { workerId: 'w-9' }), facts({ isInManagedTeam: true })],
      [actor('admin'), facts()],
      [actor('researcher'), facts({ isInCareTeam: true })],
    ] as const;
    for (const [who, known] of outsiders) {
      for (const action of ['read_meetings', 'record_meeting', 'read_feedback', 'give_feedback'] as const) {
        expect(decidePersonAccess(who, PERSON, action, known).allowed).toBe(false);
      }
    }
  });
});

describe('decidePersonAccess for questionnaires', () => {
  const worker = actor('worker', { workerId: 'w-1' });
  const self = actor('service_user', { personId: PERSON });

  it('lets only the person answer their own questionnaires', () => {
    expect(decidePersonAccess(self, PERSON, 'answer_questionnaire', facts())).toEqual({ allowed: true, basis: 'self' });
    expect(decidePersonAccess(self, 'p-2', 'answer_questionnaire', facts()).allowed).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'answer_questionnaire', facts({ isInCareTeam: true })).allowed).toBe(
      false,
    );
  });

  it('lets the care team set which questionnaires are asked for, not the person, a stranger or a worker who broke glass', () => {
    expect(decidePersonAccess(worker, PERSON, 'set_questionnaires', facts({ isInCareTeam: true }))).toEqual({
      allowed: true,
      basis: 'care_team',
    });
    expect(decidePersonAccess(self, PERSON, 'set_questionnaires', facts()).allowed).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'set_questionnaires', facts()).allowed).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'set_questionnaires', facts({ hasBreakGlass: true })).allowed).toBe(
      false,
    );
    expect(
      decidePersonAccess(
        actor('carer', { carerId: 'c-1' }),
        PERSON,
        'set_questionnaires',
        facts({ carerScopes: ['care_plan'] }),
      ).allowed,
    ).toBe(false);
  });

  describe('Individual Placement and Support', () => {
    const IPS_ACTIONS = ['read_ips', 'refer_ips', 'write_vocational_profile', 'record_ips'] as const;
    const decide = (who: Actor, extra: Partial<PersonAccessFacts> = {}) =>
      IPS_ACTIONS.filter((action) => decidePersonAccess(who, PERSON, action, facts(extra)).allowed);

    it('lets the person refer themselves, read their record and write their profile, but not the specialist’s records', () => {
      expect(decide(actor('service_user', { personId: PERSON }))).toEqual([
        'read_ips',
        'refer_ips',
        'write_vocational_profile',
      ]);
      expect(decide(actor('service_user', { personId: 'p-2' }))).toEqual([]);
    });

    it('lets anyone in the care team do all of it, with no readiness gate', () => {
      expect(decide(actor('worker', { workerId: 'w-1' }), { isInCareTeam: true })).toEqual([...IPS_ACTIONS]);
      expect(decide(actor('team_manager', { workerId: 'w-1' }), { isInCareTeam: true })).toEqual([...IPS_ACTIONS]);
    });

    it('keeps out other workers, even after breaking glass, and managers, administrators and researchers', () => {
      expect(decide(actor('worker', { workerId: 'w-2' }))).toEqual([]);
      expect(decide(actor('worker', { workerId: 'w-2' }), { hasBreakGlass: true })).toEqual([]);
      expect(decide(actor('team_manager', { workerId: 'w-3' }), { isInManagedTeam: true })).toEqual([]);
      expect(decide(actor('admin'))).toEqual([]);
      expect(decide(actor('researcher'))).toEqual([]);
    });

    it('lets a carer read it only with the scope the person chose, and never change it', () => {
      const carer = actor('carer', { carerId: 'c-1' });
      expect(decide(carer, { carerScopes: ['care_team', 'contacts', 'care_plan'] })).toEqual([]);
      expect(decide(carer, { carerScopes: ['ips'] })).toEqual(['read_ips']);
      expect(decide(carer)).toEqual([]);
    });
  });
});

describe('decidePersonAccess for what carers see and for planned handovers', () => {
  const self = actor('service_user', { personId: PERSON });
  const worker = actor('worker', { workerId: 'w-1' });
  const manager = actor('team_manager', { workerId: 'w-2' });
  const admin = actor('admin');
  const carer = actor('carer', { carerId: 'c-1' });
  const researcher = actor('researcher');
  const allScopes = facts({ carerScopes: ['care_team', 'contacts', 'care_plan'] });
  const decide = (who: Actor, action: Parameters<typeof decidePersonAccess>[2], known = facts()) =>
    decidePersonAccess(who, PERSON, action, known);

  it('lets the person, and an administrator on their behalf, change what a carer sees; nobody else', () => {
    expect(decide(self, 'set_carer_sharing')).toEqual({ allowed: true, basis: 'self' });
    expect(decidePersonAccess(self, 'p-2', 'set_carer_sharing', facts()).allowed).toBe(false);
    expect(decide(admin, 'set_carer_sharing')).toEqual({ allowed: true, basis: 'administration' });
    expect(decide(worker, 'set_carer_sharing', facts({ isInCareTeam: true })).allowed).toBe(false);
    expect(decide(manager, 'set_carer_sharing', facts({ isInCareTeam: true, isInManagedTeam: true })).allowed).toBe(
      false,
    );
    expect(decide(worker, 'set_carer_sharing', facts({ hasBreakGlass: true })).allowed).toBe(false);
    expect(decide(carer, 'set_carer_sharing', allScopes).allowed).toBe(false);
    expect(decide(researcher, 'set_carer_sharing').allowed).toBe(false);
  });

  it('lets the person, the care team and administrators read what carers see; not a carer, a stranger or break glass', () => {
    expect(decide(self, 'read_carer_sharing').allowed).toBe(true);
    expect(decide(worker, 'read_carer_sharing', facts({ isInCareTeam: true }))).toEqual({
      allowed: true,
      basis: 'care_team',
    });
    expect(decide(admin, 'read_carer_sharing').allowed).toBe(true);
    expect(decide(worker, 'read_carer_sharing').allowed).toBe(false);
    expect(decide(worker, 'read_carer_sharing', facts({ hasBreakGlass: true })).allowed).toBe(false);
    expect(decide(manager, 'read_carer_sharing', facts({ isInManagedTeam: true })).allowed).toBe(false);
    expect(decide(carer, 'read_carer_sharing', allScopes).allowed).toBe(false);
    expect(decide(researcher, 'read_carer_sharing').allowed).toBe(false);
  });

  it('lets the care team and administrators plan a handover; the person reads it and adds to its note', () => {
    expect(decide(worker, 'plan_handover', facts({ isInCareTeam: true })).allowed).toBe(true);
    expect(decide(manager, 'plan_handover', facts({ isInCareTeam: true })).allowed).toBe(true);
    expect(decide(admin, 'plan_handover')).toEqual({ allowed: true, basis: 'administration' });
    expect(decide(self, 'plan_handover').allowed).toBe(false);
    expect(decide(worker, 'plan_handover').allowed).toBe(false);
    expect(decide(worker, 'plan_handover', facts({ hasBreakGlass: true })).allowed).toBe(false);
    expect(decide(manager, 'plan_handover', facts({ isInManagedTeam: true })).allowed).toBe(false);
    expect(decide(carer, 'plan_handover', allScopes).allowed).toBe(false);

    expect(decide(self, 'read_handovers')).toEqual({ allowed: true, basis: 'self' });
    expect(decide(worker, 'read_handovers', facts({ isInCareTeam: true })).allowed).toBe(true);
    expect(decide(worker, 'read_handovers', facts({ hasBreakGlass: true })).allowed).toBe(false);
    expect(decide(carer, 'read_handovers', allScopes).allowed).toBe(false);
    expect(decide(researcher, 'read_handovers').allowed).toBe(false);

    expect(decide(self, 'add_to_handover_note')).toEqual({ allowed: true, basis: 'self' });
    expect(decide(worker, 'add_to_handover_note', facts({ isInCareTeam: true })).allowed).toBe(false);
    expect(decide(admin, 'add_to_handover_note').allowed).toBe(false);
    expect(decide(carer, 'add_to_handover_note', allScopes).allowed).toBe(false);
  });
});

describe('decidePersonAccess for messages with the care team', () => {
  const both = ['read_messages', 'send_message'] as const;
  const worker = actor('worker', { workerId: 'w-1' });

  it('lets the person and their care team read and send messages', () => {
    const self = actor('service_user', { personId: PERSON });
    for (const action of both) {
      expect(decidePersonAccess(self, PERSON, action, facts())).toEqual({ allowed: true, basis: 'self' });
      expect(decidePersonAccess(self, 'p-2', action, facts()).allowed).toBe(false);
      expect(decidePersonAccess(worker, PERSON, action, facts({ isInCareTeam: true }))).toEqual({
        allowed: true,
        basis: 'care_team',
      });
    }
  });

  it('lets a carer in only when the person shares their messages with them', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    for (const action of both) {
      expect(decidePersonAccess(carer, PERSON, action, facts({ carerScopes: ['messages'] }))).toEqual({
        allowed: true,
        basis: 'carer_consent',
      });
      expect(
        decidePersonAccess(carer, PERSON, action, facts({ carerScopes: ['care_team', 'contacts', 'care_plan'] }))
          .allowed,
      ).toBe(false);
    }
  });

  it('keeps out a worker who broke glass, a worker outside the care team, managers outside it, administrators and researchers', () => {
    const outsiders = [
      [worker, facts({ hasBreakGlass: true })],
      [worker, facts()],
      [actor('team_manager', { workerId: 'w-9' }), facts({ isInManagedTeam: true })],
      [actor('admin'), facts()],
      [actor('researcher'), facts({ isInCareTeam: true })],
    ] as const;
    for (const [who, known] of outsiders) {
      for (const action of both) expect(decidePersonAccess(who, PERSON, action, known).allowed).toBe(false);
    }
  });

  it('lets a manager who is in the person’s care team take part like any member', () => {
    const manager = actor('team_manager', { workerId: 'w-9' });
    expect(decidePersonAccess(manager, PERSON, 'send_message', facts({ isInCareTeam: true })).allowed).toBe(true);
  });
});

describe('decidePersonAccess for risk formulations, positive risk-taking plans and safety plans', () => {
  const self = actor('service_user', { personId: PERSON });
  const worker = actor('worker', { workerId: 'w-1' });
  const allowed = (a: Actor, action: Parameters<typeof decidePersonAccess>[2], f = facts()) =>
    decidePersonAccess(a, PERSON, action, f);

  it('lets the person read and write their own, but not record that it was discussed with them', () => {
    for (const action of ['read_risk', 'write_risk', 'read_safety_plan', 'write_safety_plan'] as const)
      expect(allowed(self, action)).toEqual({ allowed: true, basis: 'self' });
    expect(allowed(self, 'record_risk_discussion').allowed).toBe(false);
    expect(decidePersonAccess(self, 'p-2', 'read_risk', facts()).allowed).toBe(false);
  });

  it('lets the care team read, write and record the discussion', () => {
    for (const action of [
      'read_risk',
      'write_risk',
      'record_risk_discussion',
      'read_safety_plan',
      'write_safety_plan',
    ] as const)
      expect(allowed(worker, action, facts({ isInCareTeam: true }))).toEqual({ allowed: true, basis: 'care_team' });
  });

  it('lets a worker who broke glass read them, never write them or record a discussion', () => {
    const glass = facts({ hasBreakGlass: true });
    expect(allowed(worker, 'read_risk', glass)).toEqual({ allowed: true, basis: 'break_glass' });
    expect(allowed(worker, 'read_safety_plan', glass)).toEqual({ allowed: true, basis: 'break_glass' });
    for (const action of ['write_risk', 'record_risk_discussion', 'write_safety_plan'] as const)
      expect(allowed(worker, action, glass).allowed).toBe(false);
    expect(allowed(worker, 'read_risk').allowed).toBe(false);
  });

  it('keeps carers (whatever they are shown), managers, administrators and researchers out of the risk formulation', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    const manager = actor('team_manager', { workerId: 'w-9' });
    for (const action of ['read_risk', 'write_risk', 'record_risk_discussion'] as const) {
      expect(allowed(carer, action, facts({ carerScopes: ['care_team', 'contacts', 'care_plan'] })).allowed).toBe(
        false,
      );
      expect(allowed(manager, action, facts({ isInManagedTeam: true })).allowed).toBe(false);
      expect(allowed(actor('admin'), action).allowed).toBe(false);
      expect(allowed(actor('researcher'), action, facts({ isInCareTeam: true })).allowed).toBe(false);
    }
  });
});
