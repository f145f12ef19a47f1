import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { runBulkExports } from '../../services/bulk-export/run-bulk-exports';
import { endMembership } from '../../services/care-team/end-membership';
import { setResearchChoice } from '../../services/people/set-research-choice';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling HL7's R4 schema takes a while on a busy machine: once, before the tests.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

const ASYNC = { prefer: 'respond-async', accept: 'application/fhir+json' };
type Manifest = { transactionTime: string; request: string; output: { type: string; url: string; count: number }[] };

/** A team of its own: two people with a coordinator and contacts, one of whom opted out of research. */
async function teamWithPeople() {
  // The services' clock and the database's agree here, as they do in production.
  t.setNow(new Date());
  const f = createFactories(t);
  const team = await f.team();
  const coordinator = await f.worker({ teamId: team.id, name: 'Robin Fairley' });
  const coordinatorActor = await f.account('worker', { workerId: coordinator.id });
  const kept = await f.person({ teamId: team.id, name: 'Layla Haddad 🌿' });
  const optedOut = await f.person({ teamId: team.id, name: 'Ned Opted' });
  for (const person of [kept, optedOut]) await f.membership(person.id, coordinator.id);
  const optedOutActor = await f.account('service_user', { personId: optedOut.id });
  await setResearchChoice(t.deps, { personId: optedOut.id, optOut: true }, optedOutActor);
  const worker = await signInAs(app, coordinatorActor.username);
  for (const person of [kept, optedOut]) {
    const created = await worker.request({
      method: 'POST',
      url: `/api/v1/people/${person.id}/contacts`,
      payload: { durationMinutes: 40, mode: 'home', kind: 'meeting', note: 'Talked about the allotment with Layla' },
    });
    expect(created.statusCode).toBe(201);
  }
  return { team, coordinator, kept, optedOut, worker };
}

async function kickOff(client: SignedInClient, url: string, headers: Record<string, string> = ASYNC) {
  return client.request({ method: 'GET', url, headers });
}

/** Kicks off, writes it as a server would, and returns the manifest. */
async function exportAndWait(client: SignedInClient, url: string): Promise<{ status: string; manifest: Manifest }> {
  const started = await kickOff(client, url);
  expect(started.statusCode, started.body).toBe(202);
  const status = new URL(started.headers['content-location'] as string).pathname;
  const waiting = await client.request({ method: 'GET', url: status });
  expect(waiting.statusCode).toBe(202);
  expect(waiting.headers['retry-after']).toBe('2');
  await runBulkExports(t.deps);
  const done = await client.request({ method: 'GET', url: status });
  expect(done.statusCode, done.body).toBe(200);
  return { status, manifest: done.json<Manifest>() };
}

async function download(client: SignedInClient, url: string) {
  const response = await client.request({ method: 'GET', url: new URL(url).pathname });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('application/fhir+ndjson');
  const lines = response.body.split('\n');
  expect(lines.pop()).toBe('');
  const resources = lines.map((line) => JSON.parse(line) as { resourceType: string; id: string });
  for (const resource of resources) expect(fhirSchemaErrors(resource)).toEqual([]);
  return { text: response.body, resources };
}

describe('FHIR Bulk Data export', () => {
  it('exports a team as pseudonymised NDJSON: no names, notes or real ids, and no one who opted out', async () => {
    const { team, coordinator, kept, optedOut } = await teamWithPeople();
    const researcher = await signInAs(app, (await createFactories(t).account('researcher')).username);
    const { manifest } = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export`);

    expect(manifest.request).toContain(`/fhir/R4/Group/${team.id}/$export`);
    expect(manifest.output.map((o) => [o.type, o.count])).toEqual([
      ['CareTeam', 1],
      ['Encounter', 1],
      ['Patient', 1],
    ]);
    const files = await Promise.all(manifest.output.map((o) => download(researcher, o.url)));
    const everything = files.map((file) => file.text).join('');
    for (const secret of [kept.id, optedOut.id, coordinator.id, team.id, 'Layla', 'Robin', 'allotment', 'Ned']) {
      expect(everything).not.toContain(secret);
    }
    const [careTeam, encounter, patient] = files.map((file) => file.resources[0] as Record<string, unknown>);
    expect(patient).toMatchObject({ resourceType: 'Patient', meta: { security: [{ code: 'PSEUDED' }] } });
    expect(encounter).toMatchObject({
      resourceType: 'Encounter',
      status: 'finished',
      subject: { reference: `Patient/${patient!.id as string}` },
      length: { value: 40 },
    });
    expect(careTeam).toMatchObject({
      resourceType: 'CareTeam',
      subject: { reference: `Patient/${patient!.id as string}` },
      participant: [{ role: [{ coding: [{ code: 'care_coordinator' }] }] }],
    });

    // Both drivers answer with `rows`.
    const audited = (await t.handle.db.execute(
      sql`select action, count(*)::int as n from audit_event where action like 'fhir.bulk_export.%' group by action order by action`,
    )) as unknown as { rows: { action: string; n: number }[] };
    expect(audited.rows).toEqual([
      { action: 'fhir.bulk_export.download', n: 3 },
      { action: 'fhir.bulk_export.start', n: 1 },
    ]);
  });

  it('exports only the types asked for, and only what was written since _since', async () => {
    const { team } = await teamWithPeople();
    const researcher = await signInAs(app, (await createFactories(t).account('researcher')).username);
    const { manifest } = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export?_type=Patient`);
    expect(manifest.output.map((o) => o.type)).toEqual(['Patient']);

    const since = new Date(Date.now() + 60_000).toISOString();
    t.setNow(new Date(Date.now() + 120_000));
    const later = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export?_since=${since}`);
    expect(later.manifest.output).toEqual([]);
  });

  it('exports again, with _since, a care team whose membership ended and a person who changed since', async () => {
    const { team, kept, optedOut } = await teamWithPeople();
    const researcher = await signInAs(app, (await createFactories(t).account('researcher')).username);
    const first = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export`);
    const since = first.manifest.transactionTime;
    t.setNow(new Date());
    const unchanged = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export?_since=${since}`);
    expect(unchanged.manifest.output).toEqual([]);

    // The coordinator leaves Layla's care team; Ned opts back in to research.
    const admin = await createFactories(t).account('admin');
    const [membership] = await t.repositories.careTeams.listForPerson(kept.id);
    t.setNow(new Date());
    await endMembership(t.deps, { membershipId: membership!.id, endReason: 'worker_left_service' }, admin);
    const ned = await createFactories(t).account('service_user', { personId: optedOut.id });
    await setResearchChoice(t.deps, { personId: optedOut.id, optOut: false }, ned);

    t.setNow(new Date());
    const changed = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export?_since=${since}`);
    expect(changed.manifest.output.map((o) => [o.type, o.count])).toEqual([
      ['CareTeam', 1],
      ['Patient', 1],
    ]);
    const [careTeam] = (await download(researcher, changed.manifest.output[0]!.url)).resources as unknown as {
      participant: { period: { end?: string } }[];
    }[];
    expect(careTeam!.participant[0]!.period.end).toBeDefined();
  });

  it('refuses bad kick-offs with an OperationOutcome and starts nothing', async () => {
    const researcher = await signInAs(app, (await createFactories(t).account('researcher')).username);
    const cases: [string, Record<string, string>, number, string][] = [
      ['/fhir/R4/$export', { accept: 'application/fhir+json' }, 400, 'Prefer: respond-async'],
      ['/fhir/R4/$export?_type=Patient,Observation', ASYNC, 400, 'does not export Observation'],
      ['/fhir/R4/$export?_since=yesterday', ASYNC, 400, '_since must be an instant'],
      ['/fhir/R4/$export?_since=2999-01-01T00:00:00Z', ASYNC, 400, 'in the future'],
      ['/fhir/R4/$export?_outputFormat=text/csv', ASYNC, 400, 'NDJSON'],
      ['/fhir/R4/$export?_elements=id', ASYNC, 400, 'not supported'],
      ['/fhir/R4/Group/00000000-0000-7000-8000-000000000000/$export', ASYNC, 404, 'no group'],
      ['/fhir/R4/Group/not-an-id/$export', ASYNC, 404, 'no group'],
    ];
    for (const [url, headers, status, words] of cases) {
      const response = await kickOff(researcher, url, headers);
      expect(response.statusCode, url).toBe(status);
      expect(response.json()).toMatchObject({ resourceType: 'OperationOutcome' });
      expect(response.body, url).toContain(words);
    }
    expect(await runBulkExports(t.deps)).toBe(0);
  });

  it('is for researchers, and for team managers about their own team only', async () => {
    const f = createFactories(t);
    const { team, worker } = await teamWithPeople();
    const manager = await f.worker({ teamId: team.id, name: 'Morgan Manager' });
    const managerClient = await signInAs(app, (await f.account('team_manager', { workerId: manager.id })).username);
    const other = await f.team();

    expect((await kickOff(managerClient, `/fhir/R4/Group/${team.id}/$export`)).statusCode).toBe(202);
    for (const url of ['/fhir/R4/$export', `/fhir/R4/Group/${other.id}/$export`]) {
      const refused = await kickOff(managerClient, url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.body).toContain('own team only');
    }
    for (const role of ['admin', 'service_user', 'carer', 'student'] as const) {
      const client = await signInAs(app, (await f.account(role)).username);
      const refused = await kickOff(client, '/fhir/R4/$export');
      expect(refused.statusCode, role).toBe(403);
    }
    expect((await kickOff(worker, '/fhir/R4/$export')).statusCode).toBe(403);
    const signedOut = await app.inject({ method: 'GET', url: '/fhir/R4/$export', headers: ASYNC });
    expect(signedOut.statusCode).toBe(401);
    await runBulkExports(t.deps);
  });

  it('shows an export and its files to the account that asked only; deleted or expired, it is gone', async () => {
    const f = createFactories(t);
    const { team } = await teamWithPeople();
    const researcherActor = await f.account('researcher');
    let researcher = await signInAs(app, researcherActor.username);
    const otherResearcher = await signInAs(app, (await f.account('researcher')).username);
    const { status, manifest } = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export`);
    const file = new URL(manifest.output[0]!.url).pathname;

    for (const url of [status, file]) {
      const hidden = await otherResearcher.request({ method: 'GET', url });
      expect(hidden.statusCode, url).toBe(404);
      expect(hidden.body).not.toContain('PSEUDED');
    }
    expect((await otherResearcher.request({ method: 'DELETE', url: status })).statusCode).toBe(404);

    t.setNow(new Date(Date.now() + 25 * 3_600_000));
    researcher = await signInAs(app, researcherActor.username);
    expect((await researcher.request({ method: 'GET', url: status })).statusCode).toBe(410);
    expect((await researcher.request({ method: 'GET', url: file })).statusCode).toBe(410);
    await runBulkExports(t.deps);
    expect((await researcher.request({ method: 'GET', url: status })).statusCode).toBe(404);
    t.setNow(new Date());
    researcher = await signInAs(app, researcherActor.username);

    const second = await exportAndWait(researcher, `/fhir/R4/Group/${team.id}/$export`);
    expect((await researcher.request({ method: 'DELETE', url: second.status })).statusCode).toBe(202);
    expect((await researcher.request({ method: 'GET', url: second.status })).statusCode).toBe(404);
  });
});
