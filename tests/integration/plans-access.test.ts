import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type GraphQLResponse } from '../support/client';
import { addMember } from '../support/factories';
import {
  ADD_ACTIVITY,
  ADD_GAP,
  ADD_GOAL,
  activePlanFor,
  addActivity,
  addGap,
  addGoal,
  expectError,
  orgWithTeam,
  PLAN,
  planRows,
  RATE_SIGNAL,
  REMOVE_ACTIVITY,
  UPDATE_ACTIVITY,
  UPDATE_GAP,
  UPDATE_GOAL,
  UPDATE_PLAN,
  updatePlan,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/**
 * PRODUCT.md §1, the growth-plan column, row by row: the owner and the direct manager read
 * and write; higher managers read only (every write FORBIDDEN); peers, an admin outside the
 * chain and other organizations see nothing (NOT_FOUND, the same answer as an unknown id).
 */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Access');
});
afterAll(() => server?.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** A plan with something of everything: a gap, three activities (one free to remove) and a goal. */
interface Fixture {
  planId: string;
  planVersion: number;
  gap: { id: string; version: number };
  big: { id: string; version: number };
  small: { id: string; version: number };
  spare: { id: string; version: number };
  goal: { id: string; version: number };
}

async function fixture(): Promise<Fixture> {
  // Each test leaves its plan behind: archive it so the senior can have a new one.
  await server.db.query(`UPDATE growth_plan SET status = 'ARCHIVED' WHERE owner_id = $1`, [team.senior.id]);
  const plan = await activePlanFor(team);
  const owner = team.senior.client;
  const gap = await addGap(owner, plan.id);
  const big = await addActivity(owner, plan.id, { name: 'Model iterations', hoursPerWeek: 10 });
  const small = await addActivity(owner, plan.id, {
    name: 'Reviews',
    hoursPerWeek: 5,
    mode: 'MULTIPLYING',
    leverage: 'HIGH',
  });
  const spare = await addActivity(owner, plan.id, {
    name: 'Status reports',
    hoursPerWeek: 2,
    leverage: 'OVERHEAD',
  });
  const goal = await addGoal(owner, plan.id, {
    stop: { activityId: big.id, hoursPerWeek: 2 },
    start: { activityId: small.id, hoursPerWeek: 2 },
  });
  return { planId: plan.id, planVersion: plan.version, gap, big, small, spare, goal };
}

type Operation = [name: string, query: string, variables: (fx: Fixture) => Record<string, unknown>];

/** Every operation on a plan and what it contains, as a writer would call it on a fresh fixture. */
const WRITES: Operation[] = [
  [
    'rateSignal',
    RATE_SIGNAL,
    (fx) => ({
      input: {
        planId: fx.planId,
        signal: 'ROLE_MODEL',
        rating: 'CLEAR',
        evidence: 'Others copy the template.',
      },
    }),
  ],
  [
    'addGap',
    ADD_GAP,
    (fx) => ({
      input: { planId: fx.planId, kind: 'NEXT_SCOPE', title: 'Decisions from the models' },
    }),
  ],
  ['updateGap', UPDATE_GAP, (fx) => ({ input: { id: fx.gap.id, version: fx.gap.version, status: 'WORKING' } })],
  [
    'addActivity',
    ADD_ACTIVITY,
    (fx) => ({
      input: {
        planId: fx.planId,
        name: 'Mentoring',
        hoursPerWeek: 2,
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
      },
    }),
  ],
  [
    'updateActivity',
    UPDATE_ACTIVITY,
    (fx) => ({ input: { id: fx.small.id, version: fx.small.version, hoursPerWeek: 6 } }),
  ],
  ['removeActivity', REMOVE_ACTIVITY, (fx) => ({ id: fx.spare.id })],
  [
    'addGoal',
    ADD_GOAL,
    (fx) => ({
      input: {
        planId: fx.planId,
        title: 'Share the template',
        lever: 'SHARE_KNOWLEDGE',
        stop: { activityId: fx.big.id, hoursPerWeek: 1 },
        start: { activityId: fx.small.id, hoursPerWeek: 1 },
      },
    }),
  ],
  ['updateGoal', UPDATE_GOAL, (fx) => ({ input: { id: fx.goal.id, version: fx.goal.version, status: 'ACTIVE' } })],
  [
    'updatePlan',
    UPDATE_PLAN,
    (fx) => ({ input: { id: fx.planId, version: fx.planVersion, targetArchetype: 'TECH_LEAD' } }),
  ],
];

/** The same operations aimed at ids that do not exist. */
function unknownFixture(fx: Fixture, id: string): Fixture {
  const none = { id, version: 1 };
  return { ...fx, planId: id, gap: none, big: none, small: none, spare: none, goal: none };
}

function expectNoData(result: GraphQLResponse): void {
  expect(result.data === null || Object.values(result.data ?? {}).every((v) => v === null)).toBe(true);
}

describe('owner and direct manager: read and write', () => {
  for (const who of ['owner', 'manager'] as const) {
    it(`the ${who} reads the plan and runs every mutation`, async () => {
      const client = who === 'owner' ? team.senior.client : team.manager.client;
      const fx = await fixture();
      const { plan } = await client.ok(PLAN, { id: fx.planId });
      expect(plan).toMatchObject({
        id: fx.planId,
        owner: { id: team.senior.id },
        manager: { id: team.manager.id },
      });
      expect(plan.week.activities).toHaveLength(3);

      const results: Record<string, any> = {};
      for (const [name, query, variables] of WRITES) {
        const result = await client.gql(query, variables(fx));
        expect(result.errors, `${who} ${name}`).toBeUndefined();
        results[name] = result.data![name];
      }
      expect(results.rateSignal).toMatchObject({
        signal: 'ROLE_MODEL',
        [who === 'owner' ? 'selfRating' : 'managerRating']: 'CLEAR',
      });
      expect(results.addGap).toMatchObject({ title: 'Decisions from the models', status: 'OPEN' });
      expect(results.updateGap).toMatchObject({ status: 'WORKING', version: fx.gap.version + 1 });
      expect(results.addActivity).toMatchObject({ name: 'Mentoring', hoursPerWeek: 2 });
      expect(results.updateActivity).toMatchObject({
        hoursPerWeek: 6,
        version: fx.small.version + 1,
      });
      expect(results.removeActivity).toBe(true);
      expect(results.addGoal).toMatchObject({ title: 'Share the template', status: 'PROPOSED' });
      expect(results.updateGoal).toMatchObject({ status: 'ACTIVE', version: fx.goal.version + 1 });
      expect(results.updatePlan).toMatchObject({
        targetArchetype: 'TECH_LEAD',
        version: fx.planVersion + 1,
      });

      const rows = await planRows(server.db, fx.planId);
      expect(rows.signals).toEqual([
        expect.objectContaining({
          signal: 'ROLE_MODEL',
          side: who === 'owner' ? 'SELF' : 'MANAGER',
          rating: 'CLEAR',
        }),
      ]);
      expect(rows.gaps).toHaveLength(2);
      expect(rows.activities.map((a: { name: string }) => a.name).sort()).toEqual([
        'Mentoring',
        'Model iterations',
        'Reviews',
      ]);
      expect(rows.goals).toHaveLength(2);
    });
  }
});

describe('higher managers: read only', () => {
  it('the skip-level reads everything, and every write is FORBIDDEN with nothing written', async () => {
    const fx = await fixture();
    const { plan } = await team.top.client.ok(PLAN, { id: fx.planId });
    expect(plan.id).toBe(fx.planId);
    expect(plan.gaps).toHaveLength(1);
    expect(plan.week.activities).toHaveLength(3);
    expect(plan.goals).toHaveLength(1);
    expect(plan.signals).toHaveLength(7);

    const before = await planRows(server.db, fx.planId);
    for (const [name, query, variables] of WRITES) {
      const result = await team.top.client.gql(query, variables(fx));
      expectError(result, 'FORBIDDEN');
      expectNoData(result);
      expect(result.errors![0].path, name).toEqual([name]);
    }
    expect(await planRows(server.db, fx.planId)).toEqual(before);
  });
});

describe('everyone else: NOT_FOUND', () => {
  const strangers = [
    ['a peer under the same manager', () => team.peer.client],
    ['an admin who is not in the chain', () => team.admin],
    ['the admin of another organization', () => team.outsider],
    ['a member of another organization', () => team.foreigner.client],
  ] as const;

  for (const [label, viewer] of strangers) {
    it(`${label}: plan(id) and every mutation are NOT_FOUND, exactly as for ids that do not exist`, async () => {
      const fx = await fixture();
      const client = viewer();
      const before = await planRows(server.db, fx.planId);

      const read = await client.gql(PLAN, { id: fx.planId });
      expectError(read, 'NOT_FOUND');
      expectNoData(read);
      expect(read.errors![0]).toEqual((await client.gql(PLAN, { id: UNKNOWN })).errors![0]);
      expect(read.errors![0]).toEqual((await client.gql(PLAN, { id: 'not-an-id' })).errors![0]);

      for (const [name, query, variables] of WRITES) {
        const result = await client.gql(query, variables(fx));
        expectError(result, 'NOT_FOUND');
        expectNoData(result);
        for (const id of [UNKNOWN, 'not-an-id']) {
          const unknown = await client.gql(query, variables(unknownFixture(fx, id)));
          expect(result.errors![0], name).toEqual(unknown.errors![0]);
        }
      }
      expect(await planRows(server.db, fx.planId)).toEqual(before);
    });
  }

  it('signed out: UNAUTHENTICATED for the plan and every mutation', async () => {
    const fx = await fixture();
    const anonymous = new TestClient(server.url);
    expectError(await anonymous.gql(PLAN, { id: fx.planId }), 'UNAUTHENTICATED');
    for (const [, query, variables] of WRITES)
      expectError(await anonymous.gql(query, variables(fx)), 'UNAUTHENTICATED');
  });
});

describe('an archived plan', () => {
  it('stays readable by the owner, the manager and the skip-level, but no longer takes any write', async () => {
    const fx = await fixture();
    const archived = await updatePlan(team.manager.client, {
      id: fx.planId,
      version: fx.planVersion,
      status: 'ARCHIVED',
    });
    const before = await planRows(server.db, fx.planId);
    for (const client of [team.senior.client, team.manager.client]) {
      const { plan } = await client.ok(PLAN, { id: fx.planId });
      expect(plan.status).toBe('ARCHIVED');
      for (const [name, query, variables] of WRITES) {
        const input =
          name === 'updatePlan'
            ? { input: { id: fx.planId, version: archived.version, targetArchetype: 'SOLVER' } }
            : variables(fx);
        const result = await client.gql(query, input);
        expectError(result, 'FORBIDDEN');
        expect(result.errors![0].message, name).toMatch(/archived/i);
      }
      expectError(
        await client.gql(UPDATE_PLAN, {
          input: { id: fx.planId, version: archived.version, status: 'ACTIVE' },
        }),
        'FORBIDDEN',
      );
    }
    expect((await team.top.client.ok(PLAN, { id: fx.planId })).plan.status).toBe('ARCHIVED');
    expectError(await team.peer.client.gql(PLAN, { id: fx.planId }), 'NOT_FOUND');
    expect(await planRows(server.db, fx.planId)).toEqual(before);
  });
});

describe('after the owner’s manager changes (§4b; see also access-after-manager-change.test.ts)', () => {
  it('the former manager and the new one get NOT_FOUND for the archived plan; the skip-level above both still reads it', async () => {
    const moved = await orgWithTeam(server.url, 'Moved');
    const plan = await activePlanFor(moved);
    const archived = await updatePlan(moved.manager.client, {
      id: plan.id,
      version: plan.version,
      status: 'ARCHIVED',
    });
    const newManager = await addMember(moved.org, {
      name: 'Moved New Manager',
      track: 'MANAGER',
      managerId: moved.top.id,
    });
    await moved.admin.ok(`mutation($id: ID!, $m: ID) { updatePerson(input: { id: $id, managerId: $m }) { id } }`, {
      id: moved.senior.id,
      m: newManager.id,
    });

    for (const client of [moved.manager.client, newManager.client]) {
      const read = await client.gql(PLAN, { id: plan.id });
      expectError(read, 'NOT_FOUND');
      expect(read.errors![0]).toEqual((await client.gql(PLAN, { id: UNKNOWN })).errors![0]);
      expectError(
        await client.gql(UPDATE_PLAN, {
          input: { id: plan.id, version: archived.version, targetArchetype: 'SOLVER' },
        }),
        'NOT_FOUND',
      );
    }
    expect((await moved.top.client.ok(PLAN, { id: plan.id })).plan.status).toBe('ARCHIVED');
    expect((await moved.senior.client.ok(PLAN, { id: plan.id })).plan.status).toBe('ARCHIVED');
    expectError(await moved.admin.gql(PLAN, { id: plan.id }), 'NOT_FOUND');
  });
});
