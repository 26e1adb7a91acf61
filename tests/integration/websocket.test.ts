import { REQUEST_LIMITS, SOCKET_LIMITS } from '@fulcrum/shared';
import type { Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TestClient } from '../support/client';
import {
  addAgendaItem,
  oneOnOneTeam,
  schedule,
  socket,
  subscribe,
  until,
  type Subscriber,
} from '../support/one-on-ones';
import type { PlanSummary, Team } from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/**
 * graphql-ws on /graphql has the HTTP path's protections (issue 12): the same parse limit,
 * validation rules, introspection policy, cost limit and error masking, only subscriptions, a
 * message size limit, a connection-init timeout, caps on subscriptions per socket and sockets
 * per session; one read per event whatever the number of subscribers; and events written
 * while the instance's LISTEN connection was away are replayed.
 */

let server: TestServer;
let team: Team;
let plan: PlanSummary;
beforeAll(async () => {
  server = await startTestServer();
  ({ team, plan } = await oneOnOneTeam(server.url, 'Socket'));
});
afterAll(() => server?.stop());

const wsUrl = (base: string) => base.replace(/^http/, 'ws') + '/graphql';

/** The first answer to one operation over graphql-ws: data or errors, however the server answers. */
async function once(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: any; errors?: any[] }> {
  try {
    return await new Promise((resolve) => {
      const stop = client.subscribe(
        { query, variables },
        {
          next: (value) => {
            stop();
            resolve(value as { data?: any; errors?: any[] });
          },
          error: (error) =>
            resolve({
              errors: Array.isArray(error) ? error : [{ message: (error as Partial<Error>).message ?? String(error) }],
            }),
          complete: () => resolve({}),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** A raw socket speaking graphql-transport-ws, for what a library client would never send. */
function rawSocket(
  base: string,
  headers: Record<string, string> = {},
): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }>; messages: any[] }> {
  const ws = new WebSocket(wsUrl(base), 'graphql-transport-ws', {
    headers: { origin: base, ...headers },
  });
  const messages: any[] = [];
  // Text frames arrive as one Buffer.
  ws.on('message', (data) => messages.push(JSON.parse((data as Buffer).toString('utf8'))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, closed, messages }));
    ws.once('error', reject);
  });
}

async function acknowledged(base: string, cookie?: string) {
  const raw = await rawSocket(base, cookie ? { cookie: `fulcrum_session=${cookie}` } : {});
  raw.ws.send(JSON.stringify({ type: 'connection_init' }));
  await until(
    () => raw.messages.some((m) => m.type === 'connection_ack') || raw.ws.readyState !== WebSocket.OPEN,
    5_000,
    'the ack',
  );
  return raw;
}

const SUBSCRIPTION = `subscription($id: ID!) { oneOnOneChanged(id: $id) { change oneOnOne { id } } }`;

describe('the same protections as HTTP', () => {
  it('runs only subscriptions: queries and mutations are refused and change nothing', async () => {
    const before = await team.manager.client.ok(`{ viewer { calendarFeedUrl } }`);
    const query = await once(socket(server.url, team.manager.client), `{ viewer { role } }`);
    expect(query.data).toBeUndefined();
    expect(query.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(query.errors?.[0]?.message).toMatch(/POST \/graphql/);
    const mutation = await once(
      socket(server.url, team.manager.client),
      `mutation { rotateCalendarFeed { calendarFeedUrl } }`,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(await team.manager.client.ok(`{ viewer { calendarFeedUrl } }`)).toEqual(before);
  });

  it('refuses subscriptions deeper, more aliased, costlier or longer than the limits, and bad variables', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    let nested = 'id';
    for (let i = 0; i < REQUEST_LIMITS.maxDepth; i++)
      nested = `plan { oneOnOnes(first: 1) { edges { node { ${nested} } } } }`;
    const deep = await once(
      socket(server.url, team.manager.client),
      `subscription($id: ID!) { oneOnOneChanged(id: $id) { oneOnOne { ${nested} } } }`,
      { id: oneOnOne.id },
    );
    expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);

    const aliases = Array.from({ length: REQUEST_LIMITS.maxAliasesPerField + 1 }, (_, i) => `a${i}: id`).join(' ');
    const aliased = await once(
      socket(server.url, team.manager.client),
      `subscription($id: ID!) { oneOnOneChanged(id: $id) { oneOnOne { ${aliases} } } }`,
      { id: oneOnOne.id },
    );
    expect(aliased.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const costly = await once(
      socket(server.url, team.manager.client),
      `subscription($id: ID!) { oneOnOneChanged(id: $id) { oneOnOne { plan { oneOnOnes(first: 100) { edges { node { plan { oneOnOnes(first: 100) { edges { node { agenda { id text } actionItems { id text } } } } } } } } } } } }`,
      { id: oneOnOne.id },
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costly.errors?.[0]?.message).toMatch(/too expensive/);

    const fields = Array.from({ length: REQUEST_LIMITS.maxTokens }, () => 'x').join(' ');
    const long = await once(
      socket(server.url, team.manager.client),
      `subscription($id: ID!) { oneOnOneChanged(id: $id) { ${fields} } }`,
      { id: oneOnOne.id },
    );
    expect(long.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

    const badVariable = await once(socket(server.url, team.manager.client), SUBSCRIPTION, {
      id: { nested: true },
    });
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('logs and masks unexpected errors: no SQL reaches the subscriber', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    await server.db.query(`ALTER TABLE one_on_one RENAME TO one_on_one_away`);
    try {
      const broken = await subscribe(socket(server.url, team.manager.client), oneOnOne.id);
      await broken.done;
      expect(broken.errors.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(broken.errors)).not.toMatch(/one_on_one|relation|SELECT/);
      await broken.close();
    } finally {
      await server.db.query(`ALTER TABLE one_on_one_away RENAME TO one_on_one`);
    }
  });

  it('in production, no introspection for anyone, and no landing page on GET /graphql', async () => {
    const production = await startTestServer({ nodeEnv: 'production' });
    try {
      const anonymous = new TestClient(production.url);
      const overSocket = await once(socket(production.url, anonymous), `subscription { __schema { types { name } } }`);
      expect(overSocket.data).toBeUndefined();
      expect(overSocket.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const overHttp = await anonymous.gql(`{ __schema { types { name } } }`);
      expect(overHttp.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
      const body = await page.text();
      expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(body).not.toMatch(/<script|apollo-server-landing-page|embeddable-sandbox/i);
    } finally {
      await production.stop();
    }
  });
});

describe('limits of the socket itself', () => {
  it(`closes a socket that sends a message over ${SOCKET_LIMITS.maxMessageBytes} bytes, and the server keeps serving`, async () => {
    const raw = await acknowledged(server.url, team.manager.client.sessionCookie);
    raw.ws.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: `subscription { ${'x'.repeat(SOCKET_LIMITS.maxMessageBytes)} }` },
      }),
    );
    expect((await raw.closed).code).toBe(1009);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it(`closes a socket that does not initialise within ${SOCKET_LIMITS.connectionInitTimeoutMs} ms`, async () => {
    const raw = await rawSocket(server.url);
    expect((await raw.closed).code).toBe(4408);
  });

  it(`refuses subscription ${SOCKET_LIMITS.maxSubscriptionsPerConnection + 1} on one socket with RATE_LIMITED; the others keep running`, async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const raw = await acknowledged(server.url, team.manager.client.sessionCookie);
    for (let i = 1; i <= SOCKET_LIMITS.maxSubscriptionsPerConnection + 1; i++) {
      raw.ws.send(
        JSON.stringify({
          id: String(i),
          type: 'subscribe',
          payload: { query: SUBSCRIPTION, variables: { id: oneOnOne.id } },
        }),
      );
    }
    const refused = () => raw.messages.find((m) => m.type === 'error');
    await until(() => refused() !== undefined, 5_000, 'the refusal');
    expect(refused().id).toBe(String(SOCKET_LIMITS.maxSubscriptionsPerConnection + 1));
    expect(refused().payload[0].extensions.code).toBe('RATE_LIMITED');

    await addAgendaItem(team.senior.client, oneOnOne.id, 'To every open subscription');
    await until(
      () => raw.messages.filter((m) => m.type === 'next').length === SOCKET_LIMITS.maxSubscriptionsPerConnection,
      5_000,
      'an event per subscription',
    );
    raw.ws.close();
  });

  it(`refuses socket ${SOCKET_LIMITS.maxConnectionsPerSession + 1} of one session (4429, RATE_LIMITED) until one closes`, async () => {
    const cookie = team.peer.client.sessionCookie;
    const open = [];
    for (let i = 0; i < SOCKET_LIMITS.maxConnectionsPerSession; i++) open.push(await acknowledged(server.url, cookie));
    expect(open.every((s) => s.ws.readyState === WebSocket.OPEN)).toBe(true);

    const extra = await acknowledged(server.url, cookie);
    const refused = await extra.closed;
    expect(refused.code).toBe(4429);
    expect(refused.reason).toMatch(/^RATE_LIMITED/);
    // Another session is not affected.
    const other = await acknowledged(server.url, team.senior.client.sessionCookie);
    expect(other.messages.map((m) => m.type)).toEqual(['connection_ack']);
    other.ws.close();

    open[0].ws.close();
    await open[0].closed;
    await until(
      async () => {
        const again = await acknowledged(server.url, cookie);
        const accepted = again.ws.readyState === WebSocket.OPEN;
        again.ws.close();
        return accepted;
      },
      5_000,
      'a socket accepted again',
    );
    for (const s of open) s.ws.close();
  });
});

describe('events', () => {
  it('one read per event for all subscribers on the instance, not one per subscriber', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const fields = `change by { id name } oneOnOne { id }`;
    const statementsOf = async (edit: () => Promise<unknown>, expected: () => boolean) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.statements.length = 0;
      await edit();
      await until(expected, 10_000, 'every event');
      await new Promise((resolve) => setTimeout(resolve, 200));
      return server.statements.length;
    };
    const alone = await statementsOf(
      () => addAgendaItem(team.senior.client, oneOnOne.id, 'Nobody listens'),
      () => true,
    );

    const sockets = [team.manager.client, team.senior.client].flatMap((who) => [
      socket(server.url, who),
      socket(server.url, who),
    ]);
    const subscribers: Subscriber[] = (
      await Promise.all(
        sockets.map((client) => Promise.all(Array.from({ length: 20 }, () => subscribe(client, oneOnOne.id, fields)))),
      )
    ).flat();
    const heard = await statementsOf(
      () => addAgendaItem(team.senior.client, oneOnOne.id, 'Eighty listen'),
      () => subscribers.every((s) => s.events.length === 1),
    );
    expect(subscribers.flatMap((s) => s.errors)).toEqual([]);
    expect(heard - alone).toBe(1);
    await Promise.all(subscribers.map((s) => s.close()));
  }, 60_000);

  it('replays what was written while the instance was not listening', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const live = await subscribe(
      socket(server.url, team.manager.client),
      oneOnOne.id,
      `change oneOnOne { agenda { text } }`,
    );
    const admin = new PgClient({ connectionString: server.databaseUrl });
    await admin.connect();
    try {
      // The listening connection dies; the edit commits before it is back (it retries after 250 ms).
      const { rows } = await admin.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'fulcrum-events' AND datname = current_database()`,
      );
      expect(rows).toEqual([{ ok: true }]);
      await addAgendaItem(team.senior.client, oneOnOne.id, 'While nobody listened');
      await until(() => live.events.length === 1, 10_000, 'the replayed event');
      expect(live.events[0].oneOnOne.agenda.map((a) => a.text)).toContain('While nobody listened');
      // Delivered once, and live delivery resumes.
      await addAgendaItem(team.senior.client, oneOnOne.id, 'After');
      await until(() => live.events.length === 2, 10_000, 'the next event');
      expect(live.events.map((e) => e.change)).toEqual(['AGENDA', 'AGENDA']);
    } finally {
      await admin.end();
      await live.close();
    }
  });
});
