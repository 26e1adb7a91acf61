import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/factories';
import {
  ADD_ACTIVITY,
  activePlanFor,
  activityInput,
  addActivity,
  addGoal,
  expectError,
  hoursBy,
  orgWithTeam,
  PLAN,
  planRows,
  REMOVE_ACTIVITY,
  UPDATE_ACTIVITY,
  updateActivity,
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
  team = await orgWithTeam(server.url, 'Week');
});
afterAll(() => server?.stop());

/** A new report of the manager with an ACTIVE plan (40 hours unless said otherwise). */
async function freshPlan(weeklyHours?: number): Promise<{ owner: Member; planId: string }> {
  const owner = await addMember(team.org, { managerId: team.manager.id });
  const plan = await activePlanFor(team, owner, team.manager.client);
  if (weeklyHours !== undefined)
    await server.db.query(`UPDATE growth_plan SET weekly_hours = $2 WHERE id = $1`, [plan.id, weeklyHours]);
  return { owner, planId: plan.id };
}

async function weekOf(planId: string, client = team.manager.client) {
  return (await client.ok(PLAN, { id: planId })).plan.week;
}

async function storedTotal(planId: string): Promise<number> {
  const [{ total }] = await server.db.query(
    `SELECT coalesce(sum(hours_per_week), 0)::float AS total FROM activity WHERE plan_id = $1`,
    [planId],
  );
  return total;
}

/** A full 40-hour week: 28 h doing, 12 h multiplying. */
async function fullWeek(client: Member['client'], planId: string): Promise<Record<string, ActivityRow>> {
  const rows: Record<string, ActivityRow> = {};
  for (const [name, hoursPerWeek, mode, leverage] of [
    ['Churn model', 14, 'DOING', 'NEUTRAL'],
    ['Ad-hoc requests', 8, 'DOING', 'OVERHEAD'],
    ['Elasticity study', 6, 'DOING', 'HIGH'],
    ['Reviews', 4, 'MULTIPLYING', 'HIGH'],
    ['Team rituals', 8, 'MULTIPLYING', 'NEUTRAL'],
  ] as const) {
    rows[name] = await addActivity(client, planId, { name, hoursPerWeek, mode, leverage });
  }
  return rows;
}

describe('addActivity', () => {
  it('takes hours above 0, within the budget, in quarter-hour steps; anything else is BAD_USER_INPUT on hoursPerWeek', async () => {
    const { owner, planId } = await freshPlan();
    for (const hoursPerWeek of [0, -1, 1.1, 2.3, 41, 40.25]) {
      const result = await owner.client.gql(ADD_ACTIVITY, {
        input: activityInput(planId, { hoursPerWeek }),
      });
      expectError(result, 'BAD_USER_INPUT', 'hoursPerWeek');
    }
    expectError(
      await owner.client.gql(ADD_ACTIVITY, {
        input: { ...activityInput(planId, { hoursPerWeek: 2 }), name: '  ' },
      }),
      'BAD_USER_INPUT',
      'name',
    );
    expectError(
      await owner.client.gql(ADD_ACTIVITY, {
        input: { ...activityInput(planId, { hoursPerWeek: 2 }), mode: 'SLEEPING' },
      }),
      'BAD_USER_INPUT',
    );
    expect(await storedTotal(planId)).toBe(0);

    const quarter = await addActivity(owner.client, planId, {
      name: '  Standup  ',
      hoursPerWeek: 0.25,
      mode: 'DOING',
      leverage: 'OVERHEAD',
    });
    expect(quarter).toMatchObject({
      name: 'Standup',
      hoursPerWeek: 0.25,
      mode: 'DOING',
      leverage: 'OVERHEAD',
      version: 1,
    });
    const whole = await addActivity(owner.client, planId, { hoursPerWeek: 39.75 });
    expect(whole.hoursPerWeek).toBe(39.75);
    expect(await storedTotal(planId)).toBe(40);
  });

  it('a budget other than 40 bounds the hours of one activity too', async () => {
    const { owner, planId } = await freshPlan(10);
    expectError(
      await owner.client.gql(ADD_ACTIVITY, {
        input: activityInput(planId, { hoursPerWeek: 10.25 }),
      }),
      'BAD_USER_INPUT',
      'hoursPerWeek',
    );
    expect((await addActivity(owner.client, planId, { hoursPerWeek: 10 })).hoursPerWeek).toBe(10);
  });

  it('fills the week to 40; one more hour is BUDGET_EXCEEDED by 1 naming the DOING activities to hand off, and writes nothing', async () => {
    const { owner, planId } = await freshPlan();
    const rows = await fullWeek(owner.client, planId);
    const before = await planRows(server.db, planId);

    const result = await owner.client.gql(ADD_ACTIVITY, {
      input: activityInput(planId, {
        name: 'One more hour',
        hoursPerWeek: 1,
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
      }),
    });
    const error = expectError(result, 'BUDGET_EXCEEDED');
    expect(result.data).toBeNull();
    expect(error.extensions!.overByHours).toBe(1);
    expect(error.extensions!.budgetHours).toBe(40);
    expect(error.extensions!.totalHours).toBe(41);
    // Execution work only, overhead first, then neutral, then high leverage.
    expect(error.extensions!.handOff).toEqual([
      { activityId: rows['Ad-hoc requests'].id, name: 'Ad-hoc requests', hoursPerWeek: 8 },
      { activityId: rows['Churn model'].id, name: 'Churn model', hoursPerWeek: 14 },
      { activityId: rows['Elasticity study'].id, name: 'Elasticity study', hoursPerWeek: 6 },
    ]);
    expect(error.message).toMatch(/1 h over/);
    expect(error.message).toMatch(/Ad-hoc requests/);
    expect(await planRows(server.db, planId)).toEqual(before);

    // The manager is refused the same way; a quarter hour is also too much.
    const byManager = expectError(
      await team.manager.client.gql(ADD_ACTIVITY, {
        input: activityInput(planId, { hoursPerWeek: 0.25 }),
      }),
      'BUDGET_EXCEEDED',
    );
    expect(byManager.extensions!.overByHours).toBe(0.25);
    expect(await planRows(server.db, planId)).toEqual(before);
  });
});

describe('the week', () => {
  it('reports the current and projected shapes by mode and leverage, and the free hours', async () => {
    const { owner, planId } = await freshPlan();
    const empty = await weekOf(planId);
    expect(empty).toMatchObject({ budgetHours: 40, activities: [], freeHours: 40 });
    expect(empty.current.totalHours).toBe(0);
    expect(hoursBy(empty.current)).toEqual({
      DOING: 0,
      MULTIPLYING: 0,
      HIGH: 0,
      NEUTRAL: 0,
      OVERHEAD: 0,
    });

    const model = await addActivity(owner.client, planId, {
      name: 'Churn model',
      hoursPerWeek: 14,
      mode: 'DOING',
      leverage: 'NEUTRAL',
    });
    await addActivity(owner.client, planId, {
      name: 'Ad-hoc requests',
      hoursPerWeek: 8,
      mode: 'DOING',
      leverage: 'OVERHEAD',
    });
    await addActivity(owner.client, planId, {
      name: 'Reviews',
      hoursPerWeek: 4.5,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
    });

    let week = await weekOf(planId);
    expect(week.activities.map((a: ActivityRow) => a.name)).toEqual(['Churn model', 'Ad-hoc requests', 'Reviews']);
    expect(week.current.byMode).toEqual([
      { key: 'DOING', hours: 22 },
      { key: 'MULTIPLYING', hours: 4.5 },
    ]);
    expect(week.current.byLeverage).toEqual([
      { key: 'HIGH', hours: 4.5 },
      { key: 'NEUTRAL', hours: 14 },
      { key: 'OVERHEAD', hours: 8 },
    ]);
    expect(week.current.totalHours).toBe(26.5);
    expect(week.freeHours).toBe(13.5);
    expect(week.projected).toEqual(week.current);

    // A change goal moves the projection, not the current week.
    await addGoal(owner.client, planId, {
      stop: { activityId: model.id, hoursPerWeek: 4 },
      start: {
        newActivityName: 'Feature library',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 4,
      },
    });
    week = await weekOf(planId, team.top.client);
    expect(week.current.totalHours).toBe(26.5);
    expect(week.freeHours).toBe(13.5);
    expect(week.projected.totalHours).toBe(26.5);
    expect(hoursBy(week.projected)).toEqual({
      DOING: 18,
      MULTIPLYING: 8.5,
      HIGH: 8.5,
      NEUTRAL: 10,
      OVERHEAD: 8,
    });
  });
});

describe('updateActivity', () => {
  it('edits name, mode, leverage and hours; growing past the budget is BUDGET_EXCEEDED and writes nothing', async () => {
    const { owner, planId } = await freshPlan();
    const rows = await fullWeek(owner.client, planId);
    const reviews = rows.Reviews;

    const shrunk = await updateActivity(team.manager.client, {
      id: reviews.id,
      version: reviews.version,
      hoursPerWeek: 3,
      name: 'Code reviews',
      leverage: 'NEUTRAL',
    });
    expect(shrunk).toMatchObject({
      id: reviews.id,
      version: reviews.version + 1,
      name: 'Code reviews',
      hoursPerWeek: 3,
      mode: 'MULTIPLYING',
      leverage: 'NEUTRAL',
    });
    expect((await weekOf(planId)).freeHours).toBe(1);

    const before = await planRows(server.db, planId);
    const error = expectError(
      await owner.client.gql(UPDATE_ACTIVITY, {
        input: { id: reviews.id, version: shrunk.version, hoursPerWeek: 5.5 },
      }),
      'BUDGET_EXCEEDED',
    );
    expect(error.extensions!.overByHours).toBe(1.5);
    expect(error.extensions!.handOff.map((a: { name: string }) => a.name)).toEqual([
      'Ad-hoc requests',
      'Churn model',
      'Elasticity study',
    ]);
    for (const hoursPerWeek of [0, -2, 3.3, 41]) {
      expectError(
        await owner.client.gql(UPDATE_ACTIVITY, {
          input: { id: reviews.id, version: shrunk.version, hoursPerWeek },
        }),
        'BAD_USER_INPUT',
        'hoursPerWeek',
      );
    }
    expect(await planRows(server.db, planId)).toEqual(before);

    // Exactly up to the budget is fine.
    const full = await updateActivity(owner.client, {
      id: reviews.id,
      version: shrunk.version,
      hoursPerWeek: 4,
      mode: 'DOING',
    });
    expect(full).toMatchObject({ hoursPerWeek: 4, mode: 'DOING', version: shrunk.version + 1 });
    expect(await storedTotal(planId)).toBe(40);
  });

  it('a stale version is CONFLICT with the current version, and nothing is written', async () => {
    const { owner, planId } = await freshPlan();
    const activity = await addActivity(owner.client, planId, {
      name: 'Pipelines',
      hoursPerWeek: 6,
    });
    const moved = await updateActivity(team.manager.client, {
      id: activity.id,
      version: activity.version,
      hoursPerWeek: 5,
    });
    const before = await planRows(server.db, planId);
    const error = expectError(
      await owner.client.gql(UPDATE_ACTIVITY, {
        input: { id: activity.id, version: activity.version, hoursPerWeek: 8, name: 'Mine' },
      }),
      'CONFLICT',
    );
    expect(error.extensions!.current).toMatchObject({
      version: moved.version,
      hoursPerWeek: 5,
      name: 'Pipelines',
    });
    expect(await planRows(server.db, planId)).toEqual(before);
  });
});

describe('removeActivity', () => {
  it('removes an activity and frees its hours', async () => {
    const { owner, planId } = await freshPlan();
    const rows = await fullWeek(owner.client, planId);
    expect((await owner.client.ok(REMOVE_ACTIVITY, { id: rows['Ad-hoc requests'].id })).removeActivity).toBe(true);
    const week = await weekOf(planId);
    expect(week.activities.map((a: ActivityRow) => a.name)).not.toContain('Ad-hoc requests');
    expect(week.freeHours).toBe(8);
    expect(await storedTotal(planId)).toBe(32);
    // Gone: a second removal is NOT_FOUND.
    expectError(await owner.client.gql(REMOVE_ACTIVITY, { id: rows['Ad-hoc requests'].id }), 'NOT_FOUND');
  });

  it('refuses to remove an activity an open goal stops or starts (BAD_USER_INPUT), allows it once the goal is dropped', async () => {
    const { owner, planId } = await freshPlan();
    const model = await addActivity(owner.client, planId, {
      name: 'Churn model',
      hoursPerWeek: 14,
    });
    const reviews = await addActivity(owner.client, planId, {
      name: 'Reviews',
      hoursPerWeek: 4,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
    });
    const goal = await addGoal(owner.client, planId, {
      title: 'Review more, model less',
      stop: { activityId: model.id, hoursPerWeek: 2 },
      start: { activityId: reviews.id, hoursPerWeek: 2 },
    });

    const before = await planRows(server.db, planId);
    for (const id of [model.id, reviews.id]) {
      const error = expectError(await owner.client.gql(REMOVE_ACTIVITY, { id }), 'BAD_USER_INPUT', 'id');
      expect(error.message).toMatch(/Review more, model less/);
    }
    expect(await planRows(server.db, planId)).toEqual(before);

    const active = await updateGoal(owner.client, {
      id: goal.id,
      version: goal.version,
      status: 'ACTIVE',
    });
    expectError(await owner.client.gql(REMOVE_ACTIVITY, { id: model.id }), 'BAD_USER_INPUT', 'id');
    await updateGoal(owner.client, { id: goal.id, version: active.version, status: 'DROPPED' });
    expect((await owner.client.ok(REMOVE_ACTIVITY, { id: model.id })).removeActivity).toBe(true);
    expect(await storedTotal(planId)).toBe(4);
  });
});

describe('the budget under concurrency', () => {
  it('40 parallel additions of 1.5 h to an empty 40 h week: exactly 26 succeed, the rest are BUDGET_EXCEEDED', async () => {
    const { owner, planId } = await freshPlan();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        owner.client.gql(ADD_ACTIVITY, {
          input: activityInput(planId, { name: `Parallel ${i}`, hoursPerWeek: 1.5 }),
        }),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(refused.map((r) => r.errors![0].extensions?.code)).toEqual(Array(14).fill('BUDGET_EXCEEDED'));
    expect(succeeded).toHaveLength(26);
    for (const r of refused) expect(r.errors![0].extensions!.overByHours).toBe(0.5);

    const total = await storedTotal(planId);
    expect(total).toBe(39);
    expect(total).toBeLessThanOrEqual(40);
    const [{ count }] = await server.db.query(`SELECT count(*)::int AS count FROM activity WHERE plan_id = $1`, [
      planId,
    ]);
    expect(count).toBe(26);
    const week = await weekOf(planId);
    expect(week.current.totalHours).toBe(39);
    expect(week.freeHours).toBe(1);
    expect(week.activities.map((a: ActivityRow) => a.id).sort()).toEqual(
      succeeded.map((r) => r.data!.addActivity.id).sort(),
    );
  });

  it('a budget cut racing an addition: exactly one of them goes through', async () => {
    const { owner, planId } = await freshPlan();
    await addActivity(owner.client, planId, { hoursPerWeek: 30 });
    const [{ version }] = await server.db.query(`SELECT version FROM growth_plan WHERE id = $1`, [planId]);
    // Either alone fits (30 + 5 = 35 of 40, or 30 of 32); together they would be 35 of 32.
    const [cut, add] = await Promise.all([
      team.manager.client.gql(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { weeklyHours } }`, {
        input: { id: planId, version, weeklyHours: 32 },
      }),
      owner.client.gql(ADD_ACTIVITY, { input: activityInput(planId, { hoursPerWeek: 5 }) }),
    ]);
    const codes = [cut, add].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['BUDGET_EXCEEDED', 'OK']);
    const [row] = await server.db.query(`SELECT weekly_hours::float AS budget FROM growth_plan WHERE id = $1`, [
      planId,
    ]);
    expect(await storedTotal(planId)).toBeLessThanOrEqual(row.budget);
  });

  it('parallel goals that add hours never take the projected week over the budget', async () => {
    const { owner, planId } = await freshPlan();
    const base = await addActivity(owner.client, planId, { hoursPerWeek: 26 });
    const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        owner.client.gql(ADD_GOAL, {
          input: {
            planId,
            title: `Extra ${i}`,
            lever: 'SHARE_KNOWLEDGE',
            start: { activityId: base.id, hoursPerWeek: 1.5 },
          },
        }),
      ),
    );
    // 14 free hours hold 9 additions of 1.5 h.
    expect(results.filter((r) => !r.errors)).toHaveLength(9);
    for (const r of results.filter((r) => r.errors)) expectError(r, 'BUDGET_EXCEEDED');
    expect((await weekOf(planId)).projected.totalHours).toBe(39.5);
  });

  it('owner and manager racing to grow different activities never overbook', async () => {
    const { owner, planId } = await freshPlan();
    const a = await addActivity(owner.client, planId, { hoursPerWeek: 10 });
    const b = await addActivity(owner.client, planId, { hoursPerWeek: 10 });
    // Each alone fits (10 + 30 = 40); both together would be 60.
    const results = await Promise.all([
      owner.client.gql(UPDATE_ACTIVITY, {
        input: { id: a.id, version: a.version, hoursPerWeek: 30 },
      }),
      team.manager.client.gql(UPDATE_ACTIVITY, {
        input: { id: b.id, version: b.version, hoursPerWeek: 30 },
      }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BUDGET_EXCEEDED')).toHaveLength(1);
    expect(await storedTotal(planId)).toBe(40);
  });
});
