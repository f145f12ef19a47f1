import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../../test/support/analytics-world';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestApp((opened) => ({ t, app } = opened));
beforeAll(async () => {
  world = await buildAnalyticsWorld(t);
});

const period = `from=${QUARTER.from}&to=${QUARTER.to}`;

describe('analytics API', () => {
  it('needs a session, and refuses a worker the dashboard with 403', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/analytics/continuity' })).statusCode).toBe(401);
    const worker = await signInAs(app, world.coordinatorActor.username);
    for (const url of [
      '/api/v1/analytics/continuity',
      '/api/v1/analytics/continuity/sites',
      '/api/v1/analytics/service-figures',
      '/api/v1/analytics/relationship',
      '/api/v1/analytics/exports/continuity-people',
    ]) {
      const response = await worker.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
  });

  it('shows a manager their team with its site’s teams, and refuses another team', async () => {
    const manager = await signInAs(app, world.manager.username);
    const response = await manager.request({ method: 'GET', url: `/api/v1/analytics/continuity?${period}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ window: QUARTER, team: { name: 'Team A, North' }, overall: { people: 3 } });
    expect(body.overall.measures.contacts).toEqual({ n: 3, mean: 5 / 3, median: 1, q1: 0.5, q3: 2.5, min: 0, max: 4 });
    expect(body.byTeam.map((team: { teamName: string }) => team.teamName)).toEqual(['Team A, North', 'Team B']);
    expect(JSON.stringify(body)).not.toMatch(/Sam Taylor|Ria Patel/);
    const other = await manager.request({
      method: 'GET',
      url: `/api/v1/analytics/continuity?teamId=${world.teams.c.id}`,
    });
    expect(other.statusCode).toBe(403);
    const sites = await manager.request({ method: 'GET', url: `/api/v1/analytics/continuity/sites?${period}` });
    expect(sites.json().bySite.map((s: { siteName: string }) => s.siteName)).toEqual(['North', 'South']);
    expect(sites.json().tests.contacts).toHaveProperty('epsilonSquared');
    const relationship = await manager.request({ method: 'GET', url: `/api/v1/analytics/relationship?${period}` });
    expect(relationship.statusCode).toBe(200);
    expect(relationship.json()).toMatchObject({
      team: { name: 'Team A, North' },
      minimumGroupSize: 3,
      siteTests: { personFeedback: { groups: 0, epsilonSquared: null } },
    });
    expect(relationship.json().correlations.feedbackWithRecovery).toHaveProperty('method');
    expect(
      (await manager.request({ method: 'GET', url: '/api/v1/analytics/relationship?from=2026-13-01' })).statusCode,
    ).toBe(400);
    const service = await manager.request({ method: 'GET', url: `/api/v1/analytics/service-figures?${period}` });
    expect(service.json().overall.reviews).toEqual({
      due: 4,
      heldInTime: 1,
      heldLate: 1,
      overdue: 1,
      shareHeldInTime: 0.25,
    });
  });

  it('answers 400 with the reason for bad filters', async () => {
    const admin = await signInAs(app, world.admin.username);
    const badDate = await admin.request({ method: 'GET', url: '/api/v1/analytics/continuity?from=2026-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.message).toMatch(/YYYY-MM-DD/);
    expect((await admin.request({ method: 'GET', url: '/api/v1/analytics/continuity?teamId=nope' })).statusCode).toBe(
      400,
    );
    const backwards = await admin.request({
      method: 'GET',
      url: '/api/v1/analytics/continuity?from=2026-03-01&to=2026-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: '/api/v1/analytics/exports/everything' })).statusCode).toBe(400);
    expect(
      (await admin.request({ method: 'GET', url: `/api/v1/analytics/continuity?teamId=${world.teams.c.id}` }))
        .statusCode,
    ).toBe(200);
  });

  it('exports CSV with a header row, quoting, no service user names and a guard against formulas', async () => {
    const manager = await signInAs(app, world.manager.username);
    const response = await manager.request({
      method: 'GET',
      url: `/api/v1/analytics/exports/continuity-people?${period}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="tandem-continuity-people-${QUARTER.from}-to-${QUARTER.to}.csv"`,
    );
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      'person_id,team,care_coordinator,contacts,workers,upc,upc_care_coordinator,coc,secon,mmci,hhi,care_coordinators,care_coordinator_changes,days_without_care_coordinator',
    );
    expect(lines).toHaveLength(3 + 2); // header, three people, and the empty string after the last CRLF
    expect(response.body).toContain(`${world.people.p2.id},"Team A, North","'=Bo ""Bee"" Lee",1,1,1,1,,,1,1,2,1,0\r\n`);
    expect(response.body).not.toMatch(/Sam Taylor|Ria Patel|Lou Brown/);
  });

  it('gives a researcher pseudonymised CSV with stable pseudonyms and no names, and no one else', async () => {
    const researcher = await signInAs(app, world.researcher.username);
    const url = `/api/v1/analytics/research/contacts?${period}`;
    const first = await researcher.request({ method: 'GET', url });
    const second = await researcher.request({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    expect(first.body.split('\r\n')[0]).toBe(
      'person,team,site,workers,occurred_at,duration_minutes,admin_minutes,mode,kind,beyond_routine',
    );
    expect(second.body).toBe(first.body);
    for (const secret of ['Sam Taylor', 'Alex Morgan', 'Private note', world.people.p1.id, world.workers.w1.id])
      expect(first.body).not.toContain(secret);
    expect(first.body).toMatch(/\r\nP[0-9a-f]{16},T[0-9a-f]{16},S[0-9a-f]{16},W[0-9a-f]{16}/);
    const periods = await researcher.request({
      method: 'GET',
      url: `/api/v1/analytics/research/care-team-periods?${period}`,
    });
    expect(periods.statusCode).toBe(200);
    const ratings = await researcher.request({ method: 'GET', url: `/api/v1/analytics/research/ratings?${period}` });
    expect(ratings.body.split('\r\n')[0]).toBe('person,team,site,completed_at,instrument,version,item,answer');
    const feedback = await researcher.request({ method: 'GET', url: `/api/v1/analytics/research/feedback?${period}` });
    expect(feedback.body.split('\r\n')[0]).toBe('person,worker,team,site,meeting_at,respondent,score');
    const manager = await signInAs(app, world.manager.username);
    expect(
      (await manager.request({ method: 'GET', url: `/api/v1/analytics/research/feedback?${period}` })).statusCode,
    ).toBe(403);
    expect((await manager.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await researcher.request({ method: 'GET', url: '/api/v1/analytics/continuity' })).statusCode).toBe(403);
  });

  it('tells a person their own continuity in plain words, and refuses a stranger with 403', async () => {
    const person = await signInAs(app, world.personActor.username);
    const own = await person.request({ method: 'GET', url: `/api/v1/people/${world.people.p1.id}/continuity` });
    expect(own.statusCode).toBe(200);
    expect(own.json().sentences[0]).toBe('1 care coordinator in the last 12 months.');
    expect(own.json()).not.toHaveProperty('basis');
    const stranger = await createFactories(t).account('worker', { workerId: world.workers.w4.id });
    const refused = await (
      await signInAs(app, stranger.username)
    ).request({ method: 'GET', url: `/api/v1/people/${world.people.p1.id}/continuity` });
    expect(refused.statusCode).toBe(403);
    const otherPerson = await person.request({ method: 'GET', url: `/api/v1/people/${world.people.p2.id}/continuity` });
    expect(otherPerson.statusCode).toBe(403);
  });
});
