import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { runMigrations } from '../../server/src/app/db/migrate';
import { createMigrationDataSource } from '../../server/src/app/db/data-source';
import { createLogger } from '../../server/src/core/logger';
import { createOrg } from '../support/factories';
import { dropDatabase, startTestServer, type TestServer } from '../support/server';
import { adminQuery, withDatabase } from '../setup/global-setup';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Runs one operation over graphql-ws, as a browser would, with the given cookie and origin. */
function overWebSocket(query: string, headers: Record<string, string>): Promise<{ data?: any; errors?: any[] }> {
  const url = server.url.replace(/^http/, 'ws') + '/graphql';
  return new Promise((resolve, reject) => {
    const client = createClient({
      url,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      },
      retryAttempts: 0,
      on: { closed: (event) => reject(new Error(`closed: ${(event as { code?: number }).code}`)) },
    });
    let result: { data?: any; errors?: any[] } = {};
    client.subscribe(
      { query },
      {
        next: (value) => (result = value as typeof result),
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => {
          resolve(result);
          void client.dispose();
        },
      },
    );
  });
}

describe('GraphQL over WebSocket at /graphql', () => {
  it('runs subscriptions as the account of the session cookie', async () => {
    const org = await createOrg(server.url, 'Sockets');
    const cookie = `fulcrum_session=${org.admin.sessionCookie}`;
    // The admin is in no 1:1: NOT_FOUND, not UNAUTHENTICATED, shows the session was read.
    const id = '00000000-0000-4000-8000-000000000000';
    const subscription = `subscription { oneOnOneChanged(id: "${id}") { change } }`;
    const signedIn = await overWebSocket(subscription, { cookie, origin: server.url });
    expect(signedIn.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await overWebSocket(subscription, { origin: server.url });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a handshake from another origin, so a foreign page cannot ride the cookie', async () => {
    const org = await createOrg(server.url, 'Origins');
    await expect(
      overWebSocket('subscription { oneOnOneChanged(id: "00000000-0000-4000-8000-000000000000") { change } }', {
        cookie: `fulcrum_session=${org.admin.sessionCookie}`,
        origin: 'https://evil.example',
      }),
    ).rejects.toThrow(/closed: 4403/);
  });
});

describe('the built client', () => {
  it('answers client routes with index.html only when the client is built, never API paths', async () => {
    // The test server has no client build: the root says how to build it, API paths are untouched.
    const root = await fetch(`${server.url}/`);
    expect(root.status).toBe(503);
    expect(await root.text()).toMatch(/npm run build/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('migrations', () => {
  it('apply on an empty database, revert completely, and apply again', async () => {
    const name = `fulcrum_m_${inject('runId')}_${randomUUID().slice(0, 8)}`;
    await adminQuery(inject('adminUrl'), `CREATE DATABASE ${name}`);
    const url = withDatabase(inject('adminUrl'), name);
    const log = createLogger('silent');
    const tables = async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      );
      await client.end();
      return rows.map((r) => r.table_name);
    };
    try {
      const applied = await runMigrations(url, log);
      expect(applied.length).toBeGreaterThan(0);
      const created = await tables();
      expect(created).toEqual(
        expect.arrayContaining([
          'organization',
          'person',
          'account',
          'session',
          'invitation',
          'growth_plan',
          'activity',
        ]),
      );
      // Running again is a no-op.
      expect(await runMigrations(url, log)).toEqual([]);

      const dataSource = createMigrationDataSource(url, log);
      await dataSource.initialize();
      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      await dataSource.destroy();
      expect(await tables()).toEqual([]);

      expect(await runMigrations(url, log)).toEqual(applied);
      expect(await tables()).toEqual(created);
    } finally {
      await dropDatabase(url);
    }
  });

  it('every tenant-owned table carries an indexed organization_id', async () => {
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ table_name: string; indexed: boolean }>(`
      SELECT c.table_name,
             EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                      WHERE i.indrelid = c.table_name::regclass AND a.attname = 'organization_id') AS indexed
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'`);
    const { rows: all } = await client.query<{ table_name: string }>(
      // dev_mailbox_message: the development mailbox (no SMTP_URL, outside production) belongs to no tenant.
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'organization', 'sign_in_limit', 'dev_mailbox_message')`,
    );
    await client.end();
    expect(rows.map((r) => r.table_name).sort()).toEqual(all.map((r) => r.table_name).sort());
    expect(rows.filter((r) => !r.indexed)).toEqual([]);
  });
});
