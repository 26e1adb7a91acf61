import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorCode, TestClient } from '../support/client';
import { addMember, createOrg, PASSWORD, type Org } from '../support/factories';
import { eventually, linkIn, TestSmtp, unsubscribeLink } from '../support/mail';
import { startTestServer, type TestServer } from '../support/server';

let smtp: TestSmtp;
let server: TestServer;
let org: Org;
let addressCounter = 0;

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  server = await startTestServer({ smtpUrl: smtp.url });
  org = await createOrg(server.url, 'Reset Org');
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const NEW_PASSWORD = 'a brand new passphrase 42';
const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { person { id } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { person { id } } }`;
const VIEWER = `{ viewer { person { id } } }`;

/** A client from its own address, so the per-client limits of one test do not touch another's. */
function client(): TestClient {
  return new TestClient(server.url, { 'x-forwarded-for': `10.20.0.${++addressCounter}` });
}

async function member(name: string) {
  const m = await addMember(org, { name });
  const [{ email }] = await server.db.query(`SELECT email FROM account WHERE person_id = $1`, [m.id]);
  return { ...m, email: email as string };
}

async function signedIn(email: string, password = PASSWORD): Promise<TestClient> {
  const c = client();
  await c.ok(SIGN_IN, { input: { email, password } });
  return c;
}

const RESET_SUBJECT = 'Set a new Fulcrum password';

/** The reset emails to an address so far (its invitation came first). */
function resetMails(email: string) {
  return smtp.to(email).filter((m) => m.subject === RESET_SUBJECT);
}

/** Asks for a reset (the address in capitals: it is normalized) and returns the token of its email, the `nth` to arrive. */
async function resetToken(email: string, nth = 1): Promise<string> {
  expect(await client().ok(REQUEST, { email: email.toUpperCase() })).toEqual({ requestPasswordReset: true });
  await smtp.waitUntil(() => resetMails(email).length >= nth);
  return new URL(linkIn(resetMails(email)[nth - 1], `${server.url}/reset-password/`)).pathname.split('/').pop()!;
}

describe('password reset', () => {
  it('emails a link; the link sets the password, signs in, ends every other session, and works once', async () => {
    const who = await member('Rita Reset');
    const otherBrowser = await signedIn(who.email);
    const token = await resetToken(who.email);
    const [received] = resetMails(who.email);
    expect(received.envelopeTo).toEqual([who.email]);
    expect(received.text).toContain('Rita Reset');
    expect(received.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // The token is stored only as a keyed hash.
    const stored = await server.db.query(`SELECT token_hash FROM password_reset`);
    expect(JSON.stringify(stored)).not.toContain(token);

    const browser = client();
    const { resetPassword } = await browser.ok(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(resetPassword.person.id).toBe(who.id);
    expect((await browser.ok(VIEWER)).viewer.person.id).toBe(who.id);
    expect((await otherBrowser.ok(VIEWER)).viewer).toBeNull();
    expect((await who.client.ok(VIEWER)).viewer).toBeNull();

    const again = await client().gql(RESET, { input: { token, password: 'yet another passphrase' } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'token', message: expect.stringMatching(/already used/) },
    ]);
    expect(errorCode(await client().gql(SIGN_IN, { input: { email: who.email, password: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    await signedIn(who.email, NEW_PASSWORD);
  });

  it('refuses an expired link, and an earlier link once a newer one was asked for', async () => {
    const who = await member('Ed Expired');
    const first = await resetToken(who.email, 1);
    const second = await resetToken(who.email, 2);
    const replaced = await client().gql(RESET, { input: { token: first, password: NEW_PASSWORD } });
    expect(replaced.errors?.[0]?.extensions?.fields[0]).toMatchObject({
      field: 'token',
      message: expect.stringMatching(/expired/),
    });
    await server.db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    const expired = await client().gql(RESET, { input: { token: second, password: NEW_PASSWORD } });
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors?.[0]?.extensions?.fields[0]).toMatchObject({
      field: 'token',
      message: expect.stringMatching(/expired/),
    });
    await signedIn(who.email);
  });

  it('answers true for an unknown address and sends nothing; a weak password or a bad token change nothing', async () => {
    const before = (await server.db.query(`SELECT count(*)::int AS n FROM password_reset`))[0].n;
    expect(await client().ok(REQUEST, { email: 'nobody-here@example.com' })).toEqual({ requestPasswordReset: true });
    expect((await server.db.query(`SELECT count(*)::int AS n FROM password_reset`))[0].n).toBe(before);
    const notEmail = await client().gql(REQUEST, { email: 'not an email' });
    expect(notEmail.errors?.[0]?.extensions?.fields[0].field).toBe('email');

    const who = await member('Wendy Weak');
    const token = await resetToken(who.email);
    const weak = await client().gql(RESET, { input: { token, password: 'short' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] });
    const wrong = await client().gql(RESET, { input: { token: 'not-a-token', password: NEW_PASSWORD } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
    // Still usable after both refusals.
    await client().ok(RESET, { input: { token, password: NEW_PASSWORD } });
  });

  it('is rate limited per address (every request counts), with the same answer whether or not it has an account', async () => {
    const who = await member('Lim Limited');
    for (const email of [who.email, 'unknown-limited@example.com']) {
      for (let i = 0; i < 5; i++) expect(await client().ok(REQUEST, { email })).toEqual({ requestPasswordReset: true });
      expect(errorCode(await client().gql(REQUEST, { email }))).toBe('RATE_LIMITED');
    }
    // … and per client address.
    const one = client();
    for (let i = 0; i < 5; i++) await one.ok(REQUEST, { email: `someone-${i}@example.com` });
    expect(errorCode(await one.gql(REQUEST, { email: 'someone-else@example.com' }))).toBe('RATE_LIMITED');
  });

  it("the email's unsubscribe link explains there is nothing to turn off", async () => {
    const who = await member('Una Reset');
    await resetToken(who.email);
    const link = unsubscribeLink(resetMails(who.email)[0]);
    const response = await fetch(link, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('nothing to turn off');
    expect(await server.db.query(`SELECT * FROM notification_preference WHERE person_id = $1`, [who.id])).toEqual([]);
  });
});

describe('changePassword', () => {
  it('needs the current password, checks the new one, and ends every other session', async () => {
    const who = await member('Chan Change');
    const other = await signedIn(who.email);
    const wrong = await who.client.gql(CHANGE, {
      input: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword' }],
    });
    const weak = await who.client.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'newPassword' }] });
    expect((await other.ok(VIEWER)).viewer.person.id).toBe(who.id);

    expect(await who.client.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).toEqual({
      changePassword: true,
    });
    expect((await who.client.ok(VIEWER)).viewer.person.id).toBe(who.id);
    expect((await other.ok(VIEWER)).viewer).toBeNull();
    await signedIn(who.email, NEW_PASSWORD);
    expect(
      errorCode(
        await new TestClient(server.url).gql(CHANGE, { input: { currentPassword: 'x', newPassword: NEW_PASSWORD } }),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('notificationAdded', () => {
  function socket(user: TestClient): Client {
    return createClient({
      url: server.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, {
            headers: { cookie: `fulcrum_session=${user.sessionCookie}`, origin: server.url },
          });
        }
      },
      retryAttempts: 0,
    });
  }

  it('pushes a new inbox item to its recipient only, live', async () => {
    const who = await member('Live Larry');
    const bystander = await member('Bystander Bea');
    const mine: { kind: string; title: string }[] = [];
    const theirs: unknown[] = [];
    const sockets = [socket(who.client), socket(bystander.client)];
    const query = `subscription { notificationAdded { kind title url } }`;
    const subscribed = sockets.map(
      (s, i) =>
        new Promise<void>((resolve) => {
          s.on('connected', () => resolve());
          s.subscribe(
            { query },
            {
              next: (value) => {
                if (i === 0)
                  mine.push((value.data as { notificationAdded: { kind: string; title: string } }).notificationAdded);
                else theirs.push(value);
              },
              error: () => undefined,
              complete: () => undefined,
            },
          );
        }),
    );
    await Promise.all(subscribed);
    await client().ok(REQUEST, { email: who.email });
    await eventually(() => Promise.resolve(mine.length > 0));
    expect(mine).toEqual(
      [{ kind: 'PASSWORD_RESET', title: 'A password reset was requested' }].map((x) => expect.objectContaining(x)),
    );
    await smtp.waitUntil(() => resetMails(who.email).length > 0);
    expect(theirs).toEqual([]);
    for (const s of sockets) await s.dispose();
  });
});
