import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor';
import type { AccountRole } from '../accounts/account-role';
import { decideBulkExport } from './bulk-export-access-policy';

const actor = (role: AccountRole): Actor => ({
  accountId: `account-${role}`,
  username: role,
  role,
  displayName: role,
  workerId: role === 'worker' || role === 'team_manager' ? 'worker-1' : null,
  personId: role === 'service_user' ? 'person-1' : null,
  carerId: role === 'carer' ? 'carer-1' : null,
});

describe('who may start a bulk export', () => {
  it('lets a researcher export the whole organisation or any team', () => {
    expect(decideBulkExport(actor('researcher'), { level: 'system', teamId: null, managersTeamId: null })).toEqual({
      allowed: true,
    });
    expect(decideBulkExport(actor('researcher'), { level: 'group', teamId: 'team-9', managersTeamId: null })).toEqual({
      allowed: true,
    });
  });

  it('lets a team manager export their own team and nothing wider or else', () => {
    const manager = actor('team_manager');
    expect(decideBulkExport(manager, { level: 'group', teamId: 'team-1', managersTeamId: 'team-1' }).allowed).toBe(
      true,
    );
    expect(decideBulkExport(manager, { level: 'group', teamId: 'team-2', managersTeamId: 'team-1' }).allowed).toBe(
      false,
    );
    expect(decideBulkExport(manager, { level: 'system', teamId: null, managersTeamId: 'team-1' }).allowed).toBe(false);
    expect(decideBulkExport(manager, { level: 'group', teamId: 'team-1', managersTeamId: null }).allowed).toBe(false);
  });

  it.each<AccountRole>(['service_user', 'carer', 'worker', 'admin', 'student'])('refuses a %s', (role) => {
    const decision = decideBulkExport(actor(role), { level: 'system', teamId: null, managersTeamId: null });
    expect(decision).toEqual({ allowed: false, reason: 'Bulk exports are for researchers and team managers.' });
  });
});
