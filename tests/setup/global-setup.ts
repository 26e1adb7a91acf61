import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/src/app/db/embedded';
import { runMigrations } from '../../server/src/app/db/migrate';
import { createLogger } from '../../server/src/core/logger';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection URL to the test cluster's maintenance database. */
    adminUrl: string;
    /** The migrated database every test file clones. */
    templateDatabase: string;
    runId: string;
  }
}

/**
 * Starts one real PostgreSQL for the whole run (embedded, or the server in DATABASE_URL),
 * migrates a template database once, and hands both to the test files, which clone it.
 */
export default async function setup(project: TestProject) {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fulcrum-test-pg-'));
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedDatabase(dataDir, log);
    baseUrl = embedded.url;
  }
  const adminUrl = withDatabase(baseUrl, 'postgres');
  const templateDatabase = `fulcrum_template_${runId}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${templateDatabase}`);
  await runMigrations(withDatabase(baseUrl, templateDatabase), log);

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);

  return async () => {
    if (embedded) {
      await embedded.stop();
      fs.rmSync(dataDir!, { recursive: true, force: true });
      return;
    }
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `%${runId}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await client.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
