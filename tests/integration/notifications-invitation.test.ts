import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, errorCode } from '../support/client';
import { addPerson, createOrg, PASSWORD, uniqueEmail, type Org } from '../support/factories';
import { eventually, linkIn, TestSmtp, unsubscribeLink } from '../support/mail';
import { startTestServer, type TestServer } from '../support/server';

let smtp: TestSmtp;
let server: TestServer;
let org: Org;

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  server = await startTestServer({ smtpUrl: smtp.url });
  org = await createOrg(server.url, 'Acme Growth');
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const INVITE = `mutation($id: ID!) { invitePerson(personId: $id) { id acceptUrl } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { person { id name } } }`;
const INBOX = `query($first: Int, $after: String) {
  viewer { unreadNotifications }
  notifications(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind title body url createdAt readAt } } }
}`;
const PREFERENCES = `{ notificationPreferences { email { kind email } weeklyBriefDay weeklyBriefHour timeZone timeZoneChosen } }`;

async function invite(name: string) {
  const email = uniqueEmail('invitee');
  const person = await addPerson(org.admin, { name, email });
  const { invitePerson } = await org.admin.ok(INVITE, { id: person.id });
  return { person, email, invitation: invitePerson as { id: string; acceptUrl: string } };
}

describe('the invitation email', () => {
  it('reaches the invitee with the link the inviter sees, and the link accepts the invitation', async () => {
    const { email, invitation, person } = await invite('Ines Invitee');
    const mail = await smtp.waitFor(email);

    expect(mail.envelopeTo).toEqual([email]);
    expect(mail.to).toContain(email);
    expect(mail.subject).toBe('Acme Growth Admin invited you to Acme Growth on Fulcrum');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Fulcrum', address: 'fulcrum@test.example' }]);
    expect(mail.html).toContain('Ines Invitee');
    expect(mail.html).toContain('<html');
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    const link = linkIn(mail, `${server.url}/invitation/`);
    expect(link).toBe(invitation.acceptUrl);
    expect(mail.html).toContain(link);

    // Followed: the token in the link accepts the invitation and signs the invitee in.
    const invitee = new TestClient(server.url);
    const token = new URL(link).pathname.split('/').pop();
    const { acceptInvitation } = await invitee.ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect(acceptInvitation.person).toEqual({ id: person.id, name: 'Ines Invitee' });

    // The inbox has the item, without the token.
    const inbox = await invitee.ok(INBOX, {});
    expect(inbox.viewer.unreadNotifications).toBe(1);
    expect(inbox.notifications.totalCount).toBe(1);
    const item = inbox.notifications.edges[0].node;
    expect(item).toMatchObject({ kind: 'INVITATION', readAt: null, url: `${server.url}/` });
    expect(JSON.stringify(item)).not.toContain(token);
    expect(await invitee.ok(`mutation { markNotificationsRead }`)).toEqual({ markNotificationsRead: 1 });
    expect((await invitee.ok(INBOX, {})).viewer.unreadNotifications).toBe(0);
    expect(await invitee.ok(`mutation { markNotificationsRead }`)).toEqual({ markNotificationsRead: 0 });
  });

  it('carries one-click unsubscribe headers; GET asks, POST turns invitation emails off for that person only', async () => {
    const first = await invite('Una Unsubscribe');
    const mail = await smtp.waitFor(first.email);
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = unsubscribeLink(mail);
    expect(link.startsWith(`${server.url}/unsubscribe/`)).toBe(true);

    const asked = await fetch(link);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('<form method="post">');
    const before = await server.db.query(`SELECT * FROM notification_preference WHERE person_id = $1`, [
      first.person.id,
    ]);
    expect(before).toEqual([]);

    // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click`, no cookie.
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('no longer email you invitations');
    const [row] = await server.db.query(`SELECT email_off FROM notification_preference WHERE person_id = $1`, [
      first.person.id,
    ]);
    expect(row.email_off).toEqual(['INVITATION']);

    // Invited again: the inbox item is written, no email leaves.
    const { invitePerson } = await org.admin.ok(INVITE, { id: first.person.id });
    const item = await eventually(async () => {
      const rows = await server.db.query(`SELECT emailed_at FROM notification WHERE subject_id = $1`, [
        invitePerson.id,
      ]);
      return rows.at(0) as { emailed_at: Date | null } | undefined;
    });
    expect(item.emailed_at).toBeNull();
    expect(smtp.to(first.email)).toHaveLength(1);

    // A forged or altered token changes nothing.
    expect((await fetch(`${link}x`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}/unsubscribe/nonsense`)).status).toBe(404);
  });

  it('is not sent when the invitation was replaced before its job ran: only the latest link is emailed', async () => {
    const email = uniqueEmail('twice');
    const person = await addPerson(org.admin, { name: 'Twice Invited', email });
    const one = (await org.admin.ok(INVITE, { id: person.id })).invitePerson;
    const two = (await org.admin.ok(INVITE, { id: person.id })).invitePerson;
    await eventually(async () => {
      const rows = await server.db.query(
        `SELECT 1 FROM graphile_worker.jobs WHERE task_identifier = 'invitation-email'`,
      );
      return rows.length === 0;
    });
    const links = smtp.to(email).map((m) => linkIn(m, `${server.url}/invitation/`));
    // The first job may have run before the second invitation existed; the second link always arrives.
    expect(links).toContain(two.acceptUrl);
    expect(links.filter((l) => l === one.acceptUrl).length).toBeLessThanOrEqual(1);
    expect(links.length).toBe(new Set(links).size);
  });
});

describe('notification preferences', () => {
  it('are the defaults until changed; only what is given changes', async () => {
    expect((await org.admin.ok(PREFERENCES)).notificationPreferences).toMatchObject({
      weeklyBriefDay: 1,
      weeklyBriefHour: 8,
      timeZone: 'UTC',
      timeZoneChosen: false,
    });
    const { updateNotificationPreferences } = await org.admin.ok(
      `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { email { kind email } weeklyBriefDay weeklyBriefHour timeZone timeZoneChosen } }`,
      { input: { timeZone: 'Europe/Paris', email: [{ kind: 'WEEKLY_BRIEF', email: false }] } },
    );
    expect(updateNotificationPreferences).toMatchObject({
      weeklyBriefDay: 1,
      timeZone: 'Europe/Paris',
      timeZoneChosen: true,
    });
    expect(updateNotificationPreferences.email).toContainEqual({ kind: 'WEEKLY_BRIEF', email: false });
    expect(updateNotificationPreferences.email).toContainEqual({ kind: 'INVITATION', email: true });
    expect(updateNotificationPreferences.email).toHaveLength(10);
  });

  it('refuse a time zone that is not IANA, a day or an hour out of range, naming each field, and change nothing', async () => {
    const before = await org.admin.ok(PREFERENCES);
    const result = await org.admin.gql(
      `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { timeZone } }`,
      { input: { timeZone: 'Mars/Olympus', weeklyBriefDay: 8, weeklyBriefHour: 24 } },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'timeZone',
      'weeklyBriefDay',
      'weeklyBriefHour',
    ]);
    expect(await org.admin.ok(PREFERENCES)).toEqual(before);
  });

  it('and the inbox refuse bad inputs with coded errors naming the field', async () => {
    const page = await org.admin.gql(INBOX, { first: 0 });
    expect(errorCode(page)).toBe('BAD_USER_INPUT');
    expect(page.errors?.[0]?.extensions?.fields[0].field).toBe('first');
    const cursor = await org.admin.gql(INBOX, { after: 'garbage' });
    expect(cursor.errors?.[0]?.extensions?.fields[0].field).toBe('after');
    const ids = await org.admin.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: ['x'] });
    expect(ids.errors?.[0]?.extensions?.fields[0].field).toBe('ids');
    const signedOut = await new TestClient(server.url).gql(INBOX, {});
    expect(errorCode(signedOut)).toBe('UNAUTHENTICATED');
  });
});
