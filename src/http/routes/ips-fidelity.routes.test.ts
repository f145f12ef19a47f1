import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import { ipsPersonTakenOn, signInTeamManager } from '../../../test/support/ips-fixtures';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('IPS fidelity API', () => {
  it('lets a manager score a review of their team and see indicators counted from the records beside the items', async () => {
    const { kim, manager } = await ipsPersonTakenOn(t, app);
    const employer = await kim.request({
      method: 'POST',
      url: '/api/v1/ips/employers',
      payload: { name: 'Green Spaces', sector: 'Gardening' },
    });
    for (const contactedOn of ['2026-06-01', '2026-06-08', '2026-06-09']) {
      const made = await kim.request({
        method: 'POST',
        url: '/api/v1/ips/employer-contacts',
        payload: { employerId: employer.json().id, contactedOn, isFaceToFace: true, purpose: 'job_development' },
      });
      expect(made.statusCode).toBe(201);
    }

    const scores = [5, 5, 4, ...Array<number>(22).fill(4)];
    const bad = await manager.request({
      method: 'POST',
      url: '/api/v1/ips/fidelity-reviews',
      payload: { reviewedOn: '2026-06-10', reviewers: 'A. Reviewer', scores: scores.slice(1) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Score all 25 items.');
    const saved = await manager.request({
      method: 'POST',
      url: '/api/v1/ips/fidelity-reviews',
      payload: { reviewedOn: '2026-06-10', reviewers: 'A. Reviewer and B. Peer', scores },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().total).toBe(102);

    const view = (await manager.request({ method: 'GET', url: '/api/v1/ips/fidelity' })).json();
    expect(view.items).toHaveLength(25);
    expect(view.reviews[0].score).toEqual({
      total: 102,
      sections: { staffing: 14, organisation: 32, services: 56 },
      band: 'good',
    });
    const indicator = (key: string) => view.indicators.find((i: { key: string }) => i.key === key);
    expect(indicator('caseload_per_specialist')).toMatchObject({ value: 1, meetsAnchor: true });
    expect(indicator('face_to_face_employer_contacts_per_week')).toMatchObject({ value: 3 / 13, meetsAnchor: false });
  });

  it('refuses workers, and managers asking about another team', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const worker = await signInAs(app, world.coordinatorActor.username);
    expect((await worker.request({ method: 'GET', url: '/api/v1/ips/fidelity' })).statusCode).toBe(403);
    const manager = await signInTeamManager(app, f, world.team.id);
    const other = await f.team();
    expect((await manager.request({ method: 'GET', url: `/api/v1/ips/fidelity?teamId=${other.id}` })).statusCode).toBe(
      403,
    );
    const admin = await signInAs(app, world.admin.username);
    const noTeam = await admin.request({ method: 'GET', url: '/api/v1/ips/fidelity' });
    expect(noTeam.statusCode).toBe(400);
  });
});
