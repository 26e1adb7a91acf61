import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelegation, delegationFixture, type DelegationFixture } from '../support/delegations';
import { activePlanFor, addGap, addGoal, expectError, orgWithTeam, type Team } from '../support/plans';
import {
  ADD_AGENDA,
  addActionItem,
  addAgendaItem,
  agendaOrder,
  getOneOnOne,
  REMOVE_AGENDA,
  removeAgendaItem,
  schedule,
  UPDATE_AGENDA,
  updateAgendaItem,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/** The agenda of a 1:1 (§3): add with links into the same plan, edit, discuss, reorder, remove. */

let server: TestServer;
let team: Team;
let fx: DelegationFixture;
let links: {
  gapId: string;
  goalId: string;
  delegationId: string;
  otherGapId: string;
  otherGoalId: string;
};
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Agenda');
  fx = await delegationFixture(team);
  const gap = await addGap(fx.owner.client, fx.plan.id, { title: 'Nobody decides from my models' });
  const goal = await addGoal(fx.owner.client, fx.plan.id, {
    title: 'Hand pipeline upkeep over',
    stop: { activityId: fx.pipeline.id, hoursPerWeek: 2 },
    start: {
      newActivityName: 'Feature library',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 2,
    },
  });
  const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
    activityId: fx.pipeline.id,
    delegateeId: fx.junior.id,
    hoursPerWeek: 2,
  });
  // The peer's plan, also managed by the manager: its gap and goal are not this plan's.
  const peerPlan = await activePlanFor(team, team.peer);
  const otherGap = await addGap(team.manager.client, peerPlan.id, { title: 'Peer gap' });
  const otherGoal = await addGoal(team.manager.client, peerPlan.id, {
    title: 'Peer goal',
    start: {
      newActivityName: 'Peer reading group',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 1,
    },
  });
  links = {
    gapId: gap.id,
    goalId: goal.id,
    delegationId: delegation.id,
    otherGapId: otherGap.id,
    otherGoalId: otherGoal.id,
  };
});
afterAll(() => server?.stop());

async function agendaRows(oneOnOneId: string) {
  return server.db.query(`SELECT * FROM agenda_item WHERE one_on_one_id = $1 ORDER BY id`, [oneOnOneId]);
}

describe('adding agenda items', () => {
  it('either participant adds, linked to a signal key, a gap, a goal or a delegation of the plan, or unlinked; appended in order', async () => {
    const oneOnOne = await schedule(team.manager.client, fx.plan.id);
    const owner = fx.owner;
    const manager = team.manager;
    const signal = await addAgendaItem(owner.client, oneOnOne.id, '  Am I a role model yet?  ', {
      linkKind: 'SIGNAL',
      linkId: 'ROLE_MODEL',
    });
    expect(signal).toMatchObject({
      text: 'Am I a role model yet?',
      author: { id: owner.id },
      position: 0,
      linkKind: 'SIGNAL',
      linkId: 'ROLE_MODEL',
      discussed: false,
      proposed: false,
    });
    const gap = await addAgendaItem(manager.client, oneOnOne.id, 'The decisions gap', {
      linkKind: 'GAP',
      linkId: links.gapId,
    });
    const goal = await addAgendaItem(owner.client, oneOnOne.id, 'Is the library on track?', {
      linkKind: 'GOAL',
      linkId: links.goalId,
    });
    const delegation = await addAgendaItem(manager.client, oneOnOne.id, 'How is the hand-over going?', {
      linkKind: 'DELEGATION',
      linkId: links.delegationId,
    });
    const plain = await addAgendaItem(owner.client, oneOnOne.id, 'Conference budget');
    expect(gap).toMatchObject({
      author: { id: manager.id },
      position: 1,
      linkKind: 'GAP',
      linkId: links.gapId,
    });
    expect(goal).toMatchObject({ position: 2, linkKind: 'GOAL', linkId: links.goalId });
    expect(delegation).toMatchObject({
      author: { id: manager.id },
      position: 3,
      linkKind: 'DELEGATION',
      linkId: links.delegationId,
    });
    expect(plain).toMatchObject({ position: 4, linkKind: null, linkId: null });

    const read = await getOneOnOne(team.top.client, oneOnOne.id);
    expect(agendaOrder(read.agenda)).toEqual([
      'Am I a role model yet?',
      'The decisions gap',
      'Is the library on track?',
      'How is the hand-over going?',
      'Conference budget',
    ]);
    expect(read.agenda).toEqual([signal, gap, goal, delegation, plain]);
  });

  it('a link elsewhere is BAD_USER_INPUT on linkId: another plan’s gap or goal, a bogus signal, an unknown id, a kind that does not match, a missing half', async () => {
    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    const before = await agendaRows(oneOnOne.id);
    const bad = [
      { linkKind: 'GAP', linkId: links.otherGapId },
      { linkKind: 'GOAL', linkId: links.otherGoalId },
      { linkKind: 'SIGNAL', linkId: 'NOT_A_SIGNAL' },
      { linkKind: 'SIGNAL', linkId: 'role_model' },
      { linkKind: 'GAP', linkId: '00000000-0000-4000-8000-000000000000' },
      { linkKind: 'DELEGATION', linkId: 'not-an-id' },
      { linkKind: 'GOAL', linkId: links.gapId },
      { linkKind: 'DELEGATION', linkId: links.goalId },
      { linkKind: 'GAP' },
    ];
    // The manager can read both plans, and still cannot link across them.
    for (const by of [fx.owner.client, team.manager.client]) {
      for (const link of bad) {
        expectError(
          await by.gql(ADD_AGENDA, { input: { oneOnOneId: oneOnOne.id, text: 'Linked', ...link } }),
          'BAD_USER_INPUT',
          'linkId',
        );
      }
    }
    expectError(
      await fx.owner.client.gql(ADD_AGENDA, {
        input: { oneOnOneId: oneOnOne.id, text: 'Linked', linkId: links.gapId },
      }),
      'BAD_USER_INPUT',
      'linkKind',
    );
    expect(await agendaRows(oneOnOne.id)).toEqual(before);
  });

  it('empty or blank text is BAD_USER_INPUT on text; nothing is added', async () => {
    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    for (const text of ['', '   ', '\n\t']) {
      expectError(
        await fx.owner.client.gql(ADD_AGENDA, { input: { oneOnOneId: oneOnOne.id, text } }),
        'BAD_USER_INPUT',
        'text',
      );
    }
    expectError(
      await fx.owner.client.gql(ADD_AGENDA, {
        input: { oneOnOneId: oneOnOne.id, text: 'x'.repeat(501) },
      }),
      'BAD_USER_INPUT',
      'text',
    );
    expect(await agendaRows(oneOnOne.id)).toEqual([]);
  });

  it('only the two participants: the skip-level is FORBIDDEN, a peer, the admin and another organization NOT_FOUND', async () => {
    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    const item = await addAgendaItem(fx.owner.client, oneOnOne.id, 'Ours');
    expectError(
      await team.top.client.gql(ADD_AGENDA, { input: { oneOnOneId: oneOnOne.id, text: 'Mine' } }),
      'FORBIDDEN',
    );
    expectError(await team.top.client.gql(UPDATE_AGENDA, { input: { id: item.id, text: 'Mine' } }), 'FORBIDDEN');
    expectError(await team.top.client.gql(REMOVE_AGENDA, { id: item.id }), 'FORBIDDEN');
    for (const stranger of [team.peer.client, team.admin, team.outsider, fx.junior.client]) {
      expectError(await stranger.gql(ADD_AGENDA, { input: { oneOnOneId: oneOnOne.id, text: 'Mine' } }), 'NOT_FOUND');
      expectError(await stranger.gql(UPDATE_AGENDA, { input: { id: item.id, text: 'Mine' } }), 'NOT_FOUND');
      expectError(await stranger.gql(REMOVE_AGENDA, { id: item.id }), 'NOT_FOUND');
    }
    expect((await getOneOnOne(fx.owner.client, oneOnOne.id)).agenda).toEqual([item]);
  });
});

describe('editing, discussing, reordering and removing', () => {
  it('edits the text and marks discussed (and back), by either participant', async () => {
    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    const item = await addAgendaItem(fx.owner.client, oneOnOne.id, 'Promotion timeline', {
      linkKind: 'SIGNAL',
      linkId: 'ROLE_MODEL',
    });
    const edited = await updateAgendaItem(team.manager.client, {
      id: item.id,
      text: '  Promotion timeline, Q3  ',
    });
    expect(edited).toEqual({ ...item, text: 'Promotion timeline, Q3' });
    const discussed = await updateAgendaItem(fx.owner.client, { id: item.id, discussed: true });
    expect(discussed).toEqual({ ...edited, discussed: true });
    expect((await getOneOnOne(team.manager.client, oneOnOne.id)).agenda).toEqual([discussed]);
    expect(await updateAgendaItem(team.manager.client, { id: item.id, discussed: false })).toEqual(edited);
    for (const text of ['', '  ']) {
      expectError(await fx.owner.client.gql(UPDATE_AGENDA, { input: { id: item.id, text } }), 'BAD_USER_INPUT', 'text');
    }
    expect((await getOneOnOne(team.manager.client, oneOnOne.id)).agenda).toEqual([edited]);
  });

  it('reorders with position: positions stay 0..n-1 and the order matches', async () => {
    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    const ids: Record<string, string> = {};
    for (const text of ['A', 'B', 'C', 'D', 'E'])
      ids[text] = (await addAgendaItem(fx.owner.client, oneOnOne.id, text)).id;
    const order = async () => agendaOrder((await getOneOnOne(team.manager.client, oneOnOne.id)).agenda);

    const moved = await updateAgendaItem(team.manager.client, { id: ids.E, position: 0 });
    expect(moved.position).toBe(0);
    expect(await order()).toEqual(['E', 'A', 'B', 'C', 'D']);
    await updateAgendaItem(fx.owner.client, { id: ids.A, position: 3 });
    expect(await order()).toEqual(['E', 'B', 'C', 'A', 'D']);
    await updateAgendaItem(fx.owner.client, { id: ids.D, position: 2 });
    expect(await order()).toEqual(['E', 'B', 'D', 'C', 'A']);
    // Past the end: last. Same place: nothing moves.
    expect((await updateAgendaItem(fx.owner.client, { id: ids.E, position: 99 })).position).toBe(4);
    expect(await order()).toEqual(['B', 'D', 'C', 'A', 'E']);
    await updateAgendaItem(fx.owner.client, { id: ids.C, position: 2 });
    expect(await order()).toEqual(['B', 'D', 'C', 'A', 'E']);
    // Text and position at once.
    const both = await updateAgendaItem(team.manager.client, {
      id: ids.A,
      position: 0,
      text: 'A!',
      discussed: true,
    });
    expect(both).toMatchObject({ position: 0, text: 'A!', discussed: true });
    expect(await order()).toEqual(['A!', 'B', 'D', 'C', 'E']);

    expectError(
      await fx.owner.client.gql(UPDATE_AGENDA, { input: { id: ids.B, position: -1 } }),
      'BAD_USER_INPUT',
      'position',
    );
    expect(await order()).toEqual(['A!', 'B', 'D', 'C', 'E']);
  });

  it('removes an item and renumbers the rest; a removed or unknown item is NOT_FOUND', async () => {
    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    const items = [];
    for (const text of ['A', 'B', 'C', 'D']) items.push(await addAgendaItem(team.manager.client, oneOnOne.id, text));
    expect(await removeAgendaItem(fx.owner.client, items[1].id)).toBe(true);
    let agenda = (await getOneOnOne(fx.owner.client, oneOnOne.id)).agenda;
    expect(agendaOrder(agenda)).toEqual(['A', 'C', 'D']);
    expect(await removeAgendaItem(team.manager.client, items[0].id)).toBe(true);
    agenda = (await getOneOnOne(fx.owner.client, oneOnOne.id)).agenda;
    expect(agendaOrder(agenda)).toEqual(['C', 'D']);
    // A new item goes after the renumbered ones.
    expect((await addAgendaItem(fx.owner.client, oneOnOne.id, 'E')).position).toBe(2);
    expectError(await fx.owner.client.gql(REMOVE_AGENDA, { id: items[1].id }), 'NOT_FOUND');
    expectError(await fx.owner.client.gql(UPDATE_AGENDA, { input: { id: items[0].id, text: 'back' } }), 'NOT_FOUND');
    expectError(await fx.owner.client.gql(REMOVE_AGENDA, { id: 'nope' }), 'NOT_FOUND');
    expect(agendaOrder((await getOneOnOne(fx.owner.client, oneOnOne.id)).agenda)).toEqual(['C', 'D', 'E']);
  });

  it('proposed items are edited, reordered and dropped like any other', async () => {
    const other = await delegationFixture(team);
    const first = await schedule(other.owner.client, other.plan.id);
    await addActionItem(other.owner.client, first.id, other.owner.id, 'Overdue', '2000-01-01');
    const oneOnOne = await schedule(team.manager.client, other.plan.id);
    const [suggested] = oneOnOne.agenda;
    expect(suggested).toMatchObject({ proposed: true, position: 0 });
    await addAgendaItem(other.owner.client, oneOnOne.id, 'Mine');
    await updateAgendaItem(other.owner.client, { id: suggested.id, position: 1 });
    expect(agendaOrder((await getOneOnOne(other.owner.client, oneOnOne.id)).agenda)).toEqual(['Mine', suggested.text]);
    expect(await removeAgendaItem(other.owner.client, suggested.id)).toBe(true);
    expect(agendaOrder((await getOneOnOne(team.manager.client, oneOnOne.id)).agenda)).toEqual(['Mine']);
  });
});
