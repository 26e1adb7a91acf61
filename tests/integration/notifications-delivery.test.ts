import { afterAll, describe, expect, it } from 'vitest';
import { addPerson, createOrg, uniqueEmail, type Org } from '../support/factories';
import { eventually, TestSmtp } from '../support/mail';
import { cloneDatabase, dropDatabase, startTestServer, type TestServer } from '../support/server';

/**
 * Delivery through the job queue: every message is sent once, whatever the SMTP server does
 * meanwhile and however many instances take jobs from the same database.
 */

const stops: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

async function smtpServer(refuseFirst = 0): Promise<TestSmtp> {
  const smtp = await new TestSmtp({ refuseFirst }).start();
  stops.push(() => smtp.stop());
  return smtp;
}

async function server(overrides: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const started = await startTestServer(overrides);
  stops.push(() => started.stop());
  return started;
}

/** Adds people with emails and invites them all; their addresses. */
async function inviteMany(org: Org, count: number): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = uniqueEmail(`many${i}`);
    const { id } = await addPerson(org.admin, { name: `Invitee ${i}`, email });
    await org.admin.ok(`mutation($id: ID!) { invitePerson(personId: $id) { id } }`, { id });
    emails.push(email);
  }
  return emails;
}

/** Waits until the queue has no job left (none waiting, running or to be retried). */
async function queueDrained(db: TestServer['db']): Promise<void> {
  await eventually(async () => (await db.query(`SELECT 1 FROM graphile_worker.jobs LIMIT 1`)).length === 0, 30_000);
}

describe('delivery', () => {
  it('retries an SMTP server that refuses, and once it recovers every message arrives exactly once', async () => {
    const smtp = await smtpServer(3);
    const app = await server({ smtpUrl: smtp.url });
    const org = await createOrg(app.url, 'Flaky Mail');
    const emails = await inviteMany(org, 3);
    for (const email of emails) await smtp.waitFor(email, 30_000);
    await queueDrained(app.db);
    expect(smtp.refused).toBe(3);
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual([...emails].sort());
    // A refused attempt is a failed job with its error, retried later: each message has one inbox row.
    const rows = await app.db.query(`SELECT count(*)::int AS n, count(emailed_at)::int AS sent FROM notification`);
    expect(rows).toEqual([{ n: 3, sent: 3 }]);
  });

  it('two instances (two job runners) on one database never send a message twice', async () => {
    const smtp = await smtpServer();
    const databaseUrl = await cloneDatabase();
    stops.push(() => dropDatabase(databaseUrl));
    const a = await server({ smtpUrl: smtp.url, databaseUrl });
    const b = await server({ smtpUrl: smtp.url, databaseUrl });
    const orgA = await createOrg(a.url, 'Org A');
    const orgB = await createOrg(b.url, 'Org B');
    const emails = [...(await inviteMany(orgA, 6)), ...(await inviteMany(orgB, 6))];
    for (const email of emails) await smtp.waitFor(email, 30_000);
    await queueDrained(a.db);
    const recipients = smtp.received.map((m) => m.envelopeTo[0]);
    expect(recipients.sort()).toEqual([...emails].sort());
    expect(new Set(smtp.received.map((m) => m.parsed.messageId)).size).toBe(12);
  });

  it('a message whose attempts are used up stays in the queue with its last error', async () => {
    const smtp = await smtpServer(1_000);
    const app = await server({ smtpUrl: smtp.url });
    const org = await createOrg(app.url, 'Dead Letters');
    const { id } = await addPerson(org.admin, { name: 'Never Reached', email: uniqueEmail('never') });
    await org.admin.ok(`mutation($id: ID!) { invitePerson(personId: $id) { id } }`, { id });
    // One attempt left: the next failure is the last.
    await eventually(async () => {
      const rows = await app.db.query(
        `UPDATE graphile_worker._private_jobs SET max_attempts = attempts + 1, run_at = now()
          WHERE attempts >= 1 AND max_attempts > attempts + 1 RETURNING id`,
      );
      return (rows[0] as unknown[]).length > 0;
    });
    const [failed] = await eventually(async () => {
      const rows: { attempts: number; max_attempts: number; last_error: string }[] = await app.db.query(
        `SELECT attempts, max_attempts, last_error FROM graphile_worker.jobs WHERE attempts >= max_attempts`,
      );
      return rows.length > 0 ? rows : null;
    });
    expect(failed.last_error).toMatch(/Try again later/);
    expect(smtp.received).toEqual([]);
  });
});

describe('without SMTP_URL', () => {
  it('keeps emails in the development mailbox at /dev/mailbox, links absolute', async () => {
    const app = await server({});
    const org = await createOrg(app.url, 'Dev Mail');
    const [email] = await inviteMany(org, 1);
    const list = await eventually(async () => {
      const page = await (await fetch(`${app.url}/dev/mailbox`)).text();
      return page.includes(email) ? page : null;
    });
    expect(list).toContain('Dev Mail Admin invited you to Dev Mail on Fulcrum');
    const id = /href="\/dev\/mailbox\/(\d+)"/.exec(list)?.[1];
    const html = await fetch(`${app.url}/dev/mailbox/${id}`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain(`${app.url}/invitation/`);
    expect(await (await fetch(`${app.url}/dev/mailbox/${id}.txt`)).text()).toContain(`${app.url}/invitation/`);
    expect((await fetch(`${app.url}/dev/mailbox/999999`)).status).toBe(404);
  });

  it('in production sends nothing and has no mailbox; the inbox item is still written', async () => {
    const app = await server({ nodeEnv: 'production' });
    const org = await createOrg(app.url, 'Prod');
    await inviteMany(org, 1);
    await eventually(async () => (await app.db.query(`SELECT 1 FROM notification`)).length > 0);
    expect((await fetch(`${app.url}/dev/mailbox`)).status).toBe(404);
    expect(await app.db.query(`SELECT * FROM dev_mailbox_message`)).toEqual([]);
  });
});
