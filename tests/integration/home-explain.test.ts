import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { home, seedHomeOrg, type HomeOperation, type HomeOrg } from '../support/home';
import { startTestServer, type RecordedQuery, type TestServer } from '../support/server';

/**
 * No home query sequentially scans a tenant table (one with an `organization_id` column) at
 * 1 000 people: every statement the server sends for ManagerHome (and for ReportHome and
 * JuniorHome) is EXPLAINed with its own parameters on the same database, which holds two other
 * organizations of the same size (a real database holds many tenants) and fresh statistics
 * (VACUUM ANALYZE after seeding), so the planner chooses what production's would.
 */

let server: TestServer;
let db: Client;
/** The organization whose homes are explained. */
let target: HomeOrg;
/** Tables with an organization_id column. */
let tenantTables: Set<string>;

const SHAPE = {
  leads: 10,
  reportsPerLead: 99,
  plansPerTeam: 30,
  focusDelegations: 30,
  richPlans: 1,
  otherTeam: { reports: 20, plans: 6 },
} as const;

beforeAll(async () => {
  server = await startTestServer();
  target = await seedHomeOrg(server, { name: 'Target', ...SHAPE });
  // Neighbours of the same size in the same tables.
  for (const name of ['Neighbour A', 'Neighbour B']) await seedHomeOrg(server, { name, ...SHAPE });
  db = new Client({ connectionString: server.databaseUrl });
  await db.connect();
  await db.query('VACUUM ANALYZE');
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema() AND c.column_name = 'organization_id'`,
  );
  tenantTables = new Set(rows.map((r) => r.table_name));
});
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Alias?: string;
  Filter?: string;
  'Plan Rows'?: number;
  'Total Cost'?: number;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan tree, init plans and subplans included (they are children too). */
function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}

/** A parameter as it reads in a failure message: long arrays by their size. */
function describeParameter(value: unknown): string {
  if (Array.isArray(value))
    return value.length > 3
      ? `[${value.length} values: ${JSON.stringify(value.slice(0, 2)).slice(1, -1)}, …]`
      : JSON.stringify(value);
  return JSON.stringify(value);
}

interface Finding {
  sql: string;
  parameters: string[];
  scans: PlanNode[];
  plan: string;
}

/** Runs `operation` as `client`, then EXPLAINs every SELECT of it with its parameters. */
async function explainHome(
  client: TestClient,
  operation: HomeOperation,
): Promise<{ explained: RecordedQuery[]; findings: Finding[]; data: any }> {
  await home(client, operation); // warm: the session's first request may slide its expiry
  server.statements.length = 0;
  const data = await home(client, operation);
  const explained = server.queries.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.sql));
  const findings: Finding[] = [];
  for (const query of explained) {
    const { rows } = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${query.sql}`, [
      ...query.parameters,
    ]);
    const scans = nodes(rows[0]['QUERY PLAN'][0].Plan).filter(
      (n) => n['Node Type'] === 'Seq Scan' && tenantTables.has(n['Relation Name'] ?? ''),
    );
    if (scans.length === 0) continue;
    const text = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, [...query.parameters]);
    findings.push({
      sql: query.sql,
      parameters: query.parameters.map(describeParameter),
      scans: scans.map(({ Plans: _children, ...node }) => node),
      plan: text.rows.map((r) => r['QUERY PLAN']).join('\n'),
    });
  }
  return { explained, findings, data };
}

function report(findings: Finding[]): string {
  return findings
    .map((f, i) =>
      [
        `#${i + 1} sequential scan of ${f.scans.map((s) => s['Relation Name']).join(', ')}`,
        `statement:\n${f.sql}`,
        `parameters: ${f.parameters.map((p, j) => `$${j + 1} = ${p}`).join('; ')}`,
        `offending node(s):\n${f.scans.map((s) => JSON.stringify(s)).join('\n')}`,
        `plan:\n${f.plan}`,
      ].join('\n'),
    )
    .join('\n\n');
}

describe('EXPLAIN of the home queries at 1 000 people, among other organizations of the same size', () => {
  it('the database holds three organizations of 1 000 people each, and the statistics know it', async () => {
    expect(target.below).toBe(1_000);
    const { rows } = await db.query<{ organizations: number; people: number; plans: number }>(
      `SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM person)::int AS people,
              (SELECT count(*) FROM growth_plan)::int AS plans`,
    );
    expect(rows[0].organizations).toBe(3);
    expect(rows[0].people).toBeGreaterThan(3 * target.below);
    const stats = await db.query<{ relname: string; n_live_tup: number }>(
      `SELECT relname, reltuples::int AS n_live_tup FROM pg_class WHERE relname = 'growth_plan'`,
    );
    expect(stats.rows[0].n_live_tup).toBe(rows[0].plans);
    expect([...tenantTables]).toEqual(
      expect.arrayContaining([
        'person',
        'growth_plan',
        'activity',
        'delegation',
        'check_in',
        'one_on_one',
        'action_item',
        'reflection',
      ]),
    );
  });

  it('ManagerHome: no statement scans a tenant table sequentially', async () => {
    const { explained, findings, data } = await explainHome(target.manager, 'ManagerHome');
    // It is the real answer that was explained: all 300 plans, and the statement reading them.
    expect(data.visiblePlans).toHaveLength(target.plans.length);
    expect(explained.some((q) => /\bgrowth_plan\b/.test(q.sql))).toBe(true);
    console.info(
      `ManagerHome: ${explained.length} statements explained, ${findings.length} with a sequential scan of a tenant table`,
    );
    expect(findings.length, report(findings)).toBe(0);
  });

  it('ReportHome and JuniorHome: no statement scans a tenant table sequentially', async () => {
    const rich = target.plans.find((p) => p.rich)!;
    const all: Finding[] = [];
    for (const [operation, personId] of [
      ['ReportHome', rich.owner.id],
      ['JuniorHome', target.focusJunior.id],
    ] as const) {
      const { explained, findings, data } = await explainHome(await target.signIn(personId), operation);
      if (operation === 'ReportHome') expect(data.viewer.person.activePlan.id).toBe(rich.id);
      else expect(data.delegationsToMe).toHaveLength(target.delegationsTo.get(personId)!.length);
      console.info(
        `${operation}: ${explained.length} statements explained, ${findings.length} with a sequential scan of a tenant table`,
      );
      all.push(...findings.map((f) => ({ ...f, sql: `[${operation}] ${f.sql}` })));
    }
    expect(all.length, report(all)).toBe(0);
  });
});
