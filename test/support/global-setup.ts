import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase, pgliteClientOf } from '../../src/storage/database';
import { migrateDatabase } from '../../src/storage/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: { adminUrl: string; templateName: string } | null;
  }
}

/**
 * Migrates one template database per run: a PGlite snapshot on disk, and, when
 * TANDEM_TEST_DATABASE_URL is set, a PostgreSQL template database. Each test file then gets a
 * fresh copy in well under a second instead of migrating from scratch.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const pgliteTemplatePath = await preparePgliteTemplate();
  project.provide('pgliteTemplatePath', pgliteTemplatePath);
  // The snapshot is this run's alone (named by process id): it goes when the run ends.
  const removePgliteTemplate = () => rmSync(pgliteTemplatePath, { force: true });
  const url = process.env.TANDEM_TEST_DATABASE_URL;
  if (!url) {
    project.provide('postgresTemplate', null);
    return async () => removePgliteTemplate();
  }
  const templateName = `tandem_template_${process.pid}`;
  await adminQuery(url, `drop database if exists ${templateName}`);
  await adminQuery(url, `create database ${templateName}`);
  const handle = await openDatabase({ engine: 'postgres', url: withDatabase(url, templateName), poolSize: 1 });
  await migrateDatabase(handle);
  await handle.close();
  project.provide('postgresTemplate', { adminUrl: url, templateName });
  return async () => {
    removePgliteTemplate();
    await adminQuery(url, `drop database if exists ${templateName}`);
  };
}

async function preparePgliteTemplate(): Promise<string> {
  const handle = await openDatabase({ engine: 'pglite-memory' });
  await migrateDatabase(handle);
  const snapshot = await pgliteClientOf(handle).dumpDataDir('none');
  await handle.close();
  const folder = join(process.cwd(), '.tandem-test');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `pglite-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await snapshot.arrayBuffer()));
  return path;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
