import { describe, expect, it } from 'vitest';
import type { AccountRole } from '../accounts/account-role';
import type { Actor } from '../accounts/actor';
import { decideReflectionAccess, type ReflectionAccessFacts, type ReflectionAction } from './reflection-access-policy';

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
const facts = (extra: Partial<ReflectionAccessFacts> = {}): ReflectionAccessFacts => ({
  isOwnLog: false,
  isShared: false,
  isSupervisor: false,
  ...extra,
});
const ACTIONS: ReflectionAction[] = ['write', 'read', 'share', 'reply', 'record_supervision'];

describe('decideReflectionAccess', () => {
  const worker = actor('worker', { workerId: 'w-1' });
  const manager = actor('team_manager', { workerId: 'w-9' });

  it('lets a worker write, read, share and answer in their own log', () => {
    for (const action of ['write', 'read', 'share', 'reply'] as const) {
      expect(decideReflectionAccess(worker, action, facts({ isOwnLog: true }))).toBe(true);
    }
    expect(decideReflectionAccess(worker, 'record_supervision', facts({ isOwnLog: true }))).toBe(false);
  });

  it('keeps an entry private from the supervisor until the worker shares it', () => {
    expect(decideReflectionAccess(manager, 'read', facts({ isSupervisor: true }))).toBe(false);
    expect(decideReflectionAccess(manager, 'reply', facts({ isSupervisor: true }))).toBe(false);
    expect(decideReflectionAccess(manager, 'read', facts({ isSupervisor: true, isShared: true }))).toBe(true);
    expect(decideReflectionAccess(manager, 'reply', facts({ isSupervisor: true, isShared: true }))).toBe(true);
    expect(decideReflectionAccess(manager, 'share', facts({ isSupervisor: true, isShared: true }))).toBe(false);
  });

  it('lets only the supervisor record supervision, and never read a shared entry of another team', () => {
    expect(decideReflectionAccess(manager, 'record_supervision', facts({ isSupervisor: true }))).toBe(true);
    expect(decideReflectionAccess(manager, 'record_supervision', facts())).toBe(false);
    expect(decideReflectionAccess(manager, 'read', facts({ isShared: true }))).toBe(false);
    expect(decideReflectionAccess(worker, 'read', facts({ isShared: true }))).toBe(false);
    expect(decideReflectionAccess(worker, 'record_supervision', facts({ isSupervisor: true }))).toBe(false);
  });

  it('never opens a log to a service user, a carer, an administrator, a researcher or an account with no worker', () => {
    const everything = facts({ isOwnLog: true, isShared: true, isSupervisor: true });
    for (const who of [
      actor('service_user', { personId: 'p-1' }),
      actor('carer', { carerId: 'c-1' }),
      actor('admin'),
      actor('researcher'),
      actor('worker'),
    ]) {
      for (const action of ACTIONS) expect(decideReflectionAccess(who, action, everything)).toBe(false);
    }
  });
});
