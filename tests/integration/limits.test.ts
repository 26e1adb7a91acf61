import { REQUEST_LIMITS } from '@fulcrum/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResponse } from '../support/client';
import { addPerson, createOrg, type Org } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let org: Org;
beforeAll(async () => {
  server = await startTestServer();
  org = await createOrg(server.url, 'Limits');
});
afterAll(() => server?.stop());

/** `{ viewer { person { manager { manager … { id } } } } }` with `depth` levels of fields. */
function depthQuery(depth: number): string {
  // viewer, person and the final id take 3 levels; the rest are nested managers.
  let inner = 'id';
  for (let i = 0; i < depth - 3; i++) inner = `manager { ${inner} }`;
  return `{ viewer { person { ${inner} } } }`;
}

function aliasQuery(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
}

async function raw(
  body: string | undefined,
  init: { method?: string; headers?: Record<string, string>; path?: string } = {},
) {
  const response = await fetch(`${server.url}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  let json: GraphQLResponse | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    json,
    text,
  };
}

async function expectServerHealthy(): Promise<void> {
  const { viewer } = await org.admin.ok('{ viewer { role person { id } } }');
  expect(viewer).toEqual({ role: 'ADMIN', person: { id: org.adminPersonId } });
}

describe('query depth', () => {
  it('accepts depth 12 and rejects depth 13 with GRAPHQL_VALIDATION_FAILED', async () => {
    const accepted = await org.admin.gql(depthQuery(12));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.viewer.person).toEqual({ manager: null });

    for (const depth of [13, 40]) {
      const rejected = await org.admin.gql(depthQuery(depth));
      expect(errorCode(rejected)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(rejected.errors![0].message).toBe(`Query depth limit of 12 exceeded, found ${depth}.`);
      expect(rejected.data ?? undefined).toBeUndefined();
      expect(rejected.status).toBe(400);
    }
    await expectServerHealthy();
  });

  it('counts depth through fragments too', async () => {
    let fragments = 'fragment F0 on Person { id }';
    for (let i = 1; i <= 12; i++) fragments += ` fragment F${i} on Person { manager { ...F${i - 1} } }`;
    const rejected = await org.admin.gql(`{ viewer { person { ...F12 } } } ${fragments}`);
    expect(errorCode(rejected)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('aliases', () => {
  it('accepts 20 aliases of one field and rejects 21', async () => {
    const accepted = await org.admin.gql(aliasQuery(20));
    expect(accepted.errors).toBeUndefined();
    expect(Object.keys(accepted.data!)).toHaveLength(20);
    expect(accepted.data!.a19).toEqual({ role: 'ADMIN' });

    const rejected = await org.admin.gql(aliasQuery(21));
    expect(errorCode(rejected)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(rejected.errors![0].message).toMatch(/alias/i);
    expect(rejected.data ?? undefined).toBeUndefined();
  });

  it('counts aliases of a nested field across the whole document', async () => {
    const names = Array.from({ length: 21 }, (_, i) => `n${i}: name`).join(' ');
    const rejected = await org.admin.gql(`{ viewer { person { ${names} } } }`);
    expect(errorCode(rejected)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('cost', () => {
  it('rejects deeply nested lists with a message about cost', async () => {
    const result = await org.admin.gql(
      `{ people(first: 100) { edges { node { reports { reports { reports { id } } } } } } }`,
    );
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/expensive|cost/i);
    expect(result.errors![0].extensions!.cost).toBeGreaterThan(result.errors![0].extensions!.maxCost);
    expect(result.data ?? undefined).toBeUndefined();
  });

  it('accepts a normal query: a full page of people with their manager and reports', async () => {
    await addPerson(org.admin, { managerId: org.adminPersonId });
    const result = await org.admin.gql(
      `{ people(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email title level track specialty hasAccount manager { id name } reports { id name } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.people.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('prices the same query through variables', async () => {
    const query = `query($first: Int) { people(first: $first) { edges { node { reports { reports { reports { id } } } } } } }`;
    expect(errorCode(await org.admin.gql(query, { first: 100 }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await org.admin.gql(query, { first: 1 })).errors).toBeUndefined();
    // Estimates are kept per document and variables: asked again, each answer is the same.
    expect(errorCode(await org.admin.gql(query, { first: 100 }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await org.admin.gql(query, { first: 1 })).errors).toBeUndefined();
  });

  it('rejects a document that expands to an enormous number of fields, without an internal error', async () => {
    // Each fragment spreads the previous one ten times: 10^6 fields from a few hundred bytes.
    let fragments = 'fragment F0 on Person { id }';
    for (let i = 1; i <= 6; i++)
      fragments += ` fragment F${i} on Person { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`;
    const result = await org.admin.gql(`{ viewer { person { ...F6 } } } ${fragments}`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/expensive/i);
    await expectServerHealthy();
  });

  it('reports invalid variables as BAD_USER_INPUT, not as an internal error', async () => {
    const result = await org.admin.gql(`query($first: Int) { people(first: $first) { totalCount } }`, {
      first: 'many',
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const addResult = await org.admin.gql(`mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`, {
      input: { name: 'X', level: 'WIZARD', track: 'MANAGER' },
    });
    expect(errorCode(addResult)).toBe('BAD_USER_INPUT');
    expect(addResult.errors![0].extensions!.fields[0].field).toBe('level');
  });
});

describe('HTTP request limits', () => {
  it('rejects a batched request (JSON array) with a 4xx JSON error', async () => {
    const batch = JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]);
    const response = await raw(batch, {
      headers: {
        'content-type': 'application/json',
        cookie: `fulcrum_session=${org.admin.sessionCookie}`,
      },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toContain('"role"');
    await expectServerHealthy();
  });

  it('rejects a body over 1 MB with 413 and a JSON error', async () => {
    const body = JSON.stringify({
      query: '{ viewer { role } }',
      variables: { pad: 'x'.repeat(1024 * 1024) },
    });
    const response = await raw(body);
    expect(response.status).toBe(413);
    expect(response.contentType).toContain('application/json');
    expect(response.json!.errors![0].extensions!.code).toBe('BAD_REQUEST');
    expect(response.json!.errors![0].message).toMatch(/larger than/i);
    await expectServerHealthy();
  });

  it('accepts a body just under 1 MB', async () => {
    const query = '{ viewer { role } }';
    const padding = 1024 * 1024 - JSON.stringify({ query: `#\n${query}` }).length - 16;
    const response = await org.admin.post(JSON.stringify({ query: `#${'x'.repeat(padding)}\n${query}` }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });

  it.each([
    ['truncated JSON', '{"query": "{ viewer { role } }"'],
    ['not JSON at all', 'query { viewer { role } }'],
    ['a bare string', '"{ viewer { role } }"'],
  ])('answers %s with 400 and a JSON error carrying a code', async (_what, body) => {
    const response = await raw(body);
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/json');
    expect(typeof response.json!.errors![0].extensions!.code).toBe('string');
    expect(response.json!.errors![0].message.length).toBeGreaterThan(0);
  });

  it('answers a JSON body without a query with 400', async () => {
    const response = await raw(JSON.stringify({ variables: {} }));
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.message).toBeTruthy();
  });

  it('refuses a string input over its limit with BAD_USER_INPUT on that field', async () => {
    const add = `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`;
    const result = await org.admin.gql(add, {
      input: { name: 'n'.repeat(10_000), level: 'MID', track: 'MANAGER' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields.map((f: { field: string }) => f.field)).toContain('name');
    const signIn = await org.admin.gql(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, {
      input: { email: `${'e'.repeat(10_000)}@example.com`, password: 'whatever whatever' },
    });
    expect(errorCode(signIn)).toBe('BAD_USER_INPUT');
    expect(signIn.errors![0].extensions!.fields.map((f: { field: string }) => f.field)).toContain('email');
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM person WHERE length(name) > 1000`);
    expect(n).toBe(0);
  });

  it('blocks requests that a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const cookie = `fulcrum_session=${org.admin.sessionCookie}`;
    const mutation = JSON.stringify({
      query: `mutation { addPerson(input: { name: "CSRF", level: MID, track: MANAGER }) { id } }`,
    });
    const textPlain = await raw(mutation, { headers: { 'content-type': 'text/plain', cookie } });
    expect(textPlain.status).toBe(400);
    const form = await raw(mutation, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    expect(form.status).toBe(400);
    const get = await raw(undefined, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ viewer { role } }')}`,
      headers: { cookie },
    });
    expect(get.status).toBe(400);
    expect(get.text).not.toContain('ADMIN');
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM person WHERE name = 'CSRF'`);
    expect(n).toBe(0);

    // The same GET with a header only same-origin scripts can set goes through.
    const allowed = await raw(undefined, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ viewer { role } }')}`,
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.json).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });

  it('still answers normally after all of the above', async () => {
    await expectServerHealthy();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('document size', () => {
  it('stops parsing a document over the token limit with GRAPHQL_PARSE_FAILED, before validation or execution', async () => {
    const fields = Array.from({ length: REQUEST_LIMITS.maxTokens }, () => 'x').join(' ');
    const refused = await org.admin.gql(`{ viewer { ${fields} } }`);
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toBe('GRAPHQL_PARSE_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/tokens/);
    await expectServerHealthy();
  });
});
