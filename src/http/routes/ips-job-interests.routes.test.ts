import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

async function world() {
  const f = createFactories(t);
  const w = await f.careTeamWorld();
  return { ...w, f };
}

describe('IPS job interests', () => {
  it('lets the person add their own and the care team add one from the employer records, both shown in the record', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const worker = await signInAs(app, w.coordinatorActor.username);
    const base = `/api/v1/people/${w.person.id}/ips`;
    const own = await me.request({
      method: 'POST',
      url: `${base}/job-interests`,
      payload: { jobKind: ' Barista ', employerName: 'The Corner Café', why: 'I like talking to people' },
    });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({
      jobKind: 'Barista',
      employerId: null,
      employerName: 'The Corner Café',
      why: 'I like talking to people',
      status: 'interested',
      revision: 1,
      addedByName: 'Sam Taylor',
    });
    const employer = await worker.request({
      method: 'POST',
      url: '/api/v1/ips/employers',
      payload: { name: 'Green Spaces Ltd', sector: 'Gardening', town: 'Leeds' },
    });
    const employerId = employer.json().id as string;
    const theirs = await worker.request({
      method: 'POST',
      url: `${base}/job-interests`,
      payload: { jobKind: 'Gardener', employerId, status: 'applied' },
    });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json()).toMatchObject({ employerId, employerName: 'Green Spaces Ltd', status: 'applied', why: '' });
    const kindOnly = await me.request({
      method: 'POST',
      url: `${base}/job-interests`,
      payload: { jobKind: 'Driving' },
    });
    expect(kindOnly.json()).toMatchObject({ employerId: null, employerName: null });

    const record = (await me.request({ method: 'GET', url: base })).json();
    expect(record.jobInterests.map((i: { jobKind: string }) => i.jobKind).sort()).toEqual([
      'Barista',
      'Driving',
      'Gardener',
    ]);
  });

  it('changes the status with the revision and refuses a stale change with 409 and the interest as it stands', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const worker = await signInAs(app, w.coordinatorActor.username);
    const base = `/api/v1/people/${w.person.id}/ips/job-interests`;
    const added = (await me.request({ method: 'POST', url: base, payload: { jobKind: 'Warehouse' } })).json();
    const applied = await worker.request({
      method: 'PUT',
      url: `${base}/${added.id}/status`,
      payload: { status: 'applied', baseRevision: 1 },
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ status: 'applied', revision: 2, jobKind: 'Warehouse' });
    const stale = await me.request({
      method: 'PUT',
      url: `${base}/${added.id}/status`,
      payload: { status: 'not_now', baseRevision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ status: 'applied', revision: 2 });
    const fresh = await me.request({
      method: 'PUT',
      url: `${base}/${added.id}/status`,
      payload: { status: 'not_now', baseRevision: 2 },
    });
    expect(fresh.json()).toMatchObject({ status: 'not_now', revision: 3 });
    const [stored] = await t.repositories.ips.listJobInterests(w.person.id);
    expect(stored).toMatchObject({ status: 'not_now', revision: 3 });
    const audit = await t.repositories.audit.listForPerson(w.person.id, { limit: 10 });
    expect(audit.filter((e) => e.action.startsWith('ips.job_interest.')).map((e) => e.action)).toEqual([
      'ips.job_interest.update',
      'ips.job_interest.update',
      'ips.job_interest.create',
    ]);
  });

  it('refuses bad input with a 4xx and a message, and stores nothing', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const base = `/api/v1/people/${w.person.id}/ips/job-interests`;
    const blank = await me.request({ method: 'POST', url: base, payload: { jobKind: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/kind of job/i);
    const badStatus = await me.request({ method: 'POST', url: base, payload: { jobKind: 'Chef', status: 'hired' } });
    expect(badStatus.statusCode).toBe(400);
    const unknown = await me.request({
      method: 'POST',
      url: base,
      payload: { jobKind: 'Chef', employerId: '00000000-0000-4000-8000-000000000001' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/not known/);
    const both = await me.request({
      method: 'POST',
      url: base,
      payload: { jobKind: 'Chef', employerId: '00000000-0000-4000-8000-000000000001', employerName: 'Bistro' },
    });
    expect(both.statusCode).toBe(400);
    const tooLong = await me.request({ method: 'POST', url: base, payload: { jobKind: 'x'.repeat(201) } });
    expect(tooLong.statusCode).toBe(400);
    const missing = await me.request({
      method: 'PUT',
      url: `${base}/00000000-0000-4000-8000-000000000002/status`,
      payload: { status: 'applied', baseRevision: 1 },
    });
    expect(missing.statusCode).toBe(404);
    expect(await t.repositories.ips.listJobInterests(w.person.id)).toEqual([]);
  });

  it('is seen and changed only by those who may see the IPS record: not a stranger, nor a carer without the scope', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const base = `/api/v1/people/${w.person.id}/ips`;
    const added = (
      await me.request({ method: 'POST', url: `${base}/job-interests`, payload: { jobKind: 'Library assistant' } })
    ).json();
    const stranger = await signInAs(app, w.strangerActor.username);
    expect((await stranger.request({ method: 'GET', url: base })).statusCode).toBe(403);
    expect(
      (await stranger.request({ method: 'POST', url: `${base}/job-interests`, payload: { jobKind: 'Spy' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await stranger.request({
          method: 'PUT',
          url: `${base}/job-interests/${added.id}/status`,
          payload: { status: 'not_now', baseRevision: 1 },
        })
      ).statusCode,
    ).toBe(403);
    const carer = await w.f.account('carer', { carerId: await w.f.carerFor(w.person.id, ['care_team']) });
    expect((await (await signInAs(app, carer.username)).request({ method: 'GET', url: base })).statusCode).toBe(403);
    const sharing = await w.f.account('carer', { carerId: await w.f.carerFor(w.person.id, ['ips']) });
    const carerClient = await signInAs(app, sharing.username);
    const seen = await carerClient.request({ method: 'GET', url: base });
    expect(seen.json().jobInterests).toMatchObject([{ jobKind: 'Library assistant' }]);
    const carerAdds = await carerClient.request({
      method: 'POST',
      url: `${base}/job-interests`,
      payload: { jobKind: 'x' },
    });
    expect(carerAdds.statusCode).toBe(403);
    const stored = await t.repositories.ips.listJobInterests(w.person.id);
    expect(stored).toMatchObject([{ jobKind: 'Library assistant', status: 'interested', revision: 1 }]);
  });

  it('corrects the kind of job, employer and why it appeals with the revision, refusing a stale edit with 409 and the interest as it stands', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const worker = await signInAs(app, w.coordinatorActor.username);
    const base = `/api/v1/people/${w.person.id}/ips/job-interests`;
    const added = (
      await me.request({ method: 'POST', url: base, payload: { jobKind: 'Barrista', employerName: 'Corner Cafe' } })
    ).json();
    const employerId = (
      await worker.request({
        method: 'POST',
        url: '/api/v1/ips/employers',
        payload: { name: 'The Corner Café', sector: 'Hospitality' },
      })
    ).json().id as string;
    const edited = await worker.request({
      method: 'PUT',
      url: `${base}/${added.id}`,
      payload: { jobKind: ' Barista ', employerId, why: 'Mornings suit me', baseRevision: 1 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      jobKind: 'Barista',
      employerId,
      employerName: 'The Corner Café',
      why: 'Mornings suit me',
      status: 'interested',
      revision: 2,
    });
    const stale = await me.request({
      method: 'PUT',
      url: `${base}/${added.id}`,
      payload: { jobKind: 'Waiter', baseRevision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ jobKind: 'Barista', revision: 2 });
    const own = await me.request({
      method: 'PUT',
      url: `${base}/${added.id}`,
      payload: { jobKind: 'Barista', employerName: 'Bean There', why: 'Mornings suit me', baseRevision: 2 },
    });
    expect(own.json()).toMatchObject({ employerId: null, employerName: 'Bean There', revision: 3 });
    const blank = await me.request({
      method: 'PUT',
      url: `${base}/${added.id}`,
      payload: { jobKind: ' ', baseRevision: 3 },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/kind of job/i);
    const [stored] = await t.repositories.ips.listJobInterests(w.person.id);
    expect(stored).toMatchObject({ jobKind: 'Barista', employerName: 'Bean There', revision: 3 });
    const audit = await t.repositories.audit.listForPerson(w.person.id, { limit: 10 });
    expect(audit.filter((e) => e.action === 'ips.job_interest.edit').map((e) => e.detail)).toEqual([
      { jobInterestId: added.id, changed: ['employerId', 'employerName'] },
      { jobInterestId: added.id, changed: ['jobKind', 'employerId', 'employerName', 'why'] },
    ]);
  });

  it('removes an interest only from the revision the remover saw, and audits the removal', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const worker = await signInAs(app, w.coordinatorActor.username);
    const base = `/api/v1/people/${w.person.id}/ips/job-interests`;
    const kept = (await me.request({ method: 'POST', url: base, payload: { jobKind: 'Gardening' } })).json();
    const gone = (await me.request({ method: 'POST', url: base, payload: { jobKind: 'Warehouse' } })).json();
    await worker.request({
      method: 'PUT',
      url: `${base}/${gone.id}/status`,
      payload: { status: 'applied', baseRevision: 1 },
    });
    const stale = await me.request({ method: 'DELETE', url: `${base}/${gone.id}?baseRevision=1` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ status: 'applied', revision: 2 });
    expect((await me.request({ method: 'DELETE', url: `${base}/${gone.id}` })).statusCode).toBe(400);
    const removed = await me.request({ method: 'DELETE', url: `${base}/${gone.id}?baseRevision=2` });
    expect(removed.statusCode).toBe(204);
    expect((await me.request({ method: 'DELETE', url: `${base}/${gone.id}?baseRevision=2` })).statusCode).toBe(404);
    expect((await t.repositories.ips.listJobInterests(w.person.id)).map((i) => i.id)).toEqual([kept.id]);
    const audit = await t.repositories.audit.listForPerson(w.person.id, { limit: 10 });
    expect(audit.filter((e) => e.action === 'ips.job_interest.remove').map((e) => e.detail)).toEqual([
      { jobInterestId: gone.id },
    ]);
  });

  it('lets nobody but those who may add correct or remove an interest: not a stranger, nor a carer who may read it', async () => {
    const w = await world();
    const me = await signInAs(app, w.personActor.username);
    const url = `/api/v1/people/${w.person.id}/ips/job-interests`;
    const added = (await me.request({ method: 'POST', url, payload: { jobKind: 'Library assistant' } })).json();
    const stranger = await signInAs(app, w.strangerActor.username);
    const sharing = await w.f.account('carer', { carerId: await w.f.carerFor(w.person.id, ['ips']) });
    const carer = await signInAs(app, sharing.username);
    for (const client of [stranger, carer]) {
      const edit = await client.request({
        method: 'PUT',
        url: `${url}/${added.id}`,
        payload: { jobKind: 'Spy', baseRevision: 1 },
      });
      expect(edit.statusCode).toBe(403);
      expect((await client.request({ method: 'DELETE', url: `${url}/${added.id}?baseRevision=1` })).statusCode).toBe(
        403,
      );
    }
    expect(await t.repositories.ips.listJobInterests(w.person.id)).toMatchObject([
      { jobKind: 'Library assistant', revision: 1 },
    ]);
  });
});
