import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../test/support/http-client';
import { TEST_NOW, type TestDatabase } from '../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

let n = 0;
const newKey = () => `form-submission-${Date.now()}-${(n += 1)}`;
const post = (client: SignedInClient, url: string, payload: object, key?: string) =>
  client.request({ method: 'POST', url, payload, headers: key ? { 'idempotency-key': key } : {} });
const peopleNamed = async (name: string) =>
  (await t.repositories.organisation.listPeople()).filter((p) => p.name === name).length;

async function adminWithTeam() {
  const f = createFactories(t);
  const team = await f.team();
  const admin = await f.account('admin');
  return { team, admin, client: await signInAs(app, admin.username) };
}

describe('idempotency keys on requests that create something', () => {
  it('answers a retried “Add person” with the first answer and never creates a second person', async () => {
    const { team, client } = await adminWithTeam();
    const key = newKey();
    const first = await post(client, '/api/v1/admin/people', { name: 'Kim Retry', teamId: team.id }, key);
    const again = await post(client, '/api/v1/admin/people', { name: 'Kim Retry', teamId: team.id }, key);

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await peopleNamed('Kim Retry')).toBe(1);
    // Without a key, the same form sent twice is two requests, as before.
    await post(client, '/api/v1/admin/people', { name: 'Kim Twice', teamId: team.id });
    await post(client, '/api/v1/admin/people', { name: 'Kim Twice', teamId: team.id });
    expect(await peopleNamed('Kim Twice')).toBe(2);
  });

  it('creates one person when a double click sends the same submission twice at once', async () => {
    const { team, client } = await adminWithTeam();
    const key = newKey();
    const answers = await Promise.all(
      [1, 2].map(() => post(client, '/api/v1/admin/people', { name: 'Kim Double', teamId: team.id }, key)),
    );

    expect(await peopleNamed('Kim Double')).toBe(1);
    // One is created; the other gets the same answer, or is told the first is still being sent.
    expect(answers.map((a) => a.statusCode).sort()).toContain(201);
    for (const answer of answers) expect([201, 409]).toContain(answer.statusCode);
  });

  it('refuses the same key with a different request, and lets a refused form be corrected and sent with its key', async () => {
    const { team, client } = await adminWithTeam();
    const key = newKey();
    expect((await post(client, '/api/v1/admin/people', { name: '', teamId: team.id }, key)).statusCode).toBe(400);
    expect((await post(client, '/api/v1/admin/people', { name: 'Kim Fixed', teamId: team.id }, key)).statusCode).toBe(
      201,
    );
    const other = await post(client, '/api/v1/admin/people', { name: 'Kim Other', teamId: team.id }, key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toMatch(/different request/);
    expect(await peopleNamed('Kim Other')).toBe(0);
    expect(
      (await post(client, '/api/v1/admin/people', { name: 'Kim Bad Key', teamId: team.id }, 'short')).statusCode,
    ).toBe(400);
    expect(await peopleNamed('Kim Bad Key')).toBe(0);
  });

  it('keeps keys per account, and forgets them after a day', async () => {
    const { team, admin, client } = await adminWithTeam();
    const { client: otherAdmin } = await adminWithTeam();
    const key = newKey();
    await post(client, '/api/v1/admin/people', { name: 'Kim Shared Key', teamId: team.id }, key);
    expect(
      (await post(otherAdmin, '/api/v1/admin/people', { name: 'Kim Shared Key', teamId: team.id }, key)).headers[
        'idempotent-replayed'
      ],
    ).toBeUndefined();
    expect(await peopleNamed('Kim Shared Key')).toBe(2);

    t.setNow(new Date(TEST_NOW.getTime() + 25 * 3_600_000));
    try {
      // The session has ended by then too: the same account signs in again.
      const again = await signInAs(app, admin.username);
      const reused = await post(again, '/api/v1/admin/people', { name: 'Kim Shared Key', teamId: team.id }, key);
      expect(reused.statusCode).toBe(201);
      expect(reused.headers['idempotent-replayed']).toBeUndefined();
      expect(await peopleNamed('Kim Shared Key')).toBe(3);
    } finally {
      t.setNow(TEST_NOW);
    }
  });

  it('posts a care-plan message once when “Add message” is sent twice', async () => {
    const world = await createFactories(t).careTeamWorld();
    const person = await signInAs(app, world.personActor.username);
    const url = `/api/v1/people/${world.person.id}/care-plan/sections/about_me/messages`;
    const key = newKey();
    expect((await post(person, url, { text: 'Can we talk about this?' }, key)).statusCode).toBe(201);
    expect((await post(person, url, { text: 'Can we talk about this?' }, key)).statusCode).toBe(201);
    const thread = (await person.request({ method: 'GET', url })).json();
    expect(thread.messages).toHaveLength(1);
  });
});
