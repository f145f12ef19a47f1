import { describe, expect, it } from 'vitest';
import type { Me } from '../../../shared/api/sessions.responses';
import { navigationFor } from './navigation-for';

const me = (role: Me['role'], workerId: string | null = null): Me =>
  ({ accountId: 'a1', username: 'u', role, displayName: 'U', workerId, personId: null, carerId: null }) as Me;

describe('navigationFor', () => {
  it('offers the continuity dashboard to team managers and administrators', () => {
    expect(navigationFor(me('team_manager', 'w1')).map((link) => link.to)).toEqual([
      '/team',
      '/dashboard',
      '/supervision',
      '/caseload',
      '/messages',
      '/reflections',
      '/ips/figures',
      '/college/figures',
    ]);
    expect(navigationFor(me('admin')).map((link) => link.to)).toEqual([
      '/admin',
      '/dashboard',
      '/ips/figures',
      '/college/manage',
    ]);
  });

  it('does not offer it to workers, researchers or service users', () => {
    for (const role of ['worker', 'researcher', 'service_user', 'carer'] as const) {
      expect(navigationFor(me(role)).some((link) => link.to === '/dashboard')).toBe(false);
    }
  });

  it('offers workers their team inbox, reflective log and IPS caseload', () => {
    expect(navigationFor(me('worker', 'w1')).map((link) => link.to)).toEqual([
      '/caseload',
      '/messages',
      '/reflections',
      '/ips',
    ]);
    const person = { ...me('service_user'), personId: 'p1' };
    // Two links keep the header short on a phone; messages and work are linked from the person's record.
    expect(navigationFor(person).map((link) => link.to)).toEqual(['/my-page', '/my-safety-plan']);
  });

  it('gives a service user their safety plan one tap from every page', () => {
    expect(navigationFor(me('service_user')).map((link) => link.to)).toEqual(['/my-page', '/my-safety-plan']);
  });
});
