import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePlanFor, expectError, orgWithTeam, startPlan, type Team } from '../support/plans';
import {
  addActionItem,
  dateFromToday,
  daysFromNow,
  freshPlan,
  getOneOnOne,
  PLAN_ONE_ON_ONES,
  schedule,
  SCHEDULE,
  updateActionItem,
  type ActionItemRow,
  type OneOnOneRow,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/** scheduleOneOnOne (§3): who may schedule, carry-over of open action items, the plan's list of 1:1s. */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Sched');
});
afterAll(() => server?.stop());

async function countOneOnOnes(planId: string): Promise<number> {
  const [row] = await server.db.query(`SELECT count(*)::int AS n FROM one_on_one WHERE plan_id = $1`, [planId]);
  return row.n;
}

describe('scheduleOneOnOne: who may schedule', () => {
  let planId: string;
  beforeAll(async () => {
    planId = (await activePlanFor(team)).id;
  });

  it('either participant schedules: the owner and the direct manager, UPCOMING at the time asked, empty notes at version 1', async () => {
    const at = daysFromNow(3);
    const byOwner = await schedule(team.senior.client, planId, at);
    expect(byOwner).toMatchObject({
      scheduledAt: at,
      status: 'UPCOMING',
      sharedNotes: '',
      sharedNotesVersion: 1,
      myPrivateNote: null,
      plan: { id: planId },
      agenda: [],
      actionItems: [],
    });
    const byManager = await schedule(team.manager.client, planId, daysFromNow(10));
    expect(byManager.status).toBe('UPCOMING');
    expect(byManager.id).not.toBe(byOwner.id);
    // Both can read both.
    expect((await getOneOnOne(team.manager.client, byOwner.id)).id).toBe(byOwner.id);
    expect((await getOneOnOne(team.senior.client, byManager.id)).id).toBe(byManager.id);
  });

  it('a skip-level manager reads the plan but may not schedule: FORBIDDEN; everyone else NOT_FOUND; nothing is created', async () => {
    const before = await countOneOnOnes(planId);
    const input = { planId, scheduledAt: daysFromNow(5) };
    expectError(await team.top.client.gql(SCHEDULE, { input }), 'FORBIDDEN');
    for (const stranger of [team.peer.client, team.admin, team.outsider, team.foreigner.client]) {
      expectError(await stranger.gql(SCHEDULE, { input }), 'NOT_FOUND');
    }
    expectError(
      await team.manager.client.gql(SCHEDULE, {
        input: { planId: '00000000-0000-4000-8000-000000000000', scheduledAt: daysFromNow(5) },
      }),
      'NOT_FOUND',
    );
    expect(await countOneOnOnes(planId)).toBe(before);
  });

  it('a plan of another organization is NOT_FOUND', async () => {
    // The foreigner's own plan, started by their manager (the other org's admin): our manager cannot schedule on it.
    const foreignPlan = await startPlan(team.outsider, team.foreigner.id);
    expectError(
      await team.manager.client.gql(SCHEDULE, {
        input: { planId: foreignPlan.id, scheduledAt: daysFromNow(1) },
      }),
      'NOT_FOUND',
    );
    expect(await countOneOnOnes(foreignPlan.id)).toBe(0);
    // Over there, the foreigner schedules their own.
    expect((await schedule(team.foreigner.client, foreignPlan.id)).status).toBe('UPCOMING');
  });
});

describe('carry-over across three 1:1s', () => {
  it('copies the open action items of the previous 1:1 with carriedFrom, never done ones, leaves the old ones as they were, and chains', async () => {
    const { owner: senior, plan } = await freshPlan(team);
    const { manager } = team;

    const first = await schedule(manager.client, plan.id, daysFromNow(-14));
    const openA = await addActionItem(
      senior.client,
      first.id,
      senior.id,
      'Draft the pricing readout',
      dateFromToday(20),
    );
    const doneB = await addActionItem(manager.client, first.id, manager.id, 'Book the review room');
    const openC = await addActionItem(manager.client, first.id, manager.id, 'Introduce Sam to the platform lead');
    const tickedB = await updateActionItem(manager.client, {
      id: doneB.id,
      version: doneB.version,
      done: true,
    });
    const firstBefore = await getOneOnOne(manager.client, first.id);

    const second = await schedule(senior.client, plan.id, daysFromNow(-7));
    const carried = second.actionItems;
    expect(carried.map((a) => a.text)).toEqual(['Draft the pricing readout', 'Introduce Sam to the platform lead']);
    const [a2, c2] = carried as [ActionItemRow, ActionItemRow];
    expect(a2).toMatchObject({
      owner: { id: senior.id },
      dueOn: dateFromToday(20),
      done: false,
      carriedFrom: { id: openA.id },
    });
    expect(c2).toMatchObject({
      owner: { id: manager.id },
      dueOn: null,
      done: false,
      carriedFrom: { id: openC.id },
    });
    expect(new Set(carried.map((a) => a.id)).has(openA.id)).toBe(false);

    // The first 1:1's items are untouched: same ids, versions, texts, done flags, no carriedFrom.
    const firstAfter = await getOneOnOne(manager.client, first.id);
    expect(firstAfter.actionItems).toEqual(firstBefore.actionItems);
    expect(firstAfter.actionItems.find((a) => a.id === doneB.id)).toMatchObject({
      done: true,
      version: tickedB.version,
    });
    expect(firstAfter.actionItems.every((a) => a.carriedFrom === null && a.done === (a.id === doneB.id))).toBe(true);

    // In the second: C is done, D is new and open; A stays open.
    await updateActionItem(manager.client, { id: c2.id, version: c2.version, done: true });
    const openD = await addActionItem(senior.client, second.id, senior.id, 'Pair with Ana on the drift alert');

    const third = await schedule(manager.client, plan.id, daysFromNow(1));
    expect(third.actionItems.map((a) => a.text)).toEqual([
      'Draft the pricing readout',
      'Pair with Ana on the drift alert',
    ]);
    expect(third.actionItems.map((a) => a.carriedFrom!.id)).toEqual([a2.id, openD.id]);

    // A carried twice: third → second → first.
    const { oneOnOne } = await manager.client.ok(
      `query($id: ID!) { oneOnOne(id: $id) { actionItems { id text carriedFrom { id text carriedFrom { id text carriedFrom { id } } } } } }`,
      { id: third.id },
    );
    expect(oneOnOne.actionItems[0]).toEqual({
      id: third.actionItems[0].id,
      text: 'Draft the pricing readout',
      carriedFrom: {
        id: a2.id,
        text: 'Draft the pricing readout',
        carriedFrom: { id: openA.id, text: 'Draft the pricing readout', carriedFrom: null },
      },
    });

    // The second's items are as they were after the edits above: nothing moved them.
    const secondAfter = await getOneOnOne(senior.client, second.id);
    expect(secondAfter.actionItems.map((a) => [a.text, a.done])).toEqual([
      ['Draft the pricing readout', false],
      ['Introduce Sam to the platform lead', true],
      ['Pair with Ana on the drift alert', false],
    ]);

    // Carried items are independent copies: ticking the new one leaves the old one open.
    const a3 = third.actionItems[0];
    await updateActionItem(senior.client, { id: a3.id, version: a3.version, done: true });
    expect((await getOneOnOne(senior.client, second.id)).actionItems[0]).toMatchObject({
      id: a2.id,
      done: false,
      version: a2.version,
    });
  });

  it('carried items keep the order they had', async () => {
    const { owner: senior, plan } = await freshPlan(team);
    const first = await schedule(team.manager.client, plan.id, daysFromNow(-7));
    const texts = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    for (const text of texts)
      await addActionItem(senior.client, first.id, text.length % 2 ? senior.id : team.manager.id, text);
    const second = await schedule(senior.client, plan.id, daysFromNow(1));
    expect(second.actionItems.map((a) => a.text)).toEqual(texts);
    expect((await getOneOnOne(team.manager.client, second.id)).actionItems.map((a) => a.text)).toEqual(texts);
  });

  it('the first 1:1 of a plan carries nothing', async () => {
    const { owner: senior, plan } = await freshPlan(team);
    expect((await schedule(senior.client, plan.id)).actionItems).toEqual([]);
  });
});

describe('GrowthPlan.oneOnOnes and nextOneOnOne', () => {
  it('lists newest first with first/after paging and totalCount; nextOneOnOne is the earliest UPCOMING', async () => {
    const { owner: senior, plan } = await freshPlan(team);
    const { manager, top } = team;
    const empty = (await manager.client.ok(PLAN_ONE_ON_ONES, { id: plan.id, first: 2 })).plan;
    expect(empty.oneOnOnes).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
    expect(empty.nextOneOnOne).toBeNull();

    // Scheduled out of order: two past (one of them done), three upcoming.
    const offsets = [7, -21, 21, -7, 14];
    const made: OneOnOneRow[] = [];
    for (const days of offsets)
      made.push(await schedule(days % 2 ? manager.client : senior.client, plan.id, daysFromNow(days)));
    const byDays = (days: number) => made[offsets.indexOf(days)];
    await manager.client.ok(`mutation($id: ID!) { completeOneOnOne(id: $id) { id } }`, {
      id: byDays(-21).id,
    });
    const newestFirst = [21, 14, 7, -7, -21].map((d) => byDays(d).id);

    for (const viewer of [manager.client, senior.client, top.client]) {
      const pages: string[] = [];
      let after: string | null = null;
      const sizes: number[] = [];
      for (;;) {
        const { plan: page }: { plan: any } = await viewer.ok(PLAN_ONE_ON_ONES, {
          id: plan.id,
          first: 2,
          after,
        });
        expect(page.oneOnOnes.totalCount).toBe(5);
        sizes.push(page.oneOnOnes.edges.length);
        pages.push(...page.oneOnOnes.edges.map((e: { node: { id: string } }) => e.node.id));
        expect(page.oneOnOnes.pageInfo.endCursor).toBe(page.oneOnOnes.edges.at(-1)?.cursor ?? null);
        if (!page.oneOnOnes.pageInfo.hasNextPage) break;
        after = page.oneOnOnes.pageInfo.endCursor;
      }
      expect(sizes).toEqual([2, 2, 1]);
      expect(pages).toEqual(newestFirst);

      // The earliest UPCOMING, even though a DONE one and a past UPCOMING one exist.
      const { plan: whole } = await viewer.ok(PLAN_ONE_ON_ONES, { id: plan.id });
      expect(whole.oneOnOnes.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst);
      expect(whole.oneOnOnes.pageInfo.hasNextPage).toBe(false);
      expect(whole.nextOneOnOne.id).toBe(byDays(-7).id);
      const statuses = whole.oneOnOnes.edges.map((e: { node: { status: string } }) => e.node.status);
      expect(statuses).toEqual(['UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'DONE']);
    }

    // Once the earliest upcoming one is done, the next one takes its place.
    await senior.client.ok(`mutation($id: ID!) { completeOneOnOne(id: $id) { id } }`, {
      id: byDays(-7).id,
    });
    expect((await senior.client.ok(PLAN_ONE_ON_ONES, { id: plan.id })).plan.nextOneOnOne.id).toBe(byDays(7).id);
  });

  it('pages through 1:1s stored within one millisecond of each other without skipping any', async () => {
    const { owner: senior, plan } = await freshPlan(team);
    const made: OneOnOneRow[] = [];
    for (let i = 0; i < 4; i++) made.push(await schedule(team.manager.client, plan.id));
    // Times as PostgreSQL keeps them, to the microsecond: all in the same millisecond.
    const micros = ['123456', '123400', '123999', '123001'];
    for (const [i, oneOnOne] of made.entries()) {
      await server.db.query(`UPDATE one_on_one SET scheduled_at = $2::timestamptz WHERE id = $1`, [
        oneOnOne.id,
        `2030-05-01T10:00:00.${micros[i]}Z`,
      ]);
    }
    const expected = [2, 0, 1, 3].map((i) => made[i].id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 6; page++) {
      const { plan: read }: { plan: any } = await senior.client.ok(PLAN_ONE_ON_ONES, {
        id: plan.id,
        first: 1,
        after,
      });
      seen.push(...read.oneOnOnes.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!read.oneOnOnes.pageInfo.hasNextPage) break;
      after = read.oneOnOnes.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('refuses a bad page: first out of range or a garbled cursor is BAD_USER_INPUT', async () => {
    const { plan } = await freshPlan(team);
    await schedule(team.manager.client, plan.id);
    expectError(await team.manager.client.gql(PLAN_ONE_ON_ONES, { id: plan.id, first: 0 }), 'BAD_USER_INPUT', 'first');
    for (const after of [
      'not-a-cursor',
      Buffer.from(JSON.stringify(['yesterday', plan.id])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z'])).toString('base64url'),
    ]) {
      expectError(
        await team.manager.client.gql(PLAN_ONE_ON_ONES, { id: plan.id, first: 2, after }),
        'BAD_USER_INPUT',
        'after',
      );
    }
  });
});
