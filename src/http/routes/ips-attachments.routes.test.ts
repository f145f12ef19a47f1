import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('IPS attachments API', () => {
  it('lets an administrator attach a specialist of an IPS team to up to two community teams, whose referrals the IPS team then takes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const ipsTeam = await f.team({ siteId: world.team.siteId, name: 'IPS employment team' });
    const second = await f.team({ siteId: world.team.siteId });
    const third = await f.team({ siteId: world.team.siteId });
    const specialist = await f.worker({ teamId: ipsTeam.id, name: 'Kim Okafor' });
    const kim = await signInAs(app, (await f.account('worker', { workerId: specialist.id })).username);
    const admin = await signInAs(app, world.admin.username);
    const url = `/api/v1/admin/workers/${specialist.id}/ips-attachments`;
    await (
      await signInAs(app, world.personActor.username)
    ).request({ method: 'POST', url: `/api/v1/people/${world.person.id}/ips/referrals`, payload: {} });
    const take = () => kim.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/ips/referrals/take` });
    expect((await take()).statusCode).toBe(403);

    const set = await admin.request({
      method: 'PUT',
      url,
      payload: { teamIds: [world.team.id, second.id], version: 1 },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().version).toBe(2);
    expect(new Set(set.json().teamIds)).toEqual(new Set([world.team.id, second.id]));
    expect((await take()).statusCode).toBe(200);
    // Replaced, not added to.
    await admin.request({ method: 'PUT', url, payload: { teamIds: [third.id], version: 2 } });
    expect(await t.repositories.ips.listAttachments(ipsTeam.id)).toEqual([
      { workerId: specialist.id, teamId: third.id },
    ]);
    const listed = (await admin.request({ method: 'GET', url: '/api/v1/admin/organisation' })).json();
    expect(listed.ipsAttachments).toEqual([{ workerId: specialist.id, teamId: third.id }]);
    expect(listed.workers.find((w: { id: string }) => w.id === specialist.id).version).toBe(3);
  });

  it('refuses three teams, an unknown team, the specialist’s own team, another IPS team, no version, an unknown worker and anyone but an administrator, changing nothing', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const ipsTeam = await f.team({ siteId: world.team.siteId });
    const specialist = await f.worker({ teamId: ipsTeam.id });
    await t.repositories.ips.attachSpecialist({ workerId: specialist.id, teamId: world.team.id });
    const admin = await signInAs(app, world.admin.username);
    const url = `/api/v1/admin/workers/${specialist.id}/ips-attachments`;
    const teams = [(await f.team()).id, (await f.team()).id, (await f.team()).id];
    const tooMany = await admin.request({ method: 'PUT', url, payload: { teamIds: teams, version: 1 } });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toBe('Community teams: attach a specialist to 2 teams at most.');
    const unknown = await admin.request({
      method: 'PUT',
      url,
      payload: { teamIds: ['0190e8b0-0000-7000-8000-000000000001'], version: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    const own = await admin.request({ method: 'PUT', url, payload: { teamIds: [ipsTeam.id], version: 1 } });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.message).toMatch(/already works in/);
    const otherIpsTeam = await f.team({ name: 'North IPS team' });
    const otherSpecialist = await f.worker({ teamId: otherIpsTeam.id });
    await t.repositories.ips.attachSpecialist({ workerId: otherSpecialist.id, teamId: world.team.id });
    const notCommunity = await admin.request({
      method: 'PUT',
      url,
      payload: { teamIds: [otherIpsTeam.id], version: 1 },
    });
    expect(notCommunity.statusCode).toBe(400);
    expect(notCommunity.json().error.message).toBe('North IPS team is an IPS team, not a community team.');
    const noVersion = await admin.request({ method: 'PUT', url, payload: { teamIds: [] } });
    expect(noVersion.statusCode).toBe(400);
    expect(
      (
        await admin.request({
          method: 'PUT',
          url: '/api/v1/admin/workers/0190e8b0-0000-7000-8000-000000000002/ips-attachments',
          payload: { teamIds: [], version: 1 },
        })
      ).statusCode,
    ).toBe(404);
    const manager = await signInAs(
      app,
      (await f.account('team_manager', { workerId: (await f.worker({ teamId: ipsTeam.id })).id })).username,
    );
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    for (const client of [manager, coordinator])
      expect((await client.request({ method: 'PUT', url, payload: { teamIds: [], version: 1 } })).statusCode).toBe(403);
    expect(await t.repositories.ips.listAttachments(ipsTeam.id)).toEqual([
      { workerId: specialist.id, teamId: world.team.id },
    ]);
  });

  it('refuses a change made from an older version of the worker with 409 and the teams as they now stand', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const ipsTeam = await f.team({ siteId: world.team.siteId });
    const second = await f.team({ siteId: world.team.siteId });
    const specialist = await f.worker({ teamId: ipsTeam.id });
    const admin = await signInAs(app, world.admin.username);
    const url = `/api/v1/admin/workers/${specialist.id}/ips-attachments`;
    const first = await admin.request({ method: 'PUT', url, payload: { teamIds: [world.team.id], version: 1 } });
    expect(first.statusCode).toBe(200);
    const stale = await admin.request({ method: 'PUT', url, payload: { teamIds: [second.id], version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toEqual({ version: 2, teamIds: [world.team.id] });
    expect(await t.repositories.ips.listAttachments(ipsTeam.id)).toEqual([
      { workerId: specialist.id, teamId: world.team.id },
    ]);
  });
});
