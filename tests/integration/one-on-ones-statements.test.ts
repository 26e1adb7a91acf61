import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addMember, createOrg } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * 1:1s across many plans cost a fixed number of SQL statements: the next 1:1 with its agenda,
 * authors, action items, owners, carried-from items and the viewer's private note, and each
 * plan's page of 1:1s with its count, are batched across plans.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const NEXT = `{
  visiblePlans {
    id
    nextOneOnOne {
      id scheduledAt
      agenda { text author { name } }
      actionItems { text owner { name } carriedFrom { id text } }
      myPrivateNote
    }
  }
}`;

const PAGES = `{
  visiblePlans {
    id
    oneOnOnes(first: 2) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id scheduledAt status agenda { text author { name } } actionItems { owner { name } carriedFrom { id } } myPrivateNote } }
    }
  }
}`;

interface Team {
  /** The manager's own manager: a skip-level viewer of every plan. */
  admin: TestClient;
  manager: TestClient;
  managerId: string;
  organizationId: string;
}

/**
 * A manager (an account) with `size` reports, each with an ACTIVE plan and three 1:1s: a done
 * one 14 days ago with an open and a done action item, an upcoming one tomorrow carrying the
 * open item, with two agenda items (one by each side) and the manager's private note, and one
 * in a week. Inserted in SQL: the rows the API reads, only created faster.
 */
async function teamWithOneOnOnes(size: number): Promise<Team> {
  const org = await createOrg(server.url, `OneOnOnes${size}`);
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
    const plans = `SELECT id, owner_id FROM growth_plan WHERE organization_id = $1 AND manager_id = $2 AND $3::int > 0`;
    await em.query(
      `INSERT INTO one_on_one (organization_id, plan_id, scheduled_at, status, shared_notes, shared_notes_version, completed_at)
       SELECT $1, p.id, date_trunc('second', now()) + o.days * interval '1 day', o.status, '', 1, CASE WHEN o.status = 'DONE' THEN now() END
       FROM (${plans}) p
       CROSS JOIN (VALUES (-14, 'DONE'), (1, 'UPCOMING'), (7, 'UPCOMING')) AS o(days, status)`,
      params,
    );
    const oneOnOnes = (days: number) =>
      `SELECT o.id, o.plan_id, p.owner_id FROM one_on_one o JOIN (${plans}) p ON p.id = o.plan_id
        WHERE o.scheduled_at = date_trunc('second', now()) + ${days} * interval '1 day'`;
    await em.query(
      `INSERT INTO action_item (organization_id, one_on_one_id, text, owner_id, done, created_at)
       SELECT $1, o.id, a.text, CASE a.mine WHEN true THEN o.owner_id ELSE $2::uuid END, a.done, now() + a.n * interval '1 second'
       FROM (${oneOnOnes(-14)}) o
       CROSS JOIN (VALUES (1, 'Draft the readout', true, false), (2, 'Book the room', false, true)) AS a(n, text, mine, done)`,
      params,
    );
    await em.query(
      `INSERT INTO action_item (organization_id, one_on_one_id, text, owner_id, done, carried_from_id)
       SELECT $1, o.id, old.text, old.owner_id, false, old.id
       FROM (${oneOnOnes(1)}) o
       JOIN one_on_one prev ON prev.plan_id = o.plan_id AND prev.status = 'DONE'
       JOIN action_item old ON old.one_on_one_id = prev.id AND NOT old.done`,
      params,
    );
    await em.query(
      `INSERT INTO agenda_item (organization_id, one_on_one_id, text, author_id, position, discussed, proposed)
       SELECT $1, o.id, a.text, CASE a.mine WHEN true THEN o.owner_id ELSE $2::uuid END, a.position, false, false
       FROM (${oneOnOnes(1)}) o
       CROSS JOIN (VALUES (0, 'Pricing readout', true), (1, 'Promotion timeline', false)) AS a(position, text, mine)`,
      params,
    );
    await em.query(
      `INSERT INTO private_note (organization_id, one_on_one_id, author_id, text)
       SELECT $1, o.id, $2, 'Manager note on ' || o.plan_id FROM (${oneOnOnes(1)}) o`,
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

describe('statement counts of 1:1s across plans', () => {
  let small: Team;
  let large: Team;
  beforeAll(async () => {
    small = await teamWithOneOnOnes(3);
    large = await teamWithOneOnOnes(12);
  });

  it('visiblePlans { nextOneOnOne { agenda, action items, carried-from, my private note } }: the same for 3 plans as for 12', async () => {
    for (const viewer of ['manager', 'skip-level admin'] as const) {
      const pick = (t: Team) => (viewer === 'manager' ? t.manager : t.admin);
      const smallRun = await measure(pick(small), NEXT);
      const largeRun = await measure(pick(large), NEXT);
      expect(smallRun.data.visiblePlans).toHaveLength(3);
      expect(largeRun.data.visiblePlans).toHaveLength(12);
      expect(largeRun.statements.length, `${viewer}:\n${largeRun.statements.join('\n')}`).toBe(
        smallRun.statements.length,
      );
      expect(largeRun.statements.length).toBeLessThanOrEqual(12);

      for (const plan of largeRun.data.visiblePlans) {
        const next = plan.nextOneOnOne;
        expect(next.agenda.map((a: any) => [a.text, a.author.name])).toEqual([
          ['Pricing readout', expect.stringMatching(/^Report \d{3}$/)],
          ['Promotion timeline', 'Manager of 12'],
        ]);
        expect(next.actionItems).toEqual([
          {
            text: 'Draft the readout',
            owner: { name: next.agenda[0].author.name },
            carriedFrom: { id: expect.any(String), text: 'Draft the readout' },
          },
        ]);
        expect(next.myPrivateNote).toBe(viewer === 'manager' ? `Manager note on ${plan.id}` : null);
      }
    }
  });

  it('visiblePlans { oneOnOnes(first: 2) { totalCount, edges { node { … } } } }: the same for 3 plans as for 12, and right for each plan', async () => {
    const smallRun = await measure(small.manager, PAGES);
    const largeRun = await measure(large.manager, PAGES);
    expect(largeRun.statements.length, largeRun.statements.join('\n')).toBe(smallRun.statements.length);
    expect(largeRun.statements.length).toBeLessThanOrEqual(12);

    for (const plan of largeRun.data.visiblePlans) {
      const page = plan.oneOnOnes;
      expect(page.totalCount).toBe(3);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.edges.map((e: any) => e.node.status)).toEqual(['UPCOMING', 'UPCOMING']);
      const [later, sooner] = page.edges.map((e: any) => new Date(e.node.scheduledAt).getTime());
      expect(later).toBeGreaterThan(sooner);
      expect(page.edges[1].node.agenda.map((a: any) => a.text)).toEqual(['Pricing readout', 'Promotion timeline']);
      expect(page.edges[1].node.myPrivateNote).toBe(`Manager note on ${plan.id}`);
      expect(page.edges[0].node.myPrivateNote).toBeNull();
      expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
    }

    // The second page of one plan, asked alongside the first page of another, through aliases.
    const [first, second] = largeRun.data.visiblePlans as {
      id: string;
      oneOnOnes: { pageInfo: { endCursor: string } };
    }[];
    const { a, b } = await large.manager.ok(
      `query($a: ID!, $b: ID!, $after: String!) {
        a: plan(id: $a) { oneOnOnes(first: 2, after: $after) { totalCount pageInfo { hasNextPage } edges { node { status actionItems { text } } } } }
        b: plan(id: $b) { oneOnOnes(first: 1) { totalCount pageInfo { hasNextPage } edges { node { status } } } }
      }`,
      { a: first.id, b: second.id, after: first.oneOnOnes.pageInfo.endCursor },
    );
    expect(a.oneOnOnes).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
      edges: [
        {
          node: {
            status: 'DONE',
            actionItems: [{ text: 'Draft the readout' }, { text: 'Book the room' }],
          },
        },
      ],
    });
    expect(b.oneOnOnes).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { status: 'UPCOMING' } }],
    });
  });
});
