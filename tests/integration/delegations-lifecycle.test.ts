import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADVANCE_DELEGATION,
  advance,
  advanceTo,
  createDelegation,
  delegationFixture,
  delegationRows,
  planDelegations,
  type DelegationFixture,
  type DelegationRow,
  type Stage,
} from '../support/delegations';
import {
  addActivity,
  addGoal,
  expectError,
  getPlan,
  hoursBy,
  orgWithTeam,
  REMOVE_ACTIVITY,
  updateGoal,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/** advanceDelegation (§2.5): the stages, the hand-over, and the week changing once at OWNED. */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Stages');
});
afterAll(() => server?.stop());

async function weekOf(fx: DelegationFixture) {
  return (await getPlan(fx.owner.client, fx.plan.id)).week;
}

/** Activity name → hours, of the current or projected week. */
function hoursOf(week: { activities: { name: string; hoursPerWeek: number }[] }) {
  return Object.fromEntries(week.activities.map((a) => [a.name, a.hoursPerWeek]));
}

async function dbDelegation(id: string) {
  const [row] = await server.db.query(
    `SELECT stage, version, handed_over_at, activity_id FROM delegation WHERE id = $1`,
    [id],
  );
  return row;
}

function expectRecent(iso: string | null, since: number) {
  expect(iso).not.toBeNull();
  const at = Date.parse(iso!);
  expect(at).toBeGreaterThanOrEqual(since - 1000);
  expect(at).toBeLessThanOrEqual(Date.now() + 1000);
}

describe('the full life cycle', () => {
  it('PLANNED → SHADOWING → PAIRING → REVIEWING → OWNED, one version per step; handedOverAt set at REVIEWING and kept; the hours leave the activity at OWNED', async () => {
    const fx = await delegationFixture(team);
    const created = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 4,
    });
    const weekBefore = await weekOf(fx);
    expect(weekBefore.current.totalHours).toBe(22);

    const shadowing = await advance(fx.owner.client, created, 'SHADOWING');
    expect(shadowing).toMatchObject({ stage: 'SHADOWING', version: 2, handedOverAt: null });
    // The direct manager moves it too.
    const pairing = await advance(team.manager.client, shadowing, 'PAIRING');
    expect(pairing).toMatchObject({ stage: 'PAIRING', version: 3, handedOverAt: null });
    expect(await weekOf(fx)).toEqual(weekBefore);

    const since = Date.now();
    const reviewing = await advance(fx.owner.client, pairing, 'REVIEWING');
    expect(reviewing).toMatchObject({ stage: 'REVIEWING', version: 4 });
    expectRecent(reviewing.handedOverAt, since);
    expect(await dbDelegation(created.id)).toMatchObject({
      stage: 'REVIEWING',
      version: 4,
      handed_over_at: new Date(reviewing.handedOverAt!),
    });
    // Reviewing still leaves the hours in the owner's week.
    expect(await weekOf(fx)).toEqual(weekBefore);

    const owned = await advance(fx.owner.client, reviewing, 'OWNED');
    expect(owned).toMatchObject({
      stage: 'OWNED',
      version: 5,
      handedOverAt: reviewing.handedOverAt,
      activityName: 'Feature pipeline upkeep',
      activity: { id: fx.pipeline.id, hoursPerWeek: 6 },
    });
    const [activity] = await server.db.query(`SELECT hours_per_week, version FROM activity WHERE id = $1`, [
      fx.pipeline.id,
    ]);
    expect(activity).toEqual({ hours_per_week: '6.00', version: fx.pipeline.version + 1 });

    const week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 6,
      'Ad-hoc requests': 8,
      Reviews: 4,
    });
    expect(week.current.totalHours).toBe(18);
    expect(week.freeHours).toBe(22);
    expect(hoursBy(week.current)).toMatchObject({ DOING: 14, MULTIPLYING: 4, NEUTRAL: 6 });
    expect(week.projected).toEqual(week.current);
    expect(week.activities.find((a: { id: string }) => a.id === fx.pipeline.id).version).toBe(fx.pipeline.version + 1);
  });

  it('PLANNED → OWNED in one move: handedOverAt is set all the same, the hours leave the week', async () => {
    const fx = await delegationFixture(team);
    const created = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2.5,
    });
    const since = Date.now();
    const owned = await advance(fx.owner.client, created, 'OWNED');
    expect(owned).toMatchObject({
      stage: 'OWNED',
      version: 2,
      activity: { id: fx.adhoc.id, hoursPerWeek: 5.5 },
    });
    expectRecent(owned.handedOverAt, since);
    expect(hoursOf(await weekOf(fx))).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 5.5,
      Reviews: 4,
    });

    // SHADOWING → REVIEWING skips a stage and hands over too.
    const other = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 1,
    });
    const shadowing = await advance(fx.owner.client, other, 'SHADOWING');
    expect(shadowing.handedOverAt).toBeNull();
    const reviewing = await advance(fx.owner.client, shadowing, 'REVIEWING');
    expectRecent(reviewing.handedOverAt, since);
  });

  it('an activity that reaches 0 hours leaves the week: Delegation.activity is null, activityName is kept', async () => {
    const fx = await delegationFixture(team);
    const created = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.reviews.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 4,
    });
    const owned = await advance(fx.owner.client, await advanceTo(fx.owner.client, created, 'REVIEWING'), 'OWNED');
    expect(owned).toMatchObject({
      stage: 'OWNED',
      activity: null,
      activityName: 'Reviews',
      hoursPerWeek: 4,
    });

    expect(await server.db.query(`SELECT id FROM activity WHERE id = $1`, [fx.reviews.id])).toEqual([]);
    expect(await dbDelegation(created.id)).toMatchObject({ stage: 'OWNED', activity_id: null });
    const week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({ 'Feature pipeline upkeep': 10, 'Ad-hoc requests': 8 });
    expect(hoursBy(week.current)).toMatchObject({ MULTIPLYING: 0, HIGH: 0 });

    const [listed] = await planDelegations(team.manager.client, fx.plan.id);
    expect(listed).toMatchObject({
      id: created.id,
      stage: 'OWNED',
      activity: null,
      activityName: 'Reviews',
    });
  });
});

describe('the week changes once when the delegation serves a goal', () => {
  it('OWNED takes the goal’s stop hours off; the projected week does not take them again, and DONE takes nothing more', async () => {
    const fx = await delegationFixture(team);
    const goal = await addGoal(fx.owner.client, fx.plan.id, {
      title: 'Hand the ad-hoc requests over, build the feature library',
      lever: 'INVEST_TO_MULTIPLY',
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 4 },
      start: {
        newActivityName: 'Feature library',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 4,
      },
    });
    const active = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 4,
      goalId: goal.id,
    });

    // Before: the goal alone shrinks the projected week's ad-hoc requests.
    let week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 8,
      Reviews: 4,
    });
    expect(week.current.totalHours).toBe(22);
    expect(week.projected.totalHours).toBe(22);
    expect(hoursBy(week.projected)).toMatchObject({
      DOING: 14,
      MULTIPLYING: 8,
      OVERHEAD: 4,
      HIGH: 8,
    });

    const owned = await advance(fx.owner.client, await advanceTo(fx.owner.client, delegation, 'REVIEWING'), 'OWNED');
    expect(owned.activity).toEqual({ id: fx.adhoc.id, name: 'Ad-hoc requests', hoursPerWeek: 4 });

    // At OWNED: the current week loses the 4 hours, the projected week does not lose them again.
    week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 4,
      Reviews: 4,
    });
    expect(week.current.totalHours).toBe(18);
    expect(hoursBy(week.current)).toMatchObject({ DOING: 14, MULTIPLYING: 4, OVERHEAD: 4 });
    expect(week.projected.totalHours).toBe(22);
    expect(hoursBy(week.projected)).toMatchObject({
      DOING: 14,
      MULTIPLYING: 8,
      OVERHEAD: 4,
      HIGH: 8,
    });
    const [goalRow] = await server.db.query(`SELECT stop_freed_hours, stop_hours FROM change_goal WHERE id = $1`, [
      goal.id,
    ]);
    expect(goalRow).toEqual({ stop_freed_hours: '4.00', stop_hours: '4.00' });

    // DONE: the library starts; the ad-hoc requests stay at 4.
    const plan = await getPlan(fx.owner.client, fx.plan.id);
    const current = plan.goals.find((g: { id: string }) => g.id === goal.id);
    expect(current.version).toBeGreaterThan(active.version);
    const done = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: current.version,
      status: 'DONE',
    });
    expect(done.status).toBe('DONE');
    week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 4,
      Reviews: 4,
      'Feature library': 4,
    });
    expect(week.current.totalHours).toBe(22);
    expect(week.projected).toEqual(week.current);
  });

  it('a delegation freeing part of the goal’s stop: OWNED takes its hours, the projected week and DONE take only the rest', async () => {
    const fx = await delegationFixture(team);
    const goal = await addGoal(fx.owner.client, fx.plan.id, {
      title: 'Fewer ad-hoc requests, more reviews',
      lever: 'SHARE_KNOWLEDGE',
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 4 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 4 },
    });
    const active = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 1.5,
      goalId: goal.id,
    });
    await advance(fx.owner.client, delegation, 'OWNED');

    let week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 6.5,
      Reviews: 4,
    });
    expect(week.current.totalHours).toBe(20.5);
    // Projected: 2.5 more hours off the ad-hoc requests (4 in all), 4 more on reviews.
    expect(week.projected.totalHours).toBe(22);
    expect(hoursBy(week.projected)).toMatchObject({ DOING: 14, MULTIPLYING: 8, OVERHEAD: 4 });

    const { goals } = await getPlan(fx.owner.client, fx.plan.id);
    expect(goals[0].version).toBeGreaterThan(active.version);
    await updateGoal(fx.owner.client, { id: goal.id, version: goals[0].version, status: 'DONE' });
    week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 4,
      Reviews: 8,
    });
    expect(week.current.totalHours).toBe(22);
  });

  it('a goal marked DONE before its delegation is owned: OWNED does not take the goal’s stop hours a second time', async () => {
    const fx = await delegationFixture(team);
    const goal = await addGoal(fx.owner.client, fx.plan.id, {
      title: 'Hand the ad-hoc requests over',
      lever: 'INVEST_TO_MULTIPLY',
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 4 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 4 },
    });
    const active = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    // 5 hours handed over for a goal that stops 4: one hour beyond the goal's stop.
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 5,
      goalId: goal.id,
    });
    const reviewing = await advanceTo(fx.owner.client, delegation, 'REVIEWING');

    await updateGoal(fx.owner.client, { id: goal.id, version: active.version, status: 'DONE' });
    let week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 4,
      Reviews: 8,
    });

    const owned = await advance(fx.owner.client, reviewing, 'OWNED');
    expect(owned.activity).toEqual({ id: fx.adhoc.id, name: 'Ad-hoc requests', hoursPerWeek: 3 });
    week = await weekOf(fx);
    // Only the hour the goal did not stop leaves the week now.
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 3,
      Reviews: 8,
    });
    expect(week.current.totalHours).toBe(21);
    expect(week.projected).toEqual(week.current);
  });

  it('also when the delegation empties the activity: it leaves the week at OWNED, and DONE only starts the new work', async () => {
    const fx = await delegationFixture(team);
    const extra = await addActivity(fx.owner.client, fx.plan.id, {
      name: 'Weekly report',
      hoursPerWeek: 3,
      mode: 'DOING',
      leverage: 'OVERHEAD',
    });
    const goal = await addGoal(fx.owner.client, fx.plan.id, {
      title: 'Hand the report over, mentor',
      lever: 'DEVELOP_OTHERS_WITH_MANAGERS',
      stop: { activityId: extra.id, hoursPerWeek: 3 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 3 },
    });
    await updateGoal(fx.owner.client, { id: goal.id, version: goal.version, status: 'ACTIVE' });
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: extra.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 3,
      goalId: goal.id,
    });

    let week = await weekOf(fx);
    expect(week.current.totalHours).toBe(25);
    expect(week.projected.totalHours).toBe(25);

    const owned = await advance(fx.owner.client, delegation, 'OWNED');
    expect(owned).toMatchObject({
      activity: null,
      activityName: 'Weekly report',
      goal: { id: goal.id },
    });
    week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 8,
      Reviews: 4,
    });
    expect(week.current.totalHours).toBe(22);
    // Projected: the reviews grow by 3; nothing else is taken off.
    expect(week.projected.totalHours).toBe(25);
    expect(hoursBy(week.projected)).toMatchObject({ DOING: 18, MULTIPLYING: 7 });

    const { goals } = await getPlan(fx.owner.client, fx.plan.id);
    const done = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goals[0].version,
      status: 'DONE',
    });
    expect(done.stop).toMatchObject({ activity: null, hoursPerWeek: 3 });
    week = await weekOf(fx);
    expect(hoursOf(week)).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 8,
      Reviews: 7,
    });
    expect(week.current.totalHours).toBe(25);
  });
});

describe('moves the rules do not allow', () => {
  let fx: DelegationFixture;
  beforeAll(async () => {
    fx = await delegationFixture(team);
  });

  async function refuse(delegation: { id: string; version: number }, stage: Stage) {
    const before = await delegationRows(server.db, fx.plan.id);
    const result = await fx.owner.client.gql(ADVANCE_DELEGATION, {
      input: { id: delegation.id, version: delegation.version, stage },
    });
    const error = expectError(result, 'INVALID_TRANSITION');
    expect(error.message).toMatch(/cannot move/);
    expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
  }

  it('backwards, or to the same stage: INVALID_TRANSITION, nothing written', async () => {
    const created = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 1,
    });
    await refuse(created, 'PLANNED');
    const pairing = await advanceTo(fx.owner.client, created, 'PAIRING');
    await refuse(pairing, 'PAIRING');
    await refuse(pairing, 'SHADOWING');
    await refuse(pairing, 'PLANNED');
    const reviewing = await advance(fx.owner.client, pairing, 'REVIEWING');
    await refuse(reviewing, 'PAIRING');
    await refuse(reviewing, 'REVIEWING');
  });

  it('from OWNED or RECLAIMED, nothing moves: both are final', async () => {
    const owned = await advance(
      fx.owner.client,
      await createDelegation(fx.owner.client, fx.plan.id, {
        activityId: fx.pipeline.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 1,
      }),
      'OWNED',
    );
    for (const stage of ['PLANNED', 'SHADOWING', 'PAIRING', 'REVIEWING', 'OWNED', 'RECLAIMED'] as Stage[])
      await refuse(owned, stage);

    const reclaimed = await advance(
      fx.owner.client,
      await createDelegation(fx.owner.client, fx.plan.id, {
        activityId: fx.pipeline.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 1,
      }),
      'RECLAIMED',
    );
    for (const stage of ['PLANNED', 'SHADOWING', 'PAIRING', 'REVIEWING', 'OWNED', 'RECLAIMED'] as Stage[])
      await refuse(reclaimed, stage);
  });

  it('a stale version: CONFLICT with the current version, nothing written (not even the week at OWNED)', async () => {
    const created = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    });
    const shadowing = await advance(team.manager.client, created, 'SHADOWING');
    const before = await delegationRows(server.db, fx.plan.id);
    for (const stage of ['PAIRING', 'OWNED', 'RECLAIMED'] as Stage[]) {
      const result = await fx.owner.client.gql(ADVANCE_DELEGATION, {
        input: { id: created.id, version: created.version, stage },
      });
      const error = expectError(result, 'CONFLICT');
      expect(error.extensions!.current).toMatchObject({
        id: created.id,
        version: shadowing.version,
        stage: 'SHADOWING',
      });
      expect(error.extensions!.current).not.toHaveProperty('organizationId');
    }
    expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
    // A version from the future is stale too.
    expectError(
      await fx.owner.client.gql(ADVANCE_DELEGATION, {
        input: { id: created.id, version: 99, stage: 'PAIRING' },
      }),
      'CONFLICT',
    );
    expect(await advance(fx.owner.client, shadowing, 'PAIRING')).toMatchObject({
      stage: 'PAIRING',
      version: 3,
    });
  });

  it('an unknown delegation: NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nonsense']) {
      expectError(
        await fx.owner.client.gql(ADVANCE_DELEGATION, {
          input: { id, version: 1, stage: 'SHADOWING' },
        }),
        'NOT_FOUND',
      );
    }
  });
});

describe('reclaiming', () => {
  it('from any stage that is not final: RECLAIMED, the week unchanged, handedOverAt as it was', async () => {
    const fx = await delegationFixture(team);
    const weekBefore = await weekOf(fx);
    const reclaimedFrom: Record<string, DelegationRow> = {};
    for (const stage of ['PLANNED', 'SHADOWING', 'PAIRING', 'REVIEWING'] as Stage[]) {
      const created = await createDelegation(fx.owner.client, fx.plan.id, {
        activityId: fx.pipeline.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 2,
      });
      const at = await advanceTo(fx.owner.client, created, stage);
      const reclaimed = await advance(stage === 'PAIRING' ? team.manager.client : fx.owner.client, at, 'RECLAIMED');
      expect(reclaimed).toMatchObject({
        stage: 'RECLAIMED',
        version: at.version + 1,
        handedOverAt: at.handedOverAt,
        activity: { id: fx.pipeline.id, hoursPerWeek: 10 },
      });
      reclaimedFrom[stage] = reclaimed;
    }
    expect(reclaimedFrom.PLANNED.handedOverAt).toBeNull();
    expect(reclaimedFrom.REVIEWING.handedOverAt).not.toBeNull();
    expect(await weekOf(fx)).toEqual(weekBefore);
    const [activity] = await server.db.query(`SELECT hours_per_week, version FROM activity WHERE id = $1`, [
      fx.pipeline.id,
    ]);
    expect(activity).toEqual({ hours_per_week: '10.00', version: fx.pipeline.version });
  });

  it('a goal served by a reclaimed delegation still takes its full stop hours when DONE', async () => {
    const fx = await delegationFixture(team);
    const goal = await addGoal(fx.owner.client, fx.plan.id, {
      title: 'Fewer ad-hoc requests',
      lever: 'OWN_END_TO_END',
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 3 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 3 },
    });
    const active = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 3,
      goalId: goal.id,
    });
    await advance(fx.owner.client, await advanceTo(fx.owner.client, delegation, 'PAIRING'), 'RECLAIMED');
    expect(hoursOf(await weekOf(fx))).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 8,
      Reviews: 4,
    });
    await updateGoal(fx.owner.client, { id: goal.id, version: active.version, status: 'DONE' });
    expect(hoursOf(await weekOf(fx))).toEqual({
      'Feature pipeline upkeep': 10,
      'Ad-hoc requests': 5,
      Reviews: 7,
    });
  });
});

describe('removeActivity', () => {
  it('is refused while a delegation of the activity is not final (BAD_USER_INPUT), allowed once it is reclaimed', async () => {
    const fx = await delegationFixture(team);
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    });
    for (const stage of ['PLANNED', 'SHADOWING', 'REVIEWING'] as Stage[]) {
      const current = (await planDelegations(fx.owner.client, fx.plan.id))[0];
      const at = current.stage === stage ? current : await advance(fx.owner.client, current, stage);
      expect(at.stage).toBe(stage);
      const before = await delegationRows(server.db, fx.plan.id);
      const error = expectError(
        await fx.owner.client.gql(REMOVE_ACTIVITY, { id: fx.pipeline.id }),
        'BAD_USER_INPUT',
        'id',
      );
      expect(error.message).toMatch(/delegat/i);
      expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
    }
    const [current] = await planDelegations(fx.owner.client, fx.plan.id);
    await advance(fx.owner.client, current, 'RECLAIMED');
    expect((await fx.owner.client.ok(REMOVE_ACTIVITY, { id: fx.pipeline.id })).removeActivity).toBe(true);
    const [after] = await planDelegations(fx.owner.client, fx.plan.id);
    expect(after).toMatchObject({
      id: delegation.id,
      stage: 'RECLAIMED',
      activity: null,
      activityName: 'Feature pipeline upkeep',
    });
  });
});
