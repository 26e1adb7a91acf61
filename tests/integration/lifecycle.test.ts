import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedDatabase } from '../../server/src/app/db/embedded';
import { createLogger } from '../../server/src/core/logger';
import { errorCode, TestClient } from '../support/client';
import { addPerson, createOrg } from '../support/factories';
import { runServerProcess, startServerProcess } from '../support/process';
import { cloneDatabase, dropDatabase, startTestServer } from '../support/server';

const DEMO = { email: 'maya@northwind.example', password: 'fulcrum-demo-2026' };
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { role person { name } organization { name } } }`;

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fulcrum-life-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('start-up and shutdown of the real server process', () => {
  it('starts on the embedded database, seeds the demo, stops it on SIGTERM, and recovers after being killed', async () => {
    const dataDir = tempDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      FULCRUM_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      DATABASE_URL: undefined,
    };

    const first = await startServerProcess(env);
    expect(first.output()).toContain(DEMO.email);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    const maya = new TestClient(first.url);
    expect((await maya.ok(SIGN_IN, { input: DEMO })).signIn.role).toBe('ADMIN');
    expect(fs.existsSync(path.join(dataDir, 'session-secret'))).toBe(true);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    // Killed without a chance to clean up: its PostgreSQL keeps running and holding the directory.
    const second = await startServerProcess(env);
    second.child.kill('SIGKILL');
    await second.exited;
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

    const third = await startServerProcess(env);
    expect(third.output()).toMatch(/left running by an earlier run/);
    // Same data, same secret: the session of the first run is still valid, the demo not seeded twice.
    const again = new TestClient(third.url);
    again.sessionCookie = maya.sessionCookie;
    const { viewer } = await again.ok('{ viewer { person { name } } people { totalCount } }');
    expect(viewer.person.name).toBe('Maya Okafor');
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 120_000);

  it('runs on DATABASE_URL, migrating it, and drains an in-flight request on SIGTERM', async () => {
    const databaseUrl = await cloneDatabase();
    cleanups.push(() => dropDatabase(databaseUrl));
    const server = await startServerProcess({
      DATABASE_URL: databaseUrl,
      PORT: String(await freePort()),
      FULCRUM_DATA_DIR: tempDir(),
      FULCRUM_SEED_DEMO: 'false',
    });
    const org = await createOrg(server.url, 'Drain');

    // Hold the organization row so that addPerson (which locks it) waits inside the server.
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM organization WHERE id = $1 FOR UPDATE', [org.organizationId]);
    const inFlight = addPerson(org.admin, { name: 'Started before shutdown' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // New connections are refused while the old one finishes.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await blocker.query('COMMIT');
    await blocker.end();

    expect((await inFlight).id).toEqual(expect.any(String));
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('shutdown complete');
  }, 120_000);

  it('`npm start` builds what is not built, then serves the client and the demo on the embedded database', async () => {
    const { spawn } = await import('node:child_process');
    const dataDir = tempDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        FULCRUM_DATA_DIR: dataDir,
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await expect.poll(() => output, { timeout: 150_000, interval: 250 }).toMatch(/Fulcrum is running at/);
    expect(output).toContain('maya@northwind.example');
    const page = await fetch(`http://localhost:${port}/people`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);

  it('keeps the exit code once the embedded PostgreSQL package is loaded (its exit hooks are removed)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        '-e',
        "require('./server/src/app/db/embedded').loadEmbeddedPostgres().then(() => { process.exitCode = 3; })",
      ],
      {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, SWC_NODE_PROJECT: 'server/tsconfig.json' },
        stdio: 'ignore',
      },
    );
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(3);
  }, 30_000);

  it('refuses to start with a readable list of every bad setting', async () => {
    const run = runServerProcess({
      PORT: 'not-a-port',
      DATABASE_URL: 'nope',
      NODE_ENV: 'production',
      LOG_LEVEL: 'loud',
    });
    expect(await run.exited).toBe(1);
    const output = run.output();
    for (const key of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SESSION_SECRET']) expect(output).toContain(key);
  }, 30_000);
});

describe('losing the database', () => {
  it('answers 503 on /healthz and a coded error while PostgreSQL is down, and recovers by itself', async () => {
    const dataDir = tempDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const log = createLogger('silent');
    let database = await startEmbeddedDatabase(dataDir, log, { port });
    cleanups.push(() => database.stop());
    const server = await startTestServer({ databaseUrl: database.url });
    cleanups.push(() => server.stop());
    const org = await createOrg(server.url, 'Outage');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Connections killed under the server: a request that drew a dead connection fails with a
    // coded, retryable error (never a crash), and the pool replaces the connections by itself.
    const killer = new Client({ connectionString: database.url });
    await killer.connect();
    await killer.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fulcrum' AND pid <> pg_backend_pid()`,
    );
    await killer.end();
    // Whether the pool noticed first is a race: either outcome is asserted, nothing else passes.
    const afterKill = await org.admin.gql('{ viewer { person { name } } }');
    expect([
      { errors: undefined, name: 'Outage Admin' },
      { errors: [{ code: 'INTERNAL_SERVER_ERROR', retryable: true }], name: null },
    ]).toContainEqual({
      errors: afterKill.errors?.map((e) => ({ code: e.extensions?.code, retryable: e.extensions?.retryable })),
      name: afterKill.data?.viewer?.person.name ?? null,
    });
    await expect
      .poll(async () => (await org.admin.gql('{ viewer { person { name } } }')).data?.viewer?.person.name, {
        timeout: 5_000,
      })
      .toBe('Outage Admin');

    // The whole server stopped.
    await database.stop();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
    const during = await org.admin.gql('{ viewer { person { name } } }');
    expect(errorCode(during)).toBe('INTERNAL_SERVER_ERROR');
    expect(during.errors![0].message).toMatch(/unavailable/i);
    expect(during.errors![0].message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);

    database = await startEmbeddedDatabase(dataDir, log, { port });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await org.admin.ok('{ viewer { person { name } } }')).viewer.person.name).toBe('Outage Admin');
  }, 60_000);
});
