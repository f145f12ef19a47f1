import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, signedInCareTeamWorld, useTestApp } from '../../../test/support/http-client';
import { pdfText } from '../../../test/support/pdf-text';
import type { TestDatabase } from '../../../test/support/test-database';
import { DEFAULT_CARE_PLAN_SECTIONS } from '../../domain/care-plan/care-plan-sections';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const planUrl = (personId: string) => `/api/v1/people/${personId}/care-plan`;

const signedInWorld = () => signedInCareTeamWorld(t, app);

describe('care plan API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: planUrl(world.person.id) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: `${planUrl(world.person.id)}.pdf` })).statusCode).toBe(401);
    const put = await app.inject({
      method: 'PUT',
      url: `${planUrl(world.person.id)}/sections/about_me`,
      payload: { text: 'x', baseVersion: 0 },
    });
    expect(put.statusCode).toBe(401);
  });

  it('lets the person write in their own words, and shows the plan with its length', async () => {
    const world = await signedInWorld();
    const saved = await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl(world.person.id)}/sections/about_me`,
      payload: { text: 'I love the sea and my dog.', baseVersion: 0 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      outcome: 'saved',
      planVersion: 1,
      section: { version: 1, isPersonsOwnWords: true, writtenAt: '2026-06-15T10:00:00.000Z' },
    });
    const plan = await world.asCoordinator.request({ method: 'GET', url: planUrl(world.person.id) });
    expect(plan.statusCode).toBe(200);
    expect(plan.json()).toMatchObject({
      version: 1,
      wordCount: 7,
      readingMinutes: 1,
      access: { canWrite: true, signAs: 'care_coordinator' },
    });
  });

  it('answers 202 with a proposal when a worker changes the person’s words, and the person declines it', async () => {
    const world = await signedInWorld();
    const url = `${planUrl(world.person.id)}/sections/about_me`;
    await world.asPerson.request({ method: 'PUT', url, payload: { text: 'I love the sea.', baseVersion: 0 } });
    const proposed = await world.asCoordinator.request({
      method: 'PUT',
      url,
      payload: { text: 'I love the sea and swimming.', baseVersion: 1 },
    });
    expect(proposed.statusCode).toBe(202);
    const proposalId = proposed.json().proposal.id as string;
    expect(
      (
        await world.asCoordinator.request({
          method: 'POST',
          url: `${planUrl(world.person.id)}/proposals/${proposalId}/accept`,
        })
      ).statusCode,
    ).toBe(403);
    const declined = await world.asPerson.request({
      method: 'POST',
      url: `${planUrl(world.person.id)}/proposals/${proposalId}/decline`,
      payload: { note: 'I never swim.' },
    });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', decisionNote: 'I never swim.' });
    const plan = await world.asPerson.request({ method: 'GET', url: planUrl(world.person.id) });
    expect(plan.json().sections[0]).toMatchObject({ text: 'I love the sea.', version: 1 });
    const history = await world.asPerson.request({
      method: 'GET',
      url: `${planUrl(world.person.id)}/proposals?status=declined`,
    });
    expect(history.json().proposals).toHaveLength(1);
  });

  it('refuses a stale save with 409 carrying the current text and version, and saves nothing', async () => {
    const world = await signedInWorld();
    const url = `${planUrl(world.person.id)}/sections/agreed_support`;
    await world.asCoordinator.request({ method: 'PUT', url, payload: { text: 'Weekly visits.', baseVersion: 0 } });
    await world.asPerson.request({ method: 'PUT', url, payload: { text: 'Fortnightly visits.', baseVersion: 1 } });
    const stale = await world.asCoordinator.request({
      method: 'PUT',
      url,
      payload: { text: 'Weekly visits on Mondays.', baseVersion: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'conflict',
      details: { section: 'agreed_support', currentText: 'Fortnightly visits.', currentVersion: 2 },
    });
    expect(
      (await world.asCoordinator.request({ method: 'GET', url: planUrl(world.person.id) })).json().currentVersion,
    ).toBe(2);
  });

  it('answers 404 for an unknown section and 400 for a malformed one, a long text or a missing base version', async () => {
    const world = await signedInWorld();
    const put = (section: string, payload: object) =>
      world.asPerson.request({ method: 'PUT', url: `${planUrl(world.person.id)}/sections/${section}`, payload });
    const unknown = await put('diagnosis', { text: 'x', baseVersion: 0 });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/about_me/);
    expect((await put('About%20Me', { text: 'x', baseVersion: 0 })).statusCode).toBe(400);
    const long = await put('about_me', { text: 'a'.repeat(10_001), baseVersion: 0 });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/at most 10,000 characters/);
    expect((await put('about_me', { text: 'x' })).statusCode).toBe(400);
    expect(
      (await world.asPerson.request({ method: 'GET', url: `${planUrl(world.person.id)}?version=3` })).statusCode,
    ).toBe(404);
    expect((await world.asPerson.request({ method: 'GET', url: planUrl(world.person.id) })).json().currentVersion).toBe(
      0,
    );
  });

  it('answers 403 to a stranger and to a carer without the care plan shared, and read-only to one with it', async () => {
    const f = createFactories(t);
    const world = await signedInWorld();
    await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl(world.person.id)}/sections/about_me`,
      payload: { text: 'Mine.', baseVersion: 0 },
    });
    const stranger = await signInAs(app, world.strangerActor.username);
    const forbidden = await stranger.request({ method: 'GET', url: planUrl(world.person.id) });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.details).toMatchObject({ canBreakGlass: true });
    const quiet = await signInAs(
      app,
      (await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team']) })).username,
    );
    expect((await quiet.request({ method: 'GET', url: planUrl(world.person.id) })).statusCode).toBe(403);
    const sharing = await signInAs(
      app,
      (await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_plan']) })).username,
    );
    const read = await sharing.request({ method: 'GET', url: planUrl(world.person.id) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ access: { canWrite: false }, pendingProposals: null });
    const write = await sharing.request({
      method: 'PUT',
      url: `${planUrl(world.person.id)}/sections/about_me`,
      payload: { text: 'Hers.', baseVersion: 1 },
    });
    expect(write.statusCode).toBe(403);
    expect((await sharing.request({ method: 'GET', url: `${planUrl(world.person.id)}.pdf` })).statusCode).toBe(200);
  });

  it('signs, lists versions, compares them and downloads the plan as a PDF', async () => {
    const world = await signedInWorld();
    const url = `${planUrl(world.person.id)}/sections/what_matters`;
    await world.asPerson.request({ method: 'PUT', url, payload: { text: 'Getting a job.', baseVersion: 0 } });
    for (const client of [world.asPerson, world.asCoordinator]) {
      expect(
        (
          await client.request({
            method: 'POST',
            url: `${planUrl(world.person.id)}/signatures`,
            payload: { version: 1 },
          })
        ).statusCode,
      ).toBe(200);
    }
    await world.asPerson.request({
      method: 'PUT',
      url,
      payload: { text: 'Getting a <b>good</b> job.', baseVersion: 1 },
    });
    const stale = await world.asCoordinator.request({
      method: 'POST',
      url: `${planUrl(world.person.id)}/signatures`,
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);

    const versions = await world.asPerson.request({ method: 'GET', url: `${planUrl(world.person.id)}/versions` });
    expect(
      versions.json().versions.map((v: { version: number; agreement: string }) => [v.version, v.agreement]),
    ).toEqual([
      [2, 'not_signed'],
      [1, 'agreed'],
    ]);
    const compared = await world.asPerson.request({
      method: 'GET',
      url: `${planUrl(world.person.id)}/compare?from=1&to=2`,
    });
    expect(compared.json().sections.find((s: { key: string }) => s.key === 'what_matters').segments).toEqual([
      { kind: 'same', text: 'Getting a' },
      { kind: 'added', text: ' <b>good</b>' },
      { kind: 'same', text: ' job.' },
    ]);
    expect(
      (await world.asPerson.request({ method: 'GET', url: `${planUrl(world.person.id)}/compare?from=1` })).statusCode,
    ).toBe(400);

    const pdf = await world.asPerson.request({ method: 'GET', url: `${planUrl(world.person.id)}.pdf?version=1` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="care-plan-version-1.pdf"');
    expect(pdfText(pdf.rawPayload).replace(/\s+/g, ' ')).toContain('Getting a job.');
  });

  it('keeps a discussion per section', async () => {
    const world = await signedInWorld();
    const url = `${planUrl(world.person.id)}/sections/what_helps/messages`;
    const posted = await world.asPerson.request({
      method: 'POST',
      url,
      payload: { text: 'Please text, do not call.' },
    });
    expect(posted.statusCode).toBe(201);
    expect((await world.asPerson.request({ method: 'POST', url, payload: { text: '' } })).statusCode).toBe(400);
    const thread = await world.asCoordinator.request({ method: 'GET', url });
    expect(thread.json().messages).toEqual([
      expect.objectContaining({
        text: 'Please text, do not call.',
        author: expect.objectContaining({ kind: 'person' }),
      }),
    ]);
  });

  it('lets an administrator change the sections new plans start with, and nobody else', async () => {
    const f = createFactories(t);
    const admin = await signInAs(app, (await f.account('admin')).username);
    const world = await signedInWorld();
    const sections = [
      { key: 'about_me', title: 'About me', prompt: 'Who I am' },
      { key: 'my_goals', title: 'My goals', prompt: '' },
    ];
    expect(
      (
        await world.asCoordinator.request({
          method: 'PUT',
          url: '/api/v1/admin/care-plan/template',
          payload: { sections },
        })
      ).statusCode,
    ).toBe(403);
    const duplicate = await admin.request({
      method: 'PUT',
      url: '/api/v1/admin/care-plan/template',
      payload: { sections: [sections[0], sections[0]] },
    });
    expect(duplicate.statusCode).toBe(400);
    try {
      expect(
        (await admin.request({ method: 'PUT', url: '/api/v1/admin/care-plan/template', payload: { sections } }))
          .statusCode,
      ).toBe(200);
      const plan = await world.asPerson.request({ method: 'GET', url: planUrl(world.person.id) });
      expect(plan.json().sections.map((s: { key: string }) => s.key)).toEqual(['about_me', 'my_goals']);
      await world.asPerson.request({
        method: 'PUT',
        url: `${planUrl(world.person.id)}/sections/my_goals`,
        payload: { text: 'Run 5k.', baseVersion: 0 },
      });
      await admin.request({
        method: 'PUT',
        url: '/api/v1/admin/care-plan/template',
        payload: { sections: [sections[0]] },
      });
      // A plan already started keeps its sections.
      expect(
        (await world.asPerson.request({ method: 'GET', url: planUrl(world.person.id) })).json().sections,
      ).toHaveLength(2);
    } finally {
      await t.repositories.carePlans.saveTemplate(
        [...DEFAULT_CARE_PLAN_SECTIONS],
        world.personActor.accountId,
        t.deps.now(),
      );
    }
  });
});
