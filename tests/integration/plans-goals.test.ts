import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/factories';
import {
  ADD_GOAL,
  activePlanFor,
  addActivity,
  addGap,
  addGoal,
  expectError,
  hoursBy,
  orgWithTeam,
  PLAN,
  planRows,
  UPDATE_GOAL,
  updateGoal,
  type ActivityRow,
  type Member,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Goals');
});
afterAll(() => server?.stop());

interface Fixture {
  owner: Member;
  planId: string;
  model: ActivityRow;
  adhoc: ActivityRow;
  reviews: ActivityRow;
}

/**
 * A new report with an ACTIVE plan and a week of 26 h (14 h free), or of 40 h (`full`: a
 * further 14 h of meetings).
 */
async function fixture({ full = false } = {}): Promise<Fixture> {
  const owner = await addMember(team.org, { managerId: team.manager.id });
  const plan = await activePlanFor(team, owner);
  const model = await addActivity(owner.client, plan.id, {
    name: 'Churn model',
    hoursPerWeek: 14,
    mode: 'DOING',
    leverage: 'NEUTRAL',
  });
  const adhoc = await addActivity(owner.client, plan.id, {
    name: 'Ad-hoc requests',
    hoursPerWeek: 8,
    mode: 'DOING',
    leverage: 'OVERHEAD',
  });
  const reviews = await addActivity(owner.client, plan.id, {
    name: 'Reviews',
    hoursPerWeek: 4,
    mode: 'MULTIPLYING',
    leverage: 'HIGH',
  });
  if (full)
    await addActivity(owner.client, plan.id, {
      name: 'Meetings',
      hoursPerWeek: 14,
      mode: 'DOING',
      leverage: 'OVERHEAD',
    });
  return { owner, planId: plan.id, model, adhoc, reviews };
}

async function planOf(fx: Fixture) {
  return (await fx.owner.client.ok(PLAN, { id: fx.planId })).plan;
}

/** Stop `hours` of an activity, start a new multiplying, high-leverage one. */
function balanced(activity: ActivityRow, hours: number, name = 'Feature library') {
  return {
    stop: { activityId: activity.id, hoursPerWeek: hours },
    start: { newActivityName: name, mode: 'MULTIPLYING', leverage: 'HIGH', hoursPerWeek: hours },
  };
}

describe('addGoal', () => {
  it('stops part of an activity and starts a new one: PROPOSED, not an addition, both sides described', async () => {
    const fx = await fixture();
    const gap = await addGap(fx.owner.client, fx.planId, {
      title: 'Nobody builds on my pipelines',
    });
    const goal = await addGoal(fx.owner.client, fx.planId, {
      title: '  Hand pipeline upkeep over, build a feature library  ',
      lever: 'BUILD_TOOLS_AND_ASSETS',
      gapId: gap.id,
      successMeasure: 'Juniors build models from the library alone.',
      targetQuarter: '2026-Q4',
      ...balanced(fx.model, 4),
    });
    expect(goal).toMatchObject({
      version: 1,
      title: 'Hand pipeline upkeep over, build a feature library',
      lever: 'BUILD_TOOLS_AND_ASSETS',
      status: 'PROPOSED',
      successMeasure: 'Juniors build models from the library alone.',
      targetQuarter: '2026-Q4',
      isAddition: false,
      gap: { id: gap.id, title: 'Nobody builds on my pipelines' },
      stop: {
        activity: { id: fx.model.id, name: 'Churn model', hoursPerWeek: 14 },
        newActivityName: null,
        mode: 'DOING',
        leverage: 'NEUTRAL',
        hoursPerWeek: 4,
      },
      start: {
        activity: null,
        newActivityName: 'Feature library',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 4,
      },
    });
    // Growing an existing activity instead.
    const grow = await addGoal(team.manager.client, fx.planId, {
      lever: 'SHARE_KNOWLEDGE',
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 2 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 2 },
    });
    expect(grow).toMatchObject({
      isAddition: false,
      gap: null,
      start: {
        activity: { id: fx.reviews.id },
        newActivityName: null,
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 2,
      },
    });
    expect((await planOf(fx)).goals.map((g: { id: string }) => g.id)).toEqual([goal.id, grow.id]);
  });

  it('refuses a bad stop or start with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const fx = await fixture();
    const other = await fixture();
    const before = await planRows(server.db, fx.planId);
    const attempt = (input: Record<string, unknown>) =>
      fx.owner.client.gql(ADD_GOAL, {
        input: { planId: fx.planId, title: 'Bad goal', lever: 'SHARE_KNOWLEDGE', ...input },
      });
    const newStart = {
      newActivityName: 'Teaching',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 2,
    };

    // stop: an activity of this week, hours within its hours, quarter-hour steps.
    expectError(
      await attempt({
        stop: { activityId: '00000000-0000-4000-8000-000000000000', hoursPerWeek: 2 },
        start: newStart,
      }),
      'BAD_USER_INPUT',
      'stop.activityId',
    );
    expectError(
      await attempt({ stop: { activityId: other.model.id, hoursPerWeek: 2 }, start: newStart }),
      'BAD_USER_INPUT',
      'stop.activityId',
    );
    expectError(await attempt({ stop: { hoursPerWeek: 2 }, start: newStart }), 'BAD_USER_INPUT', 'stop.activityId');
    expectError(
      await attempt({ stop: { activityId: fx.reviews.id, hoursPerWeek: 4.25 }, start: newStart }),
      'BAD_USER_INPUT',
      'stop.hoursPerWeek',
    );
    for (const hoursPerWeek of [0, -1, 1.1]) {
      expectError(
        await attempt({ stop: { activityId: fx.model.id, hoursPerWeek }, start: newStart }),
        'BAD_USER_INPUT',
        'stop.hoursPerWeek',
      );
    }
    // start: an existing activity of this week, or a new one with name, mode and leverage.
    const stop = { activityId: fx.model.id, hoursPerWeek: 2 };
    expectError(
      await attempt({ stop, start: { activityId: other.reviews.id, hoursPerWeek: 2 } }),
      'BAD_USER_INPUT',
      'start.activityId',
    );
    expectError(
      await attempt({ stop, start: { activityId: fx.model.id, hoursPerWeek: 2 } }),
      'BAD_USER_INPUT',
      'start.activityId',
    );
    const missing = expectError(await attempt({ stop, start: { hoursPerWeek: 2 } }), 'BAD_USER_INPUT');
    expect(missing.extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'start.leverage',
      'start.mode',
      'start.newActivityName',
    ]);
    expectError(
      await attempt({ stop, start: { ...newStart, newActivityName: '  ' } }),
      'BAD_USER_INPUT',
      'start.newActivityName',
    );
    expectError(await attempt({ stop, start: { ...newStart, mode: null } }), 'BAD_USER_INPUT', 'start.mode');
    expectError(await attempt({ stop, start: { ...newStart, leverage: null } }), 'BAD_USER_INPUT', 'start.leverage');
    for (const hoursPerWeek of [0, 2.2, 41]) {
      expectError(
        await attempt({ stop, start: { ...newStart, hoursPerWeek } }),
        'BAD_USER_INPUT',
        'start.hoursPerWeek',
      );
    }
    // gapId: a gap of this plan.
    const foreignGap = await addGap(other.owner.client, other.planId, { title: 'Their gap' });
    expectError(await attempt({ gapId: foreignGap.id, stop, start: newStart }), 'BAD_USER_INPUT', 'gapId');
    expectError(
      await attempt({ gapId: '00000000-0000-4000-8000-000000000000', stop, start: newStart }),
      'BAD_USER_INPUT',
      'gapId',
    );
    expectError(await attempt({ gapId: 'not-an-id', stop, start: newStart }), 'BAD_USER_INPUT', 'gapId');
    // The goal itself.
    expectError(await attempt({ title: ' ', stop, start: newStart }), 'BAD_USER_INPUT', 'title');
    expectError(
      await attempt({ targetQuarter: 'next year', stop, start: newStart }),
      'BAD_USER_INPUT',
      'targetQuarter',
    );
    expectError(await attempt({ lever: 'WORK_HARDER', stop, start: newStart }), 'BAD_USER_INPUT');

    expect(await planRows(server.db, fx.planId)).toEqual(before);
  });

  it('a goal whose projected week would exceed the budget is BUDGET_EXCEEDED with the hours over and what to hand off', async () => {
    const fx = await fixture({ full: true });
    const before = await planRows(server.db, fx.planId);
    const result = await fx.owner.client.gql(ADD_GOAL, {
      input: {
        planId: fx.planId,
        title: 'Teach more than I stop',
        lever: 'SHARE_KNOWLEDGE',
        stop: { activityId: fx.adhoc.id, hoursPerWeek: 2 },
        start: {
          newActivityName: 'Teaching',
          mode: 'MULTIPLYING',
          leverage: 'HIGH',
          hoursPerWeek: 3.5,
        },
      },
    });
    const error = expectError(result, 'BUDGET_EXCEEDED');
    expect(error.extensions!.overByHours).toBe(1.5);
    expect(error.extensions!.handOff.map((a: { name: string }) => a.name)).toEqual([
      'Meetings',
      'Ad-hoc requests',
      'Churn model',
    ]);
    expect(error.message).toMatch(/projected week/);
    expect(await planRows(server.db, fx.planId)).toEqual(before);

    // Open goals add up: two balanced goals fit, a third that adds one hour on top does not.
    await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 4, 'Library'));
    await addGoal(fx.owner.client, fx.planId, balanced(fx.adhoc, 3, 'Readouts'));
    const third = await fx.owner.client.gql(ADD_GOAL, {
      input: {
        planId: fx.planId,
        title: 'One more',
        lever: 'SHARE_KNOWLEDGE',
        stop: { activityId: fx.model.id, hoursPerWeek: 1 },
        start: { activityId: fx.reviews.id, hoursPerWeek: 2 },
      },
    });
    expect(expectError(third, 'BUDGET_EXCEEDED').extensions!.overByHours).toBe(1);
  });
});

describe('additions and the ADDITION_NOT_CHANGE anti-pattern', () => {
  const ANTI_PATTERNS = [
    'ADDITION_NOT_CHANGE',
    'PREMIUM_SENIOR',
    'SCATTERED_SMALL_WINS',
    'OVERWHELMED_BY_REQUESTS',
    'MEDIATOR_MIMIC',
    'NOT_MY_JOB',
    'RUSHING',
  ];

  it('nothing detected on a plan with balanced goals only: all 7 patterns, none detected', async () => {
    const fx = await fixture();
    await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 4));
    const { antiPatterns } = await planOf(fx);
    expect(antiPatterns.map((a: { pattern: string }) => a.pattern)).toEqual(ANTI_PATTERNS);
    for (const finding of antiPatterns)
      expect(finding).toMatchObject({ detected: false, selfReported: false, evidence: null });
  });

  it('a goal that frees no hours is allowed while there is slack, flagged isAddition and reported with evidence naming it', async () => {
    const fx = await fixture();
    const addition = await addGoal(fx.owner.client, fx.planId, {
      title: 'Also run the reading group',
      lever: 'SHARE_KNOWLEDGE',
      start: {
        newActivityName: 'Reading group',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 6,
      },
    });
    expect(addition).toMatchObject({ isAddition: true, stop: null, status: 'PROPOSED' });

    const plan = await planOf(fx);
    expect(plan.week.projected.totalHours).toBe(32);
    expect(plan.week.current.totalHours).toBe(26);
    expect(plan.antiPatterns.map((a: { pattern: string }) => a.pattern)).toEqual(ANTI_PATTERNS);
    const [first, ...rest] = plan.antiPatterns;
    expect(first).toMatchObject({
      pattern: 'ADDITION_NOT_CHANGE',
      detected: true,
      selfReported: false,
    });
    expect(first.evidence).toContain('Also run the reading group');
    for (const finding of rest) expect(finding).toMatchObject({ detected: false, evidence: null });

    // Only while there is slack: 8 h more is refused (32 + 10 = 42), 8 h fits exactly.
    const tooMuch = await fx.owner.client.gql(ADD_GOAL, {
      input: {
        planId: fx.planId,
        title: 'And a meetup',
        lever: 'REPRESENT_EXPERTISE',
        start: {
          newActivityName: 'Meetup',
          mode: 'MULTIPLYING',
          leverage: 'NEUTRAL',
          hoursPerWeek: 10,
        },
      },
    });
    expect(expectError(tooMuch, 'BUDGET_EXCEEDED').extensions!.overByHours).toBe(2);
    const exact = await addGoal(fx.owner.client, fx.planId, {
      title: 'And a meetup',
      start: { activityId: fx.reviews.id, hoursPerWeek: 8 },
    });
    expect(exact.isAddition).toBe(true);
    const evidence = (await planOf(fx)).antiPatterns[0].evidence;
    expect(evidence).toContain('Also run the reading group');
    expect(evidence).toContain('And a meetup');

    // Dropping the additions clears the finding.
    await updateGoal(fx.owner.client, {
      id: addition.id,
      version: addition.version,
      status: 'DROPPED',
    });
    await updateGoal(fx.owner.client, { id: exact.id, version: exact.version, status: 'DROPPED' });
    expect((await planOf(fx)).antiPatterns[0]).toMatchObject({ detected: false, evidence: null });
  });

  it('an addition on a full week is BUDGET_EXCEEDED', async () => {
    const fx = await fixture({ full: true });
    const result = await fx.owner.client.gql(ADD_GOAL, {
      input: {
        planId: fx.planId,
        title: 'On top',
        lever: 'SHARE_KNOWLEDGE',
        start: { activityId: fx.reviews.id, hoursPerWeek: 0.25 },
      },
    });
    expect(expectError(result, 'BUDGET_EXCEEDED').extensions!.overByHours).toBe(0.25);
  });
});

describe('the projected week', () => {
  it('applies PROPOSED and ACTIVE goals only; a DONE goal is in the current week, a DROPPED one nowhere', async () => {
    const fx = await fixture();
    const proposed = await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 4, 'Library'));
    const toActivate = await addGoal(fx.owner.client, fx.planId, {
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 3 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 3 },
    });
    const toDrop = await addGoal(fx.owner.client, fx.planId, balanced(fx.adhoc, 5, 'Dropped idea'));
    await updateGoal(fx.owner.client, {
      id: toActivate.id,
      version: toActivate.version,
      status: 'ACTIVE',
    });

    let { week } = await planOf(fx);
    expect(hoursBy(week.current)).toEqual({
      DOING: 22,
      MULTIPLYING: 4,
      HIGH: 4,
      NEUTRAL: 14,
      OVERHEAD: 8,
    });
    // -4 model +4 library, -3 ad-hoc +3 reviews, -5 ad-hoc +5 dropped idea.
    expect(hoursBy(week.projected)).toEqual({
      DOING: 10,
      MULTIPLYING: 16,
      HIGH: 16,
      NEUTRAL: 10,
      OVERHEAD: 0,
    });
    expect(week.projected.totalHours).toBe(26);

    await updateGoal(fx.owner.client, {
      id: toDrop.id,
      version: toDrop.version,
      status: 'DROPPED',
    });
    ({ week } = await planOf(fx));
    expect(hoursBy(week.projected)).toEqual({
      DOING: 15,
      MULTIPLYING: 11,
      HIGH: 11,
      NEUTRAL: 10,
      OVERHEAD: 5,
    });

    const active = await updateGoal(fx.owner.client, {
      id: proposed.id,
      version: proposed.version,
      status: 'ACTIVE',
    });
    await updateGoal(fx.owner.client, { id: proposed.id, version: active.version, status: 'DONE' });
    ({ week } = await planOf(fx));
    // The library goal is now the current week; the projection is unchanged.
    expect(hoursBy(week.current)).toEqual({
      DOING: 18,
      MULTIPLYING: 8,
      HIGH: 8,
      NEUTRAL: 10,
      OVERHEAD: 8,
    });
    expect(hoursBy(week.projected)).toEqual({
      DOING: 15,
      MULTIPLYING: 11,
      HIGH: 11,
      NEUTRAL: 10,
      OVERHEAD: 5,
    });
  });
});

describe('updateGoal', () => {
  it('PROPOSED → ACTIVE → DONE; every other move is INVALID_TRANSITION and writes nothing', async () => {
    const fx = await fixture();
    const goal = await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 2));
    const before = await planRows(server.db, fx.planId);
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, status: 'DONE' },
      }),
      'INVALID_TRANSITION',
    );
    expect(await planRows(server.db, fx.planId)).toEqual(before);

    const active = await updateGoal(team.manager.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    expect(active).toMatchObject({ status: 'ACTIVE', version: (goal.version as number) + 1 });
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: active.version, status: 'PROPOSED' },
      }),
      'INVALID_TRANSITION',
    );
    const done = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: active.version,
      status: 'DONE',
    });
    expect(done.status).toBe('DONE');

    const afterDone = await planRows(server.db, fx.planId);
    for (const status of ['ACTIVE', 'PROPOSED', 'DROPPED']) {
      expectError(
        await fx.owner.client.gql(UPDATE_GOAL, {
          input: { id: goal.id, version: done.version, status },
        }),
        'INVALID_TRANSITION',
      );
    }
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: done.version, startHours: 1 },
      }),
      'INVALID_TRANSITION',
    );
    expect(await planRows(server.db, fx.planId)).toEqual(afterDone);

    const dropped = await addGoal(fx.owner.client, fx.planId, balanced(fx.adhoc, 1, 'Dropped'));
    const gone = await updateGoal(fx.owner.client, {
      id: dropped.id,
      version: dropped.version,
      status: 'DROPPED',
    });
    for (const status of ['ACTIVE', 'PROPOSED', 'DONE']) {
      expectError(
        await fx.owner.client.gql(UPDATE_GOAL, {
          input: { id: dropped.id, version: gone.version, status },
        }),
        'INVALID_TRANSITION',
      );
    }
    // ACTIVE → DROPPED is allowed too.
    const third = await addGoal(fx.owner.client, fx.planId, balanced(fx.adhoc, 1, 'Third'));
    const thirdActive = await updateGoal(fx.owner.client, {
      id: third.id,
      version: third.version,
      status: 'ACTIVE',
    });
    expect(
      (
        await updateGoal(fx.owner.client, {
          id: third.id,
          version: thirdActive.version,
          status: 'DROPPED',
        })
      ).status,
    ).toBe('DROPPED');
  });

  it('DONE applies the shift in the same write: the stopped activity shrinks, the new one is created and the goal points to it', async () => {
    const fx = await fixture();
    const goal = await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 4, 'Feature library'));
    const active = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    const done = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: active.version,
      status: 'DONE',
    });

    const { week, goals } = await planOf(fx);
    const byName = Object.fromEntries(week.activities.map((a: ActivityRow) => [a.name, a]));
    expect(byName['Churn model']).toMatchObject({
      id: fx.model.id,
      hoursPerWeek: 10,
      version: fx.model.version + 1,
    });
    expect(byName['Feature library']).toMatchObject({
      hoursPerWeek: 4,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
    });
    expect(week.current.totalHours).toBe(26);
    expect(week.projected.totalHours).toBe(26);
    expect(done.start).toMatchObject({
      activity: { id: byName['Feature library'].id, name: 'Feature library', hoursPerWeek: 4 },
      newActivityName: null,
      hoursPerWeek: 4,
    });
    expect(done.stop).toMatchObject({
      activity: { id: fx.model.id, hoursPerWeek: 10 },
      hoursPerWeek: 4,
    });
    expect(goals[0]).toMatchObject({
      status: 'DONE',
      start: { activity: { id: byName['Feature library'].id } },
    });

    const [row] = await server.db.query(
      `SELECT status, start_activity_id, stop_activity_id FROM change_goal WHERE id = $1`,
      [goal.id],
    );
    expect(row).toEqual({
      status: 'DONE',
      start_activity_id: byName['Feature library'].id,
      stop_activity_id: fx.model.id,
    });
  });

  it('DONE removes an activity that reaches 0 hours and grows an existing one; the goal still reads right', async () => {
    const fx = await fixture();
    const goal = await addGoal(fx.owner.client, fx.planId, {
      title: 'Stop ad-hoc work, review instead',
      stop: { activityId: fx.adhoc.id, hoursPerWeek: 8 },
      start: { activityId: fx.reviews.id, hoursPerWeek: 8 },
    });
    const active = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    const done = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: active.version,
      status: 'DONE',
    });
    expect(done.stop).toMatchObject({
      activity: null,
      mode: 'DOING',
      leverage: 'OVERHEAD',
      hoursPerWeek: 8,
    });
    expect(done.start).toMatchObject({
      activity: { id: fx.reviews.id, hoursPerWeek: 12 },
      hoursPerWeek: 8,
    });
    expect(done.isAddition).toBe(false);

    const { week } = await planOf(fx);
    expect(week.activities.map((a: ActivityRow) => a.name)).toEqual(['Churn model', 'Reviews']);
    expect(week.current.totalHours).toBe(26);
    const [{ count }] = await server.db.query(`SELECT count(*)::int AS count FROM activity WHERE id = $1`, [
      fx.adhoc.id,
    ]);
    expect(count).toBe(0);
  });

  it('a DONE that would take the current week over the budget is BUDGET_EXCEEDED and changes nothing', async () => {
    const fx = await fixture();
    const addition = await addGoal(fx.owner.client, fx.planId, {
      title: 'Reading group on top',
      start: {
        newActivityName: 'Reading group',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 14,
      },
    });
    const active = await updateGoal(fx.owner.client, {
      id: addition.id,
      version: addition.version,
      status: 'ACTIVE',
    });
    // Meanwhile the week itself has grown (36 h): the goal's 14 h no longer fit.
    await server.db.query(`UPDATE activity SET hours_per_week = 24 WHERE id = $1`, [fx.model.id]);
    const before = await planRows(server.db, fx.planId);
    const error = expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: addition.id, version: active.version, status: 'DONE' },
      }),
      'BUDGET_EXCEEDED',
    );
    expect(error.extensions!.overByHours).toBe(10);
    expect(await planRows(server.db, fx.planId)).toEqual(before);
    expect((await planOf(fx)).goals[0]).toMatchObject({
      status: 'ACTIVE',
      version: active.version,
    });
  });

  it('new stop or start hours are checked against the activity and the projected budget; nothing written on refusal', async () => {
    const fx = await fixture({ full: true });
    const goal = await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 4));
    const before = await planRows(server.db, fx.planId);

    const over = expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, startHours: 6 },
      }),
      'BUDGET_EXCEEDED',
    );
    expect(over.extensions!.overByHours).toBe(2);
    const less = expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, stopHours: 3 },
      }),
      'BUDGET_EXCEEDED',
    );
    expect(less.extensions!.overByHours).toBe(1);
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, stopHours: 14.5 },
      }),
      'BAD_USER_INPUT',
      'stopHours',
    );
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, stopHours: 0 },
      }),
      'BAD_USER_INPUT',
      'stopHours',
    );
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, startHours: 1.3 },
      }),
      'BAD_USER_INPUT',
      'startHours',
    );
    expect(await planRows(server.db, fx.planId)).toEqual(before);

    // Both together stay balanced and fit.
    const moved = await updateGoal(fx.owner.client, {
      id: goal.id,
      version: goal.version,
      stopHours: 6,
      startHours: 6,
      title: 'Bigger shift',
      successMeasure: 'Six hours a week on the library.',
    });
    expect(moved).toMatchObject({
      version: (goal.version as number) + 1,
      title: 'Bigger shift',
      successMeasure: 'Six hours a week on the library.',
      stop: { hoursPerWeek: 6 },
      start: { hoursPerWeek: 6 },
    });
    const { week } = await planOf(fx);
    expect(week.projected.totalHours).toBe(40);
    expect(hoursBy(week.projected)).toMatchObject({ DOING: 30, MULTIPLYING: 10 });

    // An addition's start hours are checked the same way.
    const addition = await fixture();
    const extra = await addGoal(addition.owner.client, addition.planId, {
      title: 'Extra',
      start: { activityId: addition.reviews.id, hoursPerWeek: 4 },
    });
    expect(
      expectError(
        await addition.owner.client.gql(UPDATE_GOAL, {
          input: { id: extra.id, version: extra.version, startHours: 15 },
        }),
        'BUDGET_EXCEEDED',
      ).extensions!.overByHours,
    ).toBe(1);
    expect(
      (
        await updateGoal(addition.owner.client, {
          id: extra.id,
          version: extra.version,
          startHours: 14,
        })
      ).start.hoursPerWeek,
    ).toBe(14);
  });

  it('a stale version is CONFLICT with the current version, and nothing is written', async () => {
    const fx = await fixture();
    const goal = await addGoal(fx.owner.client, fx.planId, balanced(fx.model, 2));
    const moved = await updateGoal(team.manager.client, {
      id: goal.id,
      version: goal.version,
      title: 'Renamed by the manager',
    });
    const before = await planRows(server.db, fx.planId);
    const error = expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, status: 'ACTIVE', title: 'Mine' },
      }),
      'CONFLICT',
    );
    expect(error.extensions!.current).toMatchObject({
      version: moved.version,
      title: 'Renamed by the manager',
      status: 'PROPOSED',
    });
    expect(error.extensions!.current).not.toHaveProperty('organizationId');
    expect(await planRows(server.db, fx.planId)).toEqual(before);
  });

  it('an unknown goal is NOT_FOUND', async () => {
    const fx = await fixture();
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: '00000000-0000-4000-8000-000000000000', version: 1, status: 'ACTIVE' },
      }),
      'NOT_FOUND',
    );
  });
});

describe('the budget holds for the projected week too', () => {
  it('refuses growing an activity when the open goals would then take the projected week over', async () => {
    const fx = await fixture();
    // 26 h today; an addition of 10 h leaves 4 h of projected slack.
    await addGoal(fx.owner.client, fx.planId, {
      title: 'Run the ML guild',
      lever: 'SHARE_KNOWLEDGE',
      start: {
        newActivityName: 'ML guild',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 10,
      },
    });
    const before = await planRows(server.db, fx.planId);
    const added = await fx.owner.client.gql(
      `mutation($input: AddActivityInput!) { addActivity(input: $input) { id } }`,
      {
        input: {
          planId: fx.planId,
          name: 'Conference talk',
          hoursPerWeek: 5,
          mode: 'DOING',
          leverage: 'HIGH',
        },
      },
    );
    expectError(added, 'BUDGET_EXCEEDED');
    expect(added.errors![0].extensions!.overByHours).toBe(1);
    expect(added.errors![0].message).toMatch(/projected week/);
    expect(await planRows(server.db, fx.planId)).toEqual(before);
    await addActivity(fx.owner.client, fx.planId, {
      name: 'Conference talk',
      hoursPerWeek: 4,
      mode: 'DOING',
      leverage: 'HIGH',
    });
  });
});

describe('two goals never free the same hours', () => {
  it('limits a stop to the hours other open goals have not claimed, on add and on update', async () => {
    const fx = await fixture();
    const first = await addGoal(fx.owner.client, fx.planId, {
      title: 'Hand over half',
      lever: 'INVEST_TO_MULTIPLY',
      ...balanced(fx.adhoc, 5),
    });
    const second = await fx.owner.client.gql(ADD_GOAL, {
      input: {
        planId: fx.planId,
        title: 'Hand over the rest',
        lever: 'SHARE_KNOWLEDGE',
        ...balanced(fx.adhoc, 4),
      },
    });
    expectError(second, 'BAD_USER_INPUT', 'stop.hoursPerWeek');
    expect(second.errors![0].message).toMatch(/at most 3 h/);
    const rest = await addGoal(fx.owner.client, fx.planId, {
      title: 'Hand over the rest',
      lever: 'SHARE_KNOWLEDGE',
      ...balanced(fx.adhoc, 3),
    });
    expectError(
      await fx.owner.client.gql(UPDATE_GOAL, {
        input: { id: first.id, version: first.version, stopHours: 6 },
      }),
      'BAD_USER_INPUT',
      'stopHours',
    );
    // Dropping a goal gives its hours back.
    await updateGoal(fx.owner.client, { id: rest.id, version: rest.version, status: 'DROPPED' });
    const grown = await updateGoal(fx.owner.client, {
      id: first.id,
      version: first.version,
      stopHours: 8,
    });
    expect(grown.stop.hoursPerWeek).toBe(8);
  });
});
