/**
 * Contender 2: PostGraphile 5 in library mode (the amber preset, grafserv on node:http), against
 * the same database with a pool of the same size, read-only: mutations are not generated and
 * every transaction is read-only. The viewer is resolved the way Fulcrum does it, from the
 * session cookie: `pgSettings` hands the token's HMAC to the SQL (bench/sql/postgraphile-functions.sql).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { SESSION_COOKIE } from '../fulcrum.ts';
import { fail, hashToken, send, serveChild, sessionToken, startOptions } from './child.ts';

try {
  const options = startOptions();
  let statements = 0;
  // Count what PostGraphile's pool sends (the same `pg` the adaptor loads).
  // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied below with the client as `this`
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;

  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    // Read-only: no mutations. Without PgIndexBehaviorsPlugin every column can order a list
    // (as in PostGraphile 4), so delegations can be ordered by created_at as Fulcrum does.
    disablePlugins: [
      'PgMutationCreatePlugin',
      'PgMutationUpdateDeletePlugin',
      'MutationPayloadQueryPlugin',
      'PgMutationPayloadEdgePlugin',
      'PgIndexBehaviorsPlugin',
    ],
    pgServices: [
      makePgService({
        connectionString: options.databaseUrl,
        schemas: ['public', 'bench_pgl'],
        poolConfig: { max: options.poolSize, options: '-c default_transaction_read_only=on' },
        pubsub: false,
        pgSettings: (requestContext) => {
          const token = sessionToken(requestContext.node?.req.headers.cookie, SESSION_COOKIE);
          return { 'fulcrum.token_hash': token ? hashToken(options.sessionSecret, token) : '' };
        },
      }),
    ],
    grafserv: { graphiql: false, watch: false, websockets: false, graphqlOverGET: false },
    grafast: { explain: false },
    schema: { dontSwallowErrors: true },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server);
  await pgl.getSchema();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveChild(
    () => statements,
    async () => {
      server.close();
      await pgl.release();
    },
  );
  send({ type: 'ready', port: (server.address() as AddressInfo).port, node: process.version });
} catch (error) {
  fail(error);
}
