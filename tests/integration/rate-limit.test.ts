import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient, type GraphQLResponse } from '../support/client';
import { createOrg, PASSWORD, uniqueEmail } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { role person { id } } }`;
const WRONG = 'definitely the wrong password';

// The server trusts X-Forwarded-For from loopback (a reverse proxy in front of it), so each
// test acts from its own client address and the per-address counts do not mix between tests.
let addressCounter = 0;
function newAddress(): string {
  addressCounter += 1;
  return `203.0.113.${addressCounter}`;
}

function clientFrom(address: string): TestClient {
  return new TestClient(server.url, { 'x-forwarded-for': address });
}

function signIn(address: string, email: string, password: string): Promise<GraphQLResponse> {
  return clientFrom(address).gql(SIGN_IN, { input: { email, password } });
}

async function adminEmail(baseName: string): Promise<string> {
  const org = await createOrg(server.url, baseName);
  const { viewer } = await org.admin.ok('{ viewer { person { email } } }');
  return viewer.person.email;
}

function expectRateLimited(result: GraphQLResponse): number {
  expect(errorCode(result)).toBe('RATE_LIMITED');
  expect(result.data ?? null).toBeNull();
  const retryAfter = result.errors![0].extensions!.retryAfterSeconds;
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  return retryAfter;
}

/** The counter row of one key; `limiter` is the key prefix (`sign-in`, or `new-account` for sign-ups and invitations). */
async function limitRow(key: string, limiter = 'sign-in'): Promise<{ points: number; expire: string } | undefined> {
  const rows = await server.db.query(`SELECT points, expire FROM sign_in_limit WHERE key = $1`, [`${limiter}:${key}`]);
  return rows[0];
}

describe('sign-in rate limiting', () => {
  it('per email: after 10 failures the 11th attempt is RATE_LIMITED, even with the right password', async () => {
    const email = await adminEmail('PerEmail');
    const address = newAddress();
    for (let i = 0; i < 10; i++) {
      // Spread over several addresses: the email alone is what is counted here.
      const result = await signIn(i % 2 === 0 ? address : newAddress(), email, WRONG);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
    const row = await limitRow(`email:${email}`);
    expect(row?.points).toBe(10);

    const right = clientFrom(newAddress());
    const response = await right.post(
      JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: PASSWORD } } }),
    );
    const result = { ...((await response.json()) as GraphQLResponse), status: response.status };
    expectRateLimited(result);
    expect(right.sessionCookie).toBeUndefined();
    expect(result.errors![0].message).toMatch(/try again/i);

    // The email in another case is the same email.
    expectRateLimited(await signIn(newAddress(), email.toUpperCase(), PASSWORD));
    // Other emails are not affected.
    const other = await adminEmail('PerEmailOther');
    expect(
      (await clientFrom(newAddress()).ok(SIGN_IN, { input: { email: other, password: PASSWORD } })).signIn.role,
    ).toBe('ADMIN');
  });

  it('per client address: 10 failures across different emails block that address for yet another email', async () => {
    const address = newAddress();
    for (let i = 0; i < 10; i++) {
      expect(errorCode(await signIn(address, uniqueEmail(`spray${i}`), WRONG))).toBe('UNAUTHENTICATED');
    }
    expect((await limitRow(`address:${address}`))?.points).toBe(10);

    const victim = await adminEmail('PerAddress');
    expectRateLimited(await signIn(address, victim, PASSWORD));
    // The same account from another address still signs in.
    expect(
      (await clientFrom(newAddress()).ok(SIGN_IN, { input: { email: victim, password: PASSWORD } })).signIn.role,
    ).toBe('ADMIN');
  });

  it('a success resets the email count: 9 failures, a success, then 9 more failures are still answered', async () => {
    const email = await adminEmail('Reset');
    const first = newAddress();
    for (let i = 0; i < 9; i++) expect(errorCode(await signIn(first, email, WRONG))).toBe('UNAUTHENTICATED');
    expect((await limitRow(`email:${email}`))?.points).toBe(9);

    const ok = await signIn(first, email, PASSWORD);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.signIn.role).toBe('ADMIN');
    expect(await limitRow(`email:${email}`)).toBeUndefined();
    // A success is not a failure of the address either.
    expect((await limitRow(`address:${first}`))?.points).toBe(9);

    // From a second address, so only the email count can block.
    const second = newAddress();
    for (let i = 0; i < 9; i++) expect(errorCode(await signIn(second, email, WRONG))).toBe('UNAUTHENTICATED');
    expect((await limitRow(`email:${email}`))?.points).toBe(9);
    // The 10th failure is still answered; the 11th attempt is refused.
    expect(errorCode(await signIn(newAddress(), email, WRONG))).toBe('UNAUTHENTICATED');
    expectRateLimited(await signIn(newAddress(), email, PASSWORD));
  });

  it('simultaneous attempts cannot get more than 10 guesses through', async () => {
    const email = await adminEmail('Burst');
    const results = await Promise.all(Array.from({ length: 20 }, () => signIn(newAddress(), email, WRONG)));
    const codes = results.map(errorCode);
    expect(codes.every((c) => c === 'UNAUTHENTICATED' || c === 'RATE_LIMITED')).toBe(true);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBe(10);
    expectRateLimited(await signIn(newAddress(), email, PASSWORD));
  });

  it('keeps its counts in PostgreSQL, so another server instance on the same database enforces them', async () => {
    const email = await adminEmail('Shared');
    for (let i = 0; i < 10; i++) expect(errorCode(await signIn(newAddress(), email, WRONG))).toBe('UNAUTHENTICATED');
    const { expire } = (await limitRow(`email:${email}`))!;
    // The window is 15 minutes from the first failure.
    expect(Number(expire) - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(Number(expire) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);

    const second = await startTestServer({ databaseUrl: server.databaseUrl });
    try {
      const client = new TestClient(second.url, { 'x-forwarded-for': newAddress() });
      expectRateLimited(await client.gql(SIGN_IN, { input: { email, password: PASSWORD } }));
    } finally {
      await second.stop();
    }
  });
});

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { role organization { name } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`;

function signUp(address: string, email: string): Promise<GraphQLResponse> {
  return clientFrom(address).gql(SIGN_UP, {
    input: { email, password: PASSWORD, name: 'Probe', organizationName: 'Probe Org' },
  });
}

function accept(address: string, token: string): Promise<GraphQLResponse> {
  return clientFrom(address).gql(ACCEPT, { input: { token, password: PASSWORD } });
}

/** An invitation link for a new person with `email` in a new organization. */
async function invitationFor(email: string): Promise<string> {
  const org = await createOrg(server.url, 'Inviting');
  const { addPerson } = await org.admin.ok(`mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`, {
    input: { name: 'Invitee', email, level: 'SENIOR', track: 'INDIVIDUAL_CONTRIBUTOR' },
  });
  const { invitePerson } = await org.admin.ok(`mutation($id: ID!) { invitePerson(personId: $id) { acceptUrl } }`, {
    id: addPerson.id,
  });
  return new URL(invitePerson.acceptUrl).pathname.split('/').pop()!;
}

async function organizations(): Promise<number> {
  const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM organization`);
  return n;
}

describe('sign-up and invitation rate limiting', () => {
  it('per client address: after 10 refused sign-ups the 11th is RATE_LIMITED, for a taken and a free email alike', async () => {
    const address = newAddress();
    // One after the other: more than 10 sign-ups at once from one address (here loopback) would
    // be limited too, as every attempt counts until it has succeeded.
    const taken: string[] = [];
    for (let i = 0; i < 11; i++) taken.push(await adminEmail(`Taken${i}`));
    for (const email of taken.slice(0, 10)) expect(errorCode(await signUp(address, email))).toBe('BAD_USER_INPUT');
    expect((await limitRow(`address:${address}`, 'new-account'))?.points).toBe(10);

    const before = await organizations();
    const onTaken = await signUp(address, taken[10]);
    const onFree = await signUp(address, uniqueEmail('free'));
    expectRateLimited(onTaken);
    // Nothing about the address tells the two apart, and nothing was created.
    expect(onFree.errors![0].message).toBe(onTaken.errors![0].message);
    expect(Object.keys(onFree.errors![0].extensions!)).toEqual(Object.keys(onTaken.errors![0].extensions!));
    expect(await organizations()).toBe(before);
    // Other clients are not affected.
    expect(
      (
        await clientFrom(newAddress()).ok(SIGN_UP, {
          input: {
            email: uniqueEmail('other'),
            password: PASSWORD,
            name: 'Other',
            organizationName: 'Other Org',
          },
        })
      ).signUp.role,
    ).toBe('ADMIN');
  });

  it('per email: 10 refusals of the same email from anywhere block it, sign-ups and invitations together', async () => {
    const email = await adminEmail('TakenTwice');
    for (let i = 0; i < 5; i++)
      expect(errorCode(await signUp(newAddress(), email.toUpperCase()))).toBe('BAD_USER_INPUT');
    // An invitation to the same address, elsewhere, is refused and counted under the same email.
    const token = await invitationFor(email);
    for (let i = 0; i < 5; i++) expect(errorCode(await accept(newAddress(), token))).toBe('BAD_USER_INPUT');
    expect((await limitRow(`email:${email}`, 'new-account'))?.points).toBe(10);
    expectRateLimited(await signUp(newAddress(), email));
    expectRateLimited(await accept(newAddress(), token));
    // The owner's sign-in has its own counters.
    expect((await clientFrom(newAddress()).ok(SIGN_IN, { input: { email, password: PASSWORD } })).signIn.role).toBe(
      'ADMIN',
    );
  });

  it('successes do not count: 12 sign-ups and 12 accepted invitations from one address all go through', async () => {
    const address = newAddress();
    for (let i = 0; i < 12; i++) {
      const result = await signUp(address, uniqueEmail(`many${i}`));
      expect(result.errors).toBeUndefined();
    }
    const org = await createOrg(server.url, 'ManyInvites');
    for (let i = 0; i < 12; i++) {
      const { addPerson } = await org.admin.ok(
        `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
        {
          input: {
            name: `Invitee ${i}`,
            email: uniqueEmail('invitee'),
            level: 'SENIOR',
            track: 'INDIVIDUAL_CONTRIBUTOR',
          },
        },
      );
      const { invitePerson } = await org.admin.ok(`mutation($id: ID!) { invitePerson(personId: $id) { acceptUrl } }`, {
        id: addPerson.id,
      });
      const result = await accept(address, new URL(invitePerson.acceptUrl).pathname.split('/').pop()!);
      expect(result.errors).toBeUndefined();
    }
    expect((await limitRow(`address:${address}`, 'new-account'))?.points).toBe(0);
  });

  it('per client address for invitations: 10 wrong links, then even a good one is RATE_LIMITED there and still works elsewhere', async () => {
    const address = newAddress();
    for (let i = 0; i < 10; i++)
      expect(errorCode(await accept(address, `guess-${i}-${'x'.repeat(40)}`))).toBe('BAD_USER_INPUT');
    const token = await invitationFor(uniqueEmail('good-link'));
    expectRateLimited(await accept(address, token));
    expect((await accept(newAddress(), token)).data!.acceptInvitation.role).toBe('MEMBER');
  });

  it('failed sign-ins and refused sign-ups are counted apart', async () => {
    const address = newAddress();
    for (let i = 0; i < 10; i++)
      expect(errorCode(await signIn(address, uniqueEmail(`nobody${i}`), WRONG))).toBe('UNAUTHENTICATED');
    expectRateLimited(await signIn(address, uniqueEmail('nobody'), WRONG));
    expect((await signUp(address, uniqueEmail('fresh'))).data!.signUp.role).toBe('ADMIN');
  });
});
