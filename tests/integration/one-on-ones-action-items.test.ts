import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, orgWithTeam, type Member, type Team } from '../support/plans';
import {
  ADD_ACTION_ITEM,
  addActionItem,
  freshPlan,
  getOneOnOne,
  schedule,
  type OneOnOneRow,
  UPDATE_ACTION_ITEM,
  updateActionItem,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/** Action items of a 1:1 (§3): an owner who is one of the two people, a due date, done, edits with a version. */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Actions');
});
afterAll(() => server?.stop());

let counter = 0;

/** A new report of the manager (so `team.top` is their skip-level) with an ACTIVE plan and its first 1:1. */
async function fresh(): Promise<{ owner: Member; oneOnOne: OneOnOneRow }> {
  const { owner, plan } = await freshPlan(team, `Actions Owner ${++counter}`);
  return { owner, oneOnOne: await schedule(team.manager.client, plan.id) };
}

async function itemRows(oneOnOneId: string) {
  return server.db.query(`SELECT * FROM action_item WHERE one_on_one_id = $1 ORDER BY id`, [oneOnOneId]);
}

describe('adding action items', () => {
  it('owned by either participant, added by either, with or without a LocalDate due date', async () => {
    const { owner, oneOnOne } = await fresh();
    const mine = await addActionItem(owner.client, oneOnOne.id, owner.id, '  Draft the readout  ', '2026-03-31');
    expect(mine).toMatchObject({
      version: 1,
      text: 'Draft the readout',
      owner: { id: owner.id, name: `Actions Owner ${counter}` },
      dueOn: '2026-03-31',
      done: false,
      carriedFrom: null,
    });
    const theirs = await addActionItem(owner.client, oneOnOne.id, team.manager.id, 'Intro to the platform lead');
    expect(theirs).toMatchObject({ owner: { id: team.manager.id }, dueOn: null });
    const byManager = await addActionItem(team.manager.client, oneOnOne.id, owner.id, 'Leap day', '2028-02-29');
    expect(byManager.dueOn).toBe('2028-02-29');
    expect((await getOneOnOne(team.top.client, oneOnOne.id)).actionItems).toEqual([mine, theirs, byManager]);
  });

  it('any other owner is BAD_USER_INPUT on ownerId: the skip-level, a peer, the admin, an unknown id, someone of another organization', async () => {
    const { oneOnOne } = await fresh();
    for (const ownerId of [
      team.top.id,
      team.peer.id,
      team.senior.id,
      team.org.adminPersonId,
      team.foreigner.id,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      expectError(
        await team.manager.client.gql(ADD_ACTION_ITEM, {
          input: { oneOnOneId: oneOnOne.id, ownerId, text: 'Do it' },
        }),
        'BAD_USER_INPUT',
        'ownerId',
      );
    }
    expect(await itemRows(oneOnOne.id)).toEqual([]);
  });

  it('refuses a bad due date or empty text with BAD_USER_INPUT naming the field', async () => {
    const { owner, oneOnOne } = await fresh();
    for (const dueOn of ['2026-02-30', '31/03/2026', '2026-03-31T10:00:00Z', 'soon']) {
      expectError(
        await owner.client.gql(ADD_ACTION_ITEM, {
          input: { oneOnOneId: oneOnOne.id, ownerId: owner.id, text: 'Do it', dueOn },
        }),
        'BAD_USER_INPUT',
        'dueOn',
      );
    }
    for (const text of ['', '  ']) {
      expectError(
        await owner.client.gql(ADD_ACTION_ITEM, {
          input: { oneOnOneId: oneOnOne.id, ownerId: owner.id, text },
        }),
        'BAD_USER_INPUT',
        'text',
      );
    }
    expect(await itemRows(oneOnOne.id)).toEqual([]);
  });

  it('only the two participants add: the skip-level is FORBIDDEN, strangers NOT_FOUND', async () => {
    const { owner, oneOnOne } = await fresh();
    const input = { oneOnOneId: oneOnOne.id, ownerId: owner.id, text: 'Do it' };
    expectError(await team.top.client.gql(ADD_ACTION_ITEM, { input }), 'FORBIDDEN');
    for (const stranger of [team.peer.client, team.admin, team.outsider])
      expectError(await stranger.gql(ADD_ACTION_ITEM, { input }), 'NOT_FOUND');
    expect(await itemRows(oneOnOne.id)).toEqual([]);
  });
});

describe('updating action items', () => {
  it('edits text, due date and done over the current version; each edit increments it', async () => {
    const { owner, oneOnOne } = await fresh();
    const item = await addActionItem(owner.client, oneOnOne.id, owner.id, 'Draft the readout', '2026-03-31');
    const renamed = await updateActionItem(team.manager.client, {
      id: item.id,
      version: item.version,
      text: 'Draft and send the readout',
    });
    expect(renamed).toMatchObject({
      version: item.version + 1,
      text: 'Draft and send the readout',
      dueOn: '2026-03-31',
      done: false,
    });
    const moved = await updateActionItem(owner.client, {
      id: item.id,
      version: renamed.version,
      dueOn: '2026-04-15',
    });
    expect(moved).toMatchObject({
      version: renamed.version + 1,
      text: 'Draft and send the readout',
      dueOn: '2026-04-15',
    });
    const cleared = await updateActionItem(owner.client, {
      id: item.id,
      version: moved.version,
      dueOn: null,
    });
    expect(cleared).toMatchObject({ version: moved.version + 1, dueOn: null });
    const done = await updateActionItem(team.manager.client, {
      id: item.id,
      version: cleared.version,
      done: true,
    });
    expect(done).toMatchObject({
      version: cleared.version + 1,
      done: true,
      text: 'Draft and send the readout',
      owner: { id: owner.id },
    });
    const reopened = await updateActionItem(owner.client, {
      id: item.id,
      version: done.version,
      done: false,
    });
    expect(reopened).toMatchObject({ version: done.version + 1, done: false });
    expect((await getOneOnOne(team.manager.client, oneOnOne.id)).actionItems).toEqual([reopened]);
  });

  it('a stale version is CONFLICT with the current item; nothing changes', async () => {
    const { owner, oneOnOne } = await fresh();
    const item = await addActionItem(owner.client, oneOnOne.id, owner.id, 'Book the room');
    const first = await updateActionItem(team.manager.client, {
      id: item.id,
      version: item.version,
      text: 'Book the big room',
    });
    const stale = await owner.client.gql(UPDATE_ACTION_ITEM, {
      input: { id: item.id, version: item.version, text: 'Book a small room', done: true },
    });
    const error = expectError(stale, 'CONFLICT');
    expect(error.extensions!.current).toMatchObject({
      id: item.id,
      version: first.version,
      text: 'Book the big room',
      done: false,
    });
    expect((await getOneOnOne(owner.client, oneOnOne.id)).actionItems).toEqual([first]);
  });

  it('empty text and a bad date are BAD_USER_INPUT; the skip-level is FORBIDDEN; strangers and unknown ids NOT_FOUND', async () => {
    const { owner, oneOnOne } = await fresh();
    const item = await addActionItem(owner.client, oneOnOne.id, owner.id, 'Keep me');
    expectError(
      await owner.client.gql(UPDATE_ACTION_ITEM, {
        input: { id: item.id, version: item.version, text: ' ' },
      }),
      'BAD_USER_INPUT',
      'text',
    );
    expectError(
      await owner.client.gql(UPDATE_ACTION_ITEM, {
        input: { id: item.id, version: item.version, dueOn: '2026-13-01' },
      }),
      'BAD_USER_INPUT',
      'dueOn',
    );
    expectError(
      await team.top.client.gql(UPDATE_ACTION_ITEM, {
        input: { id: item.id, version: item.version, done: true },
      }),
      'FORBIDDEN',
    );
    for (const stranger of [team.peer.client, team.admin, team.outsider]) {
      expectError(
        await stranger.gql(UPDATE_ACTION_ITEM, {
          input: { id: item.id, version: item.version, done: true },
        }),
        'NOT_FOUND',
      );
    }
    expectError(
      await owner.client.gql(UPDATE_ACTION_ITEM, {
        input: { id: '00000000-0000-4000-8000-000000000000', version: 1, done: true },
      }),
      'NOT_FOUND',
    );
    expect((await getOneOnOne(owner.client, oneOnOne.id)).actionItems).toEqual([item]);
  });
});
