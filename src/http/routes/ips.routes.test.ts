import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp, type SignedInClient } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const profile = {
  baseRevision: 0,
  workWanted: 'Something outdoors, maybe gardening',
  hoursWanted: 'Mornings, about 16 hours',
  strengths: 'I am reliable and good with my hands',
  history: 'Two years in a garden centre',
  whatHelped: 'A manager who checked in',
  whatGotInTheWay: 'Early starts',
  disclosure: 'partial',
  disclosureTo: 'My line manager only',
  disclosureHow: 'That I have a health condition, nothing more',
};

/** A person in a team with an employment specialist (not yet in their care team) and a stranger. */
async function ipsWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const specialist = await f.worker({ teamId: world.team.id, name: 'Kim Okafor', profession: 'Employment specialist' });
  const specialistActor = await f.account('worker', { workerId: specialist.id });
  return { ...world, specialist, specialistActor };
}

async function employer(client: SignedInClient, name = 'Green Spaces Ltd'): Promise<string> {
  const created = await client.request({
    method: 'POST',
    url: '/api/v1/ips/employers',
    payload: { name, sector: 'Gardening', town: 'Leeds' },
  });
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
}

describe('IPS API', () => {
  it('takes a self-referral: the person refers themselves, a specialist of their team takes it and joins the care team', async () => {
    const world = await ipsWorld();
    const me = await signInAs(app, world.personActor.username);
    const referred = await me.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/ips/referrals`,
      payload: { note: 'I want to work again' },
    });
    expect(referred.statusCode).toBe(201);
    expect(referred.json()).toMatchObject({ isSelfReferral: true, referredOn: '2026-06-15', specialistWorkerId: null });
    const again = await me.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/ips/referrals`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);

    const specialist = await signInAs(app, world.specialistActor.username);
    const before = await specialist.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/ips` });
    expect(before.statusCode).toBe(403);
    const caseload = await specialist.request({ method: 'GET', url: '/api/v1/ips/caseload' });
    expect(caseload.json().waiting).toEqual([
      { personId: world.person.id, personName: 'Sam Taylor', referredOn: '2026-06-15', isSelfReferral: true },
    ]);
    const taken = await specialist.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/ips/referrals/take`,
    });
    expect(taken.statusCode).toBe(200);
    const record = await specialist.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/ips` });
    expect(record.statusCode).toBe(200);
    expect(record.json().specialists).toEqual([{ id: world.specialist.id, name: 'Kim Okafor', since: '2026-06-15' }]);
    const after = (await specialist.request({ method: 'GET', url: '/api/v1/ips/caseload' })).json();
    expect(after.waiting).toEqual([]);
    expect(after.people).toMatchObject([{ personId: world.person.id, daysSinceReferral: 0, currentJob: null }]);
    const twice = await specialist.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/ips/referrals/take`,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps the person’s words in the profile and refuses a stale edit with 409 and the current words', async () => {
    const world = await ipsWorld();
    const me = await signInAs(app, world.personActor.username);
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}/ips/profile`;
    const first = await me.request({ method: 'PUT', url, payload: profile });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ revision: 1, isWrittenByPerson: true, workWanted: profile.workWanted });
    const stale = await coordinator.request({ method: 'PUT', url, payload: { ...profile, workWanted: 'Office work' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ revision: 1, workWanted: profile.workWanted });
    const next = await coordinator.request({
      method: 'PUT',
      url,
      payload: { ...profile, baseRevision: 1, hoursWanted: 'Mornings' },
    });
    expect(next.json()).toMatchObject({ revision: 2, isWrittenByPerson: false, workWanted: profile.workWanted });
    const bad = await me.request({
      method: 'PUT',
      url,
      payload: { ...profile, baseRevision: 2, disclosure: 'tell everyone' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^Telling employers about my mental health: /);
  });

  it('records employer contacts and jobs, refusing bad dates, pay, hours and unknown employers, and changing nothing', async () => {
    const world = await ipsWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const employerId = await employer(coordinator);
    const jobs = `/api/v1/people/${world.person.id}/ips/jobs`;
    const job = {
      employerId,
      kind: 'job',
      title: 'Gardener',
      startsOn: '2026-06-01',
      hoursPerWeek: 16,
      hourlyPay: 12.21,
      isCompetitive: true,
    };
    const refusals = [
      [{ ...job, endsOn: '2026-05-01', endReason: 'resigned' }, 'The last day cannot be before the first day.'],
      [{ ...job, hoursPerWeek: -3 }, 'Hours a week are more than 0.'],
      [{ ...job, hourlyPay: -1 }, 'Pay an hour (£): pay cannot be negative.'],
      [{ ...job, employerId: world.person.id }, 'That employer is not known to Tandem.'],
      [{ ...job, startsOn: '2026-07-01' }, 'A job’s first day cannot be in the future.'],
    ] as const;
    for (const [payload, message] of refusals) {
      const refused = await coordinator.request({ method: 'POST', url: jobs, payload });
      expect(refused.statusCode, message).toBe(400);
      expect(refused.json().error.message).toBe(message);
    }
    expect(await t.repositories.ips.listJobs(world.person.id)).toEqual([]);

    const created = await coordinator.request({ method: 'POST', url: jobs, payload: job });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ hourlyPay: 12.21, revision: 1, employerName: 'Green Spaces Ltd' });
    const jobUrl = `${jobs}/${created.json().id}`;
    const ended = await coordinator.request({
      method: 'PUT',
      url: jobUrl,
      payload: { ...job, baseRevision: 1, endsOn: '2026-06-10', endReason: 'moved_to_better_job' },
    });
    expect(ended.json()).toMatchObject({ revision: 2, endsOn: '2026-06-10' });
    const stale = await coordinator.request({ method: 'PUT', url: jobUrl, payload: { ...job, baseRevision: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ revision: 2, endsOn: '2026-06-10' });

    // About the person: only once they agreed to disclosure.
    const contact = {
      employerId,
      personId: world.person.id,
      contactedOn: '2026-06-12',
      isFaceToFace: true,
      metWhom: 'Head gardener',
      purpose: 'follow_along',
      outcome: 'Going well',
    };
    const undisclosed = await coordinator.request({
      method: 'POST',
      url: '/api/v1/ips/employer-contacts',
      payload: contact,
    });
    expect(undisclosed.statusCode).toBe(409);
    await coordinator.request({
      method: 'PUT',
      url: `/api/v1/people/${world.person.id}/ips/profile`,
      payload: profile,
    });
    const disclosed = await coordinator.request({
      method: 'POST',
      url: '/api/v1/ips/employer-contacts',
      payload: contact,
    });
    expect(disclosed.statusCode).toBe(201);
    const general = await coordinator.request({
      method: 'POST',
      url: '/api/v1/ips/employer-contacts',
      payload: { ...contact, personId: null, purpose: 'job_development' },
    });
    expect(general.statusCode).toBe(201);
    const record = (await coordinator.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/ips` })).json();
    expect(record.employerContacts).toHaveLength(1);
    expect(record.jobs).toMatchObject([{ title: 'Gardener', endReason: 'moved_to_better_job' }]);
    const [event] = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(event).toMatchObject({ action: 'ips.read', basis: 'care_team' });
  });

  it('refuses strangers, break glass, managers outside the care team and carers without the scope; allows the scope', async () => {
    const world = await ipsWorld();
    const f = createFactories(t);
    const url = `/api/v1/people/${world.person.id}/ips`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const stranger = await signInAs(app, world.strangerActor.username);
    expect((await stranger.request({ method: 'GET', url })).statusCode).toBe(403);
    const glass = await stranger.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/break-glass`,
      payload: { reason: 'Crisis call at night' },
    });
    expect(glass.statusCode).toBe(201);
    expect((await stranger.request({ method: 'GET', url })).statusCode).toBe(403);
    const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: world.team.id })).id });
    expect((await (await signInAs(app, manager.username)).request({ method: 'GET', url })).statusCode).toBe(403);
    const admin = await signInAs(app, world.admin.username);
    expect((await admin.request({ method: 'GET', url })).statusCode).toBe(403);
    const without = await f.carerFor(world.person.id, ['care_team', 'contacts', 'care_plan']);
    const carer = await f.account('carer', { carerId: without });
    expect((await (await signInAs(app, carer.username)).request({ method: 'GET', url })).statusCode).toBe(403);
    const withScope = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['ips']) });
    const shared = await (await signInAs(app, withScope.username)).request({ method: 'GET', url });
    expect(shared.statusCode).toBe(200);
    const carerWrites = await (
      await signInAs(app, withScope.username)
    ).request({
      method: 'PUT',
      url: `${url}/profile`,
      payload: profile,
    });
    expect(carerWrites.statusCode).toBe(403);
    const strangerRefers = await stranger.request({ method: 'POST', url: `${url}/referrals`, payload: {} });
    expect(strangerRefers.statusCode).toBe(403);
    expect(await t.repositories.ips.listReferrals(world.person.id)).toEqual([]);
  });

  it('ends support with a reason, refusing bad input, and records benefits advice with who gave it and what it covered', async () => {
    const world = await ipsWorld();
    const me = await signInAs(app, world.personActor.username);
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const base = `/api/v1/people/${world.person.id}/ips`;
    await me.request({ method: 'POST', url: `${base}/referrals`, payload: { referredOn: '2026-05-01' } });
    const refusals = [
      [{ endReason: 'bored' }, /^Reason it ended: /],
      [{ endReason: 'discharged', endedOn: '2026-04-30' }, /before the referral/],
      [{ endReason: 'discharged', endedOn: '15/06/2026' }, /^Last day of support: /],
    ] as const;
    for (const [payload, message] of refusals) {
      const refused = await coordinator.request({ method: 'POST', url: `${base}/referrals/end`, payload });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.message).toMatch(message);
    }
    const ended = await me.request({
      method: 'POST',
      url: `${base}/referrals/end`,
      payload: { endReason: 'person_chose' },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endedOn: '2026-06-15', endReason: 'person_chose' });
    const twice = await me.request({ method: 'POST', url: `${base}/referrals/end`, payload: { endReason: 'other' } });
    expect(twice.statusCode).toBe(409);

    const advice = `${base}/benefits-advice`;
    const missing = await coordinator.request({
      method: 'POST',
      url: advice,
      payload: { givenOn: '2026-06-10', givenBy: ' ', covered: 'Permitted work' },
    });
    expect(missing.statusCode).toBe(400);
    const byPerson = await me.request({
      method: 'POST',
      url: advice,
      payload: { givenOn: '2026-06-10', givenBy: 'Me', covered: 'Permitted work' },
    });
    expect(byPerson.statusCode).toBe(403);
    const given = await coordinator.request({
      method: 'POST',
      url: advice,
      payload: { givenOn: '2026-06-10', givenBy: 'Pat, welfare rights', covered: 'Hours allowed on current benefits' },
    });
    expect(given.statusCode).toBe(201);
    const record = (await me.request({ method: 'GET', url: base })).json();
    expect(record.benefitsAdvice).toEqual([
      expect.objectContaining({ givenBy: 'Pat, welfare rights', covered: 'Hours allowed on current benefits' }),
    ]);
    expect(record.referrals).toMatchObject([{ endReason: 'person_chose' }]);
  });
});
