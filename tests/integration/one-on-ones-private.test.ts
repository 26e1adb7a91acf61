import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { expectError, type PlanSummary, type Team } from '../support/plans';
import {
  addAgendaItem,
  CALENDAR_FEED_URL,
  completeOneOnOne,
  getOneOnOne,
  ONE_ON_ONE_FIELDS,
  oneOnOneTeam,
  PLAN_ONE_ON_ONES,
  rawBody,
  schedule,
  SET_PRIVATE_NOTE,
  setPrivateNote,
  settle,
  socket,
  subscribe,
  until,
  UPDATE_NOTES,
  type OneOnOneRow,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Private 1:1 notes (§1, §3): one per participant, read by its author only, through every path
 * that reaches a 1:1: the 1:1 itself, the plan's list and next 1:1, visiblePlans, a person's
 * active plan, mutation answers, live events, the calendar feed, the record export and the
 * promotion case. Every response body is searched, raw, for the other person's text.
 */

let server: TestServer;
let team: Team;
let plan: PlanSummary;
let oneOnOne: OneOnOneRow;
const SAM = 'SAM-PRIVATE-worried-about-the-promotion-talk';
const MAYA = 'MAYA-PRIVATE-sam-needs-a-stretch-project';

beforeAll(async () => {
  server = await startTestServer();
  ({ team, plan } = await oneOnOneTeam(server.url, 'Private'));
  oneOnOne = await schedule(team.manager.client, plan.id);
  await addAgendaItem(team.senior.client, oneOnOne.id, 'Pricing readout');
  // An earlier, done 1:1 with notes too: the plan's list holds more than one.
  const earlier = await schedule(team.manager.client, plan.id, new Date(Date.now() - 7 * 86_400_000).toISOString());
  await setPrivateNote(team.senior.client, earlier.id, `${SAM}-earlier`);
  await setPrivateNote(team.manager.client, earlier.id, `${MAYA}-earlier`);
  await completeOneOnOne(team.manager.client, earlier.id);
  await setPrivateNote(team.senior.client, oneOnOne.id, SAM);
  await setPrivateNote(team.manager.client, oneOnOne.id, MAYA);
});
afterAll(() => server?.stop());

/** Every GraphQL path to a 1:1 and its private note, in one document. */
const EVERY_PATH = `query($oneOnOne: ID!, $plan: ID!, $owner: ID!) {
  oneOnOne(id: $oneOnOne) { myPrivateNote plan { oneOnOnes { edges { node { id myPrivateNote } } } nextOneOnOne { myPrivateNote } } }
  plan(id: $plan) {
    oneOnOnes(first: 10) { edges { node { id myPrivateNote } } }
    nextOneOnOne { id myPrivateNote }
    promotionCase
  }
  visiblePlans { id nextOneOnOne { id myPrivateNote } oneOnOnes { edges { node { id myPrivateNote } } } }
  person(id: $owner) { activePlan { nextOneOnOne { myPrivateNote } oneOnOnes { edges { node { myPrivateNote } } } } }
  json: exportMyRecord(format: JSON)
  markdown: exportMyRecord(format: MARKDOWN)
}`;

async function everyPath(viewer: TestClient): Promise<{ body: string; data: any }> {
  const body = await rawBody(viewer, EVERY_PATH, {
    oneOnOne: oneOnOne.id,
    plan: plan.id,
    owner: team.senior.id,
  });
  const parsed = JSON.parse(body);
  expect(parsed.errors, body).toBeUndefined();
  return { body, data: parsed.data };
}

describe('private notes through every query', () => {
  it('the owner reads only their own, wherever the 1:1 is reached from', async () => {
    const { body, data } = await everyPath(team.senior.client);
    expect(data.oneOnOne.myPrivateNote).toBe(SAM);
    expect(data.plan.nextOneOnOne).toEqual({ id: oneOnOne.id, myPrivateNote: SAM });
    expect(data.plan.oneOnOnes.edges.map((e: any) => e.node.myPrivateNote)).toEqual([SAM, `${SAM}-earlier`]);
    expect(data.oneOnOne.plan.oneOnOnes.edges.map((e: any) => e.node.myPrivateNote)).toEqual([SAM, `${SAM}-earlier`]);
    expect(data.oneOnOne.plan.nextOneOnOne.myPrivateNote).toBe(SAM);
    expect(data.visiblePlans.find((p: any) => p.id === plan.id).nextOneOnOne.myPrivateNote).toBe(SAM);
    expect(data.person.activePlan.nextOneOnOne.myPrivateNote).toBe(SAM);
    // Their export holds their own notes (both), never the manager's.
    expect(
      JSON.parse(data.json)
        .myPrivateNotes.map((n: { text: string }) => n.text)
        .sort(),
    ).toEqual([SAM, `${SAM}-earlier`]);
    expect(data.markdown).toContain(SAM);
    expect(data.plan.promotionCase).not.toContain(SAM);
    expect(body).not.toContain('MAYA-PRIVATE');
  });

  it('the manager reads only their own', async () => {
    const { body, data } = await everyPath(team.manager.client);
    expect(data.oneOnOne.myPrivateNote).toBe(MAYA);
    expect(data.plan.nextOneOnOne.myPrivateNote).toBe(MAYA);
    expect(data.plan.oneOnOnes.edges.map((e: any) => e.node.myPrivateNote)).toEqual([MAYA, `${MAYA}-earlier`]);
    expect(data.visiblePlans.find((p: any) => p.id === plan.id).nextOneOnOne.myPrivateNote).toBe(MAYA);
    expect(data.person.activePlan.oneOnOnes.edges.map((e: any) => e.node.myPrivateNote)).toEqual([
      MAYA,
      `${MAYA}-earlier`,
    ]);
    expect(
      JSON.parse(data.json)
        .myPrivateNotes.map((n: { text: string }) => n.text)
        .sort(),
    ).toEqual([MAYA, `${MAYA}-earlier`]);
    expect(data.plan.promotionCase).not.toContain(MAYA);
    expect(body).not.toContain('SAM-PRIVATE');
  });

  it('the skip-level reads the 1:1 but no private note at all (null everywhere)', async () => {
    const { body, data } = await everyPath(team.top.client);
    expect(data.oneOnOne.myPrivateNote).toBeNull();
    expect(data.plan.nextOneOnOne).toEqual({ id: oneOnOne.id, myPrivateNote: null });
    expect(data.plan.oneOnOnes.edges.map((e: any) => e.node.myPrivateNote)).toEqual([null, null]);
    expect(data.visiblePlans.find((p: any) => p.id === plan.id).nextOneOnOne.myPrivateNote).toBeNull();
    expect(body).not.toContain('SAM-PRIVATE');
    expect(body).not.toContain('MAYA-PRIVATE');
  });

  it('a participant’s own note is replaced by their next save, and the other note stays as it was', async () => {
    const other = await schedule(team.senior.client, plan.id, new Date(Date.now() + 30 * 86_400_000).toISOString());
    await setPrivateNote(team.senior.client, other.id, 'SAM-PRIVATE-v1');
    await setPrivateNote(team.manager.client, other.id, 'MAYA-PRIVATE-v1');
    expect((await setPrivateNote(team.senior.client, other.id, 'SAM-PRIVATE-v2')).myPrivateNote).toBe('SAM-PRIVATE-v2');
    expect((await getOneOnOne(team.manager.client, other.id)).myPrivateNote).toBe('MAYA-PRIVATE-v1');
    expect((await getOneOnOne(team.senior.client, other.id)).myPrivateNote).toBe('SAM-PRIVATE-v2');
    const rows = await server.db.query(
      `SELECT author_id, text FROM private_note WHERE one_on_one_id = $1 ORDER BY text`,
      [other.id],
    );
    expect(rows).toEqual([
      { author_id: team.manager.id, text: 'MAYA-PRIVATE-v1' },
      { author_id: team.senior.id, text: 'SAM-PRIVATE-v2' },
    ]);
  });

  it('mutation answers carry the writer’s own note only', async () => {
    const saved = await rawBody(
      team.senior.client,
      `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "${SAM}" }) { ${ONE_ON_ONE_FIELDS} plan { nextOneOnOne { myPrivateNote } } } }`,
      { id: oneOnOne.id },
    );
    expect(saved).toContain(SAM);
    expect(saved).not.toContain('MAYA-PRIVATE');
    const { oneOnOne: current } = await team.manager.client.ok(
      `query($id: ID!) { oneOnOne(id: $id) { sharedNotesVersion } }`,
      { id: oneOnOne.id },
    );
    const notes = await rawBody(team.manager.client, UPDATE_NOTES, {
      input: { oneOnOneId: oneOnOne.id, version: current.sharedNotesVersion, notes: 'shared' },
    });
    expect(JSON.parse(notes).data.updateSharedNotes.myPrivateNote).toBe(MAYA);
    expect(notes).not.toContain('SAM-PRIVATE');
  });

  it('a private note holds up to 20 000 characters; one more is BAD_USER_INPUT on text and keeps the old note', async () => {
    const other = await schedule(team.senior.client, plan.id, new Date(Date.now() + 40 * 86_400_000).toISOString());
    const max = 'p'.repeat(20_000);
    expect((await setPrivateNote(team.senior.client, other.id, max)).myPrivateNote).toBe(max);
    expectError(
      await team.senior.client.gql(SET_PRIVATE_NOTE, {
        input: { oneOnOneId: other.id, text: `${max}!` },
      }),
      'BAD_USER_INPUT',
      'text',
    );
    expect((await getOneOnOne(team.senior.client, other.id)).myPrivateNote).toBe(max);
  });

  it('setPrivateNote: the skip-level is FORBIDDEN, strangers NOT_FOUND; nothing is written', async () => {
    const before = await server.db.query(`SELECT * FROM private_note WHERE one_on_one_id = $1 ORDER BY id`, [
      oneOnOne.id,
    ]);
    const input = { oneOnOneId: oneOnOne.id, text: 'TOP-PRIVATE' };
    const refused = await team.top.client.gql(SET_PRIVATE_NOTE, { input });
    expectError(refused, 'FORBIDDEN');
    expect(JSON.stringify(refused)).not.toMatch(/SAM-PRIVATE|MAYA-PRIVATE/);
    for (const stranger of [team.peer.client, team.admin, team.outsider]) {
      const result = await stranger.gql(SET_PRIVATE_NOTE, { input });
      expectError(result, 'NOT_FOUND');
      expect(JSON.stringify(result)).not.toMatch(/SAM-PRIVATE|MAYA-PRIVATE/);
    }
    expect(
      await server.db.query(`SELECT * FROM private_note WHERE one_on_one_id = $1 ORDER BY id`, [oneOnOne.id]),
    ).toEqual(before);
  });
});

describe('private notes and live events', () => {
  it('saving a private note is not announced; events carry the receiver’s own note, never the other’s', async () => {
    const target = await schedule(team.manager.client, plan.id, new Date(Date.now() + 60 * 86_400_000).toISOString());
    await setPrivateNote(team.manager.client, target.id, 'MAYA-PRIVATE-live');
    const forSam = await subscribe(socket(server.url, team.senior.client), target.id);
    const forMaya = await subscribe(socket(server.url, team.manager.client), target.id);
    try {
      await setPrivateNote(team.senior.client, target.id, 'SAM-PRIVATE-live');
      await setPrivateNote(team.manager.client, target.id, 'MAYA-PRIVATE-live-2');
      await settle();
      expect(forSam.payloads).toEqual([]);
      expect(forMaya.payloads).toEqual([]);

      await addAgendaItem(team.senior.client, target.id, 'Something shared');
      await until(() => forSam.events.length >= 1 && forMaya.events.length >= 1, 5_000, 'the agenda event');
      await settle(200);
      expect(forSam.events.map((e) => e.change)).toEqual(['AGENDA']);
      expect(forMaya.events.map((e) => e.change)).toEqual(['AGENDA']);
      expect(forSam.events[0].oneOnOne.myPrivateNote).toBe('SAM-PRIVATE-live');
      expect(forMaya.events[0].oneOnOne.myPrivateNote).toBe('MAYA-PRIVATE-live-2');
      expect(JSON.stringify(forSam.payloads)).not.toContain('MAYA-PRIVATE');
      expect(JSON.stringify(forMaya.payloads)).not.toContain('SAM-PRIVATE');
      expect(forSam.errors).toEqual([]);
    } finally {
      await forSam.close();
      await forMaya.close();
    }
  });
});

describe('private notes and the calendar feed', () => {
  it('no private note text inside either participant’s feed', async () => {
    for (const viewer of [team.senior.client, team.manager.client, team.top.client]) {
      const { viewer: me } = await viewer.ok(CALENDAR_FEED_URL);
      const response = await fetch(me.calendarFeedUrl);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toMatch(/SAM-PRIVATE|MAYA-PRIVATE/);
      // The participants' feeds hold the 1:1's shared agenda; the skip-level's does not.
      expect(text.includes('Pricing readout')).toBe(viewer !== team.top.client);
    }
  });
});

describe('the plan list does not leak through other plans', () => {
  it('the peer’s and the manager’s other plans show only their own notes', async () => {
    // The peer gets a plan and a 1:1 with the same manager; the manager’s notes there are theirs, Sam sees nothing of it.
    const peerPlan = (
      await team.manager.client.ok(`mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id } }`, {
        o: team.peer.id,
      })
    ).startPlan;
    const peerOneOnOne = await schedule(team.peer.client, peerPlan.id);
    await setPrivateNote(team.peer.client, peerOneOnOne.id, 'PEER-PRIVATE');
    expectError(await team.senior.client.gql(PLAN_ONE_ON_ONES, { id: peerPlan.id }), 'NOT_FOUND');
    const managerView = await rawBody(team.manager.client, PLAN_ONE_ON_ONES, { id: peerPlan.id });
    expect(managerView).not.toContain('PEER-PRIVATE');
    expect(JSON.parse(managerView).data.plan.nextOneOnOne.myPrivateNote).toBeNull();
    const samView = await rawBody(team.senior.client, `{ visiblePlans { nextOneOnOne { myPrivateNote } } }`);
    expect(samView).not.toMatch(/PEER-PRIVATE|MAYA-PRIVATE/);
  });
});
