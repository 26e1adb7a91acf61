import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResponse, type TestClient } from '../support/client';
import { addMember, addPerson, createOrg, type Org } from '../support/factories';
import { ADVANCE_DELEGATION, createDelegation, type DelegationRow } from '../support/delegations';
import {
  CALENDAR_FEED_URL,
  daysFromNow,
  ONE_ON_ONE,
  schedule,
  setPrivateNote,
  updateSharedNotes,
  UPDATE_NOTES,
  type OneOnOneRow,
} from '../support/one-on-ones';
import {
  ACTIVE_PLAN,
  addActivity,
  getPlan,
  RATE_SIGNAL,
  startPlan,
  UPDATE_PLAN,
  updatePlan,
  VISIBLE_PLANS,
  type Member,
  type PlanSummary,
} from '../support/plans';
import { PLAN_REFLECTIONS, SIGN_OFF_REFLECTION, startReflection, type ReflectionRow } from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Issue 12, "access follows the record" (PRODUCT.md §1, §4b; docs/security-access.md): after a
 * report's manager changes, who reads what of the report's plans, row by row.
 *
 *   admin (ADMIN, in nobody's chain)
 *   Chris Top (the common skip-level)
 *   ├── Alex Former ── Sam moves away from Alex (Jo Junior, the delegatee, stays)
 *   └── Blair New ──── … to Blair
 *
 * Sam has an ARCHIVED plan (a 1:1 with shared and private notes, a delegation, a reflection)
 * and an open one (a past and a next 1:1), both stored under Alex before the move.
 */

let server: TestServer;
let org: Org;
let outsider: Org;
let top: Member;
let former: Member;
let fresh: Member;
let sam: Member;
let junior: Member;
let archived: PlanSummary;
let open: PlanSummary;
let archivedOneOnOne: OneOnOneRow;
let openPast: OneOnOneRow;
let openNext: OneOnOneRow;
let delegation: DelegationRow;
let reflection: ReflectionRow;

const NOTES = {
  archivedShared: 'Shared notes of the archived plan',
  archivedFormer: "Alex's private note on the archived plan",
  archivedSam: "Sam's private note on the archived plan",
  openShared: 'Shared notes of the open plan',
  openFormer: "Alex's private note on the open plan",
};

const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id manager { id } } }`;
const RECORD = `{ exportMyRecord(format: JSON) }`;

beforeAll(async () => {
  server = await startTestServer();
  org = await createOrg(server.url, 'Moves');
  outsider = await createOrg(server.url, 'Moves Elsewhere');
  top = await addMember(org, {
    name: 'Chris Top',
    level: 'PRINCIPAL',
    track: 'MANAGER',
    managerId: null,
  });
  former = await addMember(org, {
    name: 'Alex Former',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: top.id,
  });
  fresh = await addMember(org, {
    name: 'Blair New',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: top.id,
  });
  sam = await addMember(org, { name: 'Sam Owner', managerId: former.id });
  junior = await addMember(org, { name: 'Jo Junior', level: 'JUNIOR', managerId: former.id });

  // The first plan: a 1:1 with both kinds of notes, a delegation, a reflection; then archived.
  const first = await startPlan(former.client, sam.id);
  await updatePlan(former.client, { id: first.id, version: first.version, status: 'ACTIVE' });
  const pipeline = await addActivity(sam.client, first.id, {
    name: 'Pipeline upkeep',
    hoursPerWeek: 8,
    mode: 'DOING',
    leverage: 'NEUTRAL',
  });
  delegation = await createDelegation(sam.client, first.id, {
    activityId: pipeline.id,
    delegateeId: junior.id,
    hoursPerWeek: 4,
  });
  reflection = await startReflection(sam.client, first.id);
  archivedOneOnOne = await schedule(former.client, first.id, daysFromNow(-3));
  await updateSharedNotes(
    former.client,
    archivedOneOnOne.id,
    archivedOneOnOne.sharedNotesVersion,
    NOTES.archivedShared,
  );
  await setPrivateNote(former.client, archivedOneOnOne.id, NOTES.archivedFormer);
  await setPrivateNote(sam.client, archivedOneOnOne.id, NOTES.archivedSam);
  const current = await getPlan(former.client, first.id);
  archived = await updatePlan(former.client, {
    id: first.id,
    version: current.version,
    status: 'ARCHIVED',
  });

  // The open plan, with a past 1:1 (shared and private notes) and the next one.
  const second = await startPlan(former.client, sam.id);
  open = await updatePlan(former.client, {
    id: second.id,
    version: second.version,
    status: 'ACTIVE',
  });
  openPast = await schedule(former.client, open.id, daysFromNow(-2));
  await updateSharedNotes(former.client, openPast.id, openPast.sharedNotesVersion, NOTES.openShared);
  await setPrivateNote(former.client, openPast.id, NOTES.openFormer);
  openNext = await schedule(sam.client, open.id, daysFromNow(2));

  // An admin (in nobody's chain) moves Sam from Alex to Blair.
  await org.admin.ok(UPDATE_PERSON, { input: { id: sam.id, managerId: fresh.id } });
});
afterAll(() => server?.stop());

function expectCode(result: GraphQLResponse, code: string): void {
  expect(errorCode(result), JSON.stringify(result.errors ?? result.data)).toBe(code);
}

async function visiblePlanIds(client: TestClient): Promise<string[]> {
  return (await client.ok(VISIBLE_PLANS)).visiblePlans.map((p: { id: string }) => p.id);
}

/** The raw text of the viewer's iCalendar feed. */
async function calendarFeed(client: TestClient): Promise<string> {
  const url = (await client.ok(CALENDAR_FEED_URL)).viewer.calendarFeedUrl as string;
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

async function record(client: TestClient): Promise<string> {
  return (await client.ok(RECORD)).exportMyRecord;
}

const PLAN_WITH_NOTES = `query($id: ID!) { plan(id: $id) { id status manager { id } delegations { id } reflections { id }
  oneOnOnes(first: 10) { edges { node { id sharedNotes myPrivateNote } } } } }`;

describe('the former manager (the report no longer reports to them)', () => {
  it('gets NOT_FOUND for the archived plan, its 1:1, its shared notes, its delegation and its reflection', async () => {
    const client = former.client;
    expectCode(await client.gql(PLAN_WITH_NOTES, { id: archived.id }), 'NOT_FOUND');
    expectCode(await client.gql(ONE_ON_ONE, { id: archivedOneOnOne.id }), 'NOT_FOUND');
    expectCode(
      await client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: archivedOneOnOne.id, version: 2, notes: 'x' },
      }),
      'NOT_FOUND',
    );
    expectCode(
      await client.gql(ADVANCE_DELEGATION, {
        input: { id: delegation.id, version: delegation.version, stage: 'SHADOWING' },
      }),
      'NOT_FOUND',
    );
    expectCode(await client.gql(SIGN_OFF_REFLECTION, { id: reflection.id }), 'NOT_FOUND');
    expectCode(await client.gql(PLAN_REFLECTIONS, { id: archived.id }), 'NOT_FOUND');
  });

  it('gets NOT_FOUND for the open plan and its past 1:1s (the hand-over)', async () => {
    expectCode(await former.client.gql(PLAN_WITH_NOTES, { id: open.id }), 'NOT_FOUND');
    expectCode(await former.client.gql(ONE_ON_ONE, { id: openPast.id }), 'NOT_FOUND');
    expect((await former.client.ok(ACTIVE_PLAN, { id: sam.id })).person.activePlan).toBeNull();
  });

  it('sees none of the plans on their home, and none of the 1:1s in their calendar feed', async () => {
    const home = await visiblePlanIds(former.client);
    expect(home).not.toContain(archived.id);
    expect(home).not.toContain(open.id);
    const feed = await calendarFeed(former.client);
    for (const oneOnOne of [archivedOneOnOne, openPast, openNext]) expect(feed).not.toContain(oneOnOne.id);
    expect(feed).not.toContain('Sam Owner');
  });
});

describe('the new manager', () => {
  it('reads and writes the open plan, and reads the shared part of its past 1:1s, never a private note', async () => {
    const { plan } = await fresh.client.ok(PLAN_WITH_NOTES, { id: open.id });
    expect(plan.manager.id).toBe(fresh.id);
    const notes = plan.oneOnOnes.edges.map((e: { node: unknown }) => e.node);
    expect(notes).toEqual(
      expect.arrayContaining([{ id: openPast.id, sharedNotes: NOTES.openShared, myPrivateNote: null }]),
    );
    expect((await fresh.client.ok(ONE_ON_ONE, { id: openPast.id })).oneOnOne).toMatchObject({
      sharedNotes: NOTES.openShared,
      myPrivateNote: null,
    });
    const { rateSignal } = await fresh.client.ok(RATE_SIGNAL, {
      input: { planId: open.id, signal: 'ROLE_MODEL', rating: 'CLEAR' },
    });
    expect(rateSignal.managerRating).toBe('CLEAR');
    expect(await visiblePlanIds(fresh.client)).toContain(open.id);
    const feed = await calendarFeed(fresh.client);
    expect(feed).toContain(openNext.id);
    expect(feed).toContain(openPast.id);
  });

  it('gets NOT_FOUND for the archived plan stored under the former manager, its 1:1, delegation and reflection', async () => {
    const client = fresh.client;
    expectCode(await client.gql(PLAN_WITH_NOTES, { id: archived.id }), 'NOT_FOUND');
    expectCode(await client.gql(ONE_ON_ONE, { id: archivedOneOnOne.id }), 'NOT_FOUND');
    expectCode(
      await client.gql(ADVANCE_DELEGATION, {
        input: { id: delegation.id, version: delegation.version, stage: 'SHADOWING' },
      }),
      'NOT_FOUND',
    );
    expectCode(await client.gql(SIGN_OFF_REFLECTION, { id: reflection.id }), 'NOT_FOUND');
    expect(await visiblePlanIds(client)).not.toContain(archived.id);
    expect(await calendarFeed(client)).not.toContain(archivedOneOnOne.id);
  });
});

describe('the common skip-level (above both managers)', () => {
  it('still reads both plans and the shared part of their 1:1s, and writes nothing', async () => {
    const { plan } = await top.client.ok(PLAN_WITH_NOTES, { id: archived.id });
    expect(plan).toMatchObject({
      status: 'ARCHIVED',
      manager: { id: former.id },
      delegations: [{ id: delegation.id }],
      reflections: [{ id: reflection.id }],
    });
    expect(plan.oneOnOnes.edges).toEqual([
      { node: { id: archivedOneOnOne.id, sharedNotes: NOTES.archivedShared, myPrivateNote: null } },
    ]);
    expect((await top.client.ok(ONE_ON_ONE, { id: archivedOneOnOne.id })).oneOnOne).toMatchObject({
      sharedNotes: NOTES.archivedShared,
      myPrivateNote: null,
    });
    expect((await top.client.ok(PLAN_WITH_NOTES, { id: open.id })).plan.manager.id).toBe(fresh.id);
    expect(await visiblePlanIds(top.client)).toContain(open.id);
    expectCode(
      await top.client.gql(RATE_SIGNAL, {
        input: { planId: open.id, signal: 'ROLE_MODEL', rating: 'EMERGING' },
      }),
      'FORBIDDEN',
    );
    expectCode(
      await top.client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: openNext.id, version: openNext.sharedNotesVersion, notes: 'x' },
      }),
      'FORBIDDEN',
    );
    // The skip-level takes part in no 1:1.
    expect(await calendarFeed(top.client)).not.toContain(openNext.id);
  });
});

describe('the owner', () => {
  it('reads everything of their record: both plans, every 1:1 shared part, their own private note only', async () => {
    expect((await sam.client.ok(PLAN_WITH_NOTES, { id: archived.id })).plan.status).toBe('ARCHIVED');
    expect((await sam.client.ok(ONE_ON_ONE, { id: archivedOneOnOne.id })).oneOnOne).toMatchObject({
      sharedNotes: NOTES.archivedShared,
      myPrivateNote: NOTES.archivedSam,
    });
    expect((await sam.client.ok(ONE_ON_ONE, { id: openPast.id })).oneOnOne).toMatchObject({
      sharedNotes: NOTES.openShared,
      myPrivateNote: null,
    });
    const mine = await record(sam.client);
    for (const text of [NOTES.archivedShared, NOTES.openShared, NOTES.archivedSam]) expect(mine).toContain(text);
    for (const text of [NOTES.archivedFormer, NOTES.openFormer]) expect(mine).not.toContain(text);
  });
});

describe('private notes', () => {
  it('stay with their author alone: kept, in the author’s own record, read by nobody else', async () => {
    const [row] = await server.db.query(`SELECT count(*)::int AS n FROM private_note WHERE one_on_one_id = ANY($1)`, [
      [archivedOneOnOne.id, openPast.id],
    ]);
    expect(row.n).toBe(3);
    const alex = await record(former.client);
    expect(alex).toContain(NOTES.archivedFormer);
    expect(alex).toContain(NOTES.openFormer);
    expect(alex).not.toContain(NOTES.archivedSam);
    for (const client of [fresh.client, top.client]) {
      const text = await record(client);
      for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
    }
  });
});

describe('an admin and another organization', () => {
  it('read no plan content (NOT_FOUND), before or after the move', async () => {
    for (const client of [org.admin, outsider.admin]) {
      for (const id of [archived.id, open.id]) expectCode(await client.gql(PLAN_WITH_NOTES, { id }), 'NOT_FOUND');
      for (const id of [archivedOneOnOne.id, openPast.id])
        expectCode(await client.gql(ONE_ON_ONE, { id }), 'NOT_FOUND');
    }
  });
});

describe('a stored manager who is now a skip-level', () => {
  it('keeps reading the archived plan (read only); the new manager below them does not see it', async () => {
    const lead = await addMember(org, {
      name: 'Dana Lead',
      level: 'LEAD',
      track: 'MANAGER',
      managerId: former.id,
    });
    const report = await addMember(org, { name: 'Riley Report', managerId: former.id });
    const plan = await startPlan(former.client, report.id);
    const gone = await updatePlan(former.client, {
      id: plan.id,
      version: plan.version,
      status: 'ARCHIVED',
    });
    await org.admin.ok(UPDATE_PERSON, { input: { id: report.id, managerId: lead.id } });

    expect((await getPlan(former.client, plan.id)).status).toBe('ARCHIVED');
    expectCode(
      await former.client.gql(UPDATE_PLAN, {
        input: { id: plan.id, version: gone.version, targetArchetype: 'SOLVER' },
      }),
      'FORBIDDEN',
    );
    expectCode(await lead.client.gql(PLAN_WITH_NOTES, { id: plan.id }), 'NOT_FOUND');
    expect((await report.client.ok(PLAN_WITH_NOTES, { id: plan.id })).plan.status).toBe('ARCHIVED');
  });
});

describe('admins moving people (no move into one’s own line that hands over plan content)', () => {
  async function state(personId: string, planId: string) {
    const [person] = await server.db.query(`SELECT name, manager_id FROM person WHERE id = $1`, [personId]);
    const [plan] = await server.db.query(`SELECT manager_id, version FROM growth_plan WHERE id = $1`, [planId]);
    return { person, plan };
  }

  it('refuses to move a person with an open plan under the admin, or under someone below the admin; nothing changes', async () => {
    const manager = await addMember(org, {
      name: 'Evan Manager',
      track: 'MANAGER',
      managerId: top.id,
    });
    const report = await addMember(org, { name: 'Kim Report', managerId: manager.id });
    const plan = await startPlan(manager.client, report.id);
    const helper = await addPerson(org.admin, {
      name: 'Xavi Admin Report',
      managerId: org.adminPersonId,
    });
    const before = await state(report.id, plan.id);

    for (const managerId of [org.adminPersonId, helper.id]) {
      const result = await org.admin.gql(UPDATE_PERSON, {
        input: { id: report.id, managerId, name: 'Renamed' },
      });
      expectCode(result, 'FORBIDDEN');
      expect(result.errors![0].message).toMatch(/another admin/);
      expect(result.errors![0].message).toMatch(/manager chain/);
      expect(await state(report.id, plan.id)).toEqual(before);
      expectCode(await org.admin.gql(PLAN_WITH_NOTES, { id: plan.id }), 'NOT_FOUND');
    }
    // Nor by moving the manager above the plan (their team comes along).
    const team = await org.admin.gql(UPDATE_PERSON, {
      input: { id: manager.id, managerId: org.adminPersonId },
    });
    expectCode(team, 'FORBIDDEN');
    expect((await state(report.id, plan.id)).person.manager_id).toBe(manager.id);
    const [moved] = await server.db.query(`SELECT manager_id FROM person WHERE id = $1`, [manager.id]);
    expect(moved.manager_id).toBe(top.id);
    expectCode(await org.admin.gql(PLAN_WITH_NOTES, { id: plan.id }), 'NOT_FOUND');
  });

  it('still places people without a plan anywhere, and lets those already above a person move them', async () => {
    const newcomer = await addPerson(org.admin, { name: 'New Hire', managerId: org.adminPersonId });
    const planless = await addMember(org, { name: 'Lee Planless', managerId: top.id });
    const moved = await org.admin.ok(UPDATE_PERSON, {
      input: { id: planless.id, managerId: org.adminPersonId },
    });
    expect(moved.updatePerson.manager.id).toBe(org.adminPersonId);
    expect(newcomer.id).toBeTruthy();

    // A manager outside the chain cannot pull a report under themself; the skip-level above can.
    const manager = await addMember(org, {
      name: 'Fay Manager',
      track: 'MANAGER',
      managerId: top.id,
    });
    const report = await addMember(org, { name: 'Gus Report', managerId: manager.id });
    const plan = await startPlan(manager.client, report.id);
    expectCode(await fresh.client.gql(UPDATE_PERSON, { input: { id: report.id, managerId: fresh.id } }), 'FORBIDDEN');
    expect((await state(report.id, plan.id)).plan.manager_id).toBe(manager.id);
    await top.client.ok(UPDATE_PERSON, { input: { id: report.id, managerId: top.id } });
    expect((await getPlan(top.client, plan.id)).manager.id).toBe(top.id);
  });
});
