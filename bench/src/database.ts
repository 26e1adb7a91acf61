/**
 * A fresh database for one bench run: an embedded PostgreSQL in a temporary directory (with
 * pg_stat_statements preloaded), or a new database on the server in DATABASE_URL. Fulcrum's
 * migrations are applied with server/src/app/db/migrate.ts, as on start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fulcrum } from './fulcrum.ts';

export interface BenchDatabase {
  /** The bench database. */
  url: string;
  /** The cluster's maintenance database. */
  adminUrl: string;
  /** Where the URL came from, for the report. */
  kind: 'embedded' | 'DATABASE_URL';
  /** True when pg_stat_statements answers in the bench database. */
  statementStats: boolean;
  serverVersion: string;
  stop(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const silent = () => fulcrum.logger().createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn');

export async function startDatabase(): Promise<BenchDatabase> {
  const name = `fulcrum_bench_${Date.now().toString(36)}_${process.pid}`;
  const log = silent();
  const { startEmbeddedDatabase } = fulcrum.embedded();

  let adminUrl: string;
  let kind: BenchDatabase['kind'];
  let stopCluster: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    kind = 'DATABASE_URL';
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
    stopCluster = async () => {
      await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
  } else {
    kind = 'embedded';
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fulcrum-bench-pg-'));
    // When run as root the cluster runs as the `postgres` user, which must reach the directory.
    fs.chmodSync(dataDir, 0o755);
    let embedded = await startEmbeddedDatabase(dataDir, log);
    const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
    try {
      // Statements are counted on the database side: pg_stat_statements has to be preloaded,
      // which takes a restart of the freshly initialised cluster.
      await query(
        withDatabase(embedded.url, 'postgres'),
        `ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`,
      );
      await query(withDatabase(embedded.url, 'postgres'), `ALTER SYSTEM SET pg_stat_statements.track = 'top'`);
      await embedded.stop();
      embedded = await startEmbeddedDatabase(dataDir, log);
    } catch (error) {
      await embedded.stop().catch(() => undefined);
      removeDir();
      throw error;
    }
    adminUrl = withDatabase(embedded.url, 'postgres');
    const cluster = embedded;
    stopCluster = async () => {
      await cluster.stop();
      removeDir();
    };
  }

  try {
    await query(adminUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(adminUrl, name);
    await fulcrum.migrate().runMigrations(url, log);
    let statementStats = false;
    try {
      await query(url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await query(url, 'SELECT pg_stat_statements_reset()');
      statementStats = true;
    } catch {
      // Not preloaded on an external server: statements are then counted by the clients only.
    }
    const [{ server_version }] = await query<{ server_version: string }>(url, 'SHOW server_version');
    let stopped = false;
    return {
      url,
      adminUrl,
      kind,
      statementStats,
      serverVersion: server_version,
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopCluster();
      },
    };
  } catch (error) {
    await stopCluster().catch(() => undefined);
    throw error;
  }
}

/**
 * Top-level statements run in the bench database since the last reset, by every client but
 * this reader, and the time PostgreSQL spent executing them. Utility statements (BEGIN, COMMIT,
 * SET) count too: each is a round trip.
 */
export async function statementCalls(url: string): Promise<{ calls: number; executionMs: number; rows: number }> {
  const [row] = await query<{ calls: string | null; ms: number | null; rows: string | null }>(
    url,
    `SELECT sum(calls)::bigint AS calls, sum(total_exec_time)::float8 AS ms, sum(rows)::bigint AS rows
       FROM pg_stat_statements s
       JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = current_database() AND s.toplevel
        AND s.query NOT ILIKE '%pg_stat_statements%'`,
  );
  return {
    calls: Number(row.calls ?? 0),
    executionMs: row.ms ?? 0,
    rows: Number(row.rows ?? 0),
  };
}

/** The statements behind `statementCalls`, most called first (text shortened). */
export async function statementList(
  url: string,
  divideBy: number,
): Promise<{ perRequest: number; rowsPerRequest: number; query: string }[]> {
  const rows = await query<{ calls: string; rows: string; query: string }>(
    url,
    `SELECT s.calls, s.rows, s.query
       FROM pg_stat_statements s
       JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = current_database() AND s.toplevel
        AND s.query NOT ILIKE '%pg_stat_statements%'
      ORDER BY s.calls DESC, s.query`,
  );
  const per = (n: string) => Math.round((Number(n) / divideBy) * 10) / 10;
  return rows.map((r) => ({
    perRequest: per(r.calls),
    rowsPerRequest: per(r.rows),
    query: r.query.replace(/\s+/g, ' ').slice(0, 160),
  }));
}

export async function resetStatements(url: string): Promise<void> {
  await query(url, 'SELECT pg_stat_statements_reset()');
}
