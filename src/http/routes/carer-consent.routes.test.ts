import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const put = (client: SignedInClient, url: string, payload: object) => client.request({ method: 'PUT', url, payload });
const get = (client: SignedInClient, url: string) => client.request({ method: 'GET', url });

async function world() {
  const f = createFactories(t);
  const base = await f.careTeamWorld();
  const carerId = await f.carerFor(base.person.id, ['care_team', 'care_plan']);
  const carerActor = await f.account('carer', { carerId });
  return { ...base, f, carerId, carerActor, sharing: `/api/v1/people/${base.person.id}/carer-sharing` };
}

describe('carer sharing API', () => {
  it('lets the person withdraw a scope, keeps a consent record they read, and refuses the carer’s very next request', async () => {
    const w = await world();
    const carer = await signInAs(app, w.carerActor.username);
    const plan = `/api/v1/people/${w.person.id}/care-plan`;
    expect((await get(carer, plan)).statusCode).toBe(200);

    const person = await signInAs(app, w.personActor.username);
    const changed = await put(person, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: ['care_team'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ sharedScopes: ['care_team'], version: 2 });

    // The same signed-in carer, the very next request: no cached access.
    const refused = await get(carer, plan);
    expect(refused.statusCode).toBe(403);

    const read = (await get(person, w.sharing)).json();
    expect(read.carers).toEqual([expect.objectContaining({ carerId: w.carerId, sharedScopes: ['care_team'] })]);
    expect(read.history[0]).toMatchObject({
      carerId: w.carerId,
      scope: 'care_plan',
      change: 'withdrawn',
      isByPerson: true,
      onBehalfReason: null,
      byName: 'Sam Taylor',
    });
    await t.sealAudit();
    const log = (await get(person, `/api/v1/people/${w.person.id}/access-log`)).json();
    expect(JSON.stringify(log)).toContain('changed what a carer can see');
  });

  it('gives a scope back, and the carer sees that part again', async () => {
    const w = await world();
    const person = await signInAs(app, w.personActor.username);
    await put(person, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: [] });
    const carer = await signInAs(app, w.carerActor.username);
    expect((await get(carer, `/api/v1/people/${w.person.id}/contacts`)).statusCode).toBe(403);
    const given = await put(person, `${w.sharing}/${w.carerId}`, { version: 2, sharedScopes: ['contacts'] });
    expect(given.statusCode).toBe(200);
    expect((await get(carer, `/api/v1/people/${w.person.id}/contacts`)).statusCode).toBe(200);
    const history = (await get(person, w.sharing)).json().history as { scope: string; change: string }[];
    expect(history.map((h) => `${h.change} ${h.scope}`)).toEqual(
      expect.arrayContaining(['given contacts', 'withdrawn care_team', 'withdrawn care_plan']),
    );
  });

  it('answers a stale change with 409 and what the carer sees now, changing nothing', async () => {
    const w = await world();
    const person = await signInAs(app, w.personActor.username);
    await put(person, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: ['care_team'] });
    const stale = await put(person, `${w.sharing}/${w.carerId}`, {
      version: 1,
      sharedScopes: ['care_team', 'contacts', 'care_plan'],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ sharedScopes: ['care_team'], version: 2 });
    const link = await t.repositories.organisation.findCarerLink(w.person.id, w.carerId);
    expect(link?.sharedScopes).toEqual(['care_team']);
  });

  it('lets an administrator change it on the person’s behalf only with a reason, which the person reads', async () => {
    const w = await world();
    const admin = await signInAs(app, w.admin.username);
    const without = await put(admin, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: [] });
    expect(without.statusCode).toBe(400);
    expect((await t.repositories.organisation.findCarerLink(w.person.id, w.carerId))?.version).toBe(1);

    const withReason = await put(admin, `${w.sharing}/${w.carerId}`, {
      version: 1,
      sharedScopes: ['care_team', 'care_plan', 'contacts'],
      onBehalfReason: 'Sam asked at the front desk, with no phone to hand',
    });
    expect(withReason.statusCode).toBe(200);
    const person = await signInAs(app, w.personActor.username);
    expect((await get(person, w.sharing)).json().history[0]).toMatchObject({
      scope: 'contacts',
      change: 'given',
      isByPerson: false,
      onBehalfReason: 'Sam asked at the front desk, with no phone to hand',
    });
  });

  it('lets the care team read but not change it; refuses carers, strangers, bad scopes and unknown carers', async () => {
    const w = await world();
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    expect((await get(coordinator, w.sharing)).statusCode).toBe(200);
    expect((await put(coordinator, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: [] })).statusCode).toBe(
      403,
    );
    const stranger = await signInAs(app, w.strangerActor.username);
    expect((await get(stranger, w.sharing)).statusCode).toBe(403);
    const carer = await signInAs(app, w.carerActor.username);
    expect((await get(carer, w.sharing)).statusCode).toBe(403);
    expect((await put(carer, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: ['contacts'] })).statusCode).toBe(
      403,
    );

    const person = await signInAs(app, w.personActor.username);
    const badScope = await put(person, `${w.sharing}/${w.carerId}`, { version: 1, sharedScopes: ['diagnosis'] });
    expect(badScope.statusCode).toBe(400);
    const otherCarer = await w.f.carerFor((await w.f.person()).id, []);
    expect((await put(person, `${w.sharing}/${otherCarer}`, { version: 1, sharedScopes: [] })).statusCode).toBe(404);
    expect((await put(person, `${w.sharing}/not-an-id`, { version: 1, sharedScopes: [] })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: w.sharing })).statusCode).toBe(401);

    expect((await t.repositories.organisation.findCarerLink(w.person.id, w.carerId))?.sharedScopes).toEqual([
      'care_team',
      'care_plan',
    ]);
    expect(await t.repositories.carerConsent.listForPerson(w.person.id, 10)).toEqual([]);
  });

  it('keeps a consent record, by the administrator, of what a new carer may see', async () => {
    const w = await world();
    const admin = await signInAs(app, w.admin.username);
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/admin/carers',
      payload: { name: 'Robin Bell', personId: w.person.id, relationship: 'Friend', sharedScopes: ['contacts'] },
    });
    expect(created.statusCode).toBe(201);
    const history = await t.repositories.carerConsent.listForPerson(w.person.id, 10);
    expect(history).toEqual([
      expect.objectContaining({
        carerName: 'Robin Bell',
        scope: 'contacts',
        change: 'given',
        byName: w.admin.displayName,
      }),
    ]);
    expect(history[0]?.onBehalfReason).toBeTruthy();
  });
});
