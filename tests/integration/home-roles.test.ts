import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import {
  advanceTo,
  checkIn,
  createDelegation,
  decideRequest,
  logRequest,
  type DelegationRow,
} from '../support/delegations';
import { addMember, addPerson, createOrg, type Org } from '../support/factories';
import { home, instant, runHome, type HomeOperation } from '../support/home';
import {
  addActionItem,
  completeOneOnOne,
  dateFromToday,
  daysFromNow,
  getOneOnOne,
  schedule,
  setPrivateNote,
  updateActionItem,
} from '../support/one-on-ones';
import {
  addActivity,
  addGoal,
  expectError,
  rateSignal,
  startPlan,
  updateActivity,
  updatePlan,
  type Member,
  type PlanSummary,
} from '../support/plans';
import { quarterFromNow, startReflection } from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Each role's home on data made through the API (PRODUCT.md §1 and §5): a manager sees every
 * plan below them — reports' reports included, archived plans and other managers' teams not —
 * with readiness, target archetype, hours shifted this quarter, the next 1:1 and its open
 * action items, delegations at risk and when their next check-in is due, and anti-patterns; a
 * report sees their own plan and nobody else's; a junior sees what was handed to them and never
 * the plan around it; an admin outside the chain and another organization's manager see no plan
 * of this team; no home answer ever carries someone else's private 1:1 note.
 */

let server: TestServer;
let org: Org;
/** Rosa: the manager (no manager herself, so the admin is in nobody's chain). */
let manager: Member;
/** Leo: a team lead under Rosa. */
let lead: Member;
/** Ada: Rosa's report, the full plan. */
let ada: Member;
/** Ben: Rosa's report, a clear blocker and too many requests. */
let ben: Member;
/** Cleo: Leo's report (Rosa's report's report). */
let cleo: Member;
/** Dev: Rosa's report whose plan was archived. */
let dev: Member;
/** Jo: a junior under Rosa, delegatee of some of Ada's work. */
let jo: Member;
/** Kim: a junior under Leo, without an account. */
let kimId: string;
/** Omar: another manager of the same organization, and his report Pia. */
let omar: Member;
let pia: Member;
/** Another organization: its manager Farid and his report Gus. */
let foreignOrg: Org;
let farid: Member;
let gus: Member;

let adaPlan: PlanSummary;
let benPlan: PlanSummary;
let cleoPlan: PlanSummary;
let devPlan: PlanSummary;
let piaPlan: PlanSummary;
let gusPlan: PlanSummary;

/** Ada's week as it ends up: churn modeling 10 h and ad-hoc requests 6 − 1 h (owned by Jo) DOING, reviews 7 h MULTIPLYING. */
const ADA_WEEK = { doing: 10 + (6 - 1), multiplying: 7 };
/** The snapshot frozen last quarter, before the shift: 14 + 6 h DOING, 4 h MULTIPLYING. */
const ADA_BASELINE = { doing: 14 + 6, multiplying: 4 };

interface Expected {
  id: string;
  kind: string;
  atRisk: boolean;
  /** The last check-in's time, or the delegation's creation when there was none; null once OWNED. */
  dueFrom: 'lastCheckIn' | 'createdAt' | null;
}
/** Ada's delegations, in creation order, and what the home must say of each. */
const delegationsExpected: Expected[] = [];
let adaNext: { id: string; actionItems: { text: string; ownerId: string }[] };
let cleoNextId: string;
/** Every private note written: who wrote it and its text. */
const privateNotes: { authorId: string; text: string; oneOnOneId: string }[] = [];

async function activate(by: TestClient, ownerId: string, extra: Record<string, unknown> = {}): Promise<PlanSummary> {
  const plan = await startPlan(by, ownerId, extra);
  return updatePlan(by, { id: plan.id, version: plan.version, status: 'ACTIVE' });
}

async function note(by: Member, oneOnOneId: string, text: string): Promise<void> {
  await setPrivateNote(by.client, oneOnOneId, text);
  privateNotes.push({ authorId: by.id, text, oneOnOneId });
}

beforeAll(async () => {
  server = await startTestServer();
  org = await createOrg(server.url, 'Roles');
  manager = await addMember(org, {
    name: 'Rosa Manager',
    title: 'Data Science Manager',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: null,
  });
  lead = await addMember(org, {
    name: 'Leo Lead',
    title: 'Team Lead',
    level: 'LEAD',
    track: 'MANAGER',
    managerId: manager.id,
  });
  ada = await addMember(org, {
    name: 'Ada Senior',
    title: 'Senior Data Scientist',
    managerId: manager.id,
  });
  ben = await addMember(org, {
    name: 'Ben Senior',
    title: 'Senior ML Engineer',
    managerId: manager.id,
  });
  cleo = await addMember(org, { name: 'Cleo Senior', managerId: lead.id });
  dev = await addMember(org, { name: 'Dev Senior', managerId: manager.id });
  jo = await addMember(org, {
    name: 'Jo Junior',
    title: 'Junior Data Scientist',
    level: 'JUNIOR',
    managerId: manager.id,
  });
  kimId = (await addPerson(org.admin, { name: 'Kim Junior', level: 'JUNIOR', managerId: lead.id })).id;
  omar = await addMember(org, {
    name: 'Omar Manager',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: null,
  });
  pia = await addMember(org, { name: 'Pia Senior', managerId: omar.id });
  foreignOrg = await createOrg(server.url, 'Elsewhere');
  farid = await addMember(foreignOrg, {
    name: 'Farid Manager',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: null,
  });
  gus = await addMember(foreignOrg, { name: 'Gus Senior', managerId: farid.id });

  // Ada: ready for the change, toward Tech Lead. Her week is frozen in last quarter's
  // reflection, then shifts: 4 h less modeling, 3 h more reviews; an addition goal.
  adaPlan = await activate(manager.client, ada.id, { targetArchetype: 'TECH_LEAD' });
  const modeling = await addActivity(ada.client, adaPlan.id, {
    name: 'Churn modeling',
    hoursPerWeek: 14,
    mode: 'DOING',
    leverage: 'NEUTRAL',
  });
  const adhoc = await addActivity(ada.client, adaPlan.id, {
    name: 'Ad-hoc requests',
    hoursPerWeek: 6,
    mode: 'DOING',
    leverage: 'OVERHEAD',
  });
  const reviews = await addActivity(ada.client, adaPlan.id, {
    name: 'Reviews',
    hoursPerWeek: 4,
    mode: 'MULTIPLYING',
    leverage: 'HIGH',
  });
  const frozen = await startReflection(manager.client, adaPlan.id, quarterFromNow(-1));
  expect(frozen.snapshot).toMatchObject({
    doingHours: ADA_BASELINE.doing,
    multiplyingHours: ADA_BASELINE.multiplying,
  });
  await updateActivity(ada.client, {
    id: modeling.id,
    version: modeling.version,
    hoursPerWeek: 10,
  });
  await updateActivity(ada.client, { id: reviews.id, version: reviews.version, hoursPerWeek: 7 });
  await rateSignal(
    manager.client,
    adaPlan.id,
    'DIMINISHING_RETURNS',
    'CLEAR',
    'Each model iteration moves the metric less.',
  );
  await rateSignal(manager.client, adaPlan.id, 'ROLE_MODEL', 'CLEAR', 'Her notebooks are the template.');
  await rateSignal(ada.client, adaPlan.id, 'ROLE_MODEL', 'EMERGING');
  await addGoal(ada.client, adaPlan.id, {
    title: 'Prepare a conference talk',
    lever: 'REPRESENT_EXPERTISE',
    start: {
      newActivityName: 'Conference talk',
      mode: 'MULTIPLYING',
      leverage: 'NEUTRAL',
      hoursPerWeek: 2,
    },
  });

  // Ada's delegations: one of each kind the home must tell apart.
  const delegate = async (
    kind: string,
    activityId: string,
    delegateeId: string,
    atRisk: boolean,
    dueFrom: Expected['dueFrom'],
  ): Promise<DelegationRow> => {
    const row = await createDelegation(ada.client, adaPlan.id, {
      activityId,
      delegateeId,
      hoursPerWeek: 1,
      learningObjective: `Learn by doing (${kind}).`,
    });
    delegationsExpected.push({ id: row.id, kind, atRisk, dueFrom });
    return row;
  };
  const shaky = await delegate('low confidence', modeling.id, jo.id, true, 'lastCheckIn');
  await checkIn(ada.client, shaky.id, 4, 1, 'Went fine.');
  await checkIn(jo.client, shaky.id, 2, 0, 'Lost in the feature store.');
  const never = await delegate('never checked in, 20 days old', modeling.id, kimId, true, 'createdAt');
  const silent = await delegate('silent for 16 days', modeling.id, jo.id, true, 'lastCheckIn');
  await checkIn(ada.client, silent.id, 4, 1, 'Good start.');
  const both = await delegate('low confidence and silent', adhoc.id, kimId, true, 'lastCheckIn');
  await checkIn(ada.client, both.id, 1, 1, 'Not going well.');
  const healthy = await delegate('healthy', adhoc.id, jo.id, false, 'lastCheckIn');
  await checkIn(ada.client, healthy.id, 5, 1, 'Ran it alone.');
  await checkIn(jo.client, healthy.id, 4, 0, 'I am fine.');
  const owned = await delegate('owned', adhoc.id, jo.id, false, null);
  await advanceTo(ada.client, owned, 'OWNED');
  // Time passes for three of them (the API records check-ins and creations when they happen).
  await server.db.query(`UPDATE delegation SET created_at = now() - interval '20 days' WHERE id = $1`, [never.id]);
  await server.db.query(`UPDATE check_in SET at = now() - interval '16 days' WHERE delegation_id = $1`, [silent.id]);
  await server.db.query(`UPDATE check_in SET at = now() - interval '20 days' WHERE delegation_id = $1`, [both.id]);

  // Ada's 1:1s: last week's (done, with an item done and two open) and the next one, which
  // carries the two open ones over and adds one.
  const past = await schedule(manager.client, adaPlan.id, daysFromNow(-7));
  await addActionItem(ada.client, past.id, ada.id, 'Draft the pricing readout', dateFromToday(-1));
  await addActionItem(manager.client, past.id, manager.id, 'Book a pairing session with Jo');
  const done = await addActionItem(ada.client, past.id, ada.id, 'Share the churn notebook');
  await updateActionItem(ada.client, { id: done.id, version: done.version, done: true });
  await note(manager, past.id, 'Rosa private: Ada is ready, talk to the director.');
  await completeOneOnOne(manager.client, past.id);
  const next = await schedule(manager.client, adaPlan.id, daysFromNow(3));
  await addActionItem(ada.client, next.id, ada.id, 'Prepare the delegation review', dateFromToday(10));
  await note(ada, next.id, 'Ada private: ask about the Lead title.');
  await note(manager, next.id, 'Rosa private: salary band discussion.');
  adaNext = {
    id: next.id,
    actionItems: [
      { text: 'Draft the pricing readout', ownerId: ada.id },
      { text: 'Book a pairing session with Jo', ownerId: manager.id },
      { text: 'Prepare the delegation review', ownerId: ada.id },
    ],
  };
  await logRequest(ada.client, adaPlan.id, { topic: 'Churn definition for finance' });
  await logRequest(ada.client, adaPlan.id, {
    topic: 'Why the dashboard differs',
    requesterName: 'Pricing PM',
  });

  // Ben: a clear blocker, no archetype, only this quarter's reflection (no earlier baseline),
  // no 1:1, and 36 h of help requests in four weeks (over 20 % of 4 × 40 h).
  benPlan = await activate(manager.client, ben.id);
  await addActivity(ben.client, benPlan.id, {
    name: 'Model serving',
    hoursPerWeek: 30,
    mode: 'DOING',
    leverage: 'NEUTRAL',
  });
  await rateSignal(manager.client, benPlan.id, 'INCONSISTENCY', 'CLEAR', 'The same leakage came back twice.');
  await rateSignal(ben.client, benPlan.id, 'INCONSISTENCY', 'NOT_SEEN');
  await startReflection(manager.client, benPlan.id, quarterFromNow(0));
  for (const topic of ['Serving latency', 'GPU quota', 'Feature store access']) {
    const request = await logRequest(ben.client, benPlan.id, { topic });
    await decideRequest(ben.client, {
      id: request.id,
      version: request.version,
      decision: 'HELP',
      hoursSpent: 12,
    });
  }

  // Cleo: Leo's report; Leo runs her plan and her 1:1s.
  cleoPlan = await activate(lead.client, cleo.id);
  const cleoNext = await schedule(lead.client, cleoPlan.id, daysFromNow(2));
  cleoNextId = cleoNext.id;
  await addActionItem(lead.client, cleoNext.id, cleo.id, 'Write the design doc');
  await note(lead, cleoNext.id, 'Leo private: Cleo might move teams.');

  // Dev: a plan that was archived. Pia: Omar's team. Gus: another organization.
  const devStarted = await activate(manager.client, dev.id);
  devPlan = await updatePlan(manager.client, {
    id: devStarted.id,
    version: devStarted.version,
    status: 'ARCHIVED',
  });
  piaPlan = await activate(omar.client, pia.id);
  gusPlan = await activate(farid.client, gus.id);
});
afterAll(() => server?.stop());

/** The plan row of `visiblePlans` for a plan id. */
function rowOf(data: any, planId: string): any {
  const row = data.visiblePlans.find((p: { id: string }) => p.id === planId);
  if (!row)
    throw new Error(
      `plan ${planId} is not on this home: ${JSON.stringify(data.visiblePlans.map((p: { id: string }) => p.id))}`,
    );
  return row;
}

const detected = (row: any) => row.antiPatterns.filter((a: any) => a.detected).map((a: any) => a.pattern);

/**
 * Hours Ada moved from DOING to MULTIPLYING since the baseline (§4): she gave up 20 − 15 = 5 h of
 * DOING and gained 7 − 4 = 3 h of MULTIPLYING; only the smaller, 3 h, is a real shift.
 */
const ADA_SHIFTED = 3;

describe("the manager's home", () => {
  let data: any;
  beforeAll(async () => {
    data = await home(manager.client, 'ManagerHome');
  });

  it('lists every plan below her, her reports’ reports’ included; not the archived one, not another manager’s team', () => {
    expect(data.visiblePlans.map((p: { id: string }) => p.id)).toEqual([adaPlan.id, benPlan.id, cleoPlan.id]);
    for (const absent of [devPlan.id, piaPlan.id, gusPlan.id]) expect(JSON.stringify(data)).not.toContain(absent);
    // Her reports two levels deep, each with their plan or none (Dev's is archived).
    const reports = data.viewer.person.reports;
    const byName = Object.fromEntries(reports.map((r: any) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['Ada Senior', 'Ben Senior', 'Dev Senior', 'Jo Junior', 'Leo Lead']);
    expect(byName['Ada Senior'].activePlan).toEqual({ id: adaPlan.id });
    expect(byName['Ben Senior'].activePlan).toEqual({ id: benPlan.id });
    expect(byName['Dev Senior'].activePlan).toBeNull();
    expect(byName['Jo Junior']).toMatchObject({ level: 'JUNIOR', activePlan: null });
    expect(byName['Leo Lead'].reports.map((r: any) => [r.name, r.activePlan])).toEqual([
      ['Cleo Senior', { id: cleoPlan.id }],
      ['Kim Junior', null],
    ]);
  });

  it('shows Ada ready for the change toward Tech Lead, the hours shifted since last quarter, the week', () => {
    const row = rowOf(data, adaPlan.id);
    expect(row).toMatchObject({
      status: 'ACTIVE',
      targetLevel: 'LEAD',
      targetArchetype: 'TECH_LEAD',
      owner: {
        id: ada.id,
        name: 'Ada Senior',
        title: 'Senior Data Scientist',
        manager: { id: manager.id },
      },
      readiness: { stage: 'READY_FOR_CHANGE' },
      week: {
        current: {
          byMode: [
            { key: 'DOING', hours: ADA_WEEK.doing },
            { key: 'MULTIPLYING', hours: ADA_WEEK.multiplying },
          ],
        },
        // The conference talk adds 2 h of multiplying work without stopping anything.
        projected: {
          byMode: [
            { key: 'DOING', hours: ADA_WEEK.doing },
            { key: 'MULTIPLYING', hours: ADA_WEEK.multiplying + 2 },
          ],
        },
      },
    });
    expect(row.shiftedThisQuarter).toBe(ADA_SHIFTED);
    expect(detected(row)).toEqual(['ADDITION_NOT_CHANGE']);
  });

  it('shows her next 1:1 with the open action items carried over and the new one', () => {
    const row = rowOf(data, adaPlan.id);
    expect(row.nextOneOnOne.id).toBe(adaNext.id);
    expect(Date.parse(row.nextOneOnOne.scheduledAt)).toBeGreaterThan(Date.now());
    expect(
      row.nextOneOnOne.actionItems.map((a: any) => ({
        text: a.text,
        ownerId: a.owner.id,
        done: a.done,
      })),
    ).toEqual(adaNext.actionItems.map((a) => ({ ...a, done: false })));
    expect(row.nextOneOnOne.actionItems[0].dueOn).toBe(dateFromToday(-1));
  });

  it('tells which delegations are at risk (low confidence, silent for 14 days, both) and when each next check-in is due', async () => {
    const row = rowOf(data, adaPlan.id);
    // The times as stored: the last check-in, or the creation when there was none. Oldest
    // first (the one never checked in on was made 20 days ago).
    const times: { id: string; created_at: Date; last_at: Date | null }[] = await server.db.query(
      `SELECT d.id, d.created_at, max(c.at) AS last_at FROM delegation d LEFT JOIN check_in c ON c.delegation_id = d.id
       WHERE d.id = ANY($1) GROUP BY d.id, d.created_at ORDER BY d.created_at, d.id`,
      [delegationsExpected.map((d) => d.id)],
    );
    expect(row.delegations.map((d: any) => d.id)).toEqual(times.map((t) => t.id));
    const timeOf = new Map(times.map((t) => [t.id, t]));
    for (const expected of delegationsExpected) {
      const got = row.delegations.find((d: any) => d.id === expected.id);
      const t = timeOf.get(expected.id)!;
      const from =
        expected.dueFrom === 'lastCheckIn' ? t.last_at : expected.dueFrom === 'createdAt' ? t.created_at : null;
      expect(from === null, expected.kind).toBe(expected.dueFrom === null);
      expect({ atRisk: got.atRisk, nextCheckInDue: instant(got.nextCheckInDue) }, expected.kind).toEqual({
        atRisk: expected.atRisk,
        nextCheckInDue: from && new Date(new Date(from).getTime() + 14 * 86_400_000).toISOString(),
      });
    }
    expect(row.delegations.find((d: any) => d.id === delegationsExpected.at(-1)!.id)).toMatchObject({
      stage: 'OWNED',
      atRisk: false,
      nextCheckInDue: null,
    });
    const names = { [jo.id]: 'Jo Junior', [kimId]: 'Kim Junior' };
    for (const got of row.delegations) expect(got.delegatee.name).toBe(names[got.delegatee.id]);
    expect(row.delegations.filter((d: any) => d.delegatee.id === kimId)).toHaveLength(2);
  });

  it('shows Ben’s clear blocker, no shift without an earlier quarter, no 1:1, and the requests overwhelming him', () => {
    const row = rowOf(data, benPlan.id);
    expect(row).toMatchObject({
      targetArchetype: null,
      readiness: { stage: 'FOCUS_ON_SENIOR_SCOPE' },
      shiftedThisQuarter: null,
      nextOneOnOne: null,
      delegations: [],
    });
    expect(detected(row)).toEqual(['OVERWHELMED_BY_REQUESTS']);
  });

  it('shows Cleo’s plan, run by Leo, with her next 1:1', () => {
    const row = rowOf(data, cleoPlan.id);
    expect(row).toMatchObject({
      owner: { id: cleo.id, manager: { id: lead.id } },
      readiness: { stage: 'BUILDING_SIGNALS' },
      shiftedThisQuarter: null,
      nextOneOnOne: {
        id: cleoNextId,
        actionItems: [{ text: 'Write the design doc', done: false, owner: { id: cleo.id } }],
      },
    });
    expect(detected(row)).toEqual([]);
  });
});

describe('other viewers', () => {
  it('the team lead sees his report’s plan only', async () => {
    const data = await home(lead.client, 'ManagerHome');
    expect(data.visiblePlans.map((p: { id: string }) => p.id)).toEqual([cleoPlan.id]);
    expect(data.viewer.person.reports.map((r: any) => r.name)).toEqual(['Cleo Senior', 'Kim Junior']);
  });

  it('a report sees her own plan summary, what she owes and her recent requests, and no one else’s plan', async () => {
    const { viewer } = await home(ada.client, 'ReportHome');
    const plan = viewer.person.activePlan;
    expect(viewer.person.id).toBe(ada.id);
    expect(plan).toMatchObject({
      id: adaPlan.id,
      status: 'ACTIVE',
      currentLevel: 'SENIOR',
      targetLevel: 'LEAD',
      targetArchetype: 'TECH_LEAD',
      manager: { id: manager.id, name: 'Rosa Manager' },
      readiness: { stage: 'READY_FOR_CHANGE' },
      shiftedThisQuarter: ADA_SHIFTED,
      week: {
        budgetHours: 40,
        freeHours: 40 - ADA_WEEK.doing - ADA_WEEK.multiplying,
        current: { totalHours: ADA_WEEK.doing + ADA_WEEK.multiplying },
        projected: { totalHours: ADA_WEEK.doing + ADA_WEEK.multiplying + 2 },
      },
      goals: [
        {
          title: 'Prepare a conference talk',
          status: 'PROPOSED',
          stop: null,
          start: { activityName: 'Conference talk', hoursPerWeek: 2 },
        },
      ],
      nextOneOnOne: { id: adaNext.id },
      helpRequests: { totalCount: 2 },
    });
    expect(plan.readiness.reasons.join(' ')).toMatch(/Role model/i);
    // What she owes: her own open action items of the next 1:1.
    const owes = plan.nextOneOnOne.actionItems
      .filter((a: any) => a.owner.id === ada.id && !a.done)
      .map((a: any) => a.text);
    expect(owes).toEqual(adaNext.actionItems.filter((a) => a.ownerId === ada.id).map((a) => a.text));
    // Newest first.
    expect(plan.helpRequests.edges.map((e: any) => e.node.topic)).toEqual([
      'Why the dashboard differs',
      'Churn definition for finance',
    ]);
    expect(plan.helpRequests.edges[0].node).toMatchObject({
      requesterName: 'Pricing PM',
      recommendation: 'TEACH',
      decision: null,
      hoursSpent: 0,
    });

    // Her manager home holds her own plan only and no reports; Ben's plan is NOT_FOUND to her.
    const managerHome = await home(ada.client, 'ManagerHome');
    expect(managerHome.visiblePlans.map((p: { id: string }) => p.id)).toEqual([adaPlan.id]);
    expect(managerHome.viewer.person.reports).toEqual([]);
    expectError(await ada.client.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: benPlan.id }), 'NOT_FOUND');
    const peer = await ada.client.ok(`query($id: ID!) { person(id: $id) { id activePlan { id } } }`, { id: ben.id });
    expect(peer.person).toEqual({ id: ben.id, activePlan: null });

    const benHome = await home(ben.client, 'ReportHome');
    expect(benHome.viewer.person.activePlan).toMatchObject({
      id: benPlan.id,
      nextOneOnOne: null,
      shiftedThisQuarter: null,
      helpRequests: { totalCount: 3 },
    });
  });

  it('a junior sees what was handed to her, with the next check-in due, and never the plan behind it', async () => {
    const data = await home(jo.client, 'JuniorHome');
    const mine = delegationsExpected.filter((d) =>
      ['low confidence', 'silent for 16 days', 'healthy', 'owned'].includes(d.kind),
    );
    expect(data.delegationsToMe.map((d: any) => d.id)).toEqual(mine.map((d) => d.id));
    for (const [i, expected] of mine.entries()) {
      const got = data.delegationsToMe[i];
      expect(got, expected.kind).toMatchObject({
        atRisk: expected.atRisk,
        delegator: { id: ada.id, name: 'Ada Senior' },
      });
      expect(got.nextCheckInDue === null, expected.kind).toBe(expected.dueFrom === null);
      if (got.nextCheckInDue !== null) {
        const last = got.checkIns.at(-1);
        expect(instant(got.nextCheckInDue), expected.kind).toBe(
          new Date(Date.parse(last.at) + 14 * 86_400_000).toISOString(),
        );
      }
    }
    // Her own check-in on the shaky one, and Ada's before it, oldest first.
    expect(data.delegationsToMe[0].checkIns.map((c: any) => [c.side, c.confidence])).toEqual([
      ['DELEGATOR', 4],
      ['DELEGATEE', 2],
    ]);

    // The plan stays NOT_FOUND to her, through the delegation and directly; she has no plan of her own.
    const throughDelegation = await jo.client.gql(`{ delegationsToMe { id plan { id } } }`);
    expectError(throughDelegation, 'NOT_FOUND');
    expect(JSON.stringify(throughDelegation.data ?? null)).not.toContain(adaPlan.id);
    expectError(await jo.client.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: adaPlan.id }), 'NOT_FOUND');
    expect((await home(jo.client, 'ManagerHome')).visiblePlans).toEqual([]);
    expect((await home(jo.client, 'ReportHome')).viewer.person.activePlan).toBeNull();
  });

  it('an admin outside the chain sees no plan: not on a home, not through a person, not by id', async () => {
    const data = await home(org.admin, 'ManagerHome');
    expect(data.visiblePlans).toEqual([]);
    expect(data.viewer.person.reports).toEqual([]);
    expect((await home(org.admin, 'ReportHome')).viewer.person.activePlan).toBeNull();
    expect((await home(org.admin, 'JuniorHome')).delegationsToMe).toEqual([]);
    const person = await org.admin.ok(`query($id: ID!) { person(id: $id) { id activePlan { id } } }`, { id: ada.id });
    expect(person.person).toEqual({ id: ada.id, activePlan: null });
    expectError(await org.admin.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: adaPlan.id }), 'NOT_FOUND');
  });

  it('another manager of the organization sees his own team only', async () => {
    const data = await home(omar.client, 'ManagerHome');
    expect(data.visiblePlans.map((p: { id: string }) => p.id)).toEqual([piaPlan.id]);
    expect(data.viewer.person.reports.map((r: any) => r.id)).toEqual([pia.id]);
  });

  it("another organization's manager sees nothing of this one", async () => {
    const data = await home(farid.client, 'ManagerHome');
    expect(data.visiblePlans.map((p: { id: string }) => p.id)).toEqual([gusPlan.id]);
    expect(data.viewer.person.reports.map((r: any) => r.id)).toEqual([gus.id]);
    for (const id of [manager.id, ada.id, adaPlan.id, cleoPlan.id]) expect(JSON.stringify(data)).not.toContain(id);
    expectError(await farid.client.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: adaPlan.id }), 'NOT_FOUND');
    expectError(await farid.client.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: ada.id }), 'NOT_FOUND');
    expectError(
      await farid.client.gql(`query($id: ID!) { oneOnOne(id: $id) { id } }`, { id: adaNext.id }),
      'NOT_FOUND',
    );
  });
});

describe('private 1:1 notes', () => {
  it('never appear in any home answer of anyone but their author', async () => {
    expect(privateNotes.length).toBeGreaterThanOrEqual(4);
    const viewers: [string, Member | { id: string; client: TestClient }][] = [
      ['manager', manager],
      ['lead', lead],
      ['ada', ada],
      ['ben', ben],
      ['cleo', cleo],
      ['jo', jo],
      ['admin', { id: org.adminPersonId, client: org.admin }],
      ['omar', omar],
      ['farid', farid],
    ];
    for (const [who, viewer] of viewers) {
      for (const operation of ['ManagerHome', 'ReportHome', 'JuniorHome'] as HomeOperation[]) {
        const { body, errors } = await runHome(viewer.client, operation);
        expect(errors, `${who} ${operation}`).toBeUndefined();
        for (const n of privateNotes.filter((p) => p.authorId !== viewer.id))
          expect(body, `${who} ${operation}`).not.toContain(n.text);
      }
    }
  });

  it('myPrivateNote of a 1:1 is only ever the author’s own', async () => {
    const mine = (by: Member, oneOnOneId: string) =>
      privateNotes.find((p) => p.authorId === by.id && p.oneOnOneId === oneOnOneId)?.text ?? null;
    for (const [by, oneOnOneId] of [
      [manager, adaNext.id],
      [ada, adaNext.id],
      [lead, cleoNextId],
      [cleo, cleoNextId],
      [manager, cleoNextId],
    ] as const) {
      const got = await getOneOnOne(by.client, oneOnOneId);
      expect(got.myPrivateNote, `${by.id} on ${oneOnOneId}`).toBe(mine(by, oneOnOneId));
    }
    // Rosa reads Cleo's 1:1 as a higher manager: the shared part, never Leo's note.
    expect(mine(manager, cleoNextId)).toBeNull();
  });
});
