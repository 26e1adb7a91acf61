import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { createDelegation } from '../support/delegations';
import { addMember } from '../support/factories';
import {
  activePlanFor,
  addGap,
  expectError,
  orgWithTeam,
  type Member,
  type PlanSummary,
  type Team,
} from '../support/plans';
import {
  PLAN_ANTI_PATTERNS,
  PLAN_PROMOTION,
  PLAN_REFLECTIONS,
  PLAN_TREND,
  SHARE_REFLECTION,
  SIGN_OFF_REFLECTION,
  START_REFLECTION,
  UPDATE_NARRATIVE,
  UPDATE_REFLECTION,
  planReflections,
  quarterFromNow,
  reflectionFixture,
  reflectionRows,
  shareReflection,
  signOffReflection,
  startReflection,
  updateReflection,
  type ReflectionFixture,
  type ReflectionRow,
} from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Reflections follow the plan's row of the access table (§1): a peer, an admin outside the
 * chain, the delegatee of one of the plan's delegations and anyone of another organization get
 * NOT_FOUND for every reflection mutation and for `reflections`, `trend`, `antiPatterns` and
 * `promotionCase`, the same answer as for an id that does not exist; and after a manager change
 * (§4b) the old manager is one of them at once while the new one writes the manager's side.
 */

let server: TestServer;
let team: Team;
let fx: ReflectionFixture;
let reflection: ReflectionRow;
let delegatee: Member;
let foreignPlan: PlanSummary;
let foreignReflection: ReflectionRow;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Guarded');
  fx = await reflectionFixture(team);
  delegatee = await addMember(team.org, {
    name: 'Guarded Junior',
    level: 'JUNIOR',
    managerId: team.manager.id,
  });
  await createDelegation(fx.owner.client, fx.plan.id, {
    activityId: fx.adhoc.id,
    delegateeId: delegatee.id,
    hoursPerWeek: 2,
  });
  reflection = await startReflection(fx.owner.client, fx.plan.id);
  reflection = await updateReflection(fx.owner.client, {
    id: reflection.id,
    version: reflection.version,
    text: 'SELF-REFLECTION-TEXT',
  });
  reflection = await shareReflection(fx.owner.client, reflection.id);

  // The other organization has its own plan and reflection: the foreigner owns it, its admin manages.
  foreignPlan = await activePlanFor(team, team.foreigner, team.outsider);
  foreignReflection = await startReflection(team.foreigner.client, foreignPlan.id);
});
afterAll(() => server?.stop());

type Strangers = [name: string, client: () => TestClient][];

const STRANGERS: Strangers = [
  ['a peer under the same manager', () => team.peer.client],
  ['the plan’s own delegatee', () => delegatee.client],
  ['an admin outside the chain', () => team.admin],
  ['the admin of another organization', () => team.outsider],
  ['a person of another organization', () => team.foreigner.client],
];

/** Every reflection operation on `planId` / `reflectionId`, as a writer would call it. */
function operations(
  planId: string,
  reflectionId: string,
  version: number,
  gapId?: string,
): [string, string, Record<string, unknown>][] {
  return [
    ['startReflection', START_REFLECTION, { input: { planId, quarter: quarterFromNow(-3) } }],
    ['updateReflection (text)', UPDATE_REFLECTION, { input: { id: reflectionId, version, text: 'INTRUDER' } }],
    [
      'updateReflection (next gap)',
      UPDATE_REFLECTION,
      {
        input: {
          id: reflectionId,
          version,
          nextGapId: gapId ?? null,
          selfReportedAntiPatterns: ['RUSHING'],
        },
      },
    ],
    ['shareReflection', SHARE_REFLECTION, { id: reflectionId }],
    ['signOffReflection', SIGN_OFF_REFLECTION, { id: reflectionId }],
    ['updatePromotionNarrative', UPDATE_NARRATIVE, { input: { planId, version: 1, text: 'INTRUDER' } }],
  ];
}

const READS: [string, string][] = [
  ['reflections', PLAN_REFLECTIONS],
  ['trend', PLAN_TREND],
  ['antiPatterns', PLAN_ANTI_PATTERNS],
  ['promotionCase', PLAN_PROMOTION],
];

async function planState(planId: string) {
  return {
    reflections: await reflectionRows(server.db, planId),
    plan: await server.db.query(
      `SELECT version, promotion_narrative, promotion_narrative_version FROM growth_plan WHERE id = $1`,
      [planId],
    ),
  };
}

describe('outside the plan', () => {
  it.each(STRANGERS)('%s gets NOT_FOUND for every reflection mutation, and nothing changes', async (_name, client) => {
    const before = await planState(fx.plan.id);
    for (const [operation, query, variables] of operations(fx.plan.id, reflection.id, reflection.version)) {
      const error = expectError(await client().gql(query, variables), 'NOT_FOUND');
      expect(error.message, operation).not.toContain('SELF-REFLECTION-TEXT');
    }
    expect(await planState(fx.plan.id)).toEqual(before);
  });

  it.each(STRANGERS)(
    '%s gets NOT_FOUND for reflections, trend, antiPatterns and promotionCase',
    async (_name, client) => {
      for (const [field, query] of READS) {
        const result = await client().gql(query, { id: fx.plan.id });
        expectError(result, 'NOT_FOUND');
        expect(result.data?.plan ?? null, field).toBeNull();
        expect(JSON.stringify(result)).not.toContain('SELF-REFLECTION-TEXT');
      }
    },
  );

  it('our own people get NOT_FOUND on the other organization’s plan and reflection, even its writers’ counterparts', async () => {
    const before = await planState(foreignPlan.id);
    for (const client of [fx.owner.client, team.manager.client, team.top.client, team.admin]) {
      for (const [operation, query, variables] of operations(
        foreignPlan.id,
        foreignReflection.id,
        foreignReflection.version,
      )) {
        expect(expectError(await client.gql(query, variables), 'NOT_FOUND').message, operation).toBeTruthy();
      }
      for (const [, query] of READS) expectError(await client.gql(query, { id: foreignPlan.id }), 'NOT_FOUND');
    }
    expect(await planState(foreignPlan.id)).toEqual(before);
  });

  it('a gap of another organization is not a next gap: BAD_USER_INPUT, like any gap that is not this plan’s', async () => {
    const foreignGap = await addGap(team.foreigner.client, foreignPlan.id, { title: 'Their gap' });
    const current = (await planReflections(fx.owner.client, fx.plan.id))[0];
    expectError(
      await fx.owner.client.gql(UPDATE_REFLECTION, {
        input: { id: current.id, version: current.version, nextGapId: foreignGap.id },
      }),
      'BAD_USER_INPUT',
      'nextGapId',
    );
  });

  it('an unknown id answers the same NOT_FOUND; signed out is UNAUTHENTICATED', async () => {
    for (const [, query, variables] of operations(UNKNOWN, UNKNOWN, 1))
      expectError(await fx.owner.client.gql(query, variables), 'NOT_FOUND');
    for (const [, query] of READS) expectError(await fx.owner.client.gql(query, { id: UNKNOWN }), 'NOT_FOUND');
    const anonymous = new TestClient(server.url);
    for (const [, query, variables] of operations(fx.plan.id, reflection.id, reflection.version))
      expectError(await anonymous.gql(query, variables), 'UNAUTHENTICATED');
  });

  it('the skip-level manager reads everything but every write is FORBIDDEN', async () => {
    const before = await planState(fx.plan.id);
    for (const [operation, query, variables] of operations(fx.plan.id, reflection.id, reflection.version)) {
      expect(expectError(await team.top.client.gql(query, variables), 'FORBIDDEN').message, operation).toBeTruthy();
    }
    expect(await planState(fx.plan.id)).toEqual(before);
    for (const [, query] of READS)
      expect((await team.top.client.ok(query, { id: fx.plan.id })).plan.id).toBe(fx.plan.id);
    expect((await planReflections(team.top.client, fx.plan.id))[0].selfText).toBe('SELF-REFLECTION-TEXT');
  });
});

describe('after a manager change (§4b)', () => {
  it('the old manager gets NOT_FOUND at once; the new manager reads the reflections and signs on the manager’s side', async () => {
    const own = await reflectionFixture(team);
    const newManager = await addMember(team.org, {
      name: 'Guarded New Manager',
      track: 'MANAGER',
      level: 'STAFF',
      managerId: team.top.id,
    });
    let current = await startReflection(own.owner.client, own.plan.id);
    current = await updateReflection(team.manager.client, {
      id: current.id,
      version: current.version,
      text: 'OLD-MANAGER-TEXT',
    });
    current = await shareReflection(own.owner.client, current.id);

    await team.admin.ok(`mutation($id: ID!, $m: ID) { updatePerson(input: { id: $id, managerId: $m }) { id } }`, {
      id: own.owner.id,
      m: newManager.id,
    });

    const before = await planState(own.plan.id);
    for (const [operation, query, variables] of operations(own.plan.id, current.id, current.version)) {
      expect(expectError(await team.manager.client.gql(query, variables), 'NOT_FOUND').message, operation).toBeTruthy();
    }
    for (const [, query] of READS) expectError(await team.manager.client.gql(query, { id: own.plan.id }), 'NOT_FOUND');
    expect(await planState(own.plan.id)).toEqual(before);

    const seen = await planReflections(newManager.client, own.plan.id);
    expect(seen.map((r) => [r.id, r.managerText])).toEqual([[current.id, 'OLD-MANAGER-TEXT']]);
    const written = await updateReflection(newManager.client, {
      id: current.id,
      version: current.version,
      text: 'NEW-MANAGER-TEXT',
    });
    expect(written).toMatchObject({ managerText: 'NEW-MANAGER-TEXT', selfText: null });
    const signed = await signOffReflection(newManager.client, current.id);
    expect(signed).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: false,
      signedOffByManager: true,
    });
    await expect(signOffReflection(own.owner.client, current.id)).resolves.toMatchObject({
      status: 'SIGNED_OFF',
    });
  });
});
