import { Kind, parse, print, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import {
  ACTION_ITEM_FIELDS,
  AGENDA_FIELDS,
  addActionItem,
  addAgendaItem,
  daysFromNow,
  schedule,
} from '../support/one-on-ones';
import { FULL_PLAN_FIELDS } from '../support/plans';
import { CHECK_IN_FIELDS } from '../support/delegations';
import { FINDING_FIELDS, POINT_FIELDS, REFLECTION_FIELDS } from '../support/reflections';
import { startTestServer, type RecordedQuery, type TestServer } from '../support/server';

/**
 * `visiblePlans` reads the plans and what the query asks of them in one statement and primes
 * the request's loaders with it (server/src/read-models/homes/plan.preload.ts). Whatever is
 * primed must be exactly what the loaders would have read: every plan as `visiblePlans` answers
 * it equals the same plan read on its own through `plan(id)`, field for field, in order.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(() => server?.stop());

async function signIn(email: string): Promise<TestClient> {
  const demo = server.demoSignIns.find((d) => d.email === email)!;
  const client = new TestClient(server.url);
  await client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, {
    input: { email, password: demo.password },
  });
  return client;
}

const DELEGATION = `id version activityName hoursPerWeek learningObjective stage handedOverAt createdAt atRisk nextCheckInDue
  coachingHoursTotal leverageRatio delegator { id name } delegatee { id name email } goal { id title } activity { id name }
  checkIns { ${CHECK_IN_FIELDS} }`;

/** Everything a plan has, fragments included (the preload reads the selection through them). */
const EVERYTHING = `
  fragment Everything on GrowthPlan {
    ${FULL_PLAN_FIELDS}
    delegations { ${DELEGATION} }
    nextOneOnOne { id scheduledAt status sharedNotes myPrivateNote agenda { ${AGENDA_FIELDS} } actionItems { ${ACTION_ITEM_FIELDS} } }
    reflections { ${REFLECTION_FIELDS} }
    trend { ${POINT_FIELDS} }
    shiftedThisQuarter
    helpRequests(first: 3) { totalCount edges { node { id topic receivedAt } } }
    ... on GrowthPlan { antiPatterns { ${FINDING_FIELDS} } promotionCase }
  }`;

/**
 * Every field of a selection set on its own, and where it has a selection set, each field of
 * that on its own below it (two levels: `delegations { checkIns { note } }`), and the whole.
 */
/** A recorded statement run again with its parameters, on the same database. */
async function run(query: RecordedQuery): Promise<{ doc: string | null; person: string | null }[]> {
  return server.db.query(query.sql, [...query.parameters]);
}

/** The tables a statement's plan reads (EXPLAIN with its parameters), sorted. */
async function relationsRead(query: RecordedQuery): Promise<string[]> {
  const [row] = await server.db.query(`EXPLAIN (FORMAT JSON) ${query.sql}`, [...query.parameters]);
  const relations = new Set<string>();
  const walk = (node: { 'Relation Name'?: string; Plans?: unknown[] }) => {
    if (node['Relation Name']) relations.add(node['Relation Name']);
    for (const child of node.Plans ?? []) walk(child as typeof node);
  };
  const plan = row['QUERY PLAN'];
  walk((typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan);
  return [...relations].sort();
}

/** A row of the preload statement (server/src/read-models/homes/plan.preload.ts): positional arrays. */
interface PlanDoc {
  plan: unknown[];
  signals?: unknown[][];
  delegations?: [unknown[], unknown[][] | null][];
  nextOneOnOne?: [unknown[], unknown[][], unknown[][]] | null;
}

function alone(set: SelectionSetNode, depth = 0): string[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD) return [];
    if (!selection.selectionSet) return [print(selection)];
    const head = print({ ...selection, selectionSet: undefined });
    const below = depth < 2 ? alone(selection.selectionSet, depth + 1).map((inner) => `${head} { ${inner} }`) : [];
    return [print(selection), ...below];
  });
}

describe('visiblePlans read in one statement', () => {
  it('answers every plan exactly as plan(id) does', async () => {
    // Maya's plans get an upcoming 1:1 with agenda and action items on top of what the demo holds.
    const maya = await signIn('maya@northwind.example');
    const mine = await maya.ok(
      `{ viewer { person { id } } visiblePlans { id owner { id } manager { id } nextOneOnOne { id } } }`,
    );
    for (const plan of mine.visiblePlans) {
      if (plan.manager.id !== mine.viewer.person.id) continue;
      const next = plan.nextOneOnOne ?? (await schedule(maya, plan.id, daysFromNow(3)));
      await addAgendaItem(maya, next.id, 'How the hand-over goes');
      await addActionItem(maya, next.id, plan.owner.id, 'Write the runbook');
      await addActionItem(maya, next.id, plan.manager.id, 'Introduce the team');
    }
    for (const email of ['maya@northwind.example', 'sam@northwind.example']) {
      const viewer = await signIn(email);
      const { visiblePlans } = await viewer.ok(`{ visiblePlans { ...Everything } } ${EVERYTHING}`);
      expect(visiblePlans.length, `${email} sees plans`).toBeGreaterThan(0);
      for (const plan of visiblePlans) {
        const alone = await viewer.ok(`query($id: ID!) { plan(id: $id) { ...Everything } } ${EVERYTHING}`, {
          id: plan.id,
        });
        expect(plan, `${email}: plan ${plan.id}`).toEqual(alone.plan);
      }
      const sams = visiblePlans.find((p: any) => p.owner.name === 'Sam Rivera');
      expect(sams.delegations.length).toBeGreaterThan(0);
      expect(sams.delegations.some((d: any) => d.checkIns.length > 0)).toBe(true);
      expect(sams.nextOneOnOne.actionItems.length).toBeGreaterThan(1);
      expect(sams.nextOneOnOne.agenda.length).toBeGreaterThan(0);
      expect(sams.reflections.length).toBeGreaterThan(0);
    }
  });

  it('answers each field and each field below delegations and the next 1:1 alone exactly as plan(id) does (the statement sends only the columns a selection reads)', async () => {
    const maya = await signIn('maya@northwind.example');
    const fragment = parse(EVERYTHING).definitions[0] as FragmentDefinitionNode;
    // …and fields that reach the same rows by two paths (the loaders serve the whole request).
    const selections = [
      ...alone(fragment.selectionSet),
      `readiness { stage } signals { signal selfEvidence managerEvidence }`,
      `delegations { atRisk } goals { id delegation { id checkIns { note author { name } } } }`,
      `nextOneOnOne { actionItems { text } } nextOneOnOne { agenda { text author { name } } actionItems { owner { name } carriedFrom { id text } } }`,
    ];
    expect(selections.length).toBeGreaterThan(100);
    const { visiblePlans: ids } = await maya.ok('{ visiblePlans { id } }');
    expect(ids.length).toBeGreaterThan(1);
    for (const selection of selections) {
      const { visiblePlans } = await maya.ok(`{ visiblePlans { id ${selection} } }`);
      const each = await maya.ok(
        `{ ${ids.map((p: { id: string }, i: number) => `p${i}: plan(id: "${p.id}") { id ${selection} }`).join(' ')} }`,
      );
      expect(visiblePlans, selection).toEqual(ids.map((_: unknown, i: number) => each[`p${i}`]));
    }
  });

  it('takes the same few statements for the home rows however much each plan holds', async () => {
    const maya = await signIn('maya@northwind.example');
    const query = `{ visiblePlans { id owner { name } readiness { stage } week { current { totalHours } projected { totalHours } }
      nextOneOnOne { id actionItems { id text owner { name } } } delegations { id atRisk delegatee { name } checkIns { confidence } }
      antiPatterns { pattern detected } shiftedThisQuarter } }`;
    await maya.ok(query);
    server.statements.length = 0;
    await maya.ok(query);
    // The session, and the plans (the viewer's subtree inline) with everything they hold and the people they name.
    expect(server.statements, server.statements.join('\n---\n')).toHaveLength(2);
  });

  it('reads only what is asked: a bare list of plans does not touch their rows', async () => {
    const maya = await signIn('maya@northwind.example');
    await maya.ok('{ viewer { role } }'); // the session's first request may slide its expiry
    server.statements.length = 0;
    const { visiblePlans } = await maya.ok(`{ visiblePlans { id status } }`);
    expect(visiblePlans.length).toBeGreaterThan(0);
    // The session, then the plans: one row each, holding the plan alone, and no person.
    expect(server.queries).toHaveLength(2);
    const preload = server.queries[1];
    const rows = await run(preload);
    expect(rows.map((r) => (r.doc ? Object.keys(JSON.parse(r.doc)) : r.person))).toEqual(
      visiblePlans.map(() => ['plan']),
    );
    // The tables PostgreSQL plans to read: people (the viewer's subtree) and the plans, no other.
    expect(await relationsRead(preload)).toEqual(['growth_plan', 'person']);
  });

  it('sends only the columns the fields read: no evidence for readiness, no notes or authors for at-risk, no agenda text when only action items are asked', async () => {
    const maya = await signIn('maya@northwind.example');
    // Sam's next 1:1 holds an agenda item and an action item, whatever ran before.
    const { visiblePlans: plans } = await maya.ok(`{ visiblePlans { id owner { id name } nextOneOnOne { id } } }`);
    const samsPlan = plans.find((p: any) => p.owner.name === 'Sam Rivera');
    const next = samsPlan.nextOneOnOne ?? (await schedule(maya, samsPlan.id, daysFromNow(3)));
    await addAgendaItem(maya, next.id, 'Columns agenda item');
    await addActionItem(maya, next.id, samsPlan.owner.id, 'Columns action item');
    server.statements.length = 0;
    await maya.ok(
      `{ visiblePlans { id readiness { stage } delegations { atRisk checkIns { confidence } } nextOneOnOne { actionItems { text } } } }`,
    );
    const preload = server.queries.find((q) => q.sql.includes('FROM growth_plan p'))!;
    const docs = (await run(preload)).flatMap((r) => (r.doc ? [JSON.parse(r.doc) as PlanDoc] : []));
    const sams = docs.find((d) => d.nextOneOnOne?.[0].includes(next.id))!;
    expect(sams).toBeDefined();
    expect(sams.delegations!.some(([, checkIns]) => checkIns!.length > 0)).toBe(true);
    // What each row carries, the parent known to the reader: a signal its key, side and rating
    // (no evidence); a delegation its id, stage and creation (no people); a check-in its time and
    // confidence (no note, no author); an agenda item nothing (the agenda is not asked); an
    // action item its id and text (no owner).
    const widths = (rows: unknown[][]) => [...new Set(rows.map((row) => row.length))];
    expect(widths(sams.signals!)).toEqual([3]);
    for (const row of sams.signals!)
      expect(row).toEqual([
        expect.stringMatching(/^[A-Z_]+$/),
        expect.stringMatching(/^(SELF|MANAGER)$/),
        expect.stringMatching(/^(NOT_SEEN|EMERGING|CLEAR)$/),
      ]);
    expect(widths(sams.delegations!.map(([delegation]) => delegation))).toEqual([3]);
    const checkIns = sams.delegations!.flatMap(([, rows]) => rows!);
    expect(widths(checkIns)).toEqual([2]);
    for (const [at, confidence] of checkIns) {
      expect(at).toEqual(expect.any(Number));
      expect(confidence).toEqual(expect.any(Number));
    }
    const [, agenda, actionItems] = sams.nextOneOnOne!;
    expect(widths(agenda)).toEqual([0]);
    expect(widths(actionItems)).toEqual([2]);
    expect(actionItems.map(([, text]) => text)).toContain('Columns action item');
  });
});
