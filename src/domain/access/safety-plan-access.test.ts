import { describe, expect, it } from 'vitest';
import { policyActor, policyFacts } from '../../../test/support/access-fixtures';
import type { Actor } from '../accounts/actor';
import { decidePersonAccess, type PersonAccessFacts, type PersonAction } from './person-access-policy';

const PERSON = 'p-1';
const actor = policyActor;
const facts = policyFacts;
const may = (who: Actor, action: PersonAction, with_: Partial<PersonAccessFacts> = {}) =>
  decidePersonAccess(who, PERSON, action, facts(with_)).allowed;

describe('the safety plan and its share links, for every role', () => {
  it('the person shares their own plan; nobody else’s', () => {
    expect(may(actor('service_user', { personId: PERSON }), 'share_safety_plan')).toBe(true);
    expect(may(actor('service_user', { personId: 'p-2' }), 'share_safety_plan')).toBe(false);
  });

  it('a care-team worker may share it (with the person’s consent, which the use case requires); another worker may not', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(may(worker, 'share_safety_plan', { isInCareTeam: true })).toBe(true);
    expect(may(worker, 'share_safety_plan')).toBe(false);
  });

  it('breaking glass never makes a link', () => {
    expect(may(actor('worker', { workerId: 'w-1' }), 'share_safety_plan', { hasBreakGlass: true })).toBe(false);
  });

  it('carers, managers, administrators and researchers make no links', () => {
    expect(may(actor('carer', { carerId: 'c-1' }), 'share_safety_plan', { carerScopes: ['care_team'] })).toBe(false);
    expect(may(actor('team_manager', { workerId: 'w-9' }), 'share_safety_plan', { isInManagedTeam: true })).toBe(false);
    expect(may(actor('admin'), 'share_safety_plan')).toBe(false);
    expect(may(actor('researcher'), 'share_safety_plan')).toBe(false);
  });

  it('the person reads and writes their plan; the care team reads it and proposes; break glass reads it, never writes', () => {
    const self = actor('service_user', { personId: PERSON });
    expect(may(self, 'read_safety_plan')).toBe(true);
    expect(may(self, 'write_safety_plan')).toBe(true);
    const worker = actor('worker', { workerId: 'w-1' });
    expect(may(worker, 'read_safety_plan', { isInCareTeam: true })).toBe(true);
    expect(may(worker, 'write_safety_plan', { isInCareTeam: true })).toBe(true);
    expect(may(worker, 'read_safety_plan')).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'read_safety_plan', facts({ hasBreakGlass: true }))).toEqual({
      allowed: true,
      basis: 'break_glass',
    });
    expect(may(worker, 'write_safety_plan', { hasBreakGlass: true })).toBe(false);
  });

  it('a carer reads it only with the safety plan scope the person chose, and never writes it', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    expect(may(carer, 'read_safety_plan', { carerScopes: ['care_plan', 'contacts', 'care_team'] })).toBe(false);
    expect(may(carer, 'read_safety_plan', { carerScopes: ['safety_plan'] })).toBe(true);
    expect(may(carer, 'write_safety_plan', { carerScopes: ['safety_plan'] })).toBe(false);
  });

  it('managers see figures, not the plan; administrators and researchers do not see it', () => {
    expect(may(actor('team_manager', { workerId: 'w-9' }), 'read_safety_plan', { isInManagedTeam: true })).toBe(false);
    expect(may(actor('admin'), 'read_safety_plan')).toBe(false);
    expect(may(actor('researcher'), 'read_safety_plan')).toBe(false);
  });
});
