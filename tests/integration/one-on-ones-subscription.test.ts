import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { startPlan, type PlanSummary, type Team } from '../support/plans';
import {
  addActionItem,
  addAgendaItem,
  completeOneOnOne,
  oneOnOneTeam,
  removeAgendaItem,
  schedule,
  settle,
  socket,
  subscribe,
  until,
  updateActionItem,
  updateAgendaItem,
  updateSharedNotes,
  type Subscriber,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/**
 * oneOnOneChanged(id) over graphql-ws with the session cookie (§3): only the 1:1's two
 * participants subscribe; every change of the agenda, notes, action items and status reaches
 * them, naming who made it, with the 1:1 as it now is.
 */

let server: TestServer;
let team: Team;
let plan: PlanSummary;
beforeAll(async () => {
  server = await startTestServer();
  ({ team, plan } = await oneOnOneTeam(server.url, 'Live'));
});
afterAll(() => server?.stop());

describe('who may subscribe', () => {
  it('the two participants; the skip-level, a peer, the admin and another organization get NOT_FOUND', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const refused: [string, TestClient][] = [
      ['skip-level', team.top.client],
      ['peer', team.peer.client],
      ['admin', team.admin],
      ['other organization', team.outsider],
      ['other organization member', team.foreigner.client],
    ];
    for (const [who, client] of refused) {
      const attempt = await subscribe(socket(server.url, client), oneOnOne.id);
      await attempt.done;
      expect(
        attempt.errors.map((e) => e.extensions?.code),
        who,
      ).toEqual(['NOT_FOUND']);
      expect(attempt.events, who).toEqual([]);
      await attempt.close();
    }
    // An unknown id and a garbled one are NOT_FOUND too.
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const attempt = await subscribe(socket(server.url, team.senior.client), id);
      await attempt.done;
      expect(attempt.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      await attempt.close();
    }
    // Without a session: UNAUTHENTICATED.
    const anonymous = await subscribe(socket(server.url, new TestClient(server.url)), oneOnOne.id);
    await anonymous.done;
    expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    await anonymous.close();

    // The participants are accepted, and the refused ones received nothing of the edit.
    const owner = await subscribe(socket(server.url, team.senior.client), oneOnOne.id);
    const manager = await subscribe(socket(server.url, team.manager.client), oneOnOne.id);
    try {
      expect(owner.errors).toEqual([]);
      expect(manager.errors).toEqual([]);
      await addAgendaItem(team.manager.client, oneOnOne.id, 'Hello');
      await until(() => owner.events.length === 1 && manager.events.length === 1, 5_000, 'both participants');
    } finally {
      await owner.close();
      await manager.close();
    }
  });

  it('a 1:1 of another organization is NOT_FOUND for a participant of ours', async () => {
    const foreignPlan = await startPlan(team.outsider, team.foreigner.id);
    const foreign = await schedule(team.foreigner.client, foreignPlan.id);
    const attempt = await subscribe(socket(server.url, team.manager.client), foreign.id);
    await attempt.done;
    expect(attempt.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await attempt.close();
  });
});

describe('events', () => {
  it('AGENDA, NOTES, ACTION_ITEMS and STATUS, each with who made it and the 1:1 as it now is, to both participants', async () => {
    const oneOnOne = await schedule(team.senior.client, plan.id);
    const forOwner = await subscribe(socket(server.url, team.senior.client), oneOnOne.id);
    const forManager = await subscribe(socket(server.url, team.manager.client), oneOnOne.id);
    const subscribers: Subscriber[] = [forOwner, forManager];
    const waitFor = async (count: number, what: string) => {
      await until(() => subscribers.every((s) => s.events.length >= count), 5_000, what);
      return subscribers.map((s) => s.events[count - 1]);
    };
    const { senior, manager } = team;
    try {
      const item = await addAgendaItem(senior.client, oneOnOne.id, 'Pricing readout');
      for (const e of await waitFor(1, 'agenda add')) {
        expect(e).toMatchObject({ change: 'AGENDA', by: { id: senior.id, name: 'Live Senior' } });
        expect(e.oneOnOne.agenda.map((i) => i.text)).toEqual(['Pricing readout']);
      }
      await updateAgendaItem(manager.client, { id: item.id, discussed: true });
      for (const e of await waitFor(2, 'agenda edit')) {
        expect(e).toMatchObject({ change: 'AGENDA', by: { id: manager.id, name: 'Live Manager' } });
        expect(e.oneOnOne.agenda[0].discussed).toBe(true);
      }
      const notes = await updateSharedNotes(manager.client, oneOnOne.id, 1, '# Decisions');
      for (const e of await waitFor(3, 'notes')) {
        expect(e).toMatchObject({ change: 'NOTES', by: { id: manager.id } });
        expect(e.oneOnOne).toMatchObject({
          sharedNotes: '# Decisions',
          sharedNotesVersion: notes.sharedNotesVersion,
        });
      }
      const action = await addActionItem(senior.client, oneOnOne.id, manager.id, 'Intro to finance', '2026-09-01');
      for (const e of await waitFor(4, 'action item add')) {
        expect(e).toMatchObject({ change: 'ACTION_ITEMS', by: { id: senior.id } });
        expect(e.oneOnOne.actionItems).toEqual([action]);
      }
      const ticked = await updateActionItem(manager.client, {
        id: action.id,
        version: action.version,
        done: true,
      });
      for (const e of await waitFor(5, 'action item tick')) {
        expect(e).toMatchObject({ change: 'ACTION_ITEMS', by: { id: manager.id } });
        expect(e.oneOnOne.actionItems).toEqual([ticked]);
      }
      await removeAgendaItem(senior.client, item.id);
      for (const e of await waitFor(6, 'agenda remove')) {
        expect(e).toMatchObject({ change: 'AGENDA', by: { id: senior.id } });
        expect(e.oneOnOne.agenda).toEqual([]);
      }
      await completeOneOnOne(manager.client, oneOnOne.id);
      for (const e of await waitFor(7, 'status')) {
        expect(e).toMatchObject({ change: 'STATUS', by: { id: manager.id } });
        expect(e.oneOnOne.status).toBe('DONE');
      }
      await settle(200);
      for (const s of subscribers) {
        expect(s.events.map((e) => e.change)).toEqual([
          'AGENDA',
          'AGENDA',
          'NOTES',
          'ACTION_ITEMS',
          'ACTION_ITEMS',
          'AGENDA',
          'STATUS',
        ]);
        expect(s.errors).toEqual([]);
      }
    } finally {
      for (const s of subscribers) await s.close();
    }
  });

  it('refused changes announce nothing, and events of other 1:1s do not cross over', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const other = await schedule(team.manager.client, plan.id);
    const watcher = await subscribe(socket(server.url, team.senior.client), oneOnOne.id);
    try {
      // A stale notes save (CONFLICT), a skip-level edit (FORBIDDEN) and an empty item (BAD_USER_INPUT).
      await updateSharedNotes(team.manager.client, oneOnOne.id, 1, 'first');
      await until(() => watcher.events.length === 1, 5_000, 'the notes event');
      await team.senior.client.gql(
        `mutation($id: ID!) { updateSharedNotes(input: { oneOnOneId: $id, version: 1, notes: "stale" }) { id } }`,
        { id: oneOnOne.id },
      );
      await team.top.client.gql(
        `mutation($id: ID!) { addAgendaItem(input: { oneOnOneId: $id, text: "from above" }) { id } }`,
        { id: oneOnOne.id },
      );
      await team.senior.client.gql(
        `mutation($id: ID!) { addAgendaItem(input: { oneOnOneId: $id, text: " " }) { id } }`,
        { id: oneOnOne.id },
      );
      await addAgendaItem(team.manager.client, other.id, 'Elsewhere');
      await settle();
      expect(watcher.events.map((e) => e.change)).toEqual(['NOTES']);
    } finally {
      await watcher.close();
    }
  });
});
