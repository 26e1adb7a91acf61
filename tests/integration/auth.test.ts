import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient, type GraphQLResponse } from '../support/client';
import { createOrg, PASSWORD, uniqueEmail, VIEWER_FIELDS } from '../support/factories';
import { SIGN_UP_EMAIL_REFUSED } from '../../server/src/identity/accounts/auth.service';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${VIEWER_FIELDS} } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { ${VIEWER_FIELDS} } }`;
const SIGN_OUT = `mutation { signOut }`;
const VIEWER = `{ viewer { ${VIEWER_FIELDS} } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

function signUpInput(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail('signup'),
    password: PASSWORD,
    name: 'Ada Lovelace',
    organizationName: 'Analytical Engines',
    ...overrides,
  };
}

/** The `fulcrum_session` Set-Cookie header of a response, parsed. */
function sessionSetCookie(response: Response): { value: string; attributes: Map<string, string> } | undefined {
  const header = response.headers.getSetCookie().find((h) => h.startsWith('fulcrum_session='));
  if (!header) return undefined;
  const [pair, ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(
    rest.map((part) => {
      const [name, ...value] = part.split('=');
      return [name.toLowerCase(), value.join('=')] as [string, string];
    }),
  );
  return { value: pair.slice('fulcrum_session='.length), attributes };
}

async function rawGql(client: TestClient, query: string, variables?: Record<string, unknown>) {
  const response = await client.post(JSON.stringify({ query, variables }));
  const body = (await response.json()) as GraphQLResponse;
  return { response, body };
}

async function count(table: string): Promise<number> {
  const [row] = await server.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

async function counts() {
  return {
    organization: await count('organization'),
    person: await count('person'),
    account: await count('account'),
    session: await count('session'),
  };
}

async function sessionsOf(email: string): Promise<{ id: string; token_hash: string; expires_at: Date }[]> {
  return server.db.query(
    `SELECT s.id, s.token_hash, s.expires_at FROM session s JOIN account a ON a.id = s.account_id WHERE a.email = $1`,
    [email],
  );
}

describe('signUp', () => {
  it('creates the organization, its first person and an ADMIN account, and signs in with a safe cookie', async () => {
    const client = new TestClient(server.url);
    const email = uniqueEmail('founder');
    const { response, body } = await rawGql(client, SIGN_UP, {
      input: signUpInput({ email, name: '  Grace Hopper ', organizationName: ' Compilers Inc ' }),
    });
    expect(body.errors).toBeUndefined();
    const viewer = body.data!.signUp;
    expect(viewer.role).toBe('ADMIN');
    expect(viewer.person.name).toBe('Grace Hopper');
    expect(viewer.person.email).toBe(email);
    expect(viewer.organization.name).toBe('Compilers Inc');
    expect(viewer.organization.defaultWeeklyHours).toBe(40);

    const cookie = sessionSetCookie(response);
    expect(cookie).toBeDefined();
    expect(cookie!.value.length).toBeGreaterThanOrEqual(32);
    expect(cookie!.attributes.has('httponly')).toBe(true);
    expect(cookie!.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(cookie!.attributes.get('path')).toBe('/');
    expect(Number(cookie!.attributes.get('max-age'))).toBe(30 * 24 * 60 * 60);
    // Served over plain HTTP here: a Secure cookie would never come back.
    expect(cookie!.attributes.has('secure')).toBe(false);

    const [row] = await server.db.query(
      `SELECT a.role, a.email, p.id AS person_id, p.organization_id, o.name AS organization
         FROM account a JOIN person p ON p.id = a.person_id JOIN organization o ON o.id = a.organization_id
        WHERE a.email = $1`,
      [email],
    );
    expect(row).toMatchObject({
      role: 'ADMIN',
      person_id: viewer.person.id,
      organization_id: viewer.organization.id,
      organization: 'Compilers Inc',
    });

    // The cookie signs the next request in.
    const { viewer: again } = await client.ok(VIEWER);
    expect(again.person.id).toBe(viewer.person.id);
    expect(again.role).toBe('ADMIN');
  });

  it('normalises the email to lower case, for storage and for sign-in', async () => {
    const local = uniqueEmail('MiXeD').replace('@example.com', '');
    const typed = `  ${local.toUpperCase()}@Example.COM `;
    const client = new TestClient(server.url);
    const { signUp } = await client.ok(SIGN_UP, { input: signUpInput({ email: typed }) });
    const normalised = `${local.toLowerCase()}@example.com`;
    expect(signUp.person.email).toBe(normalised);
    const rows = await server.db.query(`SELECT email FROM account WHERE lower(email) = $1`, [normalised]);
    expect(rows).toEqual([{ email: normalised }]);

    const other = new TestClient(server.url);
    const { signIn } = await other.ok(SIGN_IN, {
      input: { email: normalised.toUpperCase(), password: PASSWORD },
    });
    expect(signIn.person.id).toBe(signUp.person.id);
  });

  it('refuses a taken email (in any case) with one answer that does not say an account exists, and writes nothing', async () => {
    const email = uniqueEmail('dup');
    await new TestClient(server.url).ok(SIGN_UP, { input: signUpInput({ email }) });
    const before = await counts();
    const client = new TestClient(server.url, { 'x-forwarded-for': '198.51.100.1' });
    const { response, body } = await rawGql(client, SIGN_UP, {
      input: signUpInput({ email: email.toUpperCase(), organizationName: 'Second Org' }),
    });
    expect(body.errors).toEqual([
      {
        message: `email: ${SIGN_UP_EMAIL_REFUSED}`,
        path: ['signUp'],
        locations: expect.any(Array),
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'email', message: SIGN_UP_EMAIL_REFUSED }],
        },
      },
    ]);
    expect(SIGN_UP_EMAIL_REFUSED).not.toMatch(/exist|registered|taken|in use|already ha/i);
    expect(body.data ?? null).toBeNull();
    expect(response.status).toBe(200);
    expect(sessionSetCookie(response)).toBeUndefined();
    expect(await counts()).toEqual(before);
    expect(await client.ok('{ viewer { role } }')).toEqual({ viewer: null });

    // Whatever else is typed (another password, name, organization), the answer is the same.
    const again = await rawGql(new TestClient(server.url, { 'x-forwarded-for': '198.51.100.2' }), SIGN_UP, {
      input: signUpInput({
        email,
        password: 'a different password',
        name: 'Someone Else',
        organizationName: 'Third Org',
      }),
    });
    expect(again.body).toEqual(body);
    // The owner still signs in as before.
    const { signIn } = await new TestClient(server.url).ok(SIGN_IN, {
      input: { email, password: PASSWORD },
    });
    expect(signIn.organization.name).toBe('Analytical Engines');
  });

  it('a taken email costs the work of a free one: the password is hashed and the rows written until the unique email refuses them', async () => {
    const taken = uniqueEmail('timing');
    await new TestClient(server.url).ok(SIGN_UP, { input: signUpInput({ email: taken }) });
    const statements = { taken: [] as string[], free: [] as string[] };
    const hashes = { taken: [] as unknown[], free: [] as unknown[] };
    for (let i = 0; i < 2; i++) {
      for (const kind of ['taken', 'free'] as const) {
        const client = new TestClient(server.url, { 'x-forwarded-for': `198.51.100.${10 + i}` });
        server.statements.length = 0;
        const result = await client.gql(SIGN_UP, {
          input: signUpInput({ email: kind === 'taken' ? taken : uniqueEmail('timing') }),
        });
        expect(errorCode(result)).toBe(kind === 'taken' ? 'BAD_USER_INPUT' : undefined);
        const inserts = server.queries.filter((q) => /^\s*INSERT INTO "?(\w+)"?/i.test(q.sql));
        const tables = inserts
          .map((q) => /^\s*INSERT INTO "?(\w+)"?/i.exec(q.sql)![1])
          .filter((table) => table !== 'sign_in_limit');
        if (i === 0) statements[kind] = tables;
        else expect(tables, `${kind}, again`).toEqual(statements[kind]);
        // The account row carries the password's argon2id hash: the work was done.
        const account = inserts.find((q) => /^\s*INSERT INTO "?account"?/i.test(q.sql));
        hashes[kind].push(account?.parameters.find((p) => typeof p === 'string' && p.startsWith('$argon2id$')));
      }
    }
    // The same inserts, in the same order, up to the account's (the free one goes on to its session).
    expect(statements.taken).toEqual(['organization', 'person', 'account']);
    expect(statements.free.slice(0, 3)).toEqual(statements.taken);
    // …each with a freshly salted argon2id hash of the password (argon2id is the cost; a refusal
    // that skipped it would be told apart by its speed).
    const all = [...hashes.taken, ...hashes.free];
    for (const hash of all) expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[^$]+\$[^$]+$/);
    expect(new Set(all).size).toBe(4);
  });

  it('lets exactly one of two simultaneous sign-ups with the same email through', async () => {
    const email = uniqueEmail('race');
    const before = await counts();
    const results = await Promise.all([
      new TestClient(server.url).gql(SIGN_UP, {
        input: signUpInput({ email, organizationName: 'Race A' }),
      }),
      new TestClient(server.url).gql(SIGN_UP, {
        input: signUpInput({ email, organizationName: 'Race B' }),
      }),
    ]);
    const succeeded = results.filter((r) => !r.errors);
    const failed = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(errorCode(failed[0])).toBe('BAD_USER_INPUT');
    expect(failed[0].errors![0].extensions!.fields[0].field).toBe('email');
    const after = await counts();
    expect(after.organization - before.organization).toBe(1);
    expect(after.person - before.person).toBe(1);
    expect(after.account - before.account).toBe(1);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a password of 11 characters', { password: 'a'.repeat(11) }, 'password'],
    ['a password of 257 characters', { password: 'b'.repeat(257) }, 'password'],
    ['a password of only spaces', { password: ' '.repeat(14) }, 'password'],
    ['an email without @', { email: 'not-an-email' }, 'email'],
    ['an email without a domain dot', { email: 'someone@localhost' }, 'email'],
    ['a blank email', { email: '   ' }, 'email'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a blank organization name', { organizationName: '' }, 'organizationName'],
    ['a name over its limit', { name: 'n'.repeat(121) }, 'name'],
  ];
  it.each(invalid)(
    'refuses %s with BAD_USER_INPUT on that field and writes nothing',
    async (_what, overrides, field) => {
      const before = await counts();
      const client = new TestClient(server.url);
      const { response, body } = await rawGql(client, SIGN_UP, { input: signUpInput(overrides) });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      const fields = body.errors![0].extensions!.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field)).toContain(field);
      expect(fields.every((f) => f.message.length > 0)).toBe(true);
      expect(body.data ?? null).toBeNull();
      expect(sessionSetCookie(response)).toBeUndefined();
      expect(await counts()).toEqual(before);
    },
  );

  it('accepts a password of exactly 12 and of exactly 256 characters', async () => {
    for (const password of ['p'.repeat(12), 'q'.repeat(256)]) {
      const email = uniqueEmail('edge');
      await new TestClient(server.url).ok(SIGN_UP, { input: signUpInput({ email, password }) });
      const { signIn } = await new TestClient(server.url).ok(SIGN_IN, {
        input: { email, password },
      });
      expect(signIn.role).toBe('ADMIN');
    }
  });

  it('reports every invalid field at once', async () => {
    const result = await new TestClient(server.url).gql(SIGN_UP, {
      input: { email: 'x', password: 'short', name: '', organizationName: ' ' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'organizationName', 'password']);
  });
});

describe('signIn', () => {
  it('signs in with the email in any case and sets a new session cookie', async () => {
    const org = await createOrg(server.url, 'SignIn');
    const { viewer } = await org.admin.ok(VIEWER);
    const client = new TestClient(server.url);
    const { response, body } = await rawGql(client, SIGN_IN, {
      input: { email: `  ${viewer.person.email.toUpperCase()} `, password: PASSWORD },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.signIn.person.id).toBe(viewer.person.id);
    expect(body.data!.signIn.role).toBe('ADMIN');
    const cookie = sessionSetCookie(response);
    expect(cookie?.attributes.has('httponly')).toBe(true);
    expect(cookie?.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    // A second, independent session: the first browser stays signed in.
    expect(cookie!.value).not.toBe(org.admin.sessionCookie);
    expect((await org.admin.ok('{ viewer { role } }')).viewer.role).toBe('ADMIN');
    expect(await sessionsOf(viewer.person.email)).toHaveLength(2);
  });

  it('gives the same code and message for a wrong password and an unknown email, and sets no cookie', async () => {
    const org = await createOrg(server.url, 'WrongPassword');
    const { viewer } = await org.admin.ok(VIEWER);
    const wrongPassword = await rawGql(new TestClient(server.url), SIGN_IN, {
      input: { email: viewer.person.email, password: 'not the right password' },
    });
    const unknownEmail = await rawGql(new TestClient(server.url), SIGN_IN, {
      input: { email: uniqueEmail('nobody'), password: PASSWORD },
    });
    for (const { response, body } of [wrongPassword, unknownEmail]) {
      expect(errorCode(body)).toBe('UNAUTHENTICATED');
      expect(sessionSetCookie(response)).toBeUndefined();
      expect(body.data ?? null).toBeNull();
    }
    expect(wrongPassword.body.errors![0].message).toBe(unknownEmail.body.errors![0].message);
    expect(wrongPassword.body.errors![0].extensions).toEqual(unknownEmail.body.errors![0].extensions);
    expect(await sessionsOf(viewer.person.email)).toHaveLength(1);
  });
});

describe('signOut', () => {
  it('clears the cookie, deletes the session, and the old token is dead even when replayed', async () => {
    const org = await createOrg(server.url, 'SignOut');
    const { viewer } = await org.admin.ok(VIEWER);
    const token = org.admin.sessionCookie!;
    expect(await sessionsOf(viewer.person.email)).toHaveLength(1);

    const { response, body } = await rawGql(org.admin, SIGN_OUT);
    expect(body.data).toEqual({ signOut: true });
    const cleared = sessionSetCookie(response);
    expect(cleared).toBeDefined();
    expect(cleared!.value).toBe('');
    expect(new Date(cleared!.attributes.get('expires')!).getTime()).toBeLessThan(Date.now());
    expect(org.admin.sessionCookie).toBeUndefined();
    expect(await sessionsOf(viewer.person.email)).toHaveLength(0);

    expect(await org.admin.ok('{ viewer { role } }')).toEqual({ viewer: null });
    const replay = new TestClient(server.url);
    replay.sessionCookie = token;
    expect(await replay.ok('{ viewer { role } }')).toEqual({ viewer: null });
    expect(errorCode(await replay.gql('{ people { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await replay.gql(
          `mutation { addPerson(input: { name: "X", level: JUNIOR, track: INDIVIDUAL_CONTRIBUTOR }) { id } }`,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('ends only the session it is called from', async () => {
    const org = await createOrg(server.url, 'SignOutOne');
    const { viewer } = await org.admin.ok(VIEWER);
    const laptop = new TestClient(server.url);
    await laptop.ok(SIGN_IN, { input: { email: viewer.person.email, password: PASSWORD } });
    await laptop.ok(SIGN_OUT);
    expect(await laptop.ok('{ viewer { role } }')).toEqual({ viewer: null });
    expect((await org.admin.ok('{ viewer { role } }')).viewer.role).toBe('ADMIN');
    expect(await sessionsOf(viewer.person.email)).toHaveLength(1);
  });

  it('is harmless when signed out: it signs nobody in and ends nobody else’s session', async () => {
    const org = await createOrg(server.url, 'SignOutAnonymous');
    const { viewer } = await org.admin.ok(VIEWER);
    const anonymous = new TestClient(server.url);
    const { response, body } = await rawGql(anonymous, SIGN_OUT);
    expect(body).toEqual({ data: { signOut: true } });
    expect(sessionSetCookie(response)?.value ?? '').toBe('');
    expect(anonymous.sessionCookie).toBeUndefined();
    expect(await anonymous.ok('{ viewer { role } }')).toEqual({ viewer: null });
    expect(errorCode(await anonymous.gql('{ people { totalCount } }'))).toBe('UNAUTHENTICATED');
    // The signed-in admin elsewhere is untouched.
    expect(await sessionsOf(viewer.person.email)).toHaveLength(1);
    expect((await org.admin.ok('{ viewer { role } }')).viewer.role).toBe('ADMIN');
  });
});

describe('sessions', () => {
  it('stores only a hash of the token', async () => {
    const org = await createOrg(server.url, 'Hashed');
    const { viewer } = await org.admin.ok(VIEWER);
    const token = org.admin.sessionCookie!;
    const [session] = await sessionsOf(viewer.person.email);
    expect(session.token_hash).not.toBe(token);
    expect(session.token_hash).not.toContain(token);
    const everything = JSON.stringify(await server.db.query(`SELECT * FROM session`));
    expect(everything).not.toContain(token);
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM session WHERE token_hash = $1`, [token]);
    expect(n).toBe(0);
  });

  it('an expired session signs nobody in: viewer is null and protected queries are UNAUTHENTICATED', async () => {
    const org = await createOrg(server.url, 'Expired');
    const { viewer } = await org.admin.ok(VIEWER);
    const [session] = await sessionsOf(viewer.person.email);
    await server.db.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1`, [session.id]);

    expect(await org.admin.ok('{ viewer { role } }')).toEqual({ viewer: null });
    expect(errorCode(await org.admin.gql('{ people { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await org.admin.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: viewer.person.id }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorCode(
        await org.admin.gql(`mutation($id: ID!) { invitePerson(personId: $id) { acceptUrl } }`, {
          id: viewer.person.id,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    // The expiry is not pushed forward by using an expired token.
    const [after] = await sessionsOf(viewer.person.email);
    expect(after.expires_at.getTime()).toBeLessThan(Date.now());
  });

  it('slides: a request on a session with 10 days left pushes it to 30 days and re-sends the cookie', async () => {
    const org = await createOrg(server.url, 'Sliding');
    const { viewer } = await org.admin.ok(VIEWER);
    const token = org.admin.sessionCookie!;

    // A fresh session is not renewed on every request.
    const fresh = await rawGql(org.admin, '{ viewer { role } }');
    expect(sessionSetCookie(fresh.response)).toBeUndefined();

    const [session] = await sessionsOf(viewer.person.email);
    await server.db.query(`UPDATE session SET expires_at = now() + interval '10 days' WHERE id = $1`, [session.id]);
    const { response, body } = await rawGql(org.admin, '{ viewer { role } }');
    expect(body.data).toEqual({ viewer: { role: 'ADMIN' } });

    const cookie = sessionSetCookie(response);
    expect(cookie).toBeDefined();
    expect(cookie!.value).toBe(token);
    expect(cookie!.attributes.has('httponly')).toBe(true);
    expect(Number(cookie!.attributes.get('max-age'))).toBe(30 * 24 * 60 * 60);

    const [renewed] = await sessionsOf(viewer.person.email);
    expect(renewed.id).toBe(session.id);
    expect(Math.abs(renewed.expires_at.getTime() - (Date.now() + 30 * DAY_MS))).toBeLessThan(60_000);
  });

  it('a garbage cookie is treated as signed out', async () => {
    const client = new TestClient(server.url);
    client.sessionCookie = 'not-a-real-token';
    expect(await client.ok('{ viewer { role } }')).toEqual({ viewer: null });
    expect(errorCode(await client.gql('{ people { totalCount } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('the session cookie behind https', () => {
  /** Set-Cookie attributes of a sign-up, then of the sign-out, on a server started with `overrides`. */
  async function cookiesOf(overrides: Parameters<typeof startTestServer>[0], headers: Record<string, string> = {}) {
    const other = await startTestServer(overrides);
    try {
      // `url` is PUBLIC_URL when set; the server itself is on localhost.
      const client = new TestClient(`http://localhost:${other.port}`, headers);
      const signUp = await rawGql(client, SIGN_UP, { input: signUpInput() });
      expect(signUp.body.errors).toBeUndefined();
      const signOut = await rawGql(client, SIGN_OUT);
      return {
        set: sessionSetCookie(signUp.response)!,
        cleared: sessionSetCookie(signOut.response)!,
      };
    } finally {
      await other.stop();
    }
  }

  it('is Secure, set and cleared, whenever PUBLIC_URL is https, even when the request looks like plain HTTP here', async () => {
    // No proxy is trusted: nothing in the request says https, the configuration does.
    const { set, cleared } = await cookiesOf({
      publicUrl: 'https://fulcrum.example.com',
      trustProxy: false,
    });
    expect(set.attributes.has('secure')).toBe(true);
    expect(set.attributes.has('httponly')).toBe(true);
    expect(cleared.value).toBe('');
    expect(cleared.attributes.has('secure')).toBe(true);
  });

  it('follows X-Forwarded-Proto only from a proxy TRUST_PROXY names', async () => {
    const forwarded = { 'x-forwarded-proto': 'https' };
    // The tests talk to the server over loopback: a trusted proxy by default.
    expect((await cookiesOf({}, forwarded)).set.attributes.has('secure')).toBe(true);
    expect((await cookiesOf({ trustProxy: ['10.0.0.0/8'] }, forwarded)).set.attributes.has('secure')).toBe(false);
    expect((await cookiesOf({ trustProxy: false }, forwarded)).set.attributes.has('secure')).toBe(false);
    expect((await cookiesOf({ publicUrl: 'http://fulcrum.internal' })).set.attributes.has('secure')).toBe(false);
  });
});
