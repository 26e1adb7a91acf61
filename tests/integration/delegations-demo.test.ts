import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { DELEGATION_FIELDS, HELP_REQUEST_FIELDS, type DelegationRow } from '../support/delegations';
import { expectError } from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/** The demo organization's delegations and requests, as a new user would first see them. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(() => server?.stop());

async function signIn(email: string): Promise<TestClient> {
  const demo = server.demoSignIns.find((d) => d.email === email);
  expect(demo, `demo sign-in for ${email}`).toBeDefined();
  const client = new TestClient(server.url);
  await client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, {
    input: { email, password: demo!.password },
  });
  return client;
}

const SAMS_PLAN = `{
  viewer { person { id activePlan {
    id
    delegations { ${DELEGATION_FIELDS} }
    helpRequests(first: 20) { totalCount edges { node { ${HELP_REQUEST_FIELDS} } } }
    goals { title delegation { stage } }
    antiPatterns { pattern detected }
  } } }
}`;

describe('the demo delegations and requests', () => {
  it('Sam’s plan: delegations at several stages, check-ins from both sides, triaged requests', async () => {
    const sam = await signIn('sam@northwind.example');
    const { viewer } = await sam.ok(SAMS_PLAN);
    const plan = viewer.person.activePlan;
    const delegations: DelegationRow[] = plan.delegations;

    expect(delegations.length).toBeGreaterThanOrEqual(3);
    const stages = new Set(delegations.map((d) => d.stage));
    expect(stages.size).toBeGreaterThanOrEqual(3);
    expect(stages).toContain('OWNED');
    for (const d of delegations) {
      expect(d.delegator.id).toBe(viewer.person.id);
      expect(d.delegatee.name).toMatch(/^(Priya Natarajan|Leo Martins)$/);
      expect(d.learningObjective.length).toBeGreaterThan(10);
      expect(d.checkIns.length).toBeGreaterThan(0);
      // Oldest first.
      const times = d.checkIns.map((c) => Date.parse(c.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const c of d.checkIns) {
        expect(c.author.id).toBe(c.side === 'DELEGATOR' ? d.delegator.id : d.delegatee.id);
        expect(c.confidence).toBeGreaterThanOrEqual(1);
        expect(c.confidence).toBeLessThanOrEqual(5);
      }
      expect(d.coachingHoursTotal).toBeCloseTo(
        d.checkIns.reduce((sum, c) => sum + c.coachingHours, 0),
        2,
      );
      if (['REVIEWING', 'OWNED'].includes(d.stage)) expect(d.handedOverAt).not.toBeNull();
      else expect(d.handedOverAt).toBeNull();
      if (d.stage === 'OWNED') expect(d.activity).toBeNull();
      else expect(d.activity?.name).toBe(d.activityName);
    }
    const sides = delegations.flatMap((d) => d.checkIns.map((c) => c.side));
    expect(new Set(sides)).toEqual(new Set(['DELEGATOR', 'DELEGATEE']));
    expect(delegations.some((d) => new Set(d.checkIns.map((c) => c.side)).size === 2)).toBe(true);
    // A handed-over delegation pays back more than it cost.
    expect(delegations.some((d) => (d.leverageRatio ?? 0) > 1)).toBe(true);
    // The goal served by a delegation shows it.
    expect(plan.goals.some((g: { delegation: { stage: string } | null }) => g.delegation !== null)).toBe(true);

    const requests = plan.helpRequests.edges.map((e: { node: any }) => e.node);
    // The first 20 are all of them: the count is the list's.
    expect(plan.helpRequests.totalCount).toBe(requests.length);
    const received = requests.map((r: { receivedAt: string }) => Date.parse(r.receivedAt));
    expect(received).toEqual([...received].sort((a, b) => b - a));
    for (const r of requests) {
      expect(r.decision).not.toBeNull();
      // Whom to is said exactly for a redirected request.
      expect(Boolean(r.redirectedTo), r.topic).toBe(r.decision === 'REDIRECT');
      expect(Date.now() - Date.parse(r.receivedAt)).toBeLessThan(28 * 24 * 3600 * 1000);
    }
    expect(new Set(requests.map((r: { recommendation: string }) => r.recommendation))).toEqual(
      new Set(['HELP', 'TEACH', 'REDIRECT']),
    );
    expect(requests.some((r: { requester: unknown }) => r.requester !== null)).toBe(true);
    expect(requests.some((r: { requester: unknown }) => r.requester === null)).toBe(true);
    // A handful of requests, not an overwhelming load.
    expect(plan.antiPatterns.find((a: { pattern: string }) => a.pattern === 'OVERWHELMED_BY_REQUESTS').detected).toBe(
      false,
    );

    // Maya, Sam's manager, sees the same delegations.
    const maya = await signIn('maya@northwind.example');
    const { plan: asMaya } = await maya.ok(`query($id: ID!) { plan(id: $id) { delegations { id stage } } }`, {
      id: plan.id,
    });
    expect(asMaya.delegations).toEqual(delegations.map((d) => ({ id: d.id, stage: d.stage })));
  });

  it('Leo’s delegationsToMe shows his, from Sam, without the plan around them', async () => {
    const leo = await signIn('leo@northwind.example');
    const { viewer } = await leo.ok(`{ viewer { person { id } } }`);
    const { delegationsToMe } = await leo.ok(`{ delegationsToMe { ${DELEGATION_FIELDS} } }`);
    expect(delegationsToMe.length).toBeGreaterThanOrEqual(1);
    for (const d of delegationsToMe as DelegationRow[]) {
      expect(d.delegatee.id).toBe(viewer.person.id);
      expect(d.delegator.name).toBe('Sam Rivera');
      expect(d.activity).toBeNull();
      expect(d.goal).toBeNull();
      expect(d.activityName.length).toBeGreaterThan(0);
      expect(d.learningObjective.length).toBeGreaterThan(0);
    }
    expect(
      delegationsToMe.some((d: DelegationRow) =>
        d.checkIns.some((c) => c.side === 'DELEGATEE' && c.author.id === viewer.person.id),
      ),
    ).toBe(true);

    // Leo checks in on a delegation still in progress, from his side.
    const open = (delegationsToMe as DelegationRow[]).find((d) => !['OWNED', 'RECLAIMED'].includes(d.stage))!;
    const { checkIn } = await leo.ok(
      `mutation($input: CheckInInput!) { checkIn(input: $input) { side author { name } confidence } }`,
      {
        input: {
          delegationId: open.id,
          confidence: 4,
          coachingHours: 0,
          note: 'Ran the backfill alone.',
        },
      },
    );
    expect(checkIn).toEqual({ side: 'DELEGATEE', author: { name: 'Leo Martins' }, confidence: 4 });

    // The plan stays closed to him.
    expectError(await leo.gql(`{ delegationsToMe { plan { id } } }`), 'NOT_FOUND');
    expect((await leo.ok(`{ visiblePlans { id } }`)).visiblePlans).toEqual([]);

    // Priya, the other junior, sees hers and not Leo's.
    const priya = await signIn('priya@northwind.example');
    const { delegationsToMe: hers } = await priya.ok(`{ delegationsToMe { id delegatee { name } } }`);
    expect(hers.length).toBeGreaterThanOrEqual(1);
    for (const d of hers) expect(d.delegatee.name).toBe('Priya Natarajan');
    expect(hers.map((d: { id: string }) => d.id)).not.toContain(open.id);
  });
});
