import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/http-client';
import { ipsPersonTakenOn } from '../../../test/support/ips-fixtures';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('IPS outcomes CSV', () => {
  it('gives a manager one row per group and quarter with the rate against the benchmark, and refuses a worker', async () => {
    const { world, kim, manager } = await ipsPersonTakenOn(t, app);

    const csv = await manager.request({ method: 'GET', url: '/api/v1/analytics/ips.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'level,name,quarter,on_caseload,in_competitive_work,employment_rate,benchmark,median_days_to_first_job,median_job_tenure_days',
    );
    // Referred and taken on 15 June 2026: on the caseload in 2026 Q2, not in work.
    expect(lines.filter((line) => line.startsWith('specialist,Kim Okafor,2026 Q2,'))).toEqual([
      'specialist,Kim Okafor,2026 Q2,1,0,0,0.4,,',
    ]);
    expect(csv.body).not.toContain(world.person.name);
    expect((await kim.request({ method: 'GET', url: '/api/v1/analytics/ips.csv' })).statusCode).toBe(403);
  });
});
