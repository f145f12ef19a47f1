import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { signInAs, useTestApp } from '../../test/support/http-client';
import type { TestDatabase } from '../../test/support/test-database';
import { REQUEST_TIMEOUTS } from './build-app';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

async function signedInWorld() {
  const world = await createFactories(t).careTeamWorld();
  const asPerson = await signInAs(app, world.personActor.username);
  return { ...world, asPerson, plan: `/api/v1/people/${world.person.id}/care-plan` };
}

describe('resource limits', () => {
  it('gives every request a time limit for arriving, and closes idle connections', () => {
    expect(app.server.requestTimeout).toBe(REQUEST_TIMEOUTS.requestTimeout);
    expect(app.server.timeout).toBe(REQUEST_TIMEOUTS.connectionTimeout);
    expect(app.server.keepAliveTimeout).toBe(REQUEST_TIMEOUTS.keepAliveTimeout);
    expect(REQUEST_TIMEOUTS.requestTimeout).toBeGreaterThan(0);
  });

  it('refuses a list in a body longer than its limit, and a page larger than the most allowed', async () => {
    const world = await signedInWorld();
    const worker = await signInAs(app, world.coordinatorActor.username);
    const ids = Array.from({ length: 11 }, () => world.stranger.id);
    const contact = await worker.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/contacts`,
      payload: { durationMinutes: 5, mode: 'phone', kind: 'brief_contact', otherWorkerIds: ids },
    });
    expect(contact.statusCode).toBe(400);
    for (const url of [
      `${world.plan}/versions?limit=101`,
      `${world.plan}/sections/about_me/messages?limit=101`,
      `/api/v1/people/${world.person.id}/access-log?limit=201`,
    ]) {
      expect((await world.asPerson.request({ method: 'GET', url })).statusCode, url).toBe(400);
    }
  });

  it('pages through care-plan versions, newest first, without gaps or repeats', async () => {
    const world = await signedInWorld();
    for (let base = 0; base < 5; base++) {
      const saved = await world.asPerson.request({
        method: 'PUT',
        url: `${world.plan}/sections/about_me`,
        payload: { text: `Version ${base + 1}`, baseVersion: base },
      });
      expect(saved.statusCode).toBe(200);
    }
    const seen: number[] = [];
    let query = 'limit=2';
    for (;;) {
      const page = (await world.asPerson.request({ method: 'GET', url: `${world.plan}/versions?${query}` })).json()
        .versions as { version: number }[];
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(2);
      seen.push(...page.map((v) => v.version));
      query = `limit=2&beforeVersion=${page.at(-1)!.version}`;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });

  it('pages through a section’s discussion, oldest first', async () => {
    const world = await signedInWorld();
    const url = `${world.plan}/sections/about_me/messages`;
    for (const text of ['one', 'two', 'three'])
      await world.asPerson.request({ method: 'POST', url, payload: { text } });
    const first = (await world.asPerson.request({ method: 'GET', url: `${url}?limit=2` })).json().messages as {
      id: string;
      text: string;
    }[];
    expect(first.map((m) => m.text)).toEqual(['one', 'two']);
    const next = (await world.asPerson.request({ method: 'GET', url: `${url}?limit=2&afterId=${first[1]!.id}` })).json()
      .messages as { text: string }[];
    expect(next.map((m) => m.text)).toEqual(['three']);
  });

  it('pages through who opened a record, newest first, with no entry twice', async () => {
    const world = await signedInWorld();
    const log = `/api/v1/people/${world.person.id}/access-log`;
    for (let i = 0; i < 3; i++)
      await world.asPerson.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` });
    const all = (await world.asPerson.request({ method: 'GET', url: log })).json().entries as {
      id: string;
      at: string;
    }[];
    const ids: string[] = [];
    let query = 'limit=2';
    for (;;) {
      const page = (await world.asPerson.request({ method: 'GET', url: `${log}?${query}` })).json().entries as {
        id: string;
        at: string;
      }[];
      if (page.length === 0) break;
      ids.push(...page.map((e) => e.id));
      const last = page.at(-1)!;
      query = `limit=2&before=${encodeURIComponent(last.at)}&beforeId=${last.id}`;
    }
    // Each page read is itself recorded, after the first full read: everything in it is found once, in order.
    expect(ids.filter((id) => all.some((e) => e.id === id))).toEqual(all.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      (await world.asPerson.request({ method: 'GET', url: `${log}?before=2026-06-15T10:00:00Z` })).statusCode,
    ).toBe(400);
  });
});
