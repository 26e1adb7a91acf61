/**
 * Contender 1: Fulcrum's own server, started with `startServer` from the compiled server/dist
 * exactly as `npm start` does (migrations already applied, no demo), in production mode, with
 * its default pool of 10 connections. Every SQL statement its pool sends is counted through the
 * `onQuery` hook the tests use.
 */
import os from 'node:os';
import path from 'node:path';
import { fulcrum } from '../fulcrum.ts';
import { fail, send, serveChild, startOptions } from './child.ts';

try {
  const options = startOptions();
  let statements = 0;
  const server = await fulcrum.app().startServer({
    config: {
      nodeEnv: 'production',
      port: 0,
      databaseUrl: options.databaseUrl,
      dataDir: path.join(os.tmpdir(), 'fulcrum-bench-unused'),
      sessionSecret: options.sessionSecret,
      seedDemo: false,
      // One JSON line per request at `info`: the bench measures the GraphQL server, not pino.
      logLevel: (process.env.BENCH_FULCRUM_LOG_LEVEL as 'warn' | undefined) ?? 'warn',
      publicUrl: undefined,
      clientDist: path.join(os.tmpdir(), 'fulcrum-bench-no-client'),
      trustProxy: ['loopback'],
      smtpUrl: undefined,
      mailFrom: 'Fulcrum <fulcrum@localhost>',
      jobPollIntervalMs: 2_000,
    },
    onQuery: () => {
      statements++;
    },
  });
  serveChild(
    () => statements,
    () => server.close(),
  );
  send({ type: 'ready', port: server.port, node: process.version });
} catch (error) {
  fail(error);
}
