import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/factories';
import { activePlanFor, expectError, type PlanSummary, type Team } from '../support/plans';
import {
  ADD_ACTION_ITEM,
  ADD_AGENDA,
  addActionItem,
  addAgendaItem,
  COMPLETE,
  completeOneOnOne,
  getOneOnOne,
  oneOnOneTeam,
  REMOVE_AGENDA,
  schedule,
  setPrivateNote,
  UPDATE_ACTION_ITEM,
  UPDATE_AGENDA,
  UPDATE_NOTES,
  updateActionItem,
  updateSharedNotes,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/**
 * completeOneOnOne (§3): UPCOMING → DONE once. A done 1:1 keeps its agenda and notes as they
 * were (INVALID_TRANSITION), but its action items can still be ticked off.
 */

let server: TestServer;
let team: Team;
let plan: PlanSummary;
beforeAll(async () => {
  server = await startTestServer();
  ({ team, plan } = await oneOnOneTeam(server.url, 'Done'));
});
afterAll(() => server?.stop());

async function rowsOf(oneOnOneId: string) {
  return {
    oneOnOne: await server.db.query(`SELECT * FROM one_on_one WHERE id = $1`, [oneOnOneId]),
    agenda: await server.db.query(`SELECT * FROM agenda_item WHERE one_on_one_id = $1 ORDER BY id`, [oneOnOneId]),
    actionItems: await server.db.query(`SELECT * FROM action_item WHERE one_on_one_id = $1 ORDER BY id`, [oneOnOneId]),
  };
}

describe('completing a 1:1', () => {
  it('either participant completes it: DONE; a second complete is INVALID_TRANSITION', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const done = await completeOneOnOne(team.senior.client, oneOnOne.id);
    expect(done).toMatchObject({ id: oneOnOne.id, status: 'DONE' });
    expect((await getOneOnOne(team.top.client, oneOnOne.id)).status).toBe('DONE');
    for (const by of [team.senior.client, team.manager.client])
      expectError(await by.gql(COMPLETE, { id: oneOnOne.id }), 'INVALID_TRANSITION');

    const other = await schedule(team.senior.client, plan.id);
    expect((await completeOneOnOne(team.manager.client, other.id)).status).toBe('DONE');
  });

  it('the skip-level may not complete (FORBIDDEN), strangers get NOT_FOUND; it stays UPCOMING', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    expectError(await team.top.client.gql(COMPLETE, { id: oneOnOne.id }), 'FORBIDDEN');
    for (const stranger of [team.peer.client, team.admin, team.outsider])
      expectError(await stranger.gql(COMPLETE, { id: oneOnOne.id }), 'NOT_FOUND');
    expect((await getOneOnOne(team.senior.client, oneOnOne.id)).status).toBe('UPCOMING');
  });
});

describe('a done 1:1', () => {
  it('refuses agenda, notes and action-item changes with INVALID_TRANSITION and changes nothing; ticking items still works', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const item = await addAgendaItem(team.senior.client, oneOnOne.id, 'Pricing readout');
    const action = await addActionItem(
      team.manager.client,
      oneOnOne.id,
      team.senior.id,
      'Send the readout',
      '2026-05-01',
    );
    const other = await addActionItem(team.manager.client, oneOnOne.id, team.manager.id, 'Book the review');
    const notes = await updateSharedNotes(team.senior.client, oneOnOne.id, 1, 'We agreed.');
    await completeOneOnOne(team.manager.client, oneOnOne.id);
    const before = await rowsOf(oneOnOne.id);

    const refused: [string, Record<string, unknown>][] = [
      [ADD_AGENDA, { input: { oneOnOneId: oneOnOne.id, text: 'One more thing' } }],
      [UPDATE_AGENDA, { input: { id: item.id, text: 'Renamed' } }],
      [UPDATE_AGENDA, { input: { id: item.id, discussed: true } }],
      [UPDATE_AGENDA, { input: { id: item.id, position: 0 } }],
      [REMOVE_AGENDA, { id: item.id }],
      [
        UPDATE_NOTES,
        {
          input: {
            oneOnOneId: oneOnOne.id,
            version: notes.sharedNotesVersion,
            notes: 'Changed my mind.',
          },
        },
      ],
      [ADD_ACTION_ITEM, { input: { oneOnOneId: oneOnOne.id, ownerId: team.senior.id, text: 'Late addition' } }],
      [UPDATE_ACTION_ITEM, { input: { id: action.id, version: action.version, text: 'Send it later' } }],
      [UPDATE_ACTION_ITEM, { input: { id: action.id, version: action.version, dueOn: '2026-06-01' } }],
      [UPDATE_ACTION_ITEM, { input: { id: action.id, version: action.version, dueOn: null } }],
      [UPDATE_ACTION_ITEM, { input: { id: action.id, version: action.version, done: true, text: 'Sent, renamed' } }],
    ];
    for (const by of [team.senior.client, team.manager.client]) {
      for (const [query, variables] of refused) expectError(await by.gql(query, variables), 'INVALID_TRANSITION');
    }
    expect(await rowsOf(oneOnOne.id)).toEqual(before);

    // Ticking off (and un-ticking) still works, by either participant, over the version.
    const ticked = await updateActionItem(team.senior.client, {
      id: action.id,
      version: action.version,
      done: true,
    });
    expect(ticked).toMatchObject({
      done: true,
      version: action.version + 1,
      text: 'Send the readout',
      dueOn: '2026-05-01',
    });
    const otherTicked = await updateActionItem(team.manager.client, {
      id: other.id,
      version: other.version,
      done: true,
    });
    expect(otherTicked.done).toBe(true);
    expectError(
      await team.manager.client.gql(UPDATE_ACTION_ITEM, {
        input: { id: action.id, version: action.version, done: false },
      }),
      'CONFLICT',
    );
    expect(
      (
        await updateActionItem(team.manager.client, {
          id: action.id,
          version: ticked.version,
          done: false,
        })
      ).done,
    ).toBe(false);

    // The skip-level still may not tick anything.
    expectError(
      await team.top.client.gql(UPDATE_ACTION_ITEM, {
        input: { id: other.id, version: otherTicked.version, done: false },
      }),
      'FORBIDDEN',
    );

    const after = await getOneOnOne(team.manager.client, oneOnOne.id);
    expect(after).toMatchObject({
      status: 'DONE',
      sharedNotes: 'We agreed.',
      sharedNotesVersion: notes.sharedNotesVersion,
    });
    expect(after.agenda).toEqual([item]);
  });

  it('each participant can still keep their own private note on it', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    await completeOneOnOne(team.senior.client, oneOnOne.id);
    expect((await setPrivateNote(team.senior.client, oneOnOne.id, 'Went better than I feared.')).myPrivateNote).toBe(
      'Went better than I feared.',
    );
  });

  it('is no longer the next 1:1, and the next one scheduled carries its open action items', async () => {
    const owner = await addMember(team.org, { name: 'Done Next', managerId: team.manager.id });
    const ownPlan = await activePlanFor(team, owner);
    const oneOnOne = await schedule(team.manager.client, ownPlan.id);
    await addActionItem(team.manager.client, oneOnOne.id, owner.id, 'Still open');
    await completeOneOnOne(team.manager.client, oneOnOne.id);
    const { plan: read } = await owner.client.ok(`query($id: ID!) { plan(id: $id) { nextOneOnOne { id } } }`, {
      id: ownPlan.id,
    });
    expect(read.nextOneOnOne).toBeNull();
    const next = await schedule(owner.client, ownPlan.id);
    expect(next.actionItems.map((a) => a.text)).toEqual(['Still open']);
  });
});
