import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/app/app';
import type { Config } from '../../server/src/core/config';
import { createLogger } from '../../server/src/core/logger';
import { adminQuery, withDatabase } from '../setup/global-setup';

export interface TestServer extends RunningServer {
  databaseUrl: string;
  /** SQL statements run by the application pool since the last reset. */
  statements: string[];
  /**
   * The same statements with their parameters, e.g. to EXPLAIN them: always the last
   * `statements.length` ones, so `statements.length = 0` resets both.
   */
  readonly queries: readonly RecordedQuery[];
  /** Stops the server and drops this file's database. */
  stop(): Promise<void>;
}

/** One statement of the application pool as it was sent, placeholders and values apart. */
export interface RecordedQuery {
  sql: string;
  parameters: readonly unknown[];
}

let counter = 0;

/** A fresh clone of the migrated template database, for one test file. */
export async function cloneDatabase(): Promise<string> {
  const adminUrl = inject('adminUrl');
  const name = `fulcrum_t_${inject('runId')}_${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}_${counter++}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await adminQuery(inject('adminUrl'), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    nodeEnv: 'test',
    port: 0,
    databaseUrl: undefined,
    dataDir: path.join(os.tmpdir(), 'fulcrum-test-unused'),
    sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
    seedDemo: false,
    logLevel: (process.env.TEST_LOG_LEVEL as Config['logLevel']) ?? 'silent',
    publicUrl: undefined,
    clientDist: path.join(os.tmpdir(), 'fulcrum-no-client'),
    // Tests act as other client addresses through X-Forwarded-For from loopback (a local proxy).
    trustProxy: ['loopback'],
    smtpUrl: undefined,
    mailFrom: 'Fulcrum <fulcrum@test.example>',
    // Retries and jobs due later are looked for this often; new jobs arrive at once (LISTEN).
    jobPollIntervalMs: 50,
    ...overrides,
  };
}

/** Starts a real Fulcrum server on a free port against a fresh database. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const databaseUrl = overrides.databaseUrl ?? (await cloneDatabase());
  const statements: string[] = [];
  const recorded: RecordedQuery[] = [];
  const config = testConfig({ ...overrides, databaseUrl });
  const onQuery = (sql: string, parameters?: readonly unknown[]) => {
    // Keep only what `statements` still holds (tests reset it with `statements.length = 0`).
    if (recorded.length > statements.length) recorded.splice(0, recorded.length - statements.length);
    statements.push(sql);
    recorded.push({ sql, parameters: parameters ? [...parameters] : [] });
  };
  const server = await startServer({ config, log: createLogger(config.logLevel), onQuery });
  return {
    ...server,
    databaseUrl,
    statements,
    get queries() {
      return recorded.slice(recorded.length - statements.length);
    },
    async stop() {
      await server.close();
      if (!overrides.databaseUrl) await dropDatabase(databaseUrl);
    },
  };
}
