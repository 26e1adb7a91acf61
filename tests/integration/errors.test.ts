import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResponse } from '../support/client';
import { addPerson, createOrg } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const INTERNALS = /select|column|title_x|relation|person|typeorm|postgres|sql|stack|\bat\b.*\.(js|ts)/i;

function expectMasked(result: GraphQLResponse): void {
  expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
  const error = result.errors![0];
  expect(error.message).not.toMatch(INTERNALS);
  expect(JSON.stringify(error.extensions)).not.toMatch(INTERNALS);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  expect(error.extensions).not.toHaveProperty('exception');
}

describe('unexpected failures', () => {
  it('are masked as INTERNAL_SERVER_ERROR with no internals, and the server recovers', async () => {
    const org = await createOrg(server.url, 'Masked');
    const person = await addPerson(org.admin, { title: 'Analyst' });
    await server.db.query('ALTER TABLE person RENAME COLUMN title TO title_x');
    try {
      const list = await org.admin.gql('{ people { edges { node { id title } } } }');
      expectMasked(list);
      expect(list.errors![0].path).toEqual(['people']);
      expectMasked(
        await org.admin.gql('query($id: ID!) { person(id: $id) { name title } }', {
          id: person.id,
        }),
      );
      expectMasked(
        await org.admin.gql('mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }', {
          input: { name: 'During outage', level: 'MID', track: 'MANAGER' },
        }),
      );
    } finally {
      await server.db.query('ALTER TABLE person RENAME COLUMN title_x TO title');
    }
    const { people } = await org.admin.ok('{ people { edges { node { id title } } } }');
    expect(people.edges.map((e: { node: { title: string | null } }) => e.node.title)).toContain('Analyst');
  });

  it('carry a request id in the response, the key to the logged error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-123' },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    const generated = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not a valid id; drop table' },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('bad variables', () => {
  it('are refused before anything runs: HTTP 400, BAD_USER_INPUT naming the field, nothing written', async () => {
    const org = await createOrg(server.url, 'Bad variables');
    const before = await org.admin.ok('{ people { edges { node { id } } } }');
    const result = await org.admin.gql('mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }', {
      input: { name: 'Wizard', level: 'WIZARD', track: 'MANAGER' },
    });
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'level' })]);
    const after = await org.admin.ok('{ people { edges { node { id } } } }');
    expect(after.people.edges).toHaveLength(before.people.edges.length);
  });
});

describe('statement timeout', () => {
  it('is 5 s on the connections of the application pool', async () => {
    const runner = server.db.createQueryRunner();
    try {
      const [row] = await runner.query('SHOW statement_timeout');
      expect(row.statement_timeout).toBe('5s');
    } finally {
      await runner.release();
    }
    const [viaPool] = await server.db.query('SHOW statement_timeout');
    expect(viaPool.statement_timeout).toBe('5s');
  });

  it('stops a request stuck in the database after 5 s with a retryable INTERNAL_SERVER_ERROR', async () => {
    const org = await createOrg(server.url, 'Slow');
    const blocker = server.db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    try {
      await blocker.query('LOCK TABLE person IN ACCESS EXCLUSIVE MODE');
      const result = await org.admin.gql('{ people { totalCount } }');
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors![0].extensions!.retryable).toBe(true);
      expect(result.errors![0].message).toMatch(/too long/i);
      expect(result.errors![0].message).not.toMatch(INTERNALS);
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    const { people } = await org.admin.ok('{ people { totalCount } }');
    expect(people.totalCount).toBe(1);
  });
});
