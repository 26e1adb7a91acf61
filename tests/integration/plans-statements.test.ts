import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addMember, createOrg, inviteAndAccept, uniqueEmail } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Every relation of a plan goes through per-request loaders: listing 30 plans with everything
 * in them costs the same number of SQL statements as listing 5.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const VISIBLE_PLANS = `{
  visiblePlans {
    id
    owner { name }
    manager { name }
    signals { signal selfRating managerRating agree }
    readiness { stage }
    gaps { title }
    week { activities { name } current { totalHours } projected { totalHours } freeHours }
    goals { title gap { title } stop { activity { name } } start { activity { name } } isAddition }
    antiPatterns { pattern detected }
  }
}`;

const PEOPLE = `{ people(first: 100) { edges { node { id name activePlan { id status } } } } }`;

interface Team {
  admin: TestClient;
  manager: TestClient;
  managerId: string;
  organizationId: string;
}

/**
 * An organization whose manager (an account, under the admin) has `size` reports, each with an
 * ACTIVE plan: both sides' ratings (one disagreement), two gaps, a 36-hour week of three
 * activities, a balanced goal for a gap and an addition. The bulk is inserted in SQL: the rows
 * are the ones the API reads, only created faster.
 */
async function teamWithPlans(size: number): Promise<Team> {
  const org = await createOrg(server.url, `Plans${size}`);
  const manager = await addMember(org, {
    name: `Manager of ${size}`,
    track: 'MANAGER',
    level: 'STAFF',
    managerId: org.adminPersonId,
  });
  const params = [org.organizationId, manager.id, size];
  await server.db.transaction(async (em) => {
    await em.query(
      `WITH people AS (
         INSERT INTO person (organization_id, name, level, track, specialty, manager_id)
         SELECT $1, 'Report ' || lpad(i::text, 3, '0'), 'SENIOR', 'INDIVIDUAL_CONTRIBUTOR', 'Data Science', $2
         FROM generate_series(1, $3::int) i
         RETURNING id
       )
       INSERT INTO growth_plan (organization_id, owner_id, manager_id, status, current_level, target_level, weekly_hours)
       SELECT $1, id, $2, 'ACTIVE', 'SENIOR', 'LEAD', 40 FROM people`,
      params,
    );
    const plans = `SELECT id, owner_id FROM growth_plan WHERE organization_id = $1 AND manager_id = $2`;
    await em.query(
      `INSERT INTO signal_rating (organization_id, plan_id, signal, side, rating, rated_by_id)
       SELECT $1, p.id, s.signal, side.side,
              CASE WHEN s.signal = 'ROLE_MODEL' AND side.side = 'SELF' THEN 'CLEAR'
                   WHEN s.signal IN ('ROLE_MODEL', 'DIMINISHING_RETURNS') THEN 'EMERGING'
                   ELSE 'NOT_SEEN' END,
              CASE side.side WHEN 'SELF' THEN p.owner_id ELSE $2::uuid END
       FROM (${plans}) p
       CROSS JOIN unnest(ARRAY['REPLACEMENT_GAP','ROTATION_DOUBT','INCONSISTENCY','DIMINISHING_RETURNS','FEEDBACK_DRIES_UP','ROLE_MODEL','CROSS_SPECIALTY_CONTACT']) AS s(signal)
       CROSS JOIN unnest(ARRAY['SELF','MANAGER']) AS side(side)
       WHERE $3::int > 0`,
      params,
    );
    await em.query(
      `INSERT INTO gap (organization_id, plan_id, kind, title, status, opened_quarter, created_at)
       SELECT $1, p.id, g.kind, g.title, 'OPEN', '2026-Q4', now() + g.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'AUTONOMY', 'Stakeholder readouts'), (2, 'NEXT_SCOPE', 'Decisions from the models')) AS g(n, kind, title)
       WHERE $3::int > 0`,
      params,
    );
    await em.query(
      `INSERT INTO activity (organization_id, plan_id, name, hours_per_week, mode, leverage, created_at)
       SELECT $1, p.id, a.name, a.hours, a.mode, a.leverage, now() + a.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'Modeling', 20, 'DOING', 'NEUTRAL'), (2, 'Requests', 10, 'DOING', 'OVERHEAD'), (3, 'Reviews', 6, 'MULTIPLYING', 'HIGH'))
         AS a(n, name, hours, mode, leverage)
       WHERE $3::int > 0`,
      params,
    );
    await em.query(
      `INSERT INTO change_goal (organization_id, plan_id, title, lever, status, gap_id,
                                stop_activity_id, stop_activity_name, stop_mode, stop_leverage, stop_hours,
                                start_activity_id, start_activity_name, start_mode, start_leverage, start_hours, created_at)
       SELECT $1, p.id, 'Model less, review more', 'SHARE_KNOWLEDGE', 'ACTIVE', gap.id,
              stop.id, stop.name, stop.mode, stop.leverage, 4,
              start.id, start.name, start.mode, start.leverage, 4, now()
       FROM (${plans}) p
       JOIN gap ON gap.plan_id = p.id AND gap.kind = 'AUTONOMY'
       JOIN activity stop ON stop.plan_id = p.id AND stop.name = 'Modeling'
       JOIN activity start ON start.plan_id = p.id AND start.name = 'Reviews'
       UNION ALL
       SELECT $1, p.id, 'Also a reading group', 'SHARE_KNOWLEDGE', 'PROPOSED', NULL,
              NULL, NULL, NULL, NULL, NULL,
              NULL, 'Reading group', 'MULTIPLYING', 'HIGH', 2, now() + interval '1 second'
       FROM (${plans}) p
       WHERE $3::int > 0`,
      params,
    );
  });
  return {
    admin: org.admin,
    manager: manager.client,
    managerId: manager.id,
    organizationId: org.organizationId,
  };
}

async function measure(client: TestClient, query: string): Promise<{ data: any; statements: string[] }> {
  server.statements.length = 0;
  const data = await client.ok(query);
  return { data, statements: [...server.statements] };
}

describe('statement counts', () => {
  let small: Team;
  let large: Team;
  beforeAll(async () => {
    small = await teamWithPlans(5);
    large = await teamWithPlans(30);
  });

  it('visiblePlans with owners, managers, signals, readiness, gaps, the week, goals and anti-patterns: the same for 5 plans as for 30', async () => {
    for (const viewer of ['manager', 'skip-level admin'] as const) {
      const pick = (t: Team) => (viewer === 'manager' ? t.manager : t.admin);
      const smallRun = await measure(pick(small), VISIBLE_PLANS);
      const largeRun = await measure(pick(large), VISIBLE_PLANS);
      expect(smallRun.data.visiblePlans).toHaveLength(5);
      expect(largeRun.data.visiblePlans).toHaveLength(30);
      expect(largeRun.statements.length, `${viewer}:\n${largeRun.statements.join('\n')}`).toBe(
        smallRun.statements.length,
      );
      // Session, subtree, plans, then one batch per relation: a small, fixed number.
      expect(largeRun.statements.length).toBeLessThanOrEqual(15);
    }
  });

  it('and the answer is complete and right for every plan', async () => {
    const { data } = await measure(large.manager, VISIBLE_PLANS);
    const names = data.visiblePlans.map((p: { owner: { name: string } }) => p.owner.name).sort();
    expect(names).toEqual(Array.from({ length: 30 }, (_, i) => `Report ${String(i + 1).padStart(3, '0')}`));
    for (const plan of data.visiblePlans) {
      expect(plan.manager.name).toBe('Manager of 30');
      expect(plan.signals).toHaveLength(7);
      expect(plan.signals.filter((s: { agree: boolean }) => !s.agree).map((s: { signal: string }) => s.signal)).toEqual(
        ['ROLE_MODEL'],
      );
      expect(plan.readiness.stage).toBe('BUILDING_SIGNALS');
      expect(plan.gaps.map((g: { title: string }) => g.title)).toEqual([
        'Stakeholder readouts',
        'Decisions from the models',
      ]);
      expect(plan.week.activities.map((a: { name: string }) => a.name)).toEqual(['Modeling', 'Requests', 'Reviews']);
      expect(plan.week.current.totalHours).toBe(36);
      expect(plan.week.projected.totalHours).toBe(38);
      expect(plan.week.freeHours).toBe(4);
      expect(plan.goals).toEqual([
        {
          title: 'Model less, review more',
          gap: { title: 'Stakeholder readouts' },
          stop: { activity: { name: 'Modeling' } },
          start: { activity: { name: 'Reviews' } },
          isAddition: false,
        },
        {
          title: 'Also a reading group',
          gap: null,
          stop: null,
          start: { activity: null },
          isAddition: true,
        },
      ]);
      expect(plan.antiPatterns).toHaveLength(7);
      expect(
        plan.antiPatterns.filter((a: { detected: boolean }) => a.detected).map((a: { pattern: string }) => a.pattern),
      ).toEqual(['ADDITION_NOT_CHANGE']);
    }
  });

  it('people with activePlan: the same for 7 people as for 32', async () => {
    for (const viewer of ['manager', 'admin'] as const) {
      const pick = (t: Team) => (viewer === 'manager' ? t.manager : t.admin);
      const smallRun = await measure(pick(small), PEOPLE);
      const largeRun = await measure(pick(large), PEOPLE);
      expect(smallRun.data.people.edges).toHaveLength(7);
      expect(largeRun.data.people.edges).toHaveLength(32);
      expect(largeRun.statements.length, `${viewer}:\n${largeRun.statements.join('\n')}`).toBe(
        smallRun.statements.length,
      );
      const withPlan = largeRun.data.people.edges.filter((e: { node: { activePlan: unknown } }) => e.node.activePlan);
      expect(withPlan).toHaveLength(30);
    }
  });

  it('a peer sees no report plan through people, in the same number of statements', async () => {
    // A report of the large team, signed in: sees only their own plan among 32 people.
    const [[row]] = await server.db.query(
      `UPDATE person SET email = $2 WHERE organization_id = $1 AND name = 'Report 001' RETURNING id`,
      [large.organizationId, uniqueEmail('report')],
    );
    const report = await inviteAndAccept(large.admin, row.id);
    const run = await measure(report, PEOPLE);
    const visible = run.data.people.edges.filter((e: { node: { activePlan: unknown } }) => e.node.activePlan);
    expect(visible.map((e: { node: { id: string } }) => e.node.id)).toEqual([row.id]);
    expect(run.statements.length).toBeLessThanOrEqual(10);
  });
});
