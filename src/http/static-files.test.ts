import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { buildApp } from './build-app';

let t: TestDatabase;
let app: FastifyInstance;
const webRoot = mkdtempSync(join(tmpdir(), 'tandem-web-root-'));
beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tandem</title>');
  writeFileSync(join(webRoot, 'assets', 'index-CD7br4zQ.js'), 'console.log(1)');
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await createTestDatabase();
  app = await buildApp({ services: t.deps, engine: t.engine, version: 'test', webRoot });
});
afterAll(async () => {
  await app.close();
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the web app’s files', () => {
  it('lets browsers keep hashed assets for a year, and makes them check everything else', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-CD7br4zQ.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers any page address with index.html, never cached, and unknown API addresses with a JSON 404', async () => {
    const page = await app.inject({ method: 'GET', url: '/people/123/care-plan' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<title>Tandem</title>');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
