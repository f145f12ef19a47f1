import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { signInAs, useTestApp } from '../../test/support/http-client';
import type { TestDatabase } from '../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

interface Refusal {
  error: { message: string; details: { fields: { field: string; label: string; message: string; reason: string }[] } };
}

const BELL = 'ring\u0007ring';

describe('error messages name the field as its form labels it', () => {
  it('names two fields called "text" by what each form calls them, with the reason alone for forms that label it their own way', async () => {
    const world = await createFactories(t).careTeamWorld();
    const person = await signInAs(app, world.personActor.username);
    const p = `/api/v1/people/${world.person.id}`;

    const message = await person.request({ method: 'POST', url: `${p}/messages`, payload: { text: BELL } });
    expect(message.statusCode).toBe(400);
    const messageError = (message.json() as Refusal).error;
    expect(messageError.message).toBe(
      'Your message: contains an invisible control character (U+0007) that cannot be saved; remove it and try again.',
    );
    expect(messageError.details.fields[0]).toMatchObject({
      field: 'body.text',
      label: 'Your message',
      reason: 'Contains an invisible control character (U+0007) that cannot be saved; remove it and try again.',
    });

    const section = await person.request({
      method: 'PUT',
      url: `${p}/care-plan/sections/about_me`,
      payload: { text: BELL, baseVersion: 0 },
    });
    expect((section.json() as Refusal).error.message).toMatch(/^The section’s text: contains an invisible control/);
    expect((section.json() as Refusal).error.message).not.toMatch(/^Text:/);
  });

  it('says "More about why" for the end of a membership and "Note" for a contact, though both are notes', async () => {
    const world = await createFactories(t).careTeamWorld();
    const worker = await signInAs(app, world.coordinatorActor.username);
    const p = `/api/v1/people/${world.person.id}`;
    const contact = await worker.request({
      method: 'POST',
      url: `${p}/contacts`,
      payload: { durationMinutes: 30, mode: 'home', kind: 'meeting', note: 'x'.repeat(20_000) },
    });
    expect(contact.statusCode).toBe(400);
    expect((contact.json() as Refusal).error.message).toMatch(/^Note: at most [\d,]+ characters\.$/);

    const change = await worker.request({
      method: 'POST',
      url: `${p}/care-coordinator`,
      payload: { newWorkerId: world.coordinator.id, reason: 'nonsense', note: BELL },
    });
    expect(change.statusCode).toBe(400);
    const messages = (change.json() as Refusal).error.details.fields.map((f) => f.message);
    expect(messages).toContain('Why the change: choose one of the options offered.');
    expect(messages.some((m) => m.startsWith('More about why: contains an invisible control character'))).toBe(true);
  });

  it('names an administrator’s fields as the forms do: "Site name", "Full name", "Work email"', async () => {
    const world = await createFactories(t).careTeamWorld();
    const admin = await signInAs(app, world.admin.username);
    const site = await admin.request({ method: 'POST', url: '/api/v1/admin/sites', payload: { name: '  ' } });
    expect((site.json() as Refusal).error.message).toBe('Site name: this is required.');
    const worker = await admin.request({
      method: 'POST',
      url: '/api/v1/admin/workers',
      payload: { name: '', profession: 'Nurse', teamId: world.team.id, email: 'not an email' },
    });
    const messages = (worker.json() as Refusal).error.details.fields.map((f) => f.message);
    expect(messages).toContain('Full name: this is required.');
    expect(messages.some((m) => m.startsWith('Work email:'))).toBe(true);
  });
});
