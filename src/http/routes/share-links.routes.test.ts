import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import { TEST_NOW, type TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const SIGNS = 'I stop answering my phone. Crisis team: 0300 123 4567.';

async function worldWithPlan() {
  const world = await createFactories(t).careTeamWorld();
  const person = await signInAs(app, world.personActor.username);
  const saved = await person.request({
    method: 'PUT',
    url: `/api/v1/people/${world.person.id}/safety-plan/sections/warning_signs`,
    payload: { text: SIGNS, baseVersion: 0 },
  });
  expect(saved.statusCode).toBe(200);
  return { world, person };
}

const linksUrl = (personId: string) => `/api/v1/people/${personId}/share-links`;

describe('share links API', () => {
  it('the person makes a link that opens their safety plan without an account, audited as an opening they can see', async () => {
    const { world, person } = await worldWithPlan();
    const made = await person.request({
      method: 'POST',
      url: linksUrl(world.person.id),
      payload: { documentKind: 'safety_plan', label: 'A&E' },
    });
    expect(made.statusCode).toBe(201);
    const { path, link } = made.json() as { path: string; link: { expiresAt: string; state: string } };
    expect(path).toMatch(/^\/shared\/[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({ state: 'active', expiresAt: '2026-06-18T10:00:00.000Z' });
    // Only the selector and a hash are kept, never the token.
    const token = path.slice('/shared/'.length);
    const stored = (await t.repositories.shareLinks.listForPerson(world.person.id))[0]!;
    expect(JSON.stringify(stored)).not.toContain(token.split('.')[1]);

    const opened = await app.inject({ method: 'GET', url: `/api/v1/shared/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['cache-control']).toBe('no-store');
    const plan = opened.json() as { personName: string; sections: { key: string; text: string }[] };
    expect(plan.personName).toBe('Sam Taylor');
    expect(plan.sections.find((s) => s.key === 'warning_signs')?.text).toBe(SIGNS);
    // The safety plan only: no authors, proposals, care team or anything else of the record.
    expect(Object.keys(plan).sort()).toEqual(['expiresAt', 'kind', 'personName', 'sections', 'title', 'updatedAt']);
    expect(Object.keys(plan.sections[0]!).sort()).toEqual(['heading', 'key', 'text']);

    const log = await person.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/access-log` });
    expect(log.body).toContain('Someone with your link “A&E”');
    expect(log.body).toContain('opened your safety plan through a link you shared');
    const listed = await person.request({ method: 'GET', url: linksUrl(world.person.id) });
    expect(listed.json()).toMatchObject({ links: [{ label: 'A&E', openCount: 1, state: 'active' }] });
  });

  it('gives 410 with a plain message, never the plan, once a link is revoked or has expired; 404 for a token not ours', async () => {
    const { world, person } = await worldWithPlan();
    const make = async (expiresInHours: number) =>
      (
        await person.request({
          method: 'POST',
          url: linksUrl(world.person.id),
          payload: { documentKind: 'safety_plan', label: 'Alex', expiresInHours },
        })
      ).json() as { path: string; link: { id: string } };
    const revoked = await make(72);
    const expiring = await make(1);
    const turnedOff = await person.request({
      method: 'POST',
      url: `${linksUrl(world.person.id)}/${revoked.link.id}/revoke`,
    });
    expect(turnedOff.json()).toMatchObject({ state: 'revoked' });
    const afterRevoke = await app.inject({ method: 'GET', url: `/api/v1${revoked.path}` });
    expect(afterRevoke.statusCode).toBe(410);
    expect(afterRevoke.json()).toMatchObject({ error: { code: 'gone', message: expect.stringMatching(/turned off/) } });
    expect(afterRevoke.body).not.toContain(SIGNS);

    t.setNow(new Date('2026-06-15T11:00:00Z'));
    try {
      const afterExpiry = await app.inject({ method: 'GET', url: `/api/v1${expiring.path}` });
      expect(afterExpiry.statusCode).toBe(410);
      expect(afterExpiry.json()).toMatchObject({ error: { message: expect.stringMatching(/expired/) } });
    } finally {
      t.setNow(TEST_NOW);
    }

    // Right selector, wrong verifier; and something not shaped like a token at all.
    const [selector] = expiring.path.slice('/shared/'.length).split('.');
    const forged = await app.inject({ method: 'GET', url: `/api/v1/shared/${selector}.${'A'.repeat(43)}` });
    expect(forged.statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/shared/nonsense' })).statusCode).toBe(404);
    const openings = (await t.repositories.audit.listForPerson(world.person.id, { limit: 50 })).filter((e) =>
      e.action.endsWith('.shared.read'),
    );
    expect(openings).toHaveLength(0);
  });

  it('refuses bad input with 400 and changes nothing; a worker needs the person’s recorded consent', async () => {
    const { world, person } = await worldWithPlan();
    for (const payload of [
      { documentKind: 'safety_plan', label: '' },
      { documentKind: 'safety_plan', label: 'A&E', expiresInHours: 721 },
      { documentKind: 'care_plan', label: 'A&E' },
      { documentKind: 'safety_plan', label: 'x'.repeat(500) },
    ]) {
      const refused = await person.request({ method: 'POST', url: linksUrl(world.person.id), payload });
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const noConsent = await coordinator.request({
      method: 'POST',
      url: linksUrl(world.person.id),
      payload: { documentKind: 'safety_plan', label: 'Crisis team' },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json()).toMatchObject({ error: { message: expect.stringMatching(/agreed/) } });
    expect(await t.repositories.shareLinks.listForPerson(world.person.id)).toEqual([]);
    const withConsent = await coordinator.request({
      method: 'POST',
      url: linksUrl(world.person.id),
      payload: { documentKind: 'safety_plan', label: 'Crisis team', consent: 'Sam said yes on the phone today.' },
    });
    expect(withConsent.statusCode).toBe(201);
    expect(withConsent.json()).toMatchObject({ link: { consent: 'Sam said yes on the phone today.' } });
  });

  it('refuses a stranger (403), a link of another person (404) and anyone signed out (401)', async () => {
    const { world, person } = await worldWithPlan();
    const other = await worldWithPlan();
    const made = (
      await other.person.request({
        method: 'POST',
        url: linksUrl(other.world.person.id),
        payload: { documentKind: 'safety_plan', label: 'Friend' },
      })
    ).json() as { link: { id: string } };
    const stranger = await signInAs(app, world.strangerActor.username);
    expect((await stranger.request({ method: 'GET', url: linksUrl(world.person.id) })).statusCode).toBe(403);
    expect(
      (
        await stranger.request({
          method: 'POST',
          url: linksUrl(world.person.id),
          payload: { documentKind: 'safety_plan', label: 'x', consent: 'yes' },
        })
      ).statusCode,
    ).toBe(403);
    const crossed = await person.request({
      method: 'POST',
      url: `${linksUrl(world.person.id)}/${made.link.id}/revoke`,
    });
    expect(crossed.statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: linksUrl(world.person.id) })).statusCode).toBe(401);
  });
});
