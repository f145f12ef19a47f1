import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor';
import type { AccountRole } from '../accounts/account-role';
import { decidePersonAccess, type PersonAccessFacts } from './person-access-policy';

const PERSON = 'p-1';
const actor = (role: AccountRole, extra: Partial<Actor> = {}): Actor => ({
  accountId: 'a-1',
  username: 'u',
  role,
  displayName: 'U',
  workerId: null,
  personId: null,
  carerId: null,
  ...extra,
});
const may = (who: Actor, with_: Partial<PersonAccessFacts> = {}) =>
  decidePersonAccess(who, PERSON, 'read_college_life', {
    personExists: true,
    isInCareTeam: false,
    hasBreakGlass: false,
    isInManagedTeam: false,
    carerScopes: null,
    ...with_,
  });

describe('reading a person’s college life, for every role', () => {
  it('lets the person read their own, and no other person’s', () => {
    expect(may(actor('service_user', { personId: PERSON }))).toEqual({ allowed: true, basis: 'self' });
    expect(may(actor('service_user', { personId: 'p-2' })).allowed).toBe(false);
  });

  it('lets the care team read it (what they see then depends on the person sharing it), and no other worker', () => {
    expect(may(actor('worker', { workerId: 'w-1' }), { isInCareTeam: true })).toEqual({
      allowed: true,
      basis: 'care_team',
    });
    expect(may(actor('worker', { workerId: 'w-2' })).allowed).toBe(false);
  });

  it('is not opened by breaking glass', () => {
    expect(may(actor('worker', { workerId: 'w-2' }), { hasBreakGlass: true }).allowed).toBe(false);
  });

  it('is not shown to a carer, with or without every scope the person can give', () => {
    expect(may(actor('carer', { carerId: 'c-1' })).allowed).toBe(false);
    expect(
      may(actor('carer', { carerId: 'c-1' }), {
        carerScopes: ['care_team', 'contacts', 'care_plan', 'messages', 'ips', 'safety_plan'],
      }).allowed,
    ).toBe(false);
  });

  it('is shown to a manager only as a member of the care team, never for managing the team', () => {
    expect(may(actor('team_manager', { workerId: 'w-9' }), { isInManagedTeam: true }).allowed).toBe(false);
    expect(may(actor('team_manager', { workerId: 'w-9' }), { isInCareTeam: true }).allowed).toBe(true);
  });

  it('is not shown to administrators, researchers or students', () => {
    expect(may(actor('admin')).allowed).toBe(false);
    expect(may(actor('researcher')).allowed).toBe(false);
    expect(may(actor('student')).allowed).toBe(false);
  });
});
