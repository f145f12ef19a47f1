import { describe, expect, it } from 'vitest';
import type { Me } from '../shared/api/sessions.responses';
import { APP_PAGES, canOpen, pageAt } from './app-pages';

const me = (role: Me['role'], ids: Partial<Pick<Me, 'workerId' | 'personId' | 'carerId'>> = {}): Me => ({
  accountId: 'a1',
  username: 'u',
  role,
  displayName: 'U',
  workerId: null,
  personId: null,
  carerId: null,
  ...ids,
});

const person = '/people/p1';

describe('canOpen', () => {
  it('offers an administrator the person’s record but not their care plan, reviews or a meeting', () => {
    const admin = me('admin');
    expect(canOpen(admin, person)).toBe(true);
    expect(canOpen(admin, `${person}/care-plan`)).toBe(false);
    expect(canOpen(admin, `${person}/care-plan/compare`)).toBe(false);
    expect(canOpen(admin, `${person}/reviews`)).toBe(false);
    expect(canOpen(admin, `${person}/meetings/new`)).toBe(false);
  });

  it('offers a team manager a care plan only when the page does not know they cannot read it', () => {
    const manager = me('team_manager');
    expect(canOpen(manager, person)).toBe(true);
    expect(canOpen(manager, `${person}/care-plan`, { canReadCarePlan: false })).toBe(false);
    expect(canOpen(manager, `${person}/care-plan`, { canReadCarePlan: true })).toBe(true);
    expect(canOpen(manager, `${person}/reviews`, { canReadCarePlan: false })).toBe(false);
  });

  it('keeps a service user to their own record and questionnaires', () => {
    const jo = me('service_user', { personId: 'p1' });
    expect(canOpen(jo, person)).toBe(true);
    expect(canOpen(jo, `${person}/care-plan`)).toBe(true);
    expect(canOpen(jo, `${person}/questionnaires/q1`)).toBe(true);
    expect(canOpen(jo, '/people/p2')).toBe(false);
    expect(canOpen(jo, '/people/p2/care-plan')).toBe(false);
    expect(canOpen(jo, '/caseload')).toBe(false);
  });

  it('gives a caseload and its calendar only to accounts that work with people', () => {
    expect(canOpen(me('worker', { workerId: 'w1' }), '/caseload')).toBe(true);
    expect(canOpen(me('team_manager', { workerId: 'w1' }), '/calendar-feed')).toBe(true);
    expect(canOpen(me('team_manager'), '/caseload')).toBe(false);
    expect(canOpen(me('team_manager'), '/calendar-feed')).toBe(false);
  });

  it('lets only a worker who may record start a meeting', () => {
    const worker = me('worker', { workerId: 'w1' });
    expect(canOpen(worker, `${person}/meetings/new`)).toBe(true);
    expect(canOpen(worker, `${person}/meetings/new`, { canRecordContact: false })).toBe(false);
    expect(canOpen(me('team_manager', { workerId: 'w1' }), `${person}/meetings/new`)).toBe(false);
  });

  it('offers a researcher no one’s record, and nobody an address the app does not answer', () => {
    expect(canOpen(me('researcher'), person)).toBe(false);
    expect(canOpen(me('researcher'), '/organisation')).toBe(true);
    expect(canOpen(me('admin'), '/no-such-page')).toBe(false);
    expect(canOpen(me('admin'), '/admin/teams?x=1#top')).toBe(true);
  });
});

describe('pageAt', () => {
  it('finds the most specific page for every address in the list', () => {
    for (const page of Object.values(APP_PAGES)) {
      const address = page.path.replace(/:(\w+)/g, 'x');
      expect(pageAt(address)?.page.path).toBe(page.path);
    }
  });
});
