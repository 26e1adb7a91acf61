import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { addPerson } from '../support/factories';
import {
  CREATE_DELEGATION,
  createDelegation,
  delegationFixture,
  delegationInput,
  delegationRows,
  planDelegations,
  type DelegationFixture,
} from '../support/delegations';
import { activePlanFor, addActivity, addGoal, expectError, orgWithTeam, updateGoal, type Team } from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/** createDelegation (§2.5): who may hand work over, and what a valid hand-over is. */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Create');
});
afterAll(() => server?.stop());

function goalStopping(activity: { id: string }, hours: number, title = 'Hand it over, build the feature library') {
  return {
    title,
    lever: 'INVEST_TO_MULTIPLY',
    stop: { activityId: activity.id, hoursPerWeek: hours },
    start: {
      newActivityName: `Feature library (${title})`,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: hours,
    },
  };
}

describe('createDelegation', () => {
  it('by the owner: PLANNED, version 1, the owner as delegator, the activity and its name, no hand-over yet, nothing taken off the week', async () => {
    const fx = await delegationFixture(team);
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 4,
      learningObjective: '  Run a feature pipeline end to end: backfills, schema changes, alerts.  ',
    });
    expect(delegation).toMatchObject({
      version: 1,
      stage: 'PLANNED',
      hoursPerWeek: 4,
      learningObjective: 'Run a feature pipeline end to end: backfills, schema changes, alerts.',
      activityName: 'Feature pipeline upkeep',
      activity: { id: fx.pipeline.id, name: 'Feature pipeline upkeep', hoursPerWeek: 10 },
      goal: null,
      handedOverAt: null,
      delegator: { id: fx.owner.id, name: expect.stringMatching(/^Owner \d+$/) },
      delegatee: { id: fx.junior.id, name: expect.stringMatching(/^Junior \d+$/) },
      checkIns: [],
      coachingHoursTotal: 0,
      leverageRatio: null,
    });

    const [row] = await server.db.query(`SELECT * FROM delegation WHERE id = $1`, [delegation.id]);
    expect(row).toMatchObject({
      plan_id: fx.plan.id,
      activity_id: fx.pipeline.id,
      activity_name: 'Feature pipeline upkeep',
      delegator_id: fx.owner.id,
      delegatee_id: fx.junior.id,
      hours_per_week: '4.00',
      stage: 'PLANNED',
      handed_over_at: null,
      goal_id: null,
      version: 1,
    });
    const [{ organization_id }] = await server.db.query(`SELECT organization_id FROM growth_plan WHERE id = $1`, [
      fx.plan.id,
    ]);
    expect(row.organization_id).toBe(organization_id);
    const [activity] = await server.db.query(`SELECT hours_per_week FROM activity WHERE id = $1`, [fx.pipeline.id]);
    expect(activity.hours_per_week).toBe('10.00');

    expect(await planDelegations(fx.owner.client, fx.plan.id)).toEqual([delegation]);
  });

  it('by the direct manager: the delegator is still the plan’s owner; it may serve an open goal that stops that activity', async () => {
    const fx = await delegationFixture(team);
    const goal = await addGoal(fx.owner.client, fx.plan.id, goalStopping(fx.adhoc, 4));
    const delegation = await createDelegation(team.manager.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 3.75,
      goalId: goal.id,
    });
    expect(delegation.delegator.id).toBe(fx.owner.id);
    expect(delegation.delegator.id).not.toBe(team.manager.id);
    expect(delegation.hoursPerWeek).toBe(3.75);
    expect(delegation.goal).toEqual({ id: goal.id, title: goal.title });
    const [row] = await server.db.query(`SELECT delegator_id, goal_id FROM delegation WHERE id = $1`, [delegation.id]);
    expect(row).toEqual({ delegator_id: fx.owner.id, goal_id: goal.id });

    // The goal now names the delegation that frees its hours.
    const { plan } = await fx.owner.client.ok(
      `query($id: ID!) { plan(id: $id) { goals { id delegation { id stage } } } }`,
      { id: fx.plan.id },
    );
    expect(plan.goals).toEqual([{ id: goal.id, delegation: { id: delegation.id, stage: 'PLANNED' } }]);

    // The whole activity may be handed over, to anyone of the organization (even the peer).
    const whole = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: team.peer.id,
      hoursPerWeek: 10,
    });
    expect(whole).toMatchObject({ hoursPerWeek: 10, delegatee: { id: team.peer.id } });
    // A junior listed before being invited (no account) can be handed work too.
    const listed = await addPerson(team.admin, {
      name: 'Not invited yet',
      level: 'JUNIOR',
      managerId: team.manager.id,
    });
    const toListed = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.reviews.id,
      delegateeId: listed.id,
      hoursPerWeek: 1,
    });
    expect(toListed.delegatee).toEqual({ id: listed.id, name: 'Not invited yet' });
  });

  describe('refuses bad input with the field at fault, and writes nothing', () => {
    let fx: DelegationFixture;
    let otherPlanActivity: string;
    beforeAll(async () => {
      fx = await delegationFixture(team);
      const otherPlan = await activePlanFor(team, team.peer);
      otherPlanActivity = (await addActivity(team.peer.client, otherPlan.id, { name: 'Peer work', hoursPerWeek: 6 }))
        .id;
    });

    const refuse = async (input: Record<string, unknown>, field: string) => {
      const before = await delegationRows(server.db, fx.plan.id);
      const valid = { activityId: fx.pipeline.id, delegateeId: fx.junior.id, hoursPerWeek: 4 };
      const result = await fx.owner.client.gql(CREATE_DELEGATION, {
        input: delegationInput(fx.plan.id, { ...valid, ...input }),
      });
      const error = expectError(result, 'BAD_USER_INPUT', field);
      expect(error.message.length).toBeGreaterThan(10);
      expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
    };

    it('an activity that is not of this plan’s week', async () => {
      await refuse({ activityId: otherPlanActivity }, 'activityId');
      await refuse({ activityId: 'not-an-id' }, 'activityId');
      await refuse({ activityId: '00000000-0000-4000-8000-000000000000' }, 'activityId');
    });

    it('a delegatee of another organization, unknown or nonsense, or the owner themselves', async () => {
      await refuse({ delegateeId: team.foreigner.id }, 'delegateeId');
      await refuse({ delegateeId: team.outsiderOrg.adminPersonId }, 'delegateeId');
      await refuse({ delegateeId: '00000000-0000-4000-8000-000000000000' }, 'delegateeId');
      await refuse({ delegateeId: 'somebody' }, 'delegateeId');
      await refuse({ delegateeId: fx.owner.id }, 'delegateeId');
    });

    it('hours above the activity’s, zero, negative, or not in quarter-hour steps', async () => {
      await refuse({ hoursPerWeek: 10.25 }, 'hoursPerWeek');
      await refuse({ hoursPerWeek: 0 }, 'hoursPerWeek');
      await refuse({ hoursPerWeek: -2 }, 'hoursPerWeek');
      await refuse({ hoursPerWeek: 1.1 }, 'hoursPerWeek');
      await refuse({ activityId: fx.reviews.id, hoursPerWeek: 4.5 }, 'hoursPerWeek');
    });

    it('a blank learning objective', async () => {
      await refuse({ learningObjective: '' }, 'learningObjective');
      await refuse({ learningObjective: '   \n ' }, 'learningObjective');
    });

    it('a goal that does not stop that activity, a DONE or DROPPED goal, a goal of another plan, nonsense', async () => {
      const stopsAdhoc = await addGoal(fx.owner.client, fx.plan.id, goalStopping(fx.adhoc, 2, 'Fewer ad-hoc requests'));
      await refuse({ goalId: stopsAdhoc.id }, 'goalId');

      const pureAddition = await addGoal(fx.owner.client, fx.plan.id, {
        title: 'Reading group',
        lever: 'SHARE_KNOWLEDGE',
        start: {
          newActivityName: 'Reading group',
          mode: 'MULTIPLYING',
          leverage: 'HIGH',
          hoursPerWeek: 1,
        },
      });
      await refuse({ goalId: pureAddition.id }, 'goalId');

      const dropped = await addGoal(fx.owner.client, fx.plan.id, goalStopping(fx.pipeline, 2, 'Dropped'));
      await updateGoal(fx.owner.client, {
        id: dropped.id,
        version: dropped.version,
        status: 'DROPPED',
      });
      await refuse({ goalId: dropped.id }, 'goalId');

      const done = await addGoal(fx.owner.client, fx.plan.id, goalStopping(fx.pipeline, 1, 'Done'));
      const active = await updateGoal(fx.owner.client, {
        id: done.id,
        version: done.version,
        status: 'ACTIVE',
      });
      await updateGoal(fx.owner.client, { id: done.id, version: active.version, status: 'DONE' });
      await refuse({ goalId: done.id, hoursPerWeek: 4 }, 'goalId');

      const peerPlan = (
        await team.peer.client.ok(`{ viewer { person { activePlan { id week { activities { id } } } } } }`)
      ).viewer.person.activePlan;
      const peerGoal = await addGoal(
        team.peer.client,
        peerPlan.id,
        goalStopping(peerPlan.week.activities[0], 1, 'Peer goal'),
      );
      await refuse({ goalId: peerGoal.id }, 'goalId');
      await refuse({ goalId: 'nonsense' }, 'goalId');
    });
  });

  describe('access', () => {
    let fx: DelegationFixture;
    beforeAll(async () => {
      fx = await delegationFixture(team);
    });

    const attempt = (client: TestClient) =>
      client.gql(CREATE_DELEGATION, {
        input: delegationInput(fx.plan.id, {
          activityId: fx.pipeline.id,
          delegateeId: fx.junior.id,
          hoursPerWeek: 2,
        }),
      });

    it('the skip-level manager reads the plan but may not hand its work over: FORBIDDEN', async () => {
      expectError(await attempt(team.top.client), 'FORBIDDEN');
      expect(await planDelegations(team.top.client, fx.plan.id)).toEqual([]);
    });

    it('a peer, an admin outside the chain, the junior, another organization: NOT_FOUND; nothing is written', async () => {
      for (const client of [team.peer.client, team.admin, fx.junior.client, team.outsider, team.foreigner.client]) {
        expectError(await attempt(client), 'NOT_FOUND');
      }
      const rows = await server.db.query(`SELECT id FROM delegation WHERE plan_id = $1`, [fx.plan.id]);
      expect(rows).toEqual([]);
    });

    it('signed out: UNAUTHENTICATED', async () => {
      expectError(await attempt(new TestClient(server.url)), 'UNAUTHENTICATED');
    });
  });
});
