import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/factories';
import {
  ACTIVE_PLAN,
  addActivity,
  addGoal,
  expectError,
  orgWithTeam,
  planRows,
  START_PLAN,
  startPlan,
  UPDATE_PLAN,
  updatePlan,
  VISIBLE_PLANS,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function planCount(ownerId: string): Promise<number> {
  const [{ count }] = await server.db.query(`SELECT count(*)::int AS count FROM growth_plan WHERE owner_id = $1`, [
    ownerId,
  ]);
  return count;
}

describe('startPlan', () => {
  let team: Team;
  beforeAll(async () => {
    team = await orgWithTeam(server.url, 'Start');
  });

  it('the owner starts their own plan: DRAFT, manager at start, SENIOR → LEAD, the organization default of 40 hours', async () => {
    const plan = await startPlan(team.senior.client, team.senior.id);
    expect(plan).toMatchObject({
      status: 'DRAFT',
      version: 1,
      owner: { id: team.senior.id },
      manager: { id: team.manager.id },
      currentLevel: 'SENIOR',
      targetLevel: 'LEAD',
      targetArchetype: null,
      weeklyHours: 40,
    });
    const [row] = await server.db.query(
      `SELECT owner_id, manager_id, weekly_hours, status, organization_id FROM growth_plan WHERE id = $1`,
      [plan.id],
    );
    expect(row).toMatchObject({
      owner_id: team.senior.id,
      manager_id: team.manager.id,
      status: 'DRAFT',
      organization_id: team.org.organizationId,
    });
    expect(Number(row.weekly_hours)).toBe(40);
    await updatePlan(team.senior.client, {
      id: plan.id,
      version: plan.version,
      status: 'ARCHIVED',
    });
  });

  it('the direct manager starts it, with a chosen budget, level and archetype', async () => {
    const plan = await startPlan(team.manager.client, team.senior.id, {
      weeklyHours: 32.5,
      targetLevel: 'STAFF',
      targetArchetype: 'ARCHITECT',
    });
    expect(plan).toMatchObject({
      owner: { id: team.senior.id },
      manager: { id: team.manager.id },
      weeklyHours: 32.5,
      targetLevel: 'STAFF',
      targetArchetype: 'ARCHITECT',
    });
    await updatePlan(team.manager.client, {
      id: plan.id,
      version: plan.version,
      status: 'ARCHIVED',
    });
  });

  it('a skip-level manager starts it; the plan manager is still the direct manager', async () => {
    const plan = await startPlan(team.top.client, team.senior.id);
    expect(plan.manager.id).toBe(team.manager.id);
    expect(plan.owner.id).toBe(team.senior.id);
    // The skip-level may start it but not change it afterwards (read only).
    expectError(
      await team.top.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: plan.version, status: 'ARCHIVED' },
      }),
      'FORBIDDEN',
    );
    await updatePlan(team.manager.client, {
      id: plan.id,
      version: plan.version,
      status: 'ARCHIVED',
    });
  });

  it('a peer may not start it (FORBIDDEN), nor may an admin outside the chain; nothing is written', async () => {
    const before = await planCount(team.peer.id);
    for (const viewer of [team.senior.client, team.admin]) {
      const result = await viewer.gql(START_PLAN, { input: { ownerId: team.peer.id } });
      expectError(result, 'FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect(await planCount(team.peer.id)).toBe(before);
  });

  it('a person of another organization is NOT_FOUND, the same as an id that does not exist', async () => {
    const result = await team.manager.client.gql(START_PLAN, {
      input: { ownerId: team.foreigner.id },
    });
    expectError(result, 'NOT_FOUND');
    const unknown = await team.manager.client.gql(START_PLAN, {
      input: { ownerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(result.errors![0]).toEqual(unknown.errors![0]);
    expect(await planCount(team.foreigner.id)).toBe(0);
    // And the other way round: their admin cannot start a plan for our senior.
    expectError(await team.outsider.gql(START_PLAN, { input: { ownerId: team.senior.id } }), 'NOT_FOUND');
  });

  it('someone without a manager cannot have a plan: BAD_USER_INPUT on ownerId', async () => {
    const error = expectError(
      await team.top.client.gql(START_PLAN, { input: { ownerId: team.top.id } }),
      'BAD_USER_INPUT',
      'ownerId',
    );
    expect(error.message).toMatch(/manager/i);
    expect(await planCount(team.top.id)).toBe(0);
  });

  it('weeklyHours outside 1..80 (or off the quarter hour) is BAD_USER_INPUT on weeklyHours', async () => {
    for (const weeklyHours of [0, 0.5, -4, 80.25, 81, 120, 37.1]) {
      expectError(
        await team.manager.client.gql(START_PLAN, {
          input: { ownerId: team.peer.id, weeklyHours },
        }),
        'BAD_USER_INPUT',
        'weeklyHours',
      );
    }
    expect(await planCount(team.peer.id)).toBe(0);
    for (const weeklyHours of [1, 80]) {
      const plan = await startPlan(team.manager.client, team.peer.id, { weeklyHours });
      expect(plan.weeklyHours).toBe(weeklyHours);
      await updatePlan(team.manager.client, {
        id: plan.id,
        version: plan.version,
        status: 'ARCHIVED',
      });
    }
  });

  it('one non-archived plan per person: a second is BAD_USER_INPUT on ownerId, until the first is archived', async () => {
    const member = await addMember(team.org, { name: 'Second Plan', managerId: team.manager.id });
    const first = await startPlan(member.client, member.id);
    const active = await updatePlan(member.client, {
      id: first.id,
      version: first.version,
      status: 'ACTIVE',
    });
    for (const by of [member.client, team.manager.client, team.top.client]) {
      expectError(await by.gql(START_PLAN, { input: { ownerId: member.id } }), 'BAD_USER_INPUT', 'ownerId');
    }
    expect(await planCount(member.id)).toBe(1);

    const archived = await updatePlan(team.manager.client, {
      id: first.id,
      version: active.version,
      status: 'ARCHIVED',
    });
    expect(archived.status).toBe('ARCHIVED');
    const second = await startPlan(member.client, member.id);
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe('DRAFT');
    expect(await planCount(member.id)).toBe(2);
  });

  it('the organization default applies when its weekly hours are not 40', async () => {
    await server.db.query(`UPDATE organization SET default_weekly_hours = 36 WHERE id = $1`, [team.org.organizationId]);
    try {
      const member = await addMember(team.org, { name: 'Part Time', managerId: team.manager.id });
      const plan = await startPlan(team.manager.client, member.id);
      expect(plan.weeklyHours).toBe(36);
    } finally {
      await server.db.query(`UPDATE organization SET default_weekly_hours = 40 WHERE id = $1`, [
        team.org.organizationId,
      ]);
    }
  });
});

describe('startPlan under concurrency', () => {
  it('five parallel starts for the same person: one plan, the others BAD_USER_INPUT on ownerId', async () => {
    const team = await orgWithTeam(server.url, 'Parallel');
    const results = await Promise.all(
      [team.senior.client, team.manager.client, team.top.client, team.manager.client, team.senior.client].map((c) =>
        c.gql(START_PLAN, { input: { ownerId: team.senior.id } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectError(r, 'BAD_USER_INPUT', 'ownerId');
    expect(await planCount(team.senior.id)).toBe(1);
  });
});

describe('updatePlan', () => {
  let team: Team;
  beforeAll(async () => {
    team = await orgWithTeam(server.url, 'Update');
  });

  it('DRAFT → ACTIVE is allowed and bumps the version; ACTIVE → DRAFT is INVALID_TRANSITION and writes nothing', async () => {
    const plan = await startPlan(team.senior.client, team.senior.id);
    const active = await updatePlan(team.senior.client, {
      id: plan.id,
      version: plan.version,
      status: 'ACTIVE',
    });
    expect(active.status).toBe('ACTIVE');
    expect(active.version).toBe(plan.version + 1);

    const before = await planRows(server.db, plan.id);
    const result = await team.manager.client.gql(UPDATE_PLAN, {
      input: { id: plan.id, version: active.version, status: 'DRAFT', weeklyHours: 30 },
    });
    expectError(result, 'INVALID_TRANSITION');
    expect(await planRows(server.db, plan.id)).toEqual(before);

    // Target level and archetype change freely.
    const changed = await updatePlan(team.manager.client, {
      id: plan.id,
      version: active.version,
      targetArchetype: 'SOLVER',
      targetLevel: 'STAFF',
    });
    expect(changed).toMatchObject({
      targetArchetype: 'SOLVER',
      targetLevel: 'STAFF',
      status: 'ACTIVE',
      version: active.version + 1,
    });
  });

  it('a stale version is CONFLICT with the current version, and writes nothing', async () => {
    const plan = await startPlan(team.manager.client, team.peer.id);
    const moved = await updatePlan(team.manager.client, {
      id: plan.id,
      version: plan.version,
      weeklyHours: 38,
    });
    const before = await planRows(server.db, plan.id);
    const error = expectError(
      await team.peer.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: plan.version, weeklyHours: 20 },
      }),
      'CONFLICT',
    );
    expect(error.extensions!.current.version).toBe(moved.version);
    expect(await planRows(server.db, plan.id)).toEqual(before);
  });

  it('weeklyHours below the hours already in the week is BUDGET_EXCEEDED with overByHours; out of range is BAD_USER_INPUT', async () => {
    const member = await addMember(team.org, { name: 'Budget Cut', managerId: team.manager.id });
    const plan = await startPlan(member.client, member.id);
    await addActivity(member.client, plan.id, { hoursPerWeek: 20 });
    await addActivity(member.client, plan.id, { hoursPerWeek: 12.5 });
    const before = await planRows(server.db, plan.id);

    const error = expectError(
      await member.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: plan.version, weeklyHours: 30 },
      }),
      'BUDGET_EXCEEDED',
    );
    expect(error.extensions!.overByHours).toBe(2.5);
    expectError(
      await member.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: plan.version, weeklyHours: 81 },
      }),
      'BAD_USER_INPUT',
      'weeklyHours',
    );
    expectError(
      await member.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: plan.version, weeklyHours: 0 },
      }),
      'BAD_USER_INPUT',
      'weeklyHours',
    );
    expect(await planRows(server.db, plan.id)).toEqual(before);

    const fits = await updatePlan(member.client, {
      id: plan.id,
      version: plan.version,
      weeklyHours: 32.5,
    });
    expect(fits.weeklyHours).toBe(32.5);
  });

  it('weeklyHours below the projected week (open goals applied) is BUDGET_EXCEEDED too', async () => {
    const member = await addMember(team.org, { name: 'Projected Cut', managerId: team.manager.id });
    const plan = await startPlan(member.client, member.id);
    const activity = await addActivity(member.client, plan.id, { hoursPerWeek: 20 });
    await addGoal(member.client, plan.id, {
      title: 'Teach on top',
      start: { activityId: activity.id, hoursPerWeek: 10 },
    });
    const before = await planRows(server.db, plan.id);
    const error = expectError(
      await member.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: plan.version, weeklyHours: 25 },
      }),
      'BUDGET_EXCEEDED',
    );
    expect(error.extensions!.overByHours).toBe(5);
    expect(error.message).toMatch(/projected week/);
    expect(await planRows(server.db, plan.id)).toEqual(before);
    expect((await updatePlan(member.client, { id: plan.id, version: plan.version, weeklyHours: 30 })).weeklyHours).toBe(
      30,
    );
  });
});

describe('who sees which plan', () => {
  let team: Team;
  let seniorPlan: string;
  let peerPlan: string;
  let managerPlan: string;
  beforeAll(async () => {
    team = await orgWithTeam(server.url, 'Visible');
    seniorPlan = (await startPlan(team.senior.client, team.senior.id)).id;
    peerPlan = (await startPlan(team.manager.client, team.peer.id)).id;
    // The manager has a plan of their own too, managed by the skip-level.
    managerPlan = (await startPlan(team.top.client, team.manager.id)).id;
  });

  async function visible(client: typeof team.admin): Promise<string[]> {
    const { visiblePlans } = await client.ok(VISIBLE_PLANS);
    return visiblePlans.map((p: { id: string }) => p.id).sort();
  }

  it('visiblePlans: own for the owner, reports for the manager, the whole chain below for the skip-level, nothing for the admin', async () => {
    expect(await visible(team.senior.client)).toEqual([seniorPlan]);
    expect(await visible(team.peer.client)).toEqual([peerPlan]);
    expect(await visible(team.manager.client)).toEqual([seniorPlan, peerPlan, managerPlan].sort());
    expect(await visible(team.top.client)).toEqual([seniorPlan, peerPlan, managerPlan].sort());
    expect(await visible(team.admin)).toEqual([]);
    expect(await visible(team.outsider)).toEqual([]);
  });

  it('visiblePlans leaves archived plans out', async () => {
    const member = await addMember(team.org, { name: 'Archived One', managerId: team.manager.id });
    const plan = await startPlan(member.client, member.id);
    expect(await visible(member.client)).toEqual([plan.id]);
    await updatePlan(member.client, { id: plan.id, version: plan.version, status: 'ARCHIVED' });
    expect(await visible(member.client)).toEqual([]);
    expect(await visible(team.manager.client)).not.toContain(plan.id);
    expect((await member.client.ok(ACTIVE_PLAN, { id: member.id })).person.activePlan).toBeNull();
  });

  it('Person.activePlan: the plan for who may read it, null for everyone else', async () => {
    const activePlanOf = async (client: typeof team.admin, personId: string) =>
      (await client.ok(ACTIVE_PLAN, { id: personId })).person.activePlan;
    for (const reader of [team.senior.client, team.manager.client, team.top.client]) {
      expect(await activePlanOf(reader, team.senior.id)).toEqual({
        id: seniorPlan,
        status: 'DRAFT',
      });
    }
    for (const stranger of [team.peer.client, team.admin]) {
      expect(await activePlanOf(stranger, team.senior.id)).toBeNull();
    }
    // The peer sees their own, the senior does not see the peer's.
    expect(await activePlanOf(team.peer.client, team.peer.id)).toEqual({
      id: peerPlan,
      status: 'DRAFT',
    });
    expect(await activePlanOf(team.senior.client, team.peer.id)).toBeNull();
    // The manager's own plan: read by their manager, not by their reports.
    expect(await activePlanOf(team.top.client, team.manager.id)).toEqual({
      id: managerPlan,
      status: 'DRAFT',
    });
    expect(await activePlanOf(team.senior.client, team.manager.id)).toBeNull();
    // Nobody with a plan: null for everyone.
    expect(await activePlanOf(team.top.client, team.top.id)).toBeNull();
  });
});
