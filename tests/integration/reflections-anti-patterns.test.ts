import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addActivity,
  addGoal,
  orgWithTeam,
  updateActivity,
  updateGoal,
  type ActivityRow,
  type Team,
} from '../support/plans';
import {
  finding,
  planAntiPatterns,
  quarterFromNow,
  reflectionFixture,
  startReflection,
  updateReflection,
  type FindingRow,
  type ReflectionFixture,
} from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The anti-patterns of §2.7 as `antiPatterns` reports them: PREMIUM_SENIOR from the reflections'
 * snapshots, SCATTERED_SMALL_WINS from the active goals, and the ones the report ticked in the
 * latest reflection. Every pattern is listed; evidence comes with what was detected.
 */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Patterns');
});
afterAll(() => server?.stop());

const ALL = [
  'ADDITION_NOT_CHANGE',
  'PREMIUM_SENIOR',
  'SCATTERED_SMALL_WINS',
  'OVERWHELMED_BY_REQUESTS',
  'MEDIATOR_MIMIC',
  'NOT_MY_JOB',
  'RUSHING',
];

/** Every pattern in enum order, evidence exactly when detected. */
function expectWellFormed(findings: FindingRow[]): void {
  expect(findings.map((f) => f.pattern)).toEqual(ALL);
  for (const f of findings) {
    if (f.detected) expect(f.evidence, f.pattern).toMatch(/\S{3,}/);
    else expect(f.evidence, f.pattern).toBeNull();
  }
}

const detected = (findings: FindingRow[]) => findings.filter((f) => f.detected).map((f) => f.pattern);

describe('PREMIUM_SENIOR', () => {
  it('detected when the DOING share went up between the last two snapshots, with the quarters and shares as evidence', async () => {
    const fx = await reflectionFixture(team);
    // 20 of 24 h doing (83%).
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    expect(finding(await planAntiPatterns(fx.owner.client, fx.plan.id), 'PREMIUM_SENIOR').detected).toBe(false);
    // 26 of 30 h doing (87%).
    await addActivity(fx.owner.client, fx.plan.id, {
      name: 'Another model',
      hoursPerWeek: 6,
      mode: 'DOING',
      leverage: 'NEUTRAL',
    });
    await startReflection(team.manager.client, fx.plan.id, quarterFromNow(-1));

    const findings = await planAntiPatterns(team.manager.client, fx.plan.id);
    expectWellFormed(findings);
    const premium = finding(findings, 'PREMIUM_SENIOR');
    expect(premium).toMatchObject({ detected: true, selfReported: false });
    expect(premium.evidence).toContain(quarterFromNow(-2));
    expect(premium.evidence).toContain(quarterFromNow(-1));
    expect(premium.evidence).toContain('83%');
    expect(premium.evidence).toContain('87%');
  });

  it('detected when the share stayed the same (it has not gone down)', async () => {
    const fx = await reflectionFixture(team);
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));
    expect(finding(await planAntiPatterns(fx.owner.client, fx.plan.id), 'PREMIUM_SENIOR').detected).toBe(true);
  });

  it('not detected when the DOING share went down', async () => {
    const fx = await reflectionFixture(team);
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    // 14 of 24 h doing (58%).
    await updateActivity(fx.owner.client, {
      id: fx.modeling.id,
      version: fx.modeling.version,
      hoursPerWeek: 8,
    });
    await updateActivity(fx.owner.client, {
      id: fx.reviews.id,
      version: fx.reviews.version,
      hoursPerWeek: 10,
    });
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));
    const findings = await planAntiPatterns(fx.owner.client, fx.plan.id);
    expectWellFormed(findings);
    expect(finding(findings, 'PREMIUM_SENIOR')).toEqual({
      pattern: 'PREMIUM_SENIOR',
      detected: false,
      selfReported: false,
      evidence: null,
    });
  });

  it('compares the last two quarters, not the last two reflections started', async () => {
    const fx = await reflectionFixture(team);
    // The later quarter first, at 83% doing; then the earlier quarter at 58%: by quarter it went up.
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));
    await updateActivity(fx.owner.client, {
      id: fx.modeling.id,
      version: fx.modeling.version,
      hoursPerWeek: 8,
    });
    await updateActivity(fx.owner.client, {
      id: fx.reviews.id,
      version: fx.reviews.version,
      hoursPerWeek: 10,
    });
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    const premium = finding(await planAntiPatterns(fx.owner.client, fx.plan.id), 'PREMIUM_SENIOR');
    expect(premium.detected).toBe(true);
    expect(premium.evidence!.indexOf(quarterFromNow(-2))).toBeLessThan(premium.evidence!.indexOf(quarterFromNow(-1)));
  });
});

describe('SCATTERED_SMALL_WINS', () => {
  /** A goal stopping `hours` of `from` and starting as many hours of new multiplying work. */
  const goal = (fx: ReflectionFixture, from: ActivityRow, hours: number, title: string) =>
    addGoal(fx.owner.client, fx.plan.id, {
      title,
      lever: 'SHARE_KNOWLEDGE',
      stop: { activityId: from.id, hoursPerWeek: hours },
      start: {
        newActivityName: `${title}: the new work`,
        mode: 'MULTIPLYING',
        leverage: 'HIGH',
        hoursPerWeek: hours,
      },
    });
  const activate = (fx: ReflectionFixture, g: { id: string; version: number }) =>
    updateGoal(fx.owner.client, { id: g.id, version: g.version, status: 'ACTIVE' });

  it('detected with more than 5 ACTIVE goals, even when each shifts 4 hours or more', async () => {
    const fx = await reflectionFixture(team);
    const dashboards = await addActivity(fx.owner.client, fx.plan.id, {
      name: 'Dashboards',
      hoursPerWeek: 10,
      mode: 'DOING',
      leverage: 'OVERHEAD',
    });
    const goals: { id: string; version: number }[] = [];
    for (const [i, from] of [fx.modeling, fx.modeling, fx.modeling, fx.adhoc, dashboards, dashboards].entries())
      goals.push(await goal(fx, from, 4, `Goal ${i + 1}`));
    // Proposed goals do not count; five active ones are fine.
    expect(finding(await planAntiPatterns(fx.owner.client, fx.plan.id), 'SCATTERED_SMALL_WINS').detected).toBe(false);
    for (const g of goals.slice(0, 5)) await activate(fx, g);
    expect(finding(await planAntiPatterns(fx.owner.client, fx.plan.id), 'SCATTERED_SMALL_WINS').detected).toBe(false);

    await activate(fx, goals[5]);
    const findings = await planAntiPatterns(team.manager.client, fx.plan.id);
    expectWellFormed(findings);
    const scattered = finding(findings, 'SCATTERED_SMALL_WINS');
    expect(scattered).toMatchObject({ detected: true, selfReported: false });
    expect(scattered.evidence).toContain('6 active goals');
    expect(detected(findings)).toEqual(['SCATTERED_SMALL_WINS']);
  });

  it('detected when every active goal shifts less than 4 hours; one goal of 4 hours clears it', async () => {
    const fx = await reflectionFixture(team);
    const small = await goal(fx, fx.modeling, 3, 'Small one');
    const smaller = await goal(fx, fx.adhoc, 2, 'Smaller one');
    await activate(fx, small);
    const active = await activate(fx, smaller);
    const findings = await planAntiPatterns(fx.owner.client, fx.plan.id);
    expectWellFormed(findings);
    const scattered = finding(findings, 'SCATTERED_SMALL_WINS');
    expect(scattered.detected).toBe(true);
    expect(scattered.evidence).toMatch(/4 hours/);

    await updateGoal(fx.owner.client, {
      id: active.id,
      version: active.version,
      stopHours: 4,
      startHours: 4,
    });
    const after = await planAntiPatterns(fx.owner.client, fx.plan.id);
    expectWellFormed(after);
    expect(finding(after, 'SCATTERED_SMALL_WINS').detected).toBe(false);
  });

  it('not detected without active goals', async () => {
    const fx = await reflectionFixture(team);
    await goal(fx, fx.modeling, 2, 'Only proposed');
    const findings = await planAntiPatterns(fx.owner.client, fx.plan.id);
    expectWellFormed(findings);
    expect(detected(findings)).toEqual([]);
  });
});

describe('self-reported patterns', () => {
  it('come from the latest reflection, with selfReported true beside what the data shows', async () => {
    const fx = await reflectionFixture(team);
    const older = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    const latest = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));
    // The snapshots are equal: PREMIUM_SENIOR is detected and also ticked.
    await updateReflection(fx.owner.client, {
      id: older.id,
      version: older.version,
      selfReportedAntiPatterns: ['NOT_MY_JOB'],
    });
    await updateReflection(fx.owner.client, {
      id: latest.id,
      version: latest.version,
      selfReportedAntiPatterns: ['MEDIATOR_MIMIC', 'RUSHING', 'PREMIUM_SENIOR'],
    });

    for (const by of [fx.owner.client, team.manager.client, team.top.client]) {
      const findings = await planAntiPatterns(by, fx.plan.id);
      expectWellFormed(findings);
      expect(findings.filter((f) => f.selfReported).map((f) => f.pattern)).toEqual([
        'PREMIUM_SENIOR',
        'MEDIATOR_MIMIC',
        'RUSHING',
      ]);
      expect(finding(findings, 'PREMIUM_SENIOR')).toMatchObject({
        detected: true,
        selfReported: true,
      });
      expect(finding(findings, 'RUSHING')).toEqual({
        pattern: 'RUSHING',
        detected: false,
        selfReported: true,
        evidence: null,
      });
      // Ticked only in the older reflection: not reported.
      expect(finding(findings, 'NOT_MY_JOB').selfReported).toBe(false);
    }
  });

  it('a newer quarter’s reflection replaces them, even when nothing is ticked there', async () => {
    const fx = await reflectionFixture(team);
    const first = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    await updateReflection(fx.owner.client, {
      id: first.id,
      version: first.version,
      selfReportedAntiPatterns: ['RUSHING'],
    });
    expect(finding(await planAntiPatterns(fx.owner.client, fx.plan.id), 'RUSHING').selfReported).toBe(true);
    await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));
    expect((await planAntiPatterns(fx.owner.client, fx.plan.id)).filter((f) => f.selfReported)).toEqual([]);
  });
});
