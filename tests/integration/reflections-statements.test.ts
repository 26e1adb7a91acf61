import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addMember, createOrg } from '../support/factories';
import { currentQuarter } from '../support/plans';
import { quarterFromNow, startReflection } from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Reflections, the trend, anti-patterns and the promotion case go through per-request loaders
 * (the plan's batches, check-ins per delegation through a DataLoader): a manager's list of plans
 * with all of them costs the same number of SQL statements for 3 plans as for 12.
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
    reflections { quarter snapshot { doingHours } nextGap { title } }
    trend { quarter doingHours }
    antiPatterns { pattern detected }
    promotionCase
  }
}`;

interface Team {
  /** The organization's admin, the manager's manager: a skip-level reader of every plan. */
  admin: TestClient;
  manager: TestClient;
}

/**
 * An organization whose manager has `size` reports, each with an ACTIVE plan of a 37-hour week,
 * a closed gap with evidence and an open next-scope gap, a DONE goal and an ACTIVE one, an
 * OWNED delegation (handed over four weeks ago) and a PAIRING one with check-ins, ratings on both
 * sides; then two past reflections started through the API, the later naming the next gap. The
 * bulk is inserted in SQL: the rows are the ones the API reads, only created faster.
 */
async function teamWithReflections(size: number): Promise<Team> {
  const org = await createOrg(server.url, `Reflections${size}`);
  const manager = await addMember(org, {
    name: `Manager of ${size}`,
    track: 'MANAGER',
    level: 'STAFF',
    managerId: org.adminPersonId,
  });
  const [organizationId, managerId] = [org.organizationId, manager.id];
  const plans = `SELECT p.id, p.owner_id FROM growth_plan p WHERE p.organization_id = $1 AND p.manager_id = $2`;
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
       INSERT INTO growth_plan (organization_id, owner_id, manager_id, status, current_level, target_level, weekly_hours, target_archetype)
       SELECT $1, id, $2, 'ACTIVE', 'SENIOR', 'LEAD', 40, 'TECH_LEAD' FROM people`,
      [organizationId, managerId, size],
    );
    await em.query(
      `INSERT INTO signal_rating (organization_id, plan_id, signal, side, rating, evidence, rated_by_id)
       SELECT $1, p.id, 'ROLE_MODEL', side.side, 'CLEAR', 'Copied by ' || side.side, CASE side.side WHEN 'SELF' THEN p.owner_id ELSE $2::uuid END
       FROM (${plans}) p CROSS JOIN unnest(ARRAY['SELF', 'MANAGER']) AS side(side)`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO gap (organization_id, plan_id, kind, title, status, opened_quarter, closed_quarter, evidence, created_at)
       SELECT $1, p.id, g.kind, g.title, g.status, $3, CASE WHEN g.status = 'CLOSED' THEN $3 END, g.evidence, now() + g.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'AUTONOMY', 'Stakeholder readouts', 'CLOSED', 'Pricing decided from the readout.'),
                          (2, 'NEXT_SCOPE', 'Decisions from the models', 'OPEN', NULL)) AS g(n, kind, title, status, evidence)`,
      [organizationId, managerId, currentQuarter()],
    );
    await em.query(
      `INSERT INTO activity (organization_id, plan_id, name, hours_per_week, mode, leverage, created_at)
       SELECT $1, p.id, a.name, a.hours, a.mode, a.leverage, now() + a.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'Modeling', 20, 'DOING', 'NEUTRAL'), (2, 'Requests', 7, 'DOING', 'OVERHEAD'), (3, 'Reviews', 6, 'MULTIPLYING', 'HIGH'),
                          (4, 'Feature library', 4, 'MULTIPLYING', 'HIGH'))
         AS a(n, name, hours, mode, leverage)`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO change_goal (organization_id, plan_id, title, lever, status, gap_id,
                                stop_activity_id, stop_activity_name, stop_mode, stop_leverage, stop_hours,
                                start_activity_id, start_activity_name, start_mode, start_leverage, start_hours, created_at)
       SELECT $1, p.id, g.title, g.lever, g.status, gap.id,
              stop.id, stop.name, stop.mode, stop.leverage, g.hours,
              start.id, start.name, start.mode, start.leverage, g.hours, now() + g.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'Build the feature library', 'BUILD_TOOLS_AND_ASSETS', 'DONE', 'Feature library', 4),
                          (2, 'Model less, review more', 'SHARE_KNOWLEDGE', 'ACTIVE', 'Reviews', 4)) AS g(n, title, lever, status, start, hours)
       JOIN gap ON gap.plan_id = p.id AND gap.kind = 'AUTONOMY'
       JOIN activity stop ON stop.plan_id = p.id AND stop.name = 'Modeling'
       JOIN activity start ON start.plan_id = p.id AND start.name = g.start`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO delegation (organization_id, plan_id, activity_id, activity_name, delegator_id, delegatee_id,
                               hours_per_week, learning_objective, stage, handed_over_at, created_at)
       SELECT $1, p.id, CASE WHEN d.stage = 'OWNED' THEN NULL ELSE a.id END, a.name, p.owner_id, j.id,
              d.hours, 'Learn ' || a.name, d.stage,
              CASE WHEN d.stage = 'OWNED' THEN now() - interval '28 days' END, now() + d.n * interval '1 second'
       FROM (${plans}) p
       CROSS JOIN (VALUES (1, 'Requests', 3, 'OWNED', 'Junior A'), (2, 'Modeling', 4, 'PAIRING', 'Junior B')) AS d(n, activity, hours, stage, junior)
       JOIN activity a ON a.plan_id = p.id AND a.name = d.activity
       JOIN person j ON j.organization_id = $1 AND j.name = d.junior`,
      [organizationId, managerId],
    );
    await em.query(
      `INSERT INTO check_in (organization_id, delegation_id, side, author_id, at, confidence, coaching_hours, note)
       SELECT $1, d.id, c.side, CASE c.side WHEN 'DELEGATOR' THEN d.delegator_id ELSE d.delegatee_id END,
              now() - c.days * interval '1 day', c.confidence, c.hours, 'Check-in'
       FROM delegation d
       CROSS JOIN (VALUES ('DELEGATOR', 6, 4, 3), ('DELEGATEE', 2, 3, 0)) AS c(side, days, confidence, hours)
       WHERE d.organization_id = $1 AND d.plan_id IN (SELECT id FROM (${plans}) p)`,
      [organizationId, managerId],
    );
  });
  // The snapshots are frozen by the server itself; the later one names the next gap.
  const ids: { id: string }[] = await server.db.query(`${plans} ORDER BY p.id`, [organizationId, managerId]);
  for (const { id } of ids) {
    await startReflection(manager.client, id, quarterFromNow(-2));
    const later = await startReflection(manager.client, id, quarterFromNow(-1));
    await server.db.query(
      `UPDATE reflection SET next_gap_id = (SELECT id FROM gap WHERE plan_id = $2 AND kind = 'NEXT_SCOPE') WHERE id = $1`,
      [later.id, id],
    );
  }
  return { admin: org.admin, manager: manager.client };
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
    small = await teamWithReflections(3);
    large = await teamWithReflections(12);
  });

  it('visiblePlans with reflections, next gaps, trend, anti-patterns and the promotion case: the same for 3 plans as for 12', async () => {
    for (const viewer of ['manager', 'skip-level admin'] as const) {
      const pick = (t: Team) => (viewer === 'manager' ? t.manager : t.admin);
      const smallRun = await measure(pick(small), VISIBLE_PLANS);
      const largeRun = await measure(pick(large), VISIBLE_PLANS);
      expect(smallRun.data.visiblePlans).toHaveLength(3);
      expect(largeRun.data.visiblePlans).toHaveLength(12);
      expect(largeRun.statements.length, `${viewer}:\n${largeRun.statements.join('\n')}`).toBe(
        smallRun.statements.length,
      );
      // Session, subtree, plans, people, then one batch per relation (check-ins per delegation included).
      expect(largeRun.statements.length, largeRun.statements.join('\n')).toBeLessThanOrEqual(15);
    }
  });

  it.each([
    ['the promotion case alone', `{ visiblePlans { promotionCase } }`],
    ['the trend alone', `{ visiblePlans { trend { quarter leverageRatio } } }`],
    [
      'next gaps before the trend',
      `{ visiblePlans { reflections { nextGap { title } } trend { doingHours } promotionCase } }`,
    ],
  ])('%s: the same for 3 plans as for 12, whichever field resolves first', async (_name, query) => {
    const smallRun = await measure(small.manager, query);
    const largeRun = await measure(large.manager, query);
    expect(largeRun.data.visiblePlans).toHaveLength(12);
    expect(largeRun.statements.length, largeRun.statements.join('\n')).toBe(smallRun.statements.length);
  });

  it('and the answer is complete and right for every plan', async () => {
    const { data } = await measure(large.manager, VISIBLE_PLANS);
    for (const plan of data.visiblePlans) {
      expect(plan.reflections).toEqual([
        { quarter: quarterFromNow(-2), snapshot: { doingHours: 27 }, nextGap: null },
        {
          quarter: quarterFromNow(-1),
          snapshot: { doingHours: 27 },
          nextGap: { title: 'Decisions from the models' },
        },
      ]);
      expect(plan.trend).toEqual([
        { quarter: quarterFromNow(-2), doingHours: 27 },
        { quarter: quarterFromNow(-1), doingHours: 27 },
        { quarter: currentQuarter(), doingHours: 27 },
      ]);
      expect(
        plan.antiPatterns.filter((a: { detected: boolean }) => a.detected).map((a: { pattern: string }) => a.pattern),
      ).toEqual(['PREMIUM_SENIOR']);
      const md: string = plan.promotionCase;
      expect(md.startsWith(`# Promotion case: ${plan.owner.name},`)).toBe(true);
      expect(md).toContain('Prepared with Manager of 12.');
      expect(md).toContain('Copied by MANAGER');
      expect(md).toContain('**Stakeholder readouts** (closed');
      expect(md).toContain('Pricing decided from the readout.');
      expect(md).toContain('**Requests** → Junior A');
      expect(md).toContain('3 h a week freed');
      expect(md).not.toContain('Junior B');
      expect(md).toContain('**Build the feature library**');
      expect(md).not.toContain('**Model less, review more**');
      // Owned for four weeks, 3 h a week, 3 coaching hours on each delegation: 12 ÷ 6.
      expect(md).toMatch(new RegExp(`\\| ${currentQuarter()} \\| 27 \\| 10 \\| 10 \\| 7 \\| 1 \\| 1 \\| 2 \\|`));
    }
  });
});
