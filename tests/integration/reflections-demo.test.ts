import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { currentQuarter } from '../support/plans';
import {
  FINDING_FIELDS,
  POINT_FIELDS,
  REFLECTION_FIELDS,
  finding,
  quarterFromNow,
  type FindingRow,
  type PointRow,
  type ReflectionRow,
} from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/** The demo organization's reflections: two signed-off quarters that show the phase change (§4). */

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
  visiblePlans {
    id
    owner { name }
    reflections { ${REFLECTION_FIELDS} }
    trend { ${POINT_FIELDS} }
    antiPatterns { ${FINDING_FIELDS} }
    promotionCase
  }
}`;

describe('the demo reflections', () => {
  it('Sam’s plan as Maya: two past SIGNED_OFF reflections, and a trend where doing goes down and multiplying goes up', async () => {
    const maya = await signIn('maya@northwind.example');
    const { visiblePlans } = await maya.ok(SAMS_PLAN);
    // The demo's other plans (Noor's, Aisha's) are visible to Maya too.
    const plan = visiblePlans.find((p: { owner: { name: string } }) => p.owner.name === 'Sam Rivera');
    expect(plan).toBeDefined();

    const reflections: ReflectionRow[] = plan.reflections;
    expect(reflections.map((r) => r.quarter)).toEqual([quarterFromNow(-2), quarterFromNow(-1)]);
    for (const r of reflections) {
      expect(r).toMatchObject({
        status: 'SIGNED_OFF',
        signedOffBySelf: true,
        signedOffByManager: true,
      });
      expect(r.selfText!.length).toBeGreaterThan(20);
      expect(r.managerText!.length).toBeGreaterThan(20);
      expect(r.snapshot.quarter).toBe(r.quarter);
    }

    const trend: PointRow[] = plan.trend;
    expect(trend.map((p) => p.quarter)).toEqual([quarterFromNow(-2), quarterFromNow(-1), currentQuarter()]);
    expect(trend.slice(0, 2)).toEqual(reflections.map((r) => r.snapshot));
    const [first, , last] = trend as [PointRow, PointRow, PointRow];
    expect(last.doingHours).toBeLessThan(first.doingHours);
    expect(last.multiplyingHours).toBeGreaterThan(first.multiplyingHours);
    // Each step of the phase change, too.
    for (let i = 1; i < trend.length; i++) {
      expect(trend[i].doingHours, trend[i].quarter).toBeLessThanOrEqual(trend[i - 1].doingHours);
      expect(trend[i].multiplyingHours, trend[i].quarter).toBeGreaterThanOrEqual(trend[i - 1].multiplyingHours);
    }

    // The doing share went down between the two snapshots: no premium senior.
    expect(finding(plan.antiPatterns as FindingRow[], 'PREMIUM_SENIOR').detected).toBe(false);
    // The promotion case's trend table has the three quarters.
    for (const p of trend)
      expect(plan.promotionCase).toContain(`| ${p.quarter} | ${p.doingHours} | ${p.multiplyingHours} |`);
  });

  it('Sam reads the same reflections on his own plan', async () => {
    const sam = await signIn('sam@northwind.example');
    const { viewer } = await sam.ok(`{ viewer { person { activePlan { reflections { quarter status } } } } }`);
    expect(viewer.person.activePlan.reflections).toEqual([
      { quarter: quarterFromNow(-2), status: 'SIGNED_OFF' },
      { quarter: quarterFromNow(-1), status: 'SIGNED_OFF' },
    ]);
  });
});
