import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addMember, createOrg } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Delegations, check-ins and help requests go through per-request loaders: a manager's list of
 * plans with all of them costs the same number of SQL statements for 3 plans as for 15, and a
 * junior's delegations the same for 2 as for 12.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const VISIBLE_PLANS = `{
  visiblePlans {
    id
    delegations {
      delegatee { name }
      delegator { name }
      checkIns { author { name } confidence }
      coachingHoursTotal
      leverageRatio
      activity { name }
      goal { title }
    }
    helpRequests(first: 5) { totalCount edges { node { topic recommendation requester { name } } } }
    goals { delegation { stage } }
    antiPatterns { pattern detected }
  }
}`;

const DELEGATIONS_TO_ME = `{ delegationsToMe { id activityName stage checkIns { author { name } } delegator { name } activity { name } goal { title } } }`;

interface Team {
  /** The organization's admin, the manager's manager: a skip-level reader of every plan. */
  admin: TestClient;
  manager: TestClient;
  /** A junior with an account, delegatee of the first `toFocus` plans' first delegation. */
  focus: TestClient;
  organizationId: string;
}

/**
 * An organization whose manager has `size` reports, each with an ACTIVE plan of a 36-hour week
 * (three activities), an ACTIVE goal stopping 4 hours of modeling, two delegations (one serving
 * the goal, PAIRING; one REVIEWING, handed over two weeks ago) with a check-in from each side,
 * and three help requests (one from a person). The bulk is inserted in SQL: the rows are the
 * ones the API reads, only created faster.
 */
async function teamWithDelegations(size: number, toFocus: number): Promise<Team> {
  const org = await createOrg(server.url, `Delegations${size}`);
  const manager = await addMember(org, {
    name: `Manager of ${size}`,
    track: 'MANAGER',
    level: 'STAFF',
    managerId: org.adminPersonId,
  });
  const focus = await addMember(org, {
    name: `Focus junior ${size}`,
    level: 'JUNIOR',
    managerId: manager.id,
  });
  const [organizationId, managerId] = [org.organizationId, manager.id];
  await server.db.transaction(async (em) => {
    await em.query(
      `INSERT INTO person (organization_id, name, level, track, specialty, manager_id)
       SELECT $1, 'Junior ' || j, 'JUNIOR', 'INDIVIDUAL_CONTRIBUTOR', 'ML Engineering', $2 FROM unnest(ARRAY['A', 'B']) j`,
      [organizationId, managerId],
    );
    await em.query(
      `WITH people AS (
         INSERT INTO person (organization_id, name, level, track, specialty, manager_id)
         SELECT $1, 'Report ' || lpad(i::text, 3, '0'), 'SENIOR', 'INDIVIDUAL_CONTRIBUTOR', 'Data Science', $2
         FROM generate_series(1, $3::int) i
         RETURNING id
       )
       INSERT INTO growth_plan (organization_id, owner_id, manager_id, status, current_level, target_level, weekly_hours)
       SELECT $1, id, $2, 'ACTIVE', 'SENIOR', 'LEAD', 40 FROM people`,
      [organizationId, managerId, size],
    );
    const plans = `SELECT p.id, p.owner_id, o.name AS owner_name FROM growth_plan p JOIN person o ON o.id = p.owner_id
                   WHERE p.organization_id = $1 AND p.manager_id = $2`;
    await em.query(
      `INSERT INTO activity (organization_id, plan_id, name, hours_per_week, mode, leverage, created_at)
       SELECT $1, p.id, a.name, a.hours, a.mode, a.leverage, now() + a.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'Modeling', 20, 'DOING', 'NEUTRAL'), (2, 'Requests', 10, 'DOING', 'OVERHEAD'), (3, 'Reviews', 6, 'MULTIPLYING', 'HIGH'))
         AS a(n, name, hours, mode, leverage)`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO change_goal (organization_id, plan_id, title, lever, status,
                                stop_activity_id, stop_activity_name, stop_mode, stop_leverage, stop_hours,
                                start_activity_id, start_activity_name, start_mode, start_leverage, start_hours)
       SELECT $1, p.id, 'Model less, review more', 'INVEST_TO_MULTIPLY', 'ACTIVE',
              stop.id, stop.name, stop.mode, stop.leverage, 4,
              start.id, start.name, start.mode, start.leverage, 4
       FROM (${plans}) p
       JOIN activity stop ON stop.plan_id = p.id AND stop.name = 'Modeling'
       JOIN activity start ON start.plan_id = p.id AND start.name = 'Reviews'`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO delegation (organization_id, plan_id, activity_id, activity_name, delegator_id, delegatee_id,
                               hours_per_week, learning_objective, goal_id, stage, handed_over_at, created_at)
       SELECT $1, p.id, a.id, a.name, p.owner_id,
              CASE WHEN d.n = 1 AND row_number() OVER (PARTITION BY d.n ORDER BY p.owner_name) <= $4 THEN $3::uuid ELSE j.id END,
              d.hours, 'Learn ' || a.name, CASE WHEN d.n = 1 THEN g.id END, d.stage,
              CASE WHEN d.n = 2 THEN now() - interval '14 days' END, now() + d.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'Modeling', 4, 'PAIRING', 'Junior A'), (2, 'Requests', 2, 'REVIEWING', 'Junior B')) AS d(n, activity, hours, stage, junior)
       JOIN activity a ON a.plan_id = p.id AND a.name = d.activity
       JOIN change_goal g ON g.plan_id = p.id
       JOIN person j ON j.organization_id = $1 AND j.name = d.junior`,
      [organizationId, managerId, focus.id, toFocus],
    );
    await em.query(
      `INSERT INTO check_in (organization_id, delegation_id, side, author_id, at, confidence, coaching_hours, note)
       SELECT $1, d.id, c.side, CASE c.side WHEN 'DELEGATOR' THEN d.delegator_id ELSE d.delegatee_id END,
              now() - c.days * interval '1 day', c.confidence, c.hours, 'Check-in'
       FROM delegation d
       CROSS JOIN (VALUES ('DELEGATOR', 6, 4, 1.5), ('DELEGATEE', 2, 3, 0)) AS c(side, days, confidence, hours)
       WHERE d.organization_id = $1 AND d.plan_id IN (SELECT id FROM (${plans}) p)`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO help_request (organization_id, plan_id, requester_id, requester_name, topic, received_at,
                                 unique_skill, reusable_lesson, owning_team_exists, guidance_horizon, decision, redirected_to, hours_spent)
       SELECT $1, p.id, CASE WHEN r.n = 1 THEN j.id END, CASE WHEN r.n = 1 THEN j.name ELSE 'Team ' || r.n END,
              'Topic ' || r.n, now() - r.n * interval '1 day', r.u, r.l, r.t, r.h, r.decision, r.redirected, r.spent
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, true, true, false, 'WEEKS', 'TEACH', NULL, 1.5),
                          (2, false, false, true, 'ONE_OFF', 'REDIRECT', 'BI team', 0.25),
                          (3, true, false, false, 'MONTHS', NULL, NULL, 0)) AS r(n, u, l, t, h, decision, redirected, spent)
       JOIN person j ON j.organization_id = $1 AND j.name = 'Junior A'`,
      [organizationId, managerId],
    );
  });
  return {
    admin: org.admin,
    manager: manager.client,
    focus: focus.client,
    organizationId: org.organizationId,
  };
}

async function measure(client: TestClient, query: string): Promise<{ data: any; statements: string[] }> {
  server.statements.length = 0;
  const data = await client.ok(query);
  return { data, statements: [...server.statements] };
}

/**
 * Runs the query a few times. Independent branches of one query (a plan's delegations and its
 * help requests) finish in either order, so a loader batch may now and then split in two (the
 * requester of a request loaded before the delegatees, or with them): `fewest` is the count
 * when the batches line up, `most` the worst seen. A cost per plan shows in both.
 */
async function measureRuns(
  client: TestClient,
  query: string,
  runs = 3,
): Promise<{ data: any; fewest: string[]; most: number }> {
  const measured = [];
  for (let i = 0; i < runs; i++) measured.push(await measure(client, query));
  const fewest = measured.reduce((best, run) =>
    run.statements.length < best.statements.length ? run : best,
  ).statements;
  return {
    data: measured[0].data,
    fewest,
    most: Math.max(...measured.map((run) => run.statements.length)),
  };
}

describe('statement counts', () => {
  let small: Team;
  let large: Team;
  beforeAll(async () => {
    small = await teamWithDelegations(3, 2);
    large = await teamWithDelegations(15, 12);
  });

  it('visiblePlans with delegations, check-ins, coaching, goals, help requests and anti-patterns: the same for 3 plans as for 15', async () => {
    for (const viewer of ['manager', 'skip-level admin'] as const) {
      const pick = (t: Team) => (viewer === 'manager' ? t.manager : t.admin);
      const smallRun = await measureRuns(pick(small), VISIBLE_PLANS);
      const largeRun = await measureRuns(pick(large), VISIBLE_PLANS);
      expect(smallRun.data.visiblePlans).toHaveLength(3);
      expect(largeRun.data.visiblePlans).toHaveLength(15);
      expect(largeRun.fewest.length, `${viewer}:\n${largeRun.fewest.join('\n')}`).toBe(smallRun.fewest.length);
      // Session, subtree, plans, then one batch per relation: a small, fixed number, every time.
      expect(largeRun.fewest.length, largeRun.fewest.join('\n')).toBeLessThanOrEqual(14);
      expect(largeRun.most).toBeLessThanOrEqual(smallRun.fewest.length + 2);
    }
  });

  it('and the answer is complete and right for every plan', async () => {
    const { data } = await measure(large.manager, VISIBLE_PLANS);
    const focused = data.visiblePlans.filter((p: any) => p.delegations[0].delegatee.name.startsWith('Focus junior'));
    expect(focused).toHaveLength(12);
    for (const plan of data.visiblePlans) {
      expect(plan.delegations).toHaveLength(2);
      const [first, second] = plan.delegations;
      expect(first).toMatchObject({
        delegatee: { name: expect.stringMatching(/^(Focus junior 15|Junior A)$/) },
        delegator: { name: expect.stringMatching(/^Report \d{3}$/) },
        coachingHoursTotal: 1.5,
        leverageRatio: 0,
        activity: { name: 'Modeling' },
        goal: { title: 'Model less, review more' },
      });
      expect(first.checkIns.map((c: any) => c.confidence)).toEqual([4, 3]);
      expect(first.checkIns[0].author.name).toBe(first.delegator.name);
      expect(first.checkIns[1].author.name).toBe(first.delegatee.name);
      // REVIEWING for two weeks: 2 h × 2 weeks ÷ 1.5 h.
      expect(second).toMatchObject({
        delegatee: { name: 'Junior B' },
        activity: { name: 'Requests' },
        goal: null,
        coachingHoursTotal: 1.5,
        leverageRatio: 2.67,
      });

      expect(plan.helpRequests.totalCount).toBe(3);
      expect(plan.helpRequests.edges.map((e: any) => e.node)).toEqual([
        { topic: 'Topic 1', recommendation: 'TEACH', requester: { name: 'Junior A' } },
        { topic: 'Topic 2', recommendation: 'REDIRECT', requester: null },
        { topic: 'Topic 3', recommendation: 'HELP', requester: null },
      ]);
      expect(plan.goals).toEqual([{ delegation: { stage: 'PAIRING' } }]);
      expect(plan.antiPatterns).toHaveLength(7);
      expect(plan.antiPatterns.filter((a: any) => a.detected)).toEqual([]);
    }
  });

  it('helpRequests pages of different sizes and cursors in one request are each right, in the same number of statements', async () => {
    const query = (after: string | null) => `{
      visiblePlans {
        id
        two: helpRequests(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { topic } } }
        one: helpRequests(first: 1${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage } edges { node { topic } } }
      }
    }`;
    const smallFirst = await measureRuns(small.manager, query(null));
    const largeFirst = await measureRuns(large.manager, query(null));
    expect(largeFirst.fewest.length, largeFirst.fewest.join('\n')).toBe(smallFirst.fewest.length);
    for (const plan of largeFirst.data.visiblePlans) {
      expect(plan.two).toMatchObject({
        totalCount: 3,
        pageInfo: { hasNextPage: true },
        edges: [{ node: { topic: 'Topic 1' } }, { node: { topic: 'Topic 2' } }],
      });
      expect(plan.one).toMatchObject({
        totalCount: 3,
        pageInfo: { hasNextPage: true },
        edges: [{ node: { topic: 'Topic 1' } }],
      });
    }
    // The cursor of one plan's second request: that plan's next page is its third request.
    const target = largeFirst.data.visiblePlans[4];
    const paged = await measureRuns(large.manager, query(target.two.pageInfo.endCursor));
    for (const plan of paged.data.visiblePlans) expect(plan.one.totalCount).toBe(3);
    expect(paged.data.visiblePlans[4].one).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
      edges: [{ node: { topic: 'Topic 3' } }],
    });
    expect(paged.fewest.length).toBe(largeFirst.fewest.length);
  });

  it('delegationsToMe with check-in authors, delegators, and the activity and goal they may not see: the same for 2 delegations as for 12', async () => {
    const smallRun = await measure(small.focus, DELEGATIONS_TO_ME);
    const largeRun = await measure(large.focus, DELEGATIONS_TO_ME);
    expect(smallRun.data.delegationsToMe).toHaveLength(2);
    expect(largeRun.data.delegationsToMe).toHaveLength(12);
    expect(largeRun.statements.length, largeRun.statements.join('\n')).toBe(smallRun.statements.length);
    expect(largeRun.statements.length).toBeLessThanOrEqual(8);
    for (const delegation of largeRun.data.delegationsToMe) {
      expect(delegation).toMatchObject({
        activityName: 'Modeling',
        stage: 'PAIRING',
        activity: null,
        goal: null,
      });
      expect(delegation.checkIns.map((c: any) => c.author.name)).toEqual([
        delegation.delegator.name,
        'Focus junior 15',
      ]);
    }
  });
});
