import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient, type GraphQLResponse } from '../support/client';
import {
  addMember,
  addPerson,
  createOrg,
  inviteAndAccept,
  PASSWORD,
  PERSON_FIELDS,
  uniqueEmail,
} from '../support/factories';
import { INVITATION_EMAIL_REFUSED } from '../../server/src/identity/invitations/invitation.service';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const INVITE = `mutation($id: ID!) { invitePerson(personId: $id) { id expiresAt acceptUrl person { id name } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role person { ${PERSON_FIELDS} } organization { id } } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

function tokenOf(acceptUrl: string): string {
  return new URL(acceptUrl).pathname.split('/').pop()!;
}

async function invite(by: TestClient, personId: string) {
  const { invitePerson } = await by.ok(INVITE, { id: personId });
  return { ...invitePerson, token: tokenOf(invitePerson.acceptUrl) };
}

function accept(token: string, password = PASSWORD): Promise<GraphQLResponse> {
  return new TestClient(server.url).gql(ACCEPT, { input: { token, password } });
}

function expectFieldError(result: GraphQLResponse, field: string): string {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  const fields = result.errors![0].extensions!.fields as { field: string; message: string }[];
  expect(fields.map((f) => f.field)).toContain(field);
  expect(result.data ?? null).toBeNull();
  return result.errors![0].message;
}

async function accountCount(personId: string): Promise<number> {
  const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM account WHERE person_id = $1`, [personId]);
  return n;
}

describe('invitePerson', () => {
  it('returns a link <origin>/invitation/<token> valid for 7 days', async () => {
    const org = await createOrg(server.url, 'Invite');
    const person = await addPerson(org.admin, { name: 'Invitee One' });
    const before = Date.now();
    const invitation = await invite(org.admin, person.id);
    expect(invitation.acceptUrl).toMatch(new RegExp(`^${server.url}/invitation/[A-Za-z0-9_-]{40,}$`));
    expect(invitation.person).toEqual({ id: person.id, name: 'Invitee One' });
    const expiresAt = new Date(invitation.expiresAt).getTime();
    expect(Math.abs(expiresAt - (before + 7 * DAY_MS))).toBeLessThan(60_000);

    const [row] = await server.db.query(
      `SELECT person_id, invited_by_id, accepted_at, revoked_at FROM invitation WHERE id = $1`,
      [invitation.id],
    );
    expect(row).toEqual({
      person_id: person.id,
      invited_by_id: org.adminPersonId,
      accepted_at: null,
      revoked_at: null,
    });
  });

  it('stores only a hash of the token', async () => {
    const org = await createOrg(server.url, 'InviteHash');
    const person = await addPerson(org.admin);
    const { token, id } = await invite(org.admin, person.id);
    const [row] = await server.db.query(`SELECT * FROM invitation WHERE id = $1`, [id]);
    expect(row.token_hash).not.toBe(token);
    expect(JSON.stringify(await server.db.query(`SELECT * FROM invitation`))).not.toContain(token);
  });

  it('refuses a person who already has an account', async () => {
    const org = await createOrg(server.url, 'HasAccount');
    const member = await addMember(org);
    const before = await server.db.query(`SELECT count(*)::int AS n FROM invitation WHERE person_id = $1`, [member.id]);
    const message = expectFieldError(await org.admin.gql(INVITE, { id: member.id }), 'personId');
    expect(message).toMatch(/already has an account/i);
    expect(expectFieldError(await org.admin.gql(INVITE, { id: org.adminPersonId }), 'personId')).toMatch(
      /already has an account/i,
    );
    expect(
      await server.db.query(`SELECT count(*)::int AS n FROM invitation WHERE person_id = $1`, [member.id]),
    ).toEqual(before);
  });

  it('refuses a person without an email', async () => {
    const org = await createOrg(server.url, 'NoEmail');
    const person = await addPerson(org.admin, { email: null });
    expect(expectFieldError(await org.admin.gql(INVITE, { id: person.id }), 'personId')).toMatch(/email/i);
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM invitation WHERE person_id = $1`, [
      person.id,
    ]);
    expect(n).toBe(0);
  });

  it('a new invitation revokes the previous link', async () => {
    const org = await createOrg(server.url, 'Revoke');
    const person = await addPerson(org.admin);
    const first = await invite(org.admin, person.id);
    const second = await invite(org.admin, person.id);
    expect(second.token).not.toBe(first.token);
    expect(expectFieldError(await accept(first.token), 'token')).toMatch(/newer|replaced/i);
    expect(await accountCount(person.id)).toBe(0);
    const { acceptInvitation } = (await accept(second.token)).data!;
    expect(acceptInvitation.person.id).toBe(person.id);
  });

  it('needs a session', async () => {
    const org = await createOrg(server.url, 'InviteAnon');
    const person = await addPerson(org.admin);
    expect(errorCode(await new TestClient(server.url).gql(INVITE, { id: person.id }))).toBe('UNAUTHENTICATED');
  });
});

describe('acceptInvitation', () => {
  it('sets the password and signs in as a MEMBER linked to the person', async () => {
    const org = await createOrg(server.url, 'Accept');
    const person = await addPerson(org.admin, { name: 'New Member', managerId: org.adminPersonId });
    const { token } = await invite(org.admin, person.id);

    const invitee = new TestClient(server.url);
    const { acceptInvitation } = await invitee.ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect(acceptInvitation.role).toBe('MEMBER');
    expect(acceptInvitation.organization.id).toBe(org.organizationId);
    expect(acceptInvitation.person).toMatchObject({
      id: person.id,
      name: 'New Member',
      email: person.email,
      hasAccount: true,
      manager: { id: org.adminPersonId },
    });
    expect(invitee.sessionCookie).toBeDefined();

    const { viewer } = await invitee.ok(`{ viewer { role person { id hasAccount } } }`);
    expect(viewer).toEqual({ role: 'MEMBER', person: { id: person.id, hasAccount: true } });
    const { person: seenByAdmin } = await org.admin.ok(`query($id: ID!) { person(id: $id) { hasAccount } }`, {
      id: person.id,
    });
    expect(seenByAdmin.hasAccount).toBe(true);

    const [account] = await server.db.query(`SELECT email, role, organization_id FROM account WHERE person_id = $1`, [
      person.id,
    ]);
    expect(account).toEqual({
      email: person.email,
      role: 'MEMBER',
      organization_id: org.organizationId,
    });
    const [invitation] = await server.db.query(`SELECT accepted_at FROM invitation WHERE person_id = $1`, [person.id]);
    expect(invitation.accepted_at).toBeInstanceOf(Date);

    // The password set here is the one to sign in with.
    const later = new TestClient(server.url);
    const { signIn } = await later.ok(
      `mutation($input: SignInInput!) { signIn(input: $input) { role person { id } } }`,
      {
        input: { email: person.email, password: PASSWORD },
      },
    );
    expect(signIn).toEqual({ role: 'MEMBER', person: { id: person.id } });
  });

  it('is single use: the same token again is BAD_USER_INPUT on token', async () => {
    const org = await createOrg(server.url, 'Reuse');
    const person = await addPerson(org.admin);
    const { token } = await invite(org.admin, person.id);
    expect((await accept(token)).errors).toBeUndefined();
    const message = expectFieldError(await accept(token, 'another long password'), 'token');
    expect(message).toMatch(/already been used/i);
    expect(await accountCount(person.id)).toBe(1);
  });

  it('lets only one of two simultaneous uses of a token through', async () => {
    const org = await createOrg(server.url, 'ReuseRace');
    const person = await addPerson(org.admin);
    const { token } = await invite(org.admin, person.id);
    const results = await Promise.all([accept(token), accept(token, 'a different long password')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectFieldError(results.find((r) => r.errors)!, 'token');
    expect(await accountCount(person.id)).toBe(1);
  });

  it('refuses an email that has an account in another organization without saying so; with the address corrected the same link works', async () => {
    const elsewhere = await createOrg(server.url, 'Elsewhere');
    const { viewer } = await elsewhere.admin.ok(`{ viewer { person { email } } }`);
    const org = await createOrg(server.url, 'SameEmail');
    // A person's email is unique per organization only: this one is someone's sign-in elsewhere.
    const person = await addPerson(org.admin, { name: 'Double Life', email: viewer.person.email });
    const { token, id } = await invite(org.admin, person.id);

    const invitee = new TestClient(server.url, { 'x-forwarded-for': '198.51.100.20' });
    const result = await invitee.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(result.errors).toEqual([
      {
        message: `token: ${INVITATION_EMAIL_REFUSED}`,
        path: ['acceptInvitation'],
        locations: expect.any(Array),
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'token', message: INVITATION_EMAIL_REFUSED }],
        },
      },
    ]);
    expect(INVITATION_EMAIL_REFUSED).not.toMatch(/exist|registered|taken|in use|already ha/i);
    expect(invitee.sessionCookie).toBeUndefined();
    expect(await accountCount(person.id)).toBe(0);
    const [row] = await server.db.query(`SELECT accepted_at, revoked_at FROM invitation WHERE id = $1`, [id]);
    expect(row).toEqual({ accepted_at: null, revoked_at: null });

    const corrected = uniqueEmail('double-life');
    await org.admin.ok(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
      input: { id: person.id, email: corrected },
    });
    const { acceptInvitation } = await invitee.ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect(acceptInvitation.person).toMatchObject({
      id: person.id,
      email: corrected,
      hasAccount: true,
    });
    // The account elsewhere is untouched.
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [
      viewer.person.email,
    ]);
    expect(n).toBe(1);
  });

  it('refuses an expired invitation with a message about expiry', async () => {
    const org = await createOrg(server.url, 'Expired');
    const person = await addPerson(org.admin);
    const { token, id } = await invite(org.admin, person.id);
    await server.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const invitee = new TestClient(server.url);
    const result = await invitee.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(expectFieldError(result, 'token')).toMatch(/expired/i);
    expect(invitee.sessionCookie).toBeUndefined();
    expect(await accountCount(person.id)).toBe(0);
    // A fresh invitation works again.
    const again = await invite(org.admin, person.id);
    expect((await accept(again.token)).errors).toBeUndefined();
  });

  it('refuses an invalid token', async () => {
    for (const token of ['not-a-token', 'A'.repeat(43), '']) {
      expect(expectFieldError(await accept(token), 'token')).toMatch(/not valid/i);
    }
    // Over the input limit, still a field error on token.
    expectFieldError(await accept('x'.repeat(500)), 'token');
  });

  it('refuses a weak password on password, and the invitation stays usable', async () => {
    const org = await createOrg(server.url, 'Weak');
    const person = await addPerson(org.admin);
    const { token } = await invite(org.admin, person.id);
    for (const weak of ['short', ' '.repeat(20), 'z'.repeat(257)]) {
      expectFieldError(await accept(token, weak), 'password');
    }
    expect(await accountCount(person.id)).toBe(0);
    const { acceptInvitation } = (await accept(token)).data!;
    expect(acceptInvitation.person.id).toBe(person.id);
  });
});

describe('who may invite', () => {
  /** admin ─ manager ─ report ─ junior; admin ─ peer (the manager's peer). */
  async function team() {
    const org = await createOrg(server.url, 'InviteTeam');
    const manager = await addMember(org, {
      name: 'Manager',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const peer = await addMember(org, {
      name: 'Peer',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const report = await addPerson(org.admin, { name: 'Report', managerId: manager.id });
    const junior = await addPerson(org.admin, {
      name: 'Junior',
      level: 'JUNIOR',
      managerId: report.id,
    });
    const peerReport = await addPerson(org.admin, { name: 'Peer Report', managerId: peer.id });
    return { org, manager, peer, report, junior, peerReport };
  }

  it('a manager may invite people below them, directly or further down', async () => {
    const { manager, report, junior } = await team();
    const direct = await invite(manager.client, report.id);
    const skip = await invite(manager.client, junior.id);
    expect((await accept(direct.token)).data!.acceptInvitation.person.id).toBe(report.id);
    expect((await accept(skip.token)).data!.acceptInvitation.person.id).toBe(junior.id);
  });

  it('a manager may not invite a peer, the peer’s reports or their own manager (FORBIDDEN)', async () => {
    const { org, manager, peerReport } = await team();
    const outsider = await addPerson(org.admin, { name: 'Outsider' });
    const ids = [peerReport.id, outsider.id, org.adminPersonId];
    for (const id of ids) {
      expect(errorCode(await manager.client.gql(INVITE, { id }))).toBe('FORBIDDEN');
    }
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM invitation WHERE person_id = ANY($1)`, [ids]);
    expect(n).toBe(0);
  });

  it('a plain member (nobody below them) may not invite anyone (FORBIDDEN)', async () => {
    const { org, junior, report, peerReport } = await team();
    const member = await inviteAndAccept(org.admin, junior.id);
    const colleague = await addPerson(org.admin, { managerId: report.id });
    for (const id of [colleague.id, report.id, peerReport.id]) {
      expect(errorCode(await member.gql(INVITE, { id }))).toBe('FORBIDDEN');
    }
  });
});
