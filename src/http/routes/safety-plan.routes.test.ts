import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import { pdfText } from '../../../test/support/pdf-text';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const planUrl = (personId: string) => `/api/v1/people/${personId}/safety-plan`;
const SIGNS = 'I stop answering my phone and stay in bed.';
const REASONS = 'My nan, who I visit every Sunday.';

async function world() {
  const w = await createFactories(t).careTeamWorld();
  const asPerson = await signInAs(app, w.personActor.username);
  return { ...w, asPerson };
}

describe('safety plan API', () => {
  it('the person writes their plan directly; a worker’s change to it becomes a proposal the person decides on', async () => {
    const w = await world();
    const saved = await w.asPerson.request({
      method: 'PUT',
      url: `${planUrl(w.person.id)}/sections/warning_signs`,
      payload: { text: SIGNS, baseVersion: 0 },
    });
    expect(saved.statusCode).toBe(200);
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    const proposed = await coordinator.request({
      method: 'PUT',
      url: `${planUrl(w.person.id)}/sections/warning_signs`,
      payload: { text: 'Sam stops eating.', baseVersion: 1 },
    });
    expect(proposed.statusCode).toBe(202);
    const plan = (await w.asPerson.request({ method: 'GET', url: planUrl(w.person.id) })).json() as {
      sections: { key: string; title: string; text: string }[];
      pendingProposals: unknown[];
    };
    expect(plan.sections.find((s) => s.key === 'warning_signs')?.text).toBe(SIGNS);
    expect(plan.sections.map((s) => s.title)).toEqual([
      'My warning signs',
      'Things I can do on my own',
      'People and places that take my mind off things',
      'People I can ask for help',
      'Professionals and services to contact',
      'Making my surroundings safer',
      'My reasons for living',
      'In a crisis',
    ]);
    expect(plan.pendingProposals).toHaveLength(1);
    // A stale save gives 409 with the current text, and changes nothing.
    const stale = await w.asPerson.request({
      method: 'PUT',
      url: `${planUrl(w.person.id)}/sections/warning_signs`,
      payload: { text: 'Something else', baseVersion: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain(SIGNS);
  });

  it('the person, and only the person, chooses whether the care team must agree each version', async () => {
    const w = await world();
    const url = `${planUrl(w.person.id)}/agreement`;
    expect((await w.asPerson.request({ method: 'GET', url })).json()).toMatchObject({ teamMustAgree: false });
    const chosen = await w.asPerson.request({ method: 'PUT', url, payload: { teamMustAgree: true } });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ teamMustAgree: true, chosenBy: expect.any(String) });
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    expect((await coordinator.request({ method: 'GET', url })).json()).toMatchObject({ teamMustAgree: true });
    const refused = await coordinator.request({ method: 'PUT', url, payload: { teamMustAgree: false } });
    expect(refused.statusCode).toBe(403);
    expect((await w.asPerson.request({ method: 'PUT', url, payload: { teamMustAgree: 'yes' } })).statusCode).toBe(400);
    expect((await w.asPerson.request({ method: 'GET', url })).json()).toMatchObject({ teamMustAgree: true });
  });

  it('prints on one page, the person’s words in order', async () => {
    const w = await world();
    for (const [key, text, baseVersion] of [
      ['warning_signs', SIGNS, 0],
      ['reasons_for_living', REASONS, 0],
    ] as const) {
      const saved = await w.asPerson.request({
        method: 'PUT',
        url: `${planUrl(w.person.id)}/sections/${key}`,
        payload: { text, baseVersion },
      });
      expect(saved.statusCode).toBe(200);
    }
    const pdf = await w.asPerson.request({ method: 'GET', url: `${planUrl(w.person.id)}.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const raw = pdf.rawPayload.toString('latin1');
    expect(raw.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain(SIGNS);
    expect(text.indexOf(SIGNS)).toBeLessThan(text.indexOf(REASONS));
  });

  it('refuses a stranger (403) and a carer without the safety plan scope; shows it to a carer the person chose', async () => {
    const w = await world();
    await w.asPerson.request({
      method: 'PUT',
      url: `${planUrl(w.person.id)}/sections/warning_signs`,
      payload: { text: SIGNS, baseVersion: 0 },
    });
    const stranger = await signInAs(app, w.strangerActor.username);
    const refused = await stranger.request({ method: 'GET', url: planUrl(w.person.id) });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain(SIGNS);
    expect((await stranger.request({ method: 'GET', url: `${planUrl(w.person.id)}/agreement` })).statusCode).toBe(403);

    const f = createFactories(t);
    const withoutScope = await f.carerFor(w.person.id, ['care_plan']);
    const withScope = await f.carerFor(w.person.id, ['safety_plan']);
    const carerWithout = await signInAs(app, (await f.account('carer', { carerId: withoutScope })).username);
    const carerWith = await signInAs(app, (await f.account('carer', { carerId: withScope })).username);
    expect((await carerWithout.request({ method: 'GET', url: planUrl(w.person.id) })).statusCode).toBe(403);
    const shown = await carerWith.request({ method: 'GET', url: planUrl(w.person.id) });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain(SIGNS);
    const write = await carerWith.request({
      method: 'PUT',
      url: `${planUrl(w.person.id)}/sections/warning_signs`,
      payload: { text: 'x', baseVersion: 1 },
    });
    expect(write.statusCode).toBe(403);
  });
});
