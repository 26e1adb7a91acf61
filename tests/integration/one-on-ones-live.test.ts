import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addMember, createOrg } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import type { TestClient } from '../support/client';

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  // A second instance on the same database, as a load balancer would run it.
  b = await startTestServer({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

function socket(server: TestServer, user: TestClient): Client {
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

interface Event {
  data?: {
    oneOnOneChanged: {
      change: string;
      by: { name: string };
      oneOnOne: { sharedNotes: string; agenda: { text: string }[]; myPrivateNote: string | null };
    };
  };
  errors?: { extensions?: { code?: string } }[];
}

/** Subscribes and collects events; resolves `ready` once the server has the subscription. */
function subscribe(client: Client, id: string) {
  const events: Event[] = [];
  const done = new Promise<void>((resolve) => {
    client.subscribe(
      {
        query: `subscription($id: ID!) { oneOnOneChanged(id: $id) { change by { name } oneOnOne { sharedNotes agenda { text } myPrivateNote } } }`,
        variables: { id },
      },
      {
        next: (value) => void events.push(value as Event),
        error: (error) => {
          events.push({
            errors: Array.isArray(error) ? error : [{ extensions: { code: String(error) } }],
          });
          resolve();
        },
        complete: resolve,
      },
    );
  });
  return { events, done };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('live 1:1 events across instances', () => {
  it('a subscriber on instance A receives edits made through instance B, never the other private note', async () => {
    const org = await createOrg(a.url, 'Live');
    const manager = await addMember(org, {
      name: 'Maya Manager',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const report = await addMember(org, { name: 'Sam Senior', managerId: manager.id });
    const { startPlan } = await manager.client.ok(`mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id } }`, {
      o: report.id,
    });
    const { scheduleOneOnOne } = await manager.client.ok(
      `mutation($p: ID!, $at: DateTimeISO!) { scheduleOneOnOne(input: { planId: $p, scheduledAt: $at }) { id sharedNotesVersion } }`,
      { p: startPlan.id, at: new Date(Date.now() + 86_400_000).toISOString() },
    );
    const id = scheduleOneOnOne.id;

    const onA = socket(a, manager.client);
    const live = subscribe(onA, id);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Sam works through instance B.
    const samOnB = Object.assign(Object.create(Object.getPrototypeOf(report.client)), report.client, {
      baseUrl: b.url,
    }) as TestClient;
    await samOnB.ok(
      `mutation($id: ID!) { addAgendaItem(input: { oneOnOneId: $id, text: "Pricing readout" }) { id } }`,
      { id },
    );
    await samOnB.ok(
      `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "Nervous about the promotion talk" }) { id } }`,
      { id },
    );
    await samOnB.ok(
      `mutation($id: ID!, $v: Int!) { updateSharedNotes(input: { oneOnOneId: $id, version: $v, notes: "# Notes" }) { id } }`,
      { id, v: scheduleOneOnOne.sharedNotesVersion },
    );

    await until(() => live.events.length >= 2);
    const [agenda, notes] = live.events.map((e) => e.data!.oneOnOneChanged);
    expect(agenda.change).toBe('AGENDA');
    expect(agenda.by.name).toBe('Sam Senior');
    expect(agenda.oneOnOne.agenda.map((i) => i.text)).toContain('Pricing readout');
    expect(notes.change).toBe('NOTES');
    expect(notes.oneOnOne.sharedNotes).toBe('# Notes');
    // The event is rendered for Maya: her own (empty) private note, never Sam's.
    expect(live.events.every((e) => e.data!.oneOnOneChanged.oneOnOne.myPrivateNote === null)).toBe(true);
    expect(JSON.stringify(live.events)).not.toContain('Nervous');
    await onA.dispose();
  });

  it('refuses the subscription to anyone but the two participants', async () => {
    const org = await createOrg(a.url, 'Private');
    const manager = await addMember(org, { track: 'MANAGER', managerId: org.adminPersonId });
    const report = await addMember(org, { managerId: manager.id });
    const peer = await addMember(org, { managerId: manager.id });
    const { startPlan } = await manager.client.ok(`mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id } }`, {
      o: report.id,
    });
    const { scheduleOneOnOne } = await report.client.ok(
      `mutation($p: ID!, $at: DateTimeISO!) { scheduleOneOnOne(input: { planId: $p, scheduledAt: $at }) { id } }`,
      { p: startPlan.id, at: new Date().toISOString() },
    );
    for (const [server, outsider] of [
      [a, peer.client],
      [b, org.admin],
    ] as const) {
      const client = socket(server, outsider);
      const attempt = subscribe(client, scheduleOneOnOne.id);
      await attempt.done;
      expect(attempt.events[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await client.dispose();
    }
  });
});
