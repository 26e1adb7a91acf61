import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import {
  ADVANCE_DELEGATION,
  CHECK_IN,
  CREATE_DELEGATION,
  DECIDE_HELP_REQUEST,
  DELEGATIONS_TO_ME,
  LOG_HELP_REQUEST,
  advance,
  advanceTo,
  checkIn,
  createDelegation,
  delegationFixture,
  delegationInput,
  delegationRows,
  delegationsToMe,
  logRequest,
  planDelegations,
  requestInput,
  type DelegationFixture,
  type DelegationRow,
} from '../support/delegations';
import { addMember } from '../support/factories';
import { addGoal, expectError, orgWithTeam, PLAN, type Team } from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The delegatee's narrow view (§1, §2.5): their delegations (stage, check-ins, objective,
 * delegator, the activity's name) and nothing else of the plan; and everyone outside the plan
 * and the delegation gets NOT_FOUND.
 */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Narrow');
});
afterAll(() => server?.stop());

describe('the delegatee', () => {
  let fx: DelegationFixture;
  let second: DelegationFixture;
  let withGoal: DelegationRow;
  let fromSecond: DelegationRow;
  beforeAll(async () => {
    fx = await delegationFixture(team);
    second = await delegationFixture(team);
    const goal = await addGoal(fx.owner.client, fx.plan.id, {
      title: 'Hand the pipeline over, build the feature library',
      lever: 'INVEST_TO_MULTIPLY',
      stop: { activityId: fx.pipeline.id, hoursPerWeek: 4 },
      start: {
        newActivityName: 'Feature library',
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: 4,
      },
    });
    withGoal = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 4,
      goalId: goal.id,
      learningObjective: 'Run a feature pipeline end to end.',
    });
    withGoal = await advanceTo(fx.owner.client, withGoal, 'PAIRING');
    await checkIn(fx.owner.client, withGoal.id, 4, 1.5, 'Paired on the backfill.');
    await checkIn(fx.junior.client, withGoal.id, 3, 0, 'Getting there.');
    // Another owner hands work to the same junior; a third delegation of fx's plan goes to someone else.
    fromSecond = await createDelegation(second.owner.client, second.plan.id, {
      activityId: second.reviews.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
      learningObjective: 'Review a model change for leakage.',
    });
    await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: second.junior.id,
      hoursPerWeek: 2,
    });
  });

  it('delegationsToMe lists exactly their delegations, oldest first: stage, check-ins, objective, delegator, activity name', async () => {
    const mine = await delegationsToMe(fx.junior.client);
    expect(mine.map((d) => d.id)).toEqual([withGoal.id, fromSecond.id]);
    expect(mine[0]).toMatchObject({
      id: withGoal.id,
      stage: 'PAIRING',
      version: withGoal.version,
      hoursPerWeek: 4,
      learningObjective: 'Run a feature pipeline end to end.',
      activityName: 'Feature pipeline upkeep',
      delegator: { id: fx.owner.id },
      delegatee: { id: fx.junior.id },
      coachingHoursTotal: 1.5,
      leverageRatio: 0,
    });
    expect(mine[0].checkIns.map((c) => [c.side, c.author.id, c.confidence, c.note])).toEqual([
      ['DELEGATOR', fx.owner.id, 4, 'Paired on the backfill.'],
      ['DELEGATEE', fx.junior.id, 3, 'Getting there.'],
    ]);
    expect(mine[1]).toMatchObject({
      stage: 'PLANNED',
      activityName: 'Reviews',
      delegator: { id: second.owner.id },
      checkIns: [],
    });

    // The other junior sees only theirs; the owner, who delegates, has none to them.
    expect((await delegationsToMe(second.junior.client)).map((d) => d.activityName)).toEqual(['Ad-hoc requests']);
    expect(await delegationsToMe(fx.owner.client)).toEqual([]);
    expect(await delegationsToMe(team.admin)).toEqual([]);
  });

  it('sees neither the activity nor the goal (both null), where the plan’s readers see them', async () => {
    const [mine] = await delegationsToMe(fx.junior.client);
    expect(mine).toMatchObject({ activity: null, goal: null });
    const [asOwner] = await planDelegations(fx.owner.client, fx.plan.id);
    expect(asOwner).toMatchObject({
      activity: { id: fx.pipeline.id },
      goal: { title: 'Hand the pipeline over, build the feature library' },
    });
    const [asSkipLevel] = await planDelegations(team.top.client, fx.plan.id);
    expect(asSkipLevel).toMatchObject({
      activity: { id: fx.pipeline.id },
      goal: { title: 'Hand the pipeline over, build the feature library' },
    });
  });

  it('Delegation.plan is NOT_FOUND for them, and so is plan(id), the owner’s activePlan and visiblePlans', async () => {
    const result = await fx.junior.client.gql(
      `{ delegationsToMe { id plan { id owner { name } week { activities { name } } } } }`,
    );
    expectError(result, 'NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain(fx.plan.id);
    expect(JSON.stringify(result)).not.toContain('Ad-hoc requests');

    for (const id of [fx.plan.id, second.plan.id]) {
      const plan = await fx.junior.client.gql(PLAN, { id });
      expectError(plan, 'NOT_FOUND');
      expect(plan.data?.plan ?? null).toBeNull();
    }
    const { person } = await fx.junior.client.ok(`query($id: ID!) { person(id: $id) { id activePlan { id } } }`, {
      id: fx.owner.id,
    });
    expect(person).toEqual({ id: fx.owner.id, activePlan: null });
    expect((await fx.junior.client.ok(`{ visiblePlans { id } }`)).visiblePlans).toEqual([]);

    // The plan's readers do reach the plan through the delegation.
    const { plan } = await team.top.client.ok(`query($id: ID!) { plan(id: $id) { delegations { id plan { id } } } }`, {
      id: fx.plan.id,
    });
    expect(plan.delegations.map((d: { plan: { id: string } }) => d.plan.id)).toEqual([fx.plan.id, fx.plan.id]);
  });

  it('cannot move the delegation (FORBIDDEN), create one on the plan or log a request there (NOT_FOUND)', async () => {
    const before = await delegationRows(server.db, fx.plan.id);
    for (const stage of ['REVIEWING', 'RECLAIMED', 'OWNED']) {
      expectError(
        await fx.junior.client.gql(ADVANCE_DELEGATION, {
          input: { id: withGoal.id, version: withGoal.version, stage },
        }),
        'FORBIDDEN',
      );
    }
    expectError(
      await fx.junior.client.gql(CREATE_DELEGATION, {
        input: delegationInput(fx.plan.id, {
          activityId: fx.adhoc.id,
          delegateeId: fx.junior.id,
          hoursPerWeek: 1,
        }),
      }),
      'NOT_FOUND',
    );
    expectError(await fx.junior.client.gql(LOG_HELP_REQUEST, { input: requestInput(fx.plan.id) }), 'NOT_FOUND');
    expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
  });

  it('keeps seeing it once owned (activity null for them, name kept) and loses nothing when the delegator moves it on', async () => {
    const owned = await advance(
      fx.owner.client,
      await advanceTo(fx.owner.client, (await planDelegations(fx.owner.client, fx.plan.id))[0], 'REVIEWING'),
      'OWNED',
    );
    expect(owned.stage).toBe('OWNED');
    const [mine] = await delegationsToMe(fx.junior.client);
    expect(mine).toMatchObject({
      id: withGoal.id,
      stage: 'OWNED',
      activity: null,
      goal: null,
      activityName: 'Feature pipeline upkeep',
    });
    expect(mine.handedOverAt).toBe(owned.handedOverAt);
  });
});

describe('a delegatee who can also read the plan (the skip-level manager)', () => {
  it('checks in from the delegatee’s side and sees the delegation in delegationsToMe', async () => {
    const fx = await delegationFixture(team);
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.reviews.id,
      delegateeId: team.top.id,
      hoursPerWeek: 1,
    });
    expect((await delegationsToMe(team.top.client)).map((d) => d.id)).toContain(delegation.id);
    const mine = (await delegationsToMe(team.top.client)).find((d) => d.id === delegation.id)!;
    // They read the plan anyway: the activity is theirs to see.
    expect(mine.activity).toMatchObject({ id: fx.reviews.id });
    const byTop = await checkIn(team.top.client, delegation.id, 4, 0, 'Happy to take the reviews.');
    expect(byTop).toMatchObject({ side: 'DELEGATEE', author: { id: team.top.id } });
    // Still a reader of the plan: they do not move it.
    expectError(
      await team.top.client.gql(ADVANCE_DELEGATION, {
        input: { id: delegation.id, version: delegation.version, stage: 'SHADOWING' },
      }),
      'FORBIDDEN',
    );
  });
});

describe('every delegation and request mutation, from outside the plan and the delegation', () => {
  let fx: DelegationFixture;
  let delegation: DelegationRow;
  let request: { id: string; version: number };
  let strangers: [string, TestClient][];
  beforeAll(async () => {
    fx = await delegationFixture(team);
    delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    });
    request = await logRequest(fx.owner.client, fx.plan.id);
    const otherJunior = await addMember(team.org, {
      name: 'Other junior',
      level: 'JUNIOR',
      managerId: team.manager.id,
    });
    strangers = [
      ['peer', team.peer.client],
      ['admin outside the chain', team.admin],
      ['another junior', otherJunior.client],
      ['admin of another organization', team.outsider],
      ['member of another organization', team.foreigner.client],
    ];
  });

  it('NOT_FOUND for each, and nothing is written', async () => {
    const before = await delegationRows(server.db, fx.plan.id);
    for (const [who, client] of strangers) {
      const attempts = {
        createDelegation: await client.gql(CREATE_DELEGATION, {
          input: delegationInput(fx.plan.id, {
            activityId: fx.pipeline.id,
            delegateeId: fx.junior.id,
            hoursPerWeek: 1,
          }),
        }),
        advanceDelegation: await client.gql(ADVANCE_DELEGATION, {
          input: { id: delegation.id, version: delegation.version, stage: 'SHADOWING' },
        }),
        reclaim: await client.gql(ADVANCE_DELEGATION, {
          input: { id: delegation.id, version: delegation.version, stage: 'RECLAIMED' },
        }),
        checkIn: await client.gql(CHECK_IN, {
          input: { delegationId: delegation.id, confidence: 3, coachingHours: 1 },
        }),
        logHelpRequest: await client.gql(LOG_HELP_REQUEST, { input: requestInput(fx.plan.id) }),
        decideHelpRequest: await client.gql(DECIDE_HELP_REQUEST, {
          input: { id: request.id, version: request.version, decision: 'HELP', hoursSpent: 1 },
        }),
        redirect: await client.gql(DECIDE_HELP_REQUEST, {
          input: { id: request.id, version: request.version, decision: 'REDIRECT' },
        }),
      };
      for (const [mutation, result] of Object.entries(attempts)) {
        expect(result.errors?.[0]?.extensions?.code, `${who}: ${mutation}`).toBe('NOT_FOUND');
        expect(JSON.stringify(result), `${who}: ${mutation}`).not.toContain('Feature pipeline upkeep');
      }
      expect((await client.ok(DELEGATIONS_TO_ME)).delegationsToMe, who).toEqual([]);
      expectError(await client.gql(PLAN, { id: fx.plan.id }), 'NOT_FOUND');
    }
    expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
  });

  it('signed out: UNAUTHENTICATED for each', async () => {
    const anonymous = new TestClient(server.url);
    expectError(await anonymous.gql(DELEGATIONS_TO_ME), 'UNAUTHENTICATED');
    expectError(
      await anonymous.gql(ADVANCE_DELEGATION, {
        input: { id: delegation.id, version: 1, stage: 'SHADOWING' },
      }),
      'UNAUTHENTICATED',
    );
    expectError(
      await anonymous.gql(CHECK_IN, {
        input: { delegationId: delegation.id, confidence: 3, coachingHours: 1 },
      }),
      'UNAUTHENTICATED',
    );
    expectError(await anonymous.gql(LOG_HELP_REQUEST, { input: requestInput(fx.plan.id) }), 'UNAUTHENTICATED');
    expectError(
      await anonymous.gql(DECIDE_HELP_REQUEST, {
        input: { id: request.id, version: 1, decision: 'HELP' },
      }),
      'UNAUTHENTICATED',
    );
  });

  it('an archived plan: readable, but its delegations no longer move (FORBIDDEN)', async () => {
    const other = await delegationFixture(team);
    const d = await createDelegation(other.owner.client, other.plan.id, {
      activityId: other.pipeline.id,
      delegateeId: other.junior.id,
      hoursPerWeek: 1,
    });
    const { plan } = await other.owner.client.ok(`query($id: ID!) { plan(id: $id) { version } }`, {
      id: other.plan.id,
    });
    await team.manager.client.ok(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { status } }`, {
      input: { id: other.plan.id, version: plan.version, status: 'ARCHIVED' },
    });
    expectError(
      await other.owner.client.gql(ADVANCE_DELEGATION, {
        input: { id: d.id, version: d.version, stage: 'SHADOWING' },
      }),
      'FORBIDDEN',
    );
    expectError(
      await other.owner.client.gql(CREATE_DELEGATION, {
        input: delegationInput(other.plan.id, {
          activityId: other.adhoc.id,
          delegateeId: other.junior.id,
          hoursPerWeek: 1,
        }),
      }),
      'FORBIDDEN',
    );
    expect((await planDelegations(other.owner.client, other.plan.id)).map((x) => x.stage)).toEqual(['PLANNED']);
  });
});
