import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import {
  ANTI_PATTERNS,
  DECIDE_HELP_REQUEST,
  HELP_REQUESTS,
  LOG_HELP_REQUEST,
  decideRequest,
  delegationRows,
  logRequest,
  requestInput,
  type TriageAnswers,
} from '../support/delegations';
import { addMember } from '../support/factories';
import {
  activePlanFor,
  expectError,
  orgWithTeam,
  updatePlan,
  type Member,
  type PlanSummary,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/** Help requests (§2.6): logging with the four answers, the recommendation, the decision, the list, and §2.7's OVERWHELMED_BY_REQUESTS. */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Triage');
});
afterAll(() => server?.stop());

let counter = 0;
async function ownerWithPlan(): Promise<{ owner: Member; plan: PlanSummary }> {
  const owner = await addMember(team.org, {
    name: `Lead-to-be ${++counter}`,
    managerId: team.manager.id,
  });
  return { owner, plan: await activePlanFor(team, owner) };
}

async function requestRow(id: string) {
  const [row] = await server.db.query(`SELECT * FROM help_request WHERE id = $1`, [id]);
  return row;
}

describe('logHelpRequest', () => {
  let owner: Member;
  let plan: PlanSummary;
  beforeAll(async () => {
    ({ owner, plan } = await ownerWithPlan());
  });

  it('with a requester of the organization: requesterName becomes their name; version 1, undecided, no hours, received now', async () => {
    const request = await logRequest(owner.client, plan.id, {
      requesterId: team.peer.id,
      requesterName: 'Ignored when a person is given',
      topic: '  How to size a holdout for the pricing test  ',
    });
    expect(request).toMatchObject({
      version: 1,
      requester: { id: team.peer.id, name: 'Triage Peer' },
      requesterName: 'Triage Peer',
      topic: 'How to size a holdout for the pricing test',
      uniqueSkill: true,
      reusableLesson: true,
      owningTeamExists: false,
      guidanceHorizon: 'WEEKS',
      recommendation: 'TEACH',
      decision: null,
      redirectedTo: null,
      hoursSpent: 0,
    });
    expect(Math.abs(Date.parse(request.receivedAt) - Date.now())).toBeLessThan(60_000);
    expect(await requestRow(request.id)).toMatchObject({
      plan_id: plan.id,
      requester_id: team.peer.id,
      requester_name: 'Triage Peer',
      decision: null,
      hours_spent: '0.00',
    });
  });

  it('with a free-text name: no requester person; the direct manager logs too', async () => {
    const request = await logRequest(team.manager.client, plan.id, {
      requesterName: '  Finance team ',
    });
    expect(request).toMatchObject({ requester: null, requesterName: 'Finance team' });
    expect(await requestRow(request.id)).toMatchObject({
      requester_id: null,
      requester_name: 'Finance team',
      plan_id: plan.id,
    });
  });

  it('refuses, with the field and nothing written: neither a requester nor a name, a requester of another organization or unknown, a blank topic', async () => {
    const before = await delegationRows(server.db, plan.id);
    const refuse = async (input: Record<string, unknown>, field: string) =>
      expectError(
        await owner.client.gql(LOG_HELP_REQUEST, { input: requestInput(plan.id, input) }),
        'BAD_USER_INPUT',
        field,
      );
    await refuse({ requesterName: null }, 'requesterName');
    await refuse({ requesterName: '   ' }, 'requesterName');
    await refuse({ requesterName: null, requesterId: team.foreigner.id }, 'requesterId');
    await refuse({ requesterName: 'Someone', requesterId: team.outsiderOrg.adminPersonId }, 'requesterId');
    await refuse({ requesterId: '00000000-0000-4000-8000-000000000000' }, 'requesterId');
    await refuse({ requesterId: 'nonsense' }, 'requesterId');
    await refuse({ topic: '  ' }, 'topic');
    await refuse({ guidanceHorizon: 'FOREVER' }, 'guidanceHorizon');
    expect(await delegationRows(server.db, plan.id)).toEqual(before);
  });

  it('recommends from the four answers (a few combinations; all 24 are unit-tested)', async () => {
    const cases: [TriageAnswers, string][] = [
      [
        {
          uniqueSkill: false,
          reusableLesson: true,
          owningTeamExists: true,
          guidanceHorizon: 'MONTHS',
        },
        'REDIRECT',
      ],
      [
        {
          uniqueSkill: true,
          reusableLesson: true,
          owningTeamExists: true,
          guidanceHorizon: 'ONE_OFF',
        },
        'TEACH',
      ],
      [
        {
          uniqueSkill: false,
          reusableLesson: true,
          owningTeamExists: false,
          guidanceHorizon: 'ONE_OFF',
        },
        'TEACH',
      ],
      [
        {
          uniqueSkill: true,
          reusableLesson: false,
          owningTeamExists: false,
          guidanceHorizon: 'WEEKS',
        },
        'HELP',
      ],
      [
        {
          uniqueSkill: true,
          reusableLesson: false,
          owningTeamExists: true,
          guidanceHorizon: 'MONTHS',
        },
        'HELP',
      ],
      [
        {
          uniqueSkill: true,
          reusableLesson: false,
          owningTeamExists: false,
          guidanceHorizon: 'ONE_OFF',
        },
        'REDIRECT',
      ],
      [
        {
          uniqueSkill: false,
          reusableLesson: false,
          owningTeamExists: false,
          guidanceHorizon: 'MONTHS',
        },
        'REDIRECT',
      ],
    ];
    for (const [answers, expected] of cases) {
      const request = await logRequest(owner.client, plan.id, answers);
      expect(request, JSON.stringify(answers)).toMatchObject({
        ...answers,
        recommendation: expected,
        decision: null,
      });
    }
  });
});

describe('decideHelpRequest', () => {
  let owner: Member;
  let plan: PlanSummary;
  beforeAll(async () => {
    ({ owner, plan } = await ownerWithPlan());
  });

  it('REDIRECT without a target: BAD_USER_INPUT redirectedTo, nothing written; with one: recorded, version 2', async () => {
    const request = await logRequest(owner.client, plan.id, {
      uniqueSkill: false,
      reusableLesson: false,
      owningTeamExists: true,
      guidanceHorizon: 'ONE_OFF',
    });
    expect(request.recommendation).toBe('REDIRECT');
    const before = await requestRow(request.id);
    for (const redirectedTo of [undefined, null, '', '   ']) {
      const result = await owner.client.gql(DECIDE_HELP_REQUEST, {
        input: { id: request.id, version: 1, decision: 'REDIRECT', redirectedTo, hoursSpent: 0.5 },
      });
      const error = expectError(result, 'BAD_USER_INPUT', 'redirectedTo');
      expect(error.message).toMatch(/redirect/i);
    }
    expect(await requestRow(request.id)).toEqual(before);

    const decided = await decideRequest(owner.client, {
      id: request.id,
      version: 1,
      decision: 'REDIRECT',
      redirectedTo: '  BI team on-call  ',
      hoursSpent: 0.25,
    });
    expect(decided).toMatchObject({
      version: 2,
      decision: 'REDIRECT',
      redirectedTo: 'BI team on-call',
      hoursSpent: 0.25,
      recommendation: 'REDIRECT',
    });
    expect(await requestRow(request.id)).toMatchObject({
      version: 2,
      decision: 'REDIRECT',
      redirected_to: 'BI team on-call',
      hours_spent: '0.25',
    });
  });

  it('a decision other than the recommendation, hours spent, a later change of mind (the redirect target goes), by the direct manager too', async () => {
    const request = await logRequest(owner.client, plan.id, {
      uniqueSkill: true,
      reusableLesson: false,
      owningTeamExists: false,
      guidanceHorizon: 'MONTHS',
    });
    expect(request.recommendation).toBe('HELP');
    const taught = await decideRequest(owner.client, {
      id: request.id,
      version: 1,
      decision: 'TEACH',
      hoursSpent: 1.5,
    });
    expect(taught).toMatchObject({
      version: 2,
      decision: 'TEACH',
      redirectedTo: null,
      hoursSpent: 1.5,
      recommendation: 'HELP',
    });
    const redirected = await decideRequest(team.manager.client, {
      id: request.id,
      version: 2,
      decision: 'REDIRECT',
      redirectedTo: 'Pricing guild',
    });
    // Hours not given: kept as they were.
    expect(redirected).toMatchObject({
      version: 3,
      decision: 'REDIRECT',
      redirectedTo: 'Pricing guild',
      hoursSpent: 1.5,
    });
    const helped = await decideRequest(owner.client, {
      id: request.id,
      version: 3,
      decision: 'HELP',
      redirectedTo: 'ignored',
      hoursSpent: 3,
    });
    expect(helped).toMatchObject({
      version: 4,
      decision: 'HELP',
      redirectedTo: null,
      hoursSpent: 3,
    });
    expect(await requestRow(request.id)).toMatchObject({
      version: 4,
      decision: 'HELP',
      redirected_to: null,
      hours_spent: '3.00',
    });
  });

  it('bad hours: BAD_USER_INPUT hoursSpent, nothing written', async () => {
    const request = await logRequest(owner.client, plan.id);
    const before = await requestRow(request.id);
    for (const hoursSpent of [-1, 0.1, 81]) {
      expectError(
        await owner.client.gql(DECIDE_HELP_REQUEST, {
          input: { id: request.id, version: 1, decision: 'HELP', hoursSpent },
        }),
        'BAD_USER_INPUT',
        'hoursSpent',
      );
    }
    expect(await requestRow(request.id)).toEqual(before);
  });

  it('a stale version: CONFLICT with the current version, nothing written', async () => {
    const request = await logRequest(owner.client, plan.id);
    const decided = await decideRequest(team.manager.client, {
      id: request.id,
      version: 1,
      decision: 'TEACH',
      hoursSpent: 1,
    });
    const before = await requestRow(request.id);
    const error = expectError(
      await owner.client.gql(DECIDE_HELP_REQUEST, {
        input: { id: request.id, version: 1, decision: 'HELP', hoursSpent: 2 },
      }),
      'CONFLICT',
    );
    expect(error.extensions!.current).toMatchObject({
      id: request.id,
      version: decided.version,
      decision: 'TEACH',
    });
    expect(await requestRow(request.id)).toEqual(before);
  });

  it('an unknown request: NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nonsense']) {
      expectError(
        await owner.client.gql(DECIDE_HELP_REQUEST, {
          input: { id, version: 1, decision: 'HELP' },
        }),
        'NOT_FOUND',
      );
    }
  });
});

describe('helpRequests', () => {
  let owner: Member;
  let plan: PlanSummary;
  let newestFirst: string[];
  beforeAll(async () => {
    ({ owner, plan } = await ownerWithPlan());
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(
        (
          await logRequest(owner.client, plan.id, {
            requesterName: `Asker ${i}`,
            topic: `Topic ${i}`,
          })
        ).id,
      );
    // Request i received i hours ago; requests 3 and 4 at the very same instant (ordered by id, descending).
    for (const [i, id] of ids.entries()) {
      await server.db.query(
        `UPDATE help_request SET received_at = date_trunc('second', now()) - make_interval(hours => $2) WHERE id = $1`,
        [id, i === 4 ? 3 : i],
      );
    }
    const tied = [ids[3], ids[4]].sort().reverse();
    newestFirst = [ids[0], ids[1], ids[2], ...tied, ids[5], ids[6]];
  });

  const page = (client: TestClient, first?: number, after?: string | null) =>
    client.gql(HELP_REQUESTS, { id: plan.id, first, after });

  it('newest first; first/after pages cover every request exactly once; totalCount on every page', async () => {
    for (const client of [owner.client, team.manager.client, team.top.client]) {
      const seen: string[] = [];
      const more: boolean[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const result = await page(client, 3, after);
        const connection = result.data!.plan.helpRequests;
        expect(connection.totalCount).toBe(7);
        expect(connection.edges.length).toBeLessThanOrEqual(3);
        for (const edge of connection.edges) expect(edge.cursor).toEqual(expect.any(String));
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
        seen.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
        more.push(connection.pageInfo.hasNextPage);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(newestFirst);
      expect(more).toEqual([true, true, false]);
    }
    // The default page holds them all.
    const all = (await page(owner.client)).data!.plan.helpRequests;
    expect(all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges[6].cursor });
    // After the last one: an empty page.
    const empty = (await page(owner.client, 5, all.pageInfo.endCursor)).data!.plan.helpRequests;
    expect(empty).toEqual({
      totalCount: 7,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('requests received within the same millisecond (stored to the microsecond) are neither skipped nor repeated', async () => {
    const other = await ownerWithPlan();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await logRequest(other.owner.client, other.plan.id, { topic: `Same ms ${i}` })).id);
    for (const [i, id] of ids.entries()) {
      await server.db.query(
        `UPDATE help_request SET received_at = timestamptz '2026-03-02 10:00:00.123000+00' + make_interval(secs => $2 / 1000000.0) WHERE id = $1`,
        [id, i * 100],
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 6; pages++) {
      const { plan: read }: { plan: any } = await other.owner.client.ok(HELP_REQUESTS, {
        id: other.plan.id,
        first: 1,
        after,
      });
      seen.push(...read.helpRequests.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!read.helpRequests.pageInfo.hasNextPage) break;
      after = read.helpRequests.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('a garbled cursor or a page size out of range: BAD_USER_INPUT', async () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const after of [
      'garbage',
      '!!!',
      forged(['not a date', 'x']),
      forged({ a: 1 }),
      forged(['2026-01-01T00:00:00.000Z', 'not-an-id']),
      forged(['2026', '00000000-0000-4000-8000-000000000000']),
      forged(['2026-01-01T00:00:00.000Z']),
    ]) {
      expectError(await page(owner.client, 3, after), 'BAD_USER_INPUT', 'after');
    }
    expectError(await page(owner.client, 0), 'BAD_USER_INPUT', 'first');
    expectError(await page(owner.client, -1), 'BAD_USER_INPUT', 'first');
    expectError(await page(owner.client, 101), 'BAD_USER_INPUT', 'first');
  });

  it('a cursor of another plan’s request reads nothing of that plan', async () => {
    const other = await ownerWithPlan();
    await logRequest(other.owner.client, other.plan.id, { topic: 'Secret topic' });
    const cursor = (await other.owner.client.ok(HELP_REQUESTS, { id: other.plan.id, first: 1 })).plan.helpRequests
      .pageInfo.endCursor;
    const result = await page(owner.client, 20, cursor);
    expect(JSON.stringify(result)).not.toContain('Secret topic');
  });
});

describe('who may triage', () => {
  let owner: Member;
  let plan: PlanSummary;
  let request: { id: string; version: number };
  beforeAll(async () => {
    ({ owner, plan } = await ownerWithPlan());
    request = await logRequest(owner.client, plan.id, {
      topic: 'Which elasticity estimate to use',
    });
  });

  it('the skip-level manager reads the requests but may neither log nor decide: FORBIDDEN, nothing written', async () => {
    const { plan: read } = await team.top.client.ok(HELP_REQUESTS, { id: plan.id });
    expect(read.helpRequests.edges.map((e: { node: { topic: string } }) => e.node.topic)).toEqual([
      'Which elasticity estimate to use',
    ]);
    const before = await delegationRows(server.db, plan.id);
    expectError(await team.top.client.gql(LOG_HELP_REQUEST, { input: requestInput(plan.id) }), 'FORBIDDEN');
    expectError(
      await team.top.client.gql(DECIDE_HELP_REQUEST, {
        input: { id: request.id, version: 1, decision: 'HELP', hoursSpent: 1 },
      }),
      'FORBIDDEN',
    );
    expect(await delegationRows(server.db, plan.id)).toEqual(before);
  });

  it('a peer, an admin outside the chain, another organization: NOT_FOUND for reading, logging and deciding', async () => {
    const before = await delegationRows(server.db, plan.id);
    for (const client of [team.peer.client, team.admin, team.outsider, team.foreigner.client]) {
      expectError(await client.gql(HELP_REQUESTS, { id: plan.id }), 'NOT_FOUND');
      expectError(await client.gql(LOG_HELP_REQUEST, { input: requestInput(plan.id) }), 'NOT_FOUND');
      expectError(
        await client.gql(DECIDE_HELP_REQUEST, {
          input: { id: request.id, version: 1, decision: 'HELP', hoursSpent: 1 },
        }),
        'NOT_FOUND',
      );
    }
    expect(await delegationRows(server.db, plan.id)).toEqual(before);
  });
});

describe('OVERWHELMED_BY_REQUESTS', () => {
  const finding = async (client: TestClient, planId: string) =>
    (await client.ok(ANTI_PATTERNS, { id: planId })).plan.antiPatterns.find(
      (a: { pattern: string }) => a.pattern === 'OVERWHELMED_BY_REQUESTS',
    );

  it('detected when the hours spent on requests of the last 28 days exceed 20% of four weekly budgets; older requests do not count', async () => {
    const { owner, plan } = await ownerWithPlan();
    expect(plan.weeklyHours).toBe(40);
    expect(await finding(owner.client, plan.id)).toEqual({
      pattern: 'OVERWHELMED_BY_REQUESTS',
      detected: false,
      selfReported: false,
      evidence: null,
    });

    const spend = async (hoursSpent: number) => {
      const request = await logRequest(owner.client, plan.id);
      return decideRequest(owner.client, {
        id: request.id,
        version: 1,
        decision: 'HELP',
        hoursSpent,
      });
    };
    const big = await spend(20);
    await spend(12);
    // 32 h of 160 h: exactly 20%, not above.
    expect(await finding(owner.client, plan.id)).toMatchObject({ detected: false, evidence: null });

    const small = await spend(0.25);
    const detected = await finding(owner.client, plan.id);
    expect(detected).toMatchObject({
      pattern: 'OVERWHELMED_BY_REQUESTS',
      detected: true,
      selfReported: false,
    });
    expect(detected.evidence).toContain('32.25 h');
    expect(detected.evidence).toContain('160 h');
    // The manager and the skip-level see the same finding.
    expect(await finding(team.manager.client, plan.id)).toEqual(detected);
    expect(await finding(team.top.client, plan.id)).toEqual(detected);

    // 27 days ago still counts; 29 days ago no longer does.
    await server.db.query(`UPDATE help_request SET received_at = now() - interval '27 days' WHERE id = $1`, [small.id]);
    expect((await finding(owner.client, plan.id)).detected).toBe(true);
    await server.db.query(`UPDATE help_request SET received_at = now() - interval '29 days' WHERE id = $1`, [small.id]);
    expect(await finding(owner.client, plan.id)).toMatchObject({ detected: false, evidence: null });
    await server.db.query(`UPDATE help_request SET received_at = now() - interval '40 days' WHERE id = $1`, [big.id]);
    await spend(19.75);
    // 12 + 19.75 = 31.75 h in the window.
    expect((await finding(owner.client, plan.id)).detected).toBe(false);
  });

  it('scales with the plan’s budget: 30 h a week puts the line at 24 h', async () => {
    const { owner, plan } = await ownerWithPlan();
    await updatePlan(team.manager.client, { id: plan.id, version: plan.version, weeklyHours: 30 });
    const request = await logRequest(owner.client, plan.id);
    await decideRequest(owner.client, {
      id: request.id,
      version: 1,
      decision: 'TEACH',
      hoursSpent: 24,
    });
    expect((await finding(owner.client, plan.id)).detected).toBe(false);
    const another = await logRequest(owner.client, plan.id);
    await decideRequest(owner.client, {
      id: another.id,
      version: 1,
      decision: 'TEACH',
      hoursSpent: 0.25,
    });
    const detected = await finding(owner.client, plan.id);
    expect(detected.detected).toBe(true);
    expect(detected.evidence).toContain('24.25 h');
    expect(detected.evidence).toContain('120 h');
  });
});
