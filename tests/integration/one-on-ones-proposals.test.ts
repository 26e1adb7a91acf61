import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, checkIn, createDelegation, delegationFixture, type DelegationFixture } from '../support/delegations';
import { addGap, addGoal, orgWithTeam, rateSignal, updateGoal, type Team } from '../support/plans';
import {
  addActionItem,
  dateFromToday,
  daysFromNow,
  schedule,
  updateActionItem,
  type AgendaItemRow,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Agenda items proposed from the plan when a 1:1 is scheduled (§3), one source at a time:
 * signals where self and manager disagree, delegations at risk, overdue action items of the
 * previous 1:1, active goals with no change since the previous 1:1. Times in the past are set
 * in SQL on the columns the rules read.
 */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Proposals');
});
afterAll(() => server?.stop());

const proposed = (agenda: AgendaItemRow[]) => agenda.filter((item) => item.proposed);

async function backdate(
  table: 'check_in' | 'delegation' | 'change_goal',
  column: 'at' | 'created_at' | 'updated_at',
  id: string,
  days: number,
) {
  await server.db.query(`UPDATE ${table} SET ${column} = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);
}

/** A balanced goal on the fixture's week (stops 1 h of the pipeline, starts a new activity), made ACTIVE. */
async function activeGoal(fx: DelegationFixture, title: string, status: 'ACTIVE' | 'PROPOSED' = 'ACTIVE') {
  const goal = await addGoal(fx.owner.client, fx.plan.id, {
    title,
    stop: { activityId: fx.pipeline.id, hoursPerWeek: 1 },
    start: {
      newActivityName: `${title} work`,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 1,
    },
  });
  return status === 'ACTIVE'
    ? updateGoal(team.manager.client, { id: goal.id, version: goal.version, status: 'ACTIVE' })
    : goal;
}

describe('proposed agenda items', () => {
  it('nothing for a quiet plan: agreeing or one-sided ratings, healthy delegations, open items not yet due, goals that moved', async () => {
    const fx = await delegationFixture(team);
    await rateSignal(fx.owner.client, fx.plan.id, 'ROLE_MODEL', 'CLEAR');
    await rateSignal(team.manager.client, fx.plan.id, 'ROLE_MODEL', 'CLEAR');
    await rateSignal(fx.owner.client, fx.plan.id, 'INCONSISTENCY', 'EMERGING'); // the manager has not rated it
    const healthy = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    });
    await checkIn(fx.owner.client, healthy.id, 4, 1);
    await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    }); // new, no check-in yet
    await activeGoal(fx, 'Review more');

    const first = await schedule(team.manager.client, fx.plan.id, daysFromNow(-7));
    expect(first.agenda).toEqual([]);
    await addActionItem(fx.owner.client, first.id, fx.owner.id, 'Due later', dateFromToday(3));
    await addActionItem(fx.owner.client, first.id, fx.owner.id, 'Due today', dateFromToday(0));
    await addActionItem(fx.owner.client, first.id, fx.owner.id, 'No due date');

    const second = await schedule(fx.owner.client, fx.plan.id, daysFromNow(1));
    expect(second.actionItems).toHaveLength(3);
    expect(second.agenda).toEqual([]);
  });

  it('a signal where self and manager disagree: linked as SIGNAL to its key, proposed, by whoever scheduled', async () => {
    const fx = await delegationFixture(team);
    await rateSignal(fx.owner.client, fx.plan.id, 'ROLE_MODEL', 'CLEAR');
    await rateSignal(team.manager.client, fx.plan.id, 'ROLE_MODEL', 'EMERGING');
    await rateSignal(fx.owner.client, fx.plan.id, 'DIMINISHING_RETURNS', 'CLEAR');
    await rateSignal(team.manager.client, fx.plan.id, 'DIMINISHING_RETURNS', 'CLEAR');
    await rateSignal(team.manager.client, fx.plan.id, 'FEEDBACK_DRIES_UP', 'NOT_SEEN'); // one side only
    await rateSignal(fx.owner.client, fx.plan.id, 'REPLACEMENT_GAP', 'NOT_SEEN');
    await rateSignal(team.manager.client, fx.plan.id, 'REPLACEMENT_GAP', 'CLEAR');

    const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
    const items = proposed(oneOnOne.agenda);
    expect(items).toEqual(oneOnOne.agenda);
    expect(items.map((i) => [i.linkKind, i.linkId])).toEqual([
      ['SIGNAL', 'REPLACEMENT_GAP'],
      ['SIGNAL', 'ROLE_MODEL'],
    ]);
    for (const [index, item] of items.entries()) {
      expect(item).toMatchObject({
        position: index,
        proposed: true,
        discussed: false,
        author: { id: fx.owner.id },
      });
    }
    expect(items[1].text).toMatch(/role model/i);
  });

  it('delegations at risk: last check-in confidence 2 or less, or no check-in for 14 days; linked as DELEGATION', async () => {
    const fx = await delegationFixture(team);
    const make = (activity: { id: string }) =>
      createDelegation(fx.owner.client, fx.plan.id, {
        activityId: activity.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 1,
      });

    const lowConfidence = await make(fx.pipeline);
    await checkIn(fx.owner.client, lowConfidence.id, 4, 1);
    const low = await checkIn(fx.junior.client, lowConfidence.id, 2, 1);

    const silentSinceCheckIn = await make(fx.pipeline);
    const old = await checkIn(fx.owner.client, silentSinceCheckIn.id, 5, 1);
    await backdate('check_in', 'at', old.id, 15);
    await backdate('delegation', 'created_at', silentSinceCheckIn.id, 30);

    const neverCheckedIn = await make(fx.pipeline);
    await backdate('delegation', 'created_at', neverCheckedIn.id, 15);

    // Not at risk: recovered confidence, a check-in 13 days ago, brand new, reclaimed.
    const recovered = await make(fx.adhoc);
    const bad = await checkIn(fx.owner.client, recovered.id, 1, 1);
    await backdate('check_in', 'at', bad.id, 3);
    await checkIn(fx.owner.client, recovered.id, 4, 1);
    const recent = await make(fx.adhoc);
    const thirteen = await checkIn(fx.owner.client, recent.id, 3, 1);
    await backdate('check_in', 'at', thirteen.id, 13);
    await backdate('delegation', 'created_at', recent.id, 40);
    await make(fx.adhoc);
    const reclaimed = await make(fx.reviews);
    await checkIn(fx.owner.client, reclaimed.id, 1, 1);
    await backdate('delegation', 'created_at', reclaimed.id, 40);
    await advance(fx.owner.client, reclaimed, 'RECLAIMED');
    expect(low.confidence).toBe(2);

    const oneOnOne = await schedule(team.manager.client, fx.plan.id);
    const items = proposed(oneOnOne.agenda);
    expect(items.every((i) => i.linkKind === 'DELEGATION' && i.author.id === team.manager.id)).toBe(true);
    expect(items.map((i) => i.linkId).sort()).toEqual(
      [lowConfidence.id, silentSinceCheckIn.id, neverCheckedIn.id].sort(),
    );
    expect(items.map((i) => i.position)).toEqual([0, 1, 2]);
    const textOf = (id: string) => items.find((i) => i.linkId === id)!.text;
    expect(textOf(lowConfidence.id)).toMatch(/Feature pipeline upkeep/);
    expect(textOf(lowConfidence.id)).toMatch(/2\/5/);
    expect(textOf(neverCheckedIn.id)).toMatch(/14 days/);
  });

  it('overdue open action items of the previous 1:1 (due before today), not done ones, not those due today or later', async () => {
    const fx = await delegationFixture(team);
    const first = await schedule(fx.owner.client, fx.plan.id, daysFromNow(-7));
    await addActionItem(fx.owner.client, first.id, fx.owner.id, 'Write the drift post-mortem', dateFromToday(-3));
    const done = await addActionItem(
      team.manager.client,
      first.id,
      team.manager.id,
      'Ask finance for the ledger',
      dateFromToday(-3),
    );
    await updateActionItem(team.manager.client, { id: done.id, version: done.version, done: true });
    await addActionItem(team.manager.client, first.id, team.manager.id, 'Share the hiring plan', dateFromToday(0));
    await addActionItem(team.manager.client, first.id, team.manager.id, 'Set up the reading group', dateFromToday(5));
    await addActionItem(fx.owner.client, first.id, fx.owner.id, 'Whenever');

    const second = await schedule(team.manager.client, fx.plan.id);
    const items = proposed(second.agenda);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ linkKind: null, linkId: null, proposed: true, position: 0 });
    expect(items[0].text).toContain('Write the drift post-mortem');
    expect(items[0].text).toContain(dateFromToday(-3));
    // The overdue item itself was carried over as well.
    expect(second.actionItems.map((a) => a.text)).toContain('Write the drift post-mortem');
  });

  it('active goals with no change since the previous 1:1, linked as GOAL; none for the first 1:1 of a plan', async () => {
    const fx = await delegationFixture(team);
    const stale = await activeGoal(fx, 'Hand over pipeline alerts');
    const moving = await activeGoal(fx, 'Teach the feature store');
    const stalled = await activeGoal(fx, 'Only proposed', 'PROPOSED');
    await backdate('change_goal', 'updated_at', stale.id, 30);
    await backdate('change_goal', 'updated_at', stalled.id, 30);

    // No previous 1:1: nothing to compare with.
    const first = await schedule(fx.owner.client, fx.plan.id, daysFromNow(-7));
    expect(proposed(first.agenda)).toEqual([]);

    // `moving` changed after the previous 1:1 (just now, at creation), `stale` 30 days ago, before it.
    const second = await schedule(fx.owner.client, fx.plan.id, daysFromNow(1));
    expect(proposed(second.agenda).map((i) => [i.linkKind, i.linkId])).toEqual([['GOAL', stale.id]]);
    expect(proposed(second.agenda)[0].text).toContain('Hand over pipeline alerts');
    expect(moving.status).toBe('ACTIVE');
  });

  it('every source at once, in the order of §3: disagreements, delegations at risk, overdue items, goals', async () => {
    const fx = await delegationFixture(team);
    const goal = await activeGoal(fx, 'Stop firefighting');
    const first = await schedule(team.manager.client, fx.plan.id, daysFromNow(-10));
    await addActionItem(team.manager.client, first.id, fx.owner.id, 'Overdue thing', dateFromToday(-1));
    await backdate('change_goal', 'updated_at', goal.id, 20);
    await rateSignal(fx.owner.client, fx.plan.id, 'CROSS_SPECIALTY_CONTACT', 'EMERGING');
    await rateSignal(team.manager.client, fx.plan.id, 'CROSS_SPECIALTY_CONTACT', 'CLEAR');
    const risky = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    });
    await checkIn(fx.junior.client, risky.id, 1, 0);
    await addGap(fx.owner.client, fx.plan.id); // gaps are never proposed by themselves

    const second = await schedule(fx.owner.client, fx.plan.id);
    expect(second.agenda.map((i) => [i.position, i.linkKind, i.linkId, i.proposed])).toEqual([
      [0, 'SIGNAL', 'CROSS_SPECIALTY_CONTACT', true],
      [1, 'DELEGATION', risky.id, true],
      [2, null, null, true],
      [3, 'GOAL', goal.id, true],
    ]);
  });
});
