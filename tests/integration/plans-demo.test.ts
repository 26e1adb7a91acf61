import { SIGNAL_KEYS } from '@fulcrum/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { ADD_ACTIVITY, activityInput, expectError, PLAN } from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/** The demo organization's plan for Sam, as a new user would first see it. */

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

describe('the demo plan', () => {
  it('Maya sees Sam’s ACTIVE plan: every signal rated on both sides, a disagreement shown, an autonomy and a next-scope gap, a full 40-hour week, goals that trade hours', async () => {
    const maya = await signIn('maya@northwind.example');
    const { visiblePlans } = await maya.ok(`{ visiblePlans { id owner { name } } }`);
    // Sam's among the demo's plans: Noor's (also Maya's report) and Aisha's (Jonas's report).
    expect(visiblePlans.map((p: { owner: { name: string } }) => p.owner.name).sort()).toEqual([
      'Aisha Bello',
      'Noor Haddad',
      'Sam Rivera',
    ]);
    const sams = visiblePlans.find((p: { owner: { name: string } }) => p.owner.name === 'Sam Rivera');
    const { plan } = await maya.ok(PLAN, { id: sams.id });

    expect(plan).toMatchObject({
      status: 'ACTIVE',
      owner: { name: 'Sam Rivera' },
      manager: { name: 'Maya Okafor' },
      currentLevel: 'SENIOR',
      targetLevel: 'LEAD',
      targetArchetype: 'TECH_LEAD',
      weeklyHours: 40,
    });

    // Every signal of the catalogue, once, in its order.
    expect(plan.signals.map((s: { signal: string }) => s.signal)).toEqual(SIGNAL_KEYS);
    for (const signal of plan.signals) {
      expect(signal.selfRating, signal.signal).not.toBeNull();
      expect(signal.managerRating, signal.signal).not.toBeNull();
      // Both sides rated: they agree exactly when the ratings are the same.
      expect(signal.agree, signal.signal).toBe(signal.selfRating === signal.managerRating);
    }
    expect(plan.signals.some((s: { agree: boolean }) => !s.agree)).toBe(true);
    expect(plan.readiness.stage).toBe('READY_FOR_CHANGE');

    expect(plan.gaps.map((g: { kind: string }) => g.kind).sort()).toEqual(['AUTONOMY', 'NEXT_SCOPE']);

    expect(plan.week.budgetHours).toBe(40);
    expect(plan.week.current.totalHours).toBe(40);
    expect(plan.week.freeHours).toBe(0);
    expect(plan.week.activities.length).toBeGreaterThan(2);
    // The goals trade hours: the projected week is still within the budget, with more multiplying.
    expect(plan.week.projected.totalHours).toBeLessThanOrEqual(40);
    const multiplying = (shape: { byMode: { key: string; hours: number }[] }) =>
      shape.byMode.find((m) => m.key === 'MULTIPLYING')!.hours;
    expect(multiplying(plan.week.projected)).toBeGreaterThan(multiplying(plan.week.current));

    expect(plan.goals.length).toBeGreaterThan(0);
    for (const goal of plan.goals) {
      expect(goal.isAddition).toBe(false);
      expect(goal.stop.activity).not.toBeNull();
      expect(['PROPOSED', 'ACTIVE']).toContain(goal.status);
    }
    expect(plan.antiPatterns.filter((a: { detected: boolean }) => a.detected)).toEqual([]);
  });

  it('Sam sees the same plan and is refused a 41st hour; a junior of the team sees nothing', async () => {
    const sam = await signIn('sam@northwind.example');
    const { viewer } = await sam.ok(`{ viewer { person { activePlan { id } } } }`);
    const planId = viewer.person.activePlan.id;
    const { plan } = await sam.ok(PLAN, { id: planId });
    expect(plan.owner.name).toBe('Sam Rivera');
    expect(plan.week.freeHours).toBe(0);

    const refused = expectError(
      await sam.gql(ADD_ACTIVITY, {
        input: activityInput(planId, { name: 'One more hour', hoursPerWeek: 1 }),
      }),
      'BUDGET_EXCEEDED',
    );
    expect(refused.extensions!.overByHours).toBe(1);
    expect(refused.extensions!.handOff.length).toBeGreaterThan(0);

    const priya = await signIn('priya@northwind.example');
    expectError(await priya.gql(PLAN, { id: planId }), 'NOT_FOUND');
    expect((await priya.ok(`{ visiblePlans { id } }`)).visiblePlans).toEqual([]);
  });
});
