/**
 * `npm run bench`: Fulcrum's manager home against PostGraphile 5 and one hand-written SQL
 * statement, side by side in one run, on one freshly seeded database of 1 000 people.
 *
 *   1. a fresh database (embedded PostgreSQL with pg_stat_statements, or DATABASE_URL), migrated;
 *   2. the organization seeded in bulk; the head of it is the manager measured;
 *   3. the three servers, each in its own Node 22 process with a pool of 10 connections;
 *   4. the head signs in through Fulcrum's `signIn`; the same session cookie serves all three;
 *   5. the three answers are compared (ordering normalised) — the run stops if they differ;
 *   6. a warm-up, then one request at a time: SQL statements per request counted by PostgreSQL
 *      (pg_stat_statements, top level) and by each server's own client, the rows and time
 *      PostgreSQL spent, the server's CPU time;
 *   7. autocannon on loopback at 1 and 10 connections, the three taking turns in rounds so
 *      that other work on the machine weighs on all alike; every response is checked byte for
 *      byte against the first one;
 *   8. the table, and bench/results.json.
 *
 * Options: --duration=10 (measured seconds per contender and connection count) --warmup=5
 *          --rounds=2 (slices per run, contenders taking turns) --ramp=3 (unmeasured seconds
 *          at the start of each slice)
 *          --connections=1,10 --only=fulcrum,postgraphile,raw
 *          --profile (CPU profiles of the three servers into bench/profiles, summarised)
 *          --output=path (default bench/results.json; bench/profiles/results.json with --profile)
 *          --node-options="--max-semi-space-size=64" (flags for the three servers' Node alike)
 *          --candidate=/path/to/other/server/dist (a fourth contender: another build of Fulcrum's
 *          server, e.g. with an optimisation, measured side by side with this checkout's)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canonical, COMPARED_FIELDS, firstDifference, fromFulcrum, fromPostGraphile, type HomeRow } from './compare.ts';
import {
  query,
  resetStatements,
  startDatabase,
  statementCalls,
  statementList,
  type BenchDatabase,
} from './database.ts';
import { SESSION_COOKIE } from './fulcrum.ts';
import { slice, type Slice } from './load.ts';
import { summariseProfile } from './profile-summary.ts';
import { HEAD_EMAIL, HEAD_PASSWORD, seed, SHAPE } from './seed.ts';
import { startChild, type Child } from './children.ts';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const POOL_SIZE = 10;
const STATEMENT_SAMPLE = 20;
const SESSION_SECRET = 'bench-session-secret-bench-session-secret-0123456789';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    ramp: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,10' },
    only: { type: 'string', default: 'fulcrum,postgraphile,raw' },
    profile: { type: 'boolean', default: false },
    output: { type: 'string' },
    'node-options': { type: 'string', default: '' },
    candidate: { type: 'string' },
  },
});
const duration = Number(options.duration);
const warmup = Number(options.warmup);
const connectionCounts = options.connections.split(',').map(Number);
const rounds = Math.max(1, Number(options.rounds));
const ramp = Number(options.ramp);
const profileDir = path.join(BENCH_DIR, 'profiles');
const output =
  options.output ?? (options.profile ? path.join(profileDir, 'results.json') : path.join(BENCH_DIR, 'results.json'));

type Key = 'fulcrum' | 'candidate' | 'postgraphile' | 'raw';
interface Contender {
  key: Key;
  label: string;
  script: string;
  env?: Record<string, string>;
  document: string;
  normalise: (body: unknown) => HomeRow[];
}

const requestBody = (contender: { document: string }) =>
  JSON.stringify({ query: contender.document, operationName: 'ManagerHome' });
const read = (file: string) => fs.readFileSync(path.join(BENCH_DIR, file), 'utf8');
const ALL_CONTENDERS: Contender[] = [
  {
    key: 'fulcrum',
    label: 'Fulcrum',
    script: 'src/servers/fulcrum-server.ts',
    document: read('queries/manager-home.graphql'),
    normalise: (b) => fromFulcrum(b),
  },
  ...(options.candidate
    ? [
        {
          key: 'candidate' as const,
          label: 'Fulcrum candidate',
          script: 'src/servers/fulcrum-server.ts',
          env: { BENCH_FULCRUM_DIST: path.resolve(options.candidate) },
          document: read('queries/manager-home.graphql'),
          normalise: (b: unknown) => fromFulcrum(b, 'The candidate'),
        },
      ]
    : []),
  {
    key: 'postgraphile',
    label: 'PostGraphile 5',
    script: 'src/servers/postgraphile-server.ts',
    document: read('queries/manager-home.postgraphile.graphql'),
    normalise: fromPostGraphile,
  },
  // The raw server ignores the body; it is sent Fulcrum's so that every request is the same size.
  {
    key: 'raw',
    label: 'raw SQL (pg)',
    script: 'src/servers/raw-server.ts',
    document: read('queries/manager-home.graphql'),
    normalise: (b) => fromFulcrum(b, 'The raw server'),
  },
];
const CONTENDERS = ALL_CONTENDERS.filter((c) => c.key === 'candidate' || options.only.split(',').includes(c.key));

interface Run {
  connections: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  requests: number;
  errors: number;
  non2xx: number;
  mismatchedBodies: number;
  /** The machine's 1-minute load average as each slice started (other work on the machine skews a run). */
  loadAverage: number[];
}

interface Measured {
  label: string;
  node: string;
  responseBytes: number;
  /** Fields in the answer (every key of every object): what a GraphQL executor completes. */
  responseFields: number;
  statementsPerRequest: { database: number | null; client: number };
  /** Time PostgreSQL spent executing them, per request (sequential requests, no load). */
  databaseMsPerRequest: number | null;
  /** Whole request seen by the client, median of the sequential sample. */
  sequentialMsPerRequest: number;
  /** CPU time of the server's Node process per request (user + system), sequential sample. */
  serverCpuMsPerRequest: number;
  /** Rows those statements returned, per request. */
  rowsPerRequest: number | null;
  /** What PostgreSQL saw per request (pg_stat_statements), most frequent first. */
  statements: { perRequest: number; rowsPerRequest: number; query: string }[];
  runs: Run[];
}

const cleanups: (() => Promise<unknown>)[] = [];
let cleaningUp: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error('cleanup:', error));
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers and the database…`);
    void cleanup().finally(() => process.exit(130));
  });
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function post(
  port: number,
  body: string,
  cookie?: string,
): Promise<{ status: number; text: string; setCookie: string[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return {
    status: response.status,
    text: await response.text(),
    setCookie: response.headers.getSetCookie(),
  };
}

async function signIn(port: number): Promise<string> {
  const body = JSON.stringify({
    query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { role } }',
    variables: { input: { email: HEAD_EMAIL, password: HEAD_PASSWORD } },
  });
  const response = await post(port, body);
  const cookie = response.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (response.status !== 200 || !cookie)
    throw new Error(`signIn failed (${response.status}): ${response.text.slice(0, 500)}`);
  return cookie;
}

/**
 * Waits until the server has finished what autocannon left in flight (its CPU goes quiet), so
 * that nothing of one measurement spills into the next one.
 */
async function settle(child: Child, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quiet = 0;
  let last = (await child.stats()).cpuMicros;
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = (await child.stats()).cpuMicros;
    quiet = now - last < 3_000 ? quiet + 1 : 0;
    last = now;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function merge(connections: number, slices: Slice[]): Run {
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const ok = slices.reduce((n, s) => n + s.ok, 0);
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  return {
    connections,
    requestsPerSecond: round(ok / seconds, 1),
    latencyMs: {
      p50: round(percentile(latencies, 50), 1),
      p90: round(percentile(latencies, 90), 1),
      p99: round(percentile(latencies, 99), 1),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length), 1),
      max: round(latencies.at(-1) ?? NaN, 1),
    },
    requests: ok,
    errors: slices.reduce((n, s) => n + s.errors, 0),
    non2xx: slices.reduce((n, s) => n + s.non2xx, 0),
    mismatchedBodies: slices.reduce((n, s) => n + s.mismatches, 0),
    loadAverage: slices.map((s) => round(s.loadAverage, 2)),
  };
}

function countFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countFields(v), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + 1 + countFields(v), 0);
  return 0;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function gitInfo(): { commit: string | null; uncommittedServerChanges: boolean | null } {
  const repo = path.join(BENCH_DIR, '..');
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server/src', 'shared/src', 'migrations'], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    return { commit, uncommittedServerChanges: dirty.length > 0 };
  } catch {
    return { commit: null, uncommittedServerChanges: null };
  }
}

function table(results: Partial<Record<Key, Measured>>): string {
  const label = 24;
  const cell = 30;
  const n = (value: number | null | undefined, digits = 0) =>
    (value === null || value === undefined ? '—' : value.toFixed(digits)).padStart(8);
  const runOf = (m: Measured | undefined, c: number) => m?.runs.find((r) => r.connections === c);
  const lines = [
    ''.padEnd(label) +
      connectionCounts.map((c) => `${c} connection${c === 1 ? '' : 's'}`.padEnd(cell)).join('') +
      'per request (one at a time)',
    'contender'.padEnd(label) +
      connectionCounts.map(() => '   req/s   p50 ms   p99 ms'.padEnd(cell)).join('') +
      'SQL stmts   SQL ms   CPU ms',
  ];
  for (const contender of CONTENDERS) {
    const m = results[contender.key];
    if (!m) continue;
    const cells = connectionCounts.map((c) => {
      const run = runOf(m, c);
      return `${n(run?.requestsPerSecond, 1)} ${n(run?.latencyMs.p50)} ${n(run?.latencyMs.p99)}`.padEnd(cell);
    });
    lines.push(
      contender.label.padEnd(label) +
        cells.join('') +
        ` ${n(m.statementsPerRequest.database ?? m.statementsPerRequest.client, 1)} ${n(m.databaseMsPerRequest, 1)} ${n(m.serverCpuMsPerRequest, 1)}`,
    );
  }
  const pairs = [
    ['fulcrum', 'Fulcrum / PostGraphile', 'postgraphile'],
    ['fulcrum', 'Fulcrum / raw', 'raw'],
    ['candidate', 'candidate / Fulcrum', 'fulcrum'],
    ['candidate', 'candidate / PostGraphile', 'postgraphile'],
    ['candidate', 'candidate / raw', 'raw'],
  ] as const;
  for (const [mine, name, other] of pairs) {
    if (!results[mine] || !results[other]) continue;
    const cells = connectionCounts.map((c) => {
      const a = runOf(results[mine], c)?.requestsPerSecond;
      const b = runOf(results[other], c)?.requestsPerSecond;
      return (a && b ? `${(a / b).toFixed(2)}×` : '—').padStart(8).padEnd(cell);
    });
    lines.push(name.padEnd(label) + cells.join(''));
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  log(
    `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ${duration} s per run at ${connectionCounts.join(' and ')} connections after ${warmup} s of warm-up`,
  );

  const db: BenchDatabase = await startDatabase();
  cleanups.push(() => db.stop());
  log(
    `PostgreSQL ${db.serverVersion} (${db.kind}), fresh database migrated; pg_stat_statements ${db.statementStats ? 'on' : 'unavailable: statements counted by the clients only'}`,
  );

  const seeded = await seed(db.url);
  log(
    `seeded in ${seeded.seconds.toFixed(1)} s: ${Object.entries(seeded.counts)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}`,
  );
  await query(db.url, read('sql/postgraphile-functions.sql'));

  if (options.profile) fs.mkdirSync(profileDir, { recursive: true });
  const children = new Map<Key, Child>();
  for (const contender of CONTENDERS) {
    const execArgv = [
      ...options['node-options'].split(' ').filter(Boolean),
      ...(options.profile
        ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${contender.key}.cpuprofile`]
        : []),
    ];
    const child = await startChild(
      path.join(BENCH_DIR, contender.script),
      { databaseUrl: db.url, sessionSecret: SESSION_SECRET, poolSize: POOL_SIZE },
      execArgv,
      contender.env,
    );
    cleanups.push(() => child.stop());
    children.set(contender.key, child);
    log(`${contender.label} listening on ${child.port} (Node ${child.node}, pool of ${POOL_SIZE})`);
  }

  // Sign in as the head through Fulcrum's own mutation (a Fulcrum server is needed for that).
  let signInChild = children.get('fulcrum');
  if (!signInChild) {
    const started = await startChild(
      path.join(BENCH_DIR, 'src/servers/fulcrum-server.ts'),
      { databaseUrl: db.url, sessionSecret: SESSION_SECRET, poolSize: POOL_SIZE },
      [],
    );
    cleanups.push(() => started.stop());
    signInChild = started;
  }
  const cookie = await signIn(signInChild.port);
  log(
    `signed in as ${HEAD_EMAIL} (the head: ${SHAPE.managers} managers, ${SHAPE.people - 1 - SHAPE.managers} reports below)`,
  );

  // The same data from all three, before anything is measured.
  const bodies = new Map<Key, string>();
  const answers = new Map<Key, HomeRow[]>();
  for (const contender of CONTENDERS) {
    const child = got(children, contender.key);
    const response = await post(child.port, requestBody(contender), cookie);
    if (response.status !== 200)
      throw new Error(`${contender.label} answered ${response.status}: ${response.text.slice(0, 800)}`);
    bodies.set(contender.key, response.text);
    answers.set(contender.key, contender.normalise(JSON.parse(response.text)));
  }
  const [reference, ...others] = CONTENDERS;
  const referenceRows = got(answers, reference.key);
  let sameOrder = true;
  for (const other of others) {
    const rows = got(answers, other.key);
    const difference = firstDifference(canonical(referenceRows), canonical(rows));
    if (difference) throw new Error(`${reference.label} and ${other.label} do not return the same data: ${difference}`);
    if (firstDifference(referenceRows, rows)) sameOrder = false;
  }
  const plansReturned = referenceRows.length;
  log(
    `the ${CONTENDERS.length} answers hold the same data: ${plansReturned} plans, ${referenceRows.reduce((n, r) => n + r.delegations.length, 0)} delegations, ${referenceRows.reduce((n, r) => n + r.delegations.reduce((m, d) => m + d.checkIns.length, 0), 0)} check-ins${sameOrder ? ', in the same order' : ' (orders differ)'}`,
  );

  // Every contender warmed up (JIT, caches, pool connections) before anything is measured.
  for (const contender of CONTENDERS) {
    if (warmup <= 0) break;
    const child = got(children, contender.key);
    await slice(
      child,
      requestBody(contender),
      cookie,
      Math.max(...connectionCounts),
      0,
      warmup,
      got(bodies, contender.key),
    );
    await settle(child);
    log(`${contender.label} warmed up (${warmup} s at ${Math.max(...connectionCounts)} connections)`);
  }

  // One request at a time: SQL statements (counted on both sides), PostgreSQL's execution time,
  // the server's CPU time.
  const results: Partial<Record<Key, Measured>> = {};
  for (const contender of CONTENDERS) {
    const child = got(children, contender.key);
    const body = requestBody(contender);
    if (db.statementStats) await resetStatements(db.url);
    const before = await child.stats();
    const times: number[] = [];
    for (let i = 0; i < STATEMENT_SAMPLE; i++) {
      const t = performance.now();
      await post(child.port, body, cookie);
      times.push(performance.now() - t);
    }
    const after = await child.stats();
    const client = after.statements - before.statements;
    const database = db.statementStats ? await statementCalls(db.url) : null;
    const statements = db.statementStats ? await statementList(db.url, STATEMENT_SAMPLE) : [];
    results[contender.key] = {
      label: contender.label,
      node: child.node,
      responseBytes: Buffer.byteLength(got(bodies, contender.key)),
      responseFields: countFields(JSON.parse(got(bodies, contender.key))),
      statementsPerRequest: {
        database: database === null ? null : round(database.calls / STATEMENT_SAMPLE, 1),
        client: round(client / STATEMENT_SAMPLE, 1),
      },
      databaseMsPerRequest: database === null ? null : round(database.executionMs / STATEMENT_SAMPLE, 1),
      rowsPerRequest: database === null ? null : round(database.rows / STATEMENT_SAMPLE, 0),
      sequentialMsPerRequest: round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)], 1),
      serverCpuMsPerRequest: round((after.cpuMicros - before.cpuMicros) / 1000 / STATEMENT_SAMPLE, 1),
      statements,
      runs: [],
    };
  }
  for (const c of CONTENDERS) {
    const m = got(results, c.key);
    log(
      `${c.label.padEnd(17)} ${m.statementsPerRequest.database ?? '?'} statements per request (database; ${m.statementsPerRequest.client} by its client); one request alone: ${m.sequentialMsPerRequest} ms, of which PostgreSQL executing ${m.databaseMsPerRequest ?? '?'} ms (${m.rowsPerRequest ?? '?'} rows); ${m.serverCpuMsPerRequest} ms of server CPU; ${(m.responseBytes / 1024).toFixed(0)} KiB, ${m.responseFields} fields`,
    );
  }

  // Load: for each connection count, the contenders take turns in `rounds` slices of
  // duration/rounds measured seconds, each after `ramp` unmeasured seconds (other work on a
  // shared machine then weighs on all of them alike); a contender's slices merge into one run.
  for (const connections of connectionCounts) {
    const slices = new Map<Key, Slice[]>(CONTENDERS.map((c) => [c.key, []]));
    for (let r = 0; r < rounds; r++) {
      for (const contender of CONTENDERS) {
        const child = got(children, contender.key);
        got(slices, contender.key).push(
          await slice(
            child,
            requestBody(contender),
            cookie,
            connections,
            ramp,
            duration / rounds,
            got(bodies, contender.key),
          ),
        );
        await settle(child);
      }
    }
    for (const contender of CONTENDERS) {
      const run = merge(connections, got(slices, contender.key));
      got(results, contender.key).runs.push(run);
      const problems = run.errors + run.non2xx + run.mismatchedBodies;
      log(
        `${contender.label.padEnd(15)} ${String(connections).padStart(2)} conn: ${run.requestsPerSecond.toFixed(1).padStart(7)} req/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms (${run.requests} requests; load ${run.loadAverage.join(', ')})${problems ? `; ${run.errors} errors, ${run.non2xx} non-2xx, ${run.mismatchedBodies} mismatched bodies` : ''}`,
      );
    }
  }

  const ratio = (other: Key, mine: Key = 'fulcrum') =>
    Object.fromEntries(
      connectionCounts.map((c) => {
        const a = results[mine]?.runs.find((r) => r.connections === c)?.requestsPerSecond;
        const b = results[other]?.runs.find((r) => r.connections === c)?.requestsPerSecond;
        return [String(c), a && b ? round(a / b, 2) : null];
      }),
    );
  const ratios = {
    fulcrumToPostgraphile: ratio('postgraphile'),
    fulcrumToRaw: ratio('raw'),
    ...(results.candidate
      ? {
          candidateToPostgraphile: ratio('postgraphile', 'candidate'),
          candidateToRaw: ratio('raw', 'candidate'),
          candidateToFulcrum: ratio('fulcrum', 'candidate'),
        }
      : {}),
  };
  const targets = { fulcrumToPostgraphile: 1.0, fulcrumToRaw: 0.5 };
  const met = {
    fulcrumToPostgraphile: Object.values(ratios.fulcrumToPostgraphile).every(
      (r) => r !== null && r >= targets.fulcrumToPostgraphile,
    ),
    fulcrumToRaw: Object.values(ratios.fulcrumToRaw).every((r) => r !== null && r >= targets.fulcrumToRaw),
  };

  console.log(
    `\nManager home: ${plansReturned} plans for the head of a ${SHAPE.people}-person organization, ${os.cpus().length} cores, Node ${process.version}\n`,
  );
  console.log(table(results));
  console.log(
    `\nSQL stmts: top-level statements PostgreSQL ran per request (pg_stat_statements); SQL ms: their execution time;\nCPU ms: the server process's CPU time per request (user + system). Ratios are requests/s.`,
  );
  console.log(
    `\nTargets: Fulcrum ≥ ${targets.fulcrumToPostgraphile}× PostGraphile (${met.fulcrumToPostgraphile ? 'met' : 'NOT met'}), ≥ ${targets.fulcrumToRaw}× raw (${met.fulcrumToRaw ? 'met' : 'NOT met'}).`,
  );

  const git = gitInfo();
  const report = {
    date: new Date().toISOString(),
    command: 'npm run bench',
    git,
    fulcrumBuild: process.env.BENCH_FULCRUM_DIST
      ? `${path.resolve(process.env.BENCH_FULCRUM_DIST)}${process.env.BENCH_FULCRUM_LABEL ? ` (${process.env.BENCH_FULCRUM_LABEL})` : ''}`
      : 'server/dist of this checkout',
    candidate: options.candidate ? path.resolve(options.candidate) : undefined,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`,
      arch: os.arch(),
    },
    node: {
      bench: process.version,
      system: process.env.BENCH_SYSTEM_NODE ?? null,
      ...Object.fromEntries(CONTENDERS.map((c) => [c.key, got(children, c.key).node])),
    },
    postgres: {
      version: db.serverVersion,
      kind: db.kind,
      statementCounting: db.statementStats
        ? 'pg_stat_statements (top level, utility statements included)'
        : 'client side only',
    },
    settings: {
      poolSize: POOL_SIZE,
      durationSeconds: duration,
      rounds,
      rampSecondsPerSlice: ramp,
      warmupSeconds: warmup,
      connections: connectionCounts,
      statementSample: STATEMENT_SAMPLE,
      profiled: options.profile,
      nodeOptions: options['node-options'] || null,
    },
    dataset: { ...SHAPE, rows: seeded.counts, plansReturned },
    query: {
      fulcrum: 'bench/queries/manager-home.graphql',
      postgraphile: 'bench/queries/manager-home.postgraphile.graphql (+ bench/sql/postgraphile-functions.sql)',
      raw: 'bench/queries/manager-home.sql',
      comparedFields: COMPARED_FIELDS,
      identicalData: true,
      identicalOrder: sameOrder,
    },
    contenders: results,
    ratios,
    targets: { ...targets, met },
  };
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), output)}`);

  await cleanup();
  if (options.profile) {
    for (const contender of CONTENDERS) {
      const file = path.join(profileDir, `${contender.key}.cpuprofile`);
      if (fs.existsSync(file))
        console.log(`\n${contender.label}: ${path.relative(process.cwd(), file)}\n${summariseProfile(file)}`);
    }
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanup();
    process.exit(1);
  },
);

/** What the bench recorded itself, one entry per contender: a missing one is a bug in the bench. */
function got<V>(from: ReadonlyMap<Key, V> | Partial<Record<Key, V>>, key: Key): V {
  const value = from instanceof Map ? (from as ReadonlyMap<Key, V>).get(key) : (from as Partial<Record<Key, V>>)[key];
  if (value === undefined) throw new Error(`bench: nothing recorded for ${key}`);
  return value;
}
