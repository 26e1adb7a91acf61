/**
 * Contender 3, the physical limit: a minimal node:http server that answers the manager-home
 * request with one hand-written SQL statement (bench/queries/manager-home.sql). PostgreSQL
 * builds the whole response body, `{"data":{"visiblePlans":[…]}}`, and Node writes it out
 * untouched: no GraphQL parsing, no validation, no objects per row.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SESSION_COOKIE } from '../fulcrum.ts';
import { fail, hashToken, send, serveChild, sessionToken, startOptions } from './child.ts';

try {
  const options = startOptions();
  const sql = fs.readFileSync(new URL('../../queries/manager-home.sql', import.meta.url), 'utf8');
  let statements = 0;
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize,
    application_name: 'bench-raw',
  });
  pool.on('error', () => undefined);
  const home = { name: 'manager_home', text: sql };

  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const token = sessionToken(req.headers.cookie, SESSION_COOKIE);
      if (req.method !== 'POST' || req.url !== '/graphql' || !token) {
        res.writeHead(req.method !== 'POST' ? 405 : 401).end();
        return;
      }
      statements++;
      pool.query<{ body: string }>({ ...home, values: [hashToken(options.sessionSecret, token)] }).then(
        ({ rows }) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(rows[0].body);
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveChild(
    () => statements,
    async () => {
      server.close();
      await pool.end();
    },
  );
  send({ type: 'ready', port: (server.address() as AddressInfo).port, node: process.version });
} catch (error) {
  fail(error);
}
