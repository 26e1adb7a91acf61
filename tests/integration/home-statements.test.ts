import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import {
  home,
  juniorRows,
  managerRow,
  measureHome,
  normalizeJuniorRows,
  normalizeManagerRow,
  normalizeReportPlan,
  reportPlan,
  seedHomeOrg,
  type HomeOrg,
  type Measured,
} from '../support/home';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The three home queries of the client (client/src/features/home/api/home.graphql, run by
 * operation name) cost the same number of SQL statements whatever the size of what they show:
 * a manager's home for 5 plans and for 300 plans among 1 000 people, a report's home for a plan
 * with a few goals, requests and action items and for one with many, a junior's home for one
 * delegation and for thirty. Every answer is also checked row by row against the seed (with
 * toMatchObject: the client may select more fields than these tests know of).
 */

let server: TestServer;
/** A manager → 1 team lead → 7 people, 5 of them seniors with full plans. */
let small: HomeOrg;
/** A manager → 10 team leads → 99 people each (1 000 below the manager), 300 plans. */
let large: HomeOrg;
beforeAll(async () => {
  server = await startTestServer();
  small = await seedHomeOrg(server, {
    name: 'Small',
    leads: 1,
    reportsPerLead: 7,
    plansPerTeam: 5,
    focusDelegations: 1,
    otherTeam: { reports: 4, plans: 2 },
  });
  large = await seedHomeOrg(server, {
    name: 'Large',
    leads: 10,
    reportsPerLead: 99,
    plansPerTeam: 30,
    focusDelegations: 30,
    richPlans: 1,
    otherTeam: { reports: 20, plans: 6 },
  });
});
afterAll(() => server?.stop());

/** Both runs' statements side by side, for a failure message. */
function explain(what: string, a: Measured, b: Measured): string {
  return (
    `${what}: ${a.fewest.length} vs ${b.fewest.length} statements (runs ${a.counts.join('/')} vs ${b.counts.join('/')})\n` +
    `--- fewer:\n${a.fewest.join('\n')}\n--- more:\n${b.fewest.join('\n')}`
  );
}

function expectSameCost(what: string, few: Measured, many: Measured): void {
  const message = explain(what, few, many);
  expect(many.fewest.length, message).toBe(few.fewest.length);
  // The ±1 of batches completing in another order, never a cost per row.
  expect(Math.max(...many.counts), message).toBeLessThanOrEqual(few.fewest.length + 2);
  console.info(
    `${what}: ${few.fewest.length} statements for the few, ${many.fewest.length} for the many (runs ${few.counts.join('/')} and ${many.counts.join('/')})`,
  );
}

describe('ManagerHome', () => {
  it('seeds what it says: 1 000 people below the manager of the large organization, 300 plans', () => {
    expect(large.below).toBe(1_000);
    expect(large.plans).toHaveLength(300);
    expect(small.plans).toHaveLength(5);
  });

  it('costs the same statements for 5 plans as for 300 plans among 1 000 people', async () => {
    const few = await measureHome(server, small.manager, 'ManagerHome');
    const many = await measureHome(server, large.manager, 'ManagerHome');
    expect(few.data.visiblePlans).toHaveLength(5);
    expect(many.data.visiblePlans).toHaveLength(300);
    expectSameCost('ManagerHome, 5 vs 300 plans (1 000 people)', few, many);
  });

  it('answers every plan below the manager, and only those, complete and right', async () => {
    for (const org of [small, large]) {
      const data = await home(org.manager, 'ManagerHome');
      // Every plan below, in creation order; no other team's plan, no archived one.
      expect(data.visiblePlans.map((p: { id: string }) => p.id)).toEqual(org.plans.map((p) => p.id));
      const rows = data.visiblePlans.map(normalizeManagerRow);
      for (const [i, plan] of org.plans.entries())
        expect(rows[i], `plan ${plan.k} of ${plan.owner.name}`).toMatchObject(managerRow(plan));

      // The seed has something of everything the screen shows.
      const delegations = org.plans.flatMap((p) => p.delegations);
      if (org === large) {
        expect(new Set(org.plans.map((p) => p.readiness)).size).toBe(3);
        expect(org.plans.filter((p) => p.shiftedThisQuarter !== null).length).toBeGreaterThan(0);
        expect(org.plans.filter((p) => p.targetArchetype === null).length).toBeGreaterThan(0);
        expect(delegations.filter((d) => d.atRisk).length).toBeGreaterThan(0);
        expect(delegations.filter((d) => d.nextCheckInDue === null).length).toBeGreaterThan(0);
        for (const pattern of ['ADDITION_NOT_CHANGE', 'PREMIUM_SENIOR', 'OVERWHELMED_BY_REQUESTS']) {
          expect(
            org.plans.some((p) => p.detected.includes(pattern)),
            pattern,
          ).toBe(true);
        }
      }

      // The people two levels down, each report with their plan (or none).
      const planOf = new Map(org.plans.map((p) => [p.owner.id, p.id]));
      expect(data.viewer.person.id).toBe(org.managerId);
      expect(data.viewer.person.reports).toMatchObject(
        org.teams.map((team) => ({
          id: team.lead.id,
          name: team.lead.name,
          title: team.lead.title,
          level: team.lead.level,
          activePlan: null,
          reports: team.members.map((m) => ({
            id: m.id,
            name: m.name,
            title: m.title,
            level: m.level,
            activePlan: planOf.has(m.id) ? { id: planOf.get(m.id) } : null,
          })),
        })),
      );
    }
  });
});

describe('ManagerHome of a team lead', () => {
  let smallLead: TestClient;
  let largeLead: TestClient;
  beforeAll(async () => {
    smallLead = await small.signIn(small.teams[0].lead.id);
    largeLead = await large.signIn(large.teams[0].lead.id);
  });

  it('costs the same statements for a team of 7 with 5 plans as for a team of 99 with 30', async () => {
    const few = await measureHome(server, smallLead, 'ManagerHome');
    const many = await measureHome(server, largeLead, 'ManagerHome');
    expectSameCost('ManagerHome of a team lead, 5 vs 30 plans', few, many);
    for (const [org, run] of [
      [small, few],
      [large, many],
    ] as const) {
      const team = org.plans.filter((p) => p.team === 0);
      expect(run.data.visiblePlans.map((p: { id: string }) => p.id)).toEqual(team.map((p) => p.id));
      expect(run.data.visiblePlans.map(normalizeManagerRow)).toMatchObject(team.map(managerRow));
      expect(run.data.viewer.person.reports.map((r: { id: string }) => r.id)).toEqual(
        org.teams[0].members.map((m) => m.id),
      );
    }
  });
});

describe('ReportHome', () => {
  it('costs the same statements for a plan with few goals, requests and action items as for one with many', async () => {
    const fewPlan = small.plans.find((p) => p.requests.length >= 1 && p.delegations.length >= 1)!;
    const manyPlan = large.plans.find((p) => p.rich)!;
    expect(manyPlan.goals.length).toBeGreaterThan(fewPlan.goals.length);
    expect(manyPlan.requests.length).toBeGreaterThan(5 * fewPlan.requests.length);
    expect(manyPlan.nextOneOnOne.actionItems.length).toBeGreaterThan(2 * fewPlan.nextOneOnOne.actionItems.length);

    const few = await measureHome(server, await small.signIn(fewPlan.owner.id), 'ReportHome');
    const many = await measureHome(server, await large.signIn(manyPlan.owner.id), 'ReportHome');
    expectSameCost(
      `ReportHome, ${fewPlan.goals.length} vs ${manyPlan.goals.length} goals, ${fewPlan.requests.length} vs ${manyPlan.requests.length} requests`,
      few,
      many,
    );

    for (const [plan, run] of [
      [fewPlan, few],
      [manyPlan, many],
    ] as const) {
      const person = run.data.viewer.person;
      expect(person.id).toBe(plan.owner.id);
      expect(normalizeReportPlan(person.activePlan)).toMatchObject(reportPlan(plan));
      expect(person.activePlan.readiness.reasons.length).toBeGreaterThan(0);
    }
    // The page is the newest five; the count is all of them.
    expect(many.data.viewer.person.activePlan.helpRequests.edges).toHaveLength(5);
    expect(many.data.viewer.person.activePlan.helpRequests.totalCount).toBe(manyPlan.requests.length);
  });
});

describe('JuniorHome', () => {
  it('costs the same statements for one delegation as for thirty, each with its check-ins', async () => {
    const fewDelegations = small.delegationsTo.get(small.focusJunior.id)!;
    const manyDelegations = large.delegationsTo.get(large.focusJunior.id)!;
    expect(fewDelegations).toHaveLength(1);
    expect(manyDelegations).toHaveLength(30);

    const few = await measureHome(server, await small.signIn(small.focusJunior.id), 'JuniorHome');
    const many = await measureHome(server, await large.signIn(large.focusJunior.id), 'JuniorHome');
    expectSameCost('JuniorHome, 1 vs 30 delegations', few, many);

    expect(normalizeJuniorRows(few.data.delegationsToMe)).toMatchObject(juniorRows(fewDelegations));
    expect(normalizeJuniorRows(many.data.delegationsToMe)).toMatchObject(juniorRows(manyDelegations));
    expect(manyDelegations.some((d) => d.atRisk) && manyDelegations.some((d) => !d.atRisk)).toBe(true);
  });
});
