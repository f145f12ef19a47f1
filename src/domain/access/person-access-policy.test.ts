import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor';
import type { AccountRole } from '../accounts/account-role';
import { decidePersonAccess, type PersonAccessFacts } from './person-access-policy';

const PERSON = 'p-1';
const actor = (role: AccountRole, extra: Partial<Actor> = {}): Actor => ({
  accountId: 'a-1', username: 'u', role, displayName: 'U', workerId: null, personId: null, carerId: null, ...extra,
});
const facts = (extra: Partial<PersonAccessFacts> = {}): PersonAccessFacts => ({
  personExists: true, isInCareTeam: false, hasBreakGlass: false, isInManagedTeam: false, carerScopes: null, ...extra,
});

describe('decidePersonAccess', () => {
  it('lets a worker in the care team read and record contacts', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_contacts', facts({ isInCareTeam: true }))).toEqual({ allowed: true, basis: 'care_team' });
    expect(decidePersonAccess(worker, PERSON, 'record_contact', facts({ isInCareTeam: true })).allowed).toBe(true);
  });

  it('refuses a worker outside the care team unless they broke glass', () => {
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_summary', facts()).allowed).toBe(false);
    expect(decidePersonAccess(worker, PERSON, 'read_summary', facts({ hasBreakGlass: true }))).toEqual({ allowed: true, basis: 'break_glass' });
  });

  it('lets a service user read their own record but nobody else’s, and not record contacts', () => {
    const self = actor('service_user', { personId: PERSON });
    expect(decidePersonAccess(self, PERSON, 'read_access_log', facts())).toEqual({ allowed: true, basis: 'self' });
    expect(decidePersonAccess(self, 'p-2', 'read_summary', facts()).allowed).toBe(false);
    expect(decidePersonAccess(self, PERSON, 'record_contact', facts()).allowed).toBe(false);
  });

  it('shows a carer contacts only when the person shares them', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    expect(decidePersonAccess(carer, PERSON, 'read_contacts', facts({ carerScopes: ['care_team'] })).allowed).toBe(false);
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
    expect(decidePersonAccess(actor('researcher'), PERSON, 'read_summary', facts({ isInCareTeam: true })).allowed).toBe(false);
    const worker = actor('worker', { workerId: 'w-1' });
    expect(decidePersonAccess(worker, PERSON, 'read_summary', facts({ personExists: false, isInCareTeam: true })).allowed).toBe(false);
  });
});
