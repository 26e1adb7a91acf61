import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../server/src/app/db/embedded';
import { MIGRATION_LOCK } from '../../server/src/app/db/migrate';
import { DEMO_PASSWORD, demoSignIns } from '../../server/src/app/seed/demo';
import { TestClient } from '../support/client';
import { runServerProcess } from '../support/process';
import { cloneDatabase, dropDatabase } from '../support/server';
import { adminQuery, withDatabase } from '../setup/global-setup';

const MAYA = { email: 'maya@northwind.example', password: DEMO_PASSWORD };
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { role person { name } organization { name } } }`;

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

let counter = 0;
/** A database with nothing in it, not even the migrations (dropped with the run like the clones). */
async function emptyDatabase(): Promise<string> {
  const adminUrl = inject('adminUrl');
  const name = `fulcrum_t_${inject('runId')}_race_${process.pid}_${counter++}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  return withDatabase(adminUrl, name);
}

type Run = ReturnType<typeof runServerProcess>;

/** Waits until the process prints its URL and answers 200 on /healthz. */
async function healthy(run: Run, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = /Fulcrum is running at (\S+)/.exec(run.output())?.[1];
    if (url) {
      const status = await fetch(`${url}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return url;
    }
    if (run.child.exitCode !== null)
      throw new Error(`a server exited during start-up (code ${run.child.exitCode}):\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`a server did not become healthy in time:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Real server processes spawned in the same tick against one database, all seeding the demo. */
async function start(databaseUrl: string, count: number): Promise<Run[]> {
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const runs = ports.map((port) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fulcrum-race-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    return runServerProcess({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      FULCRUM_DATA_DIR: dataDir,
      FULCRUM_SEED_DEMO: 'true',
    });
  });
  for (const run of runs) {
    cleanups.push(async () => {
      if (run.child.exitCode !== null || run.child.signalCode !== null) return;
      run.child.kill('SIGTERM');
      const stopped = await Promise.race([
        run.exited,
        new Promise((resolve) => setTimeout(() => resolve('timeout'), 15_000)),
      ]);
      if (stopped === 'timeout') run.child.kill('SIGKILL');
    });
  }
  return runs;
}

async function expectOneDemo(databaseUrl: string, runs: Run[]): Promise<void> {
  const urls = await Promise.all(runs.map((run) => healthy(run)));

  // All print the demo sign-ins, though only one of them seeded it.
  for (const run of runs) expect(run.output()).toContain(MAYA.email);
  expect(runs.filter((run) => run.output().includes('demo organization seeded'))).toHaveLength(1);

  for (const url of urls) {
    const { signIn } = await new TestClient(url).ok(SIGN_IN, { input: MAYA });
    expect(signIn).toEqual({
      role: 'ADMIN',
      person: { name: 'Maya Okafor' },
      organization: { name: 'Northwind Analytics (demo)' },
    });
  }

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const organizations = await db.query<{ name: string }>(`SELECT name FROM organization`);
    expect(organizations.rows).toEqual([{ name: 'Northwind Analytics (demo)' }]);
    const emails = demoSignIns().map((s) => s.email);
    const people = await db.query<{ email: string; people: number; accounts: number }>(
      `SELECT e.email,
              (SELECT count(*)::int FROM person p WHERE p.email = e.email) AS people,
              (SELECT count(*)::int FROM account a WHERE a.email = e.email) AS accounts
         FROM unnest($1::text[]) AS e(email) ORDER BY e.email`,
      [emails],
    );
    expect(people.rows).toEqual([...emails].sort().map((email) => ({ email, people: 1, accounts: 1 })));
  } finally {
    await db.end();
  }
}

describe('two instances starting at once with the demo seeding', () => {
  it('on an empty database: both migrate (one applies, one waits), both come up, one demo organization', async () => {
    const databaseUrl = await emptyDatabase();
    cleanups.push(() => dropDatabase(databaseUrl));
    const runs = await start(databaseUrl, 2);
    await expectOneDemo(databaseUrl, runs);
    // The migrations ran once, under the lock: the instance that waited found nothing left to apply.
    expect(runs.filter((run) => run.output().includes('migrations applied'))).toHaveLength(1);
  }, 150_000);

  it('on a migrated database: both reach the seed together, both come up, one demo organization', async () => {
    const databaseUrl = await cloneDatabase();
    cleanups.push(() => dropDatabase(databaseUrl));
    // A start gate, so that the two reach the seed within a few milliseconds of each other however
    // differently fast they load: the test holds the migration lock until both wait on it.
    const gate = new Client({ connectionString: databaseUrl });
    await gate.connect();
    cleanups.push(() => gate.end());
    await gate.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const runs = await start(databaseUrl, 2);
    await expect
      .poll(
        async () => {
          const { rows } = await gate.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = 'fulcrum-migrate-lock' AND wait_event_type = 'Lock'`,
          );
          return rows[0].waiting;
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBe(2);
    await gate.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await expectOneDemo(databaseUrl, runs);
    // The race did happen: the other one found no demo at first, waited on the seed lock, and then found it.
    expect(
      runs.filter((run) => run.output().includes('demo organization already seeded by another instance')),
    ).toHaveLength(1);
  }, 150_000);

  it('a seed killed half-way leaves nothing behind, and the next start seeds the whole demo', async () => {
    const databaseUrl = await cloneDatabase();
    cleanups.push(() => dropDatabase(databaseUrl));
    const inDatabase = async (sql: string) => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query<{ n: number }>(sql)).rows[0].n;
      } finally {
        await client.end();
      }
    };
    // Sam's address taken by an uncommitted account: the seed stops there, after the organization,
    // Maya and Sam's person are written, waiting on the unique index.
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    cleanups.push(() => blocker.end().catch(() => undefined));
    await blocker.query('BEGIN');
    const {
      rows: [org],
    } = await blocker.query<{ id: string }>(`INSERT INTO organization (name) VALUES ('Blocker') RETURNING id`);
    const {
      rows: [person],
    } = await blocker.query<{ id: string }>(
      `INSERT INTO person (organization_id, name, level, track) VALUES ($1, 'Blocker', 'SENIOR', 'INDIVIDUAL_CONTRIBUTOR') RETURNING id`,
      [org.id],
    );
    await blocker.query(
      `INSERT INTO account (organization_id, person_id, email, password_hash, role) VALUES ($1, $2, 'sam@northwind.example', 'x', 'MEMBER')`,
      [org.id, person.id],
    );

    const [crashing] = await start(databaseUrl, 1);
    // Waiting on the blocker's transaction (not on the seed lock): the insert of Sam's account.
    const waitingSeeds = `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'fulcrum' AND wait_event = 'transactionid'`;
    await expect.poll(() => inDatabase(waitingSeeds), { timeout: 60_000, interval: 50 }).toBe(1);
    crashing.child.kill('SIGKILL');
    await crashing.exited;
    await blocker.query('ROLLBACK');
    // Its connection ends (and its transaction with it) once PostgreSQL notices the client is gone.
    const itsConnections = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'fulcrum'`;
    await expect.poll(() => inDatabase(itsConnections), { timeout: 20_000, interval: 100 }).toBe(0);
    expect(
      await inDatabase(
        `SELECT ((SELECT count(*) FROM organization) + (SELECT count(*) FROM person) + (SELECT count(*) FROM account))::int AS n`,
      ),
    ).toBe(0);

    await expectOneDemo(databaseUrl, await start(databaseUrl, 1));
  }, 150_000);
});
