import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addGap, currentQuarter, expectError, orgWithTeam, type Team } from '../support/plans';
import {
  SHARE_REFLECTION,
  SIGN_OFF_REFLECTION,
  START_REFLECTION,
  UPDATE_REFLECTION,
  quarterFromNow,
  reflectionFixture,
  reflectionRows,
  shareReflection,
  signOffReflection,
  startReflection,
  updateReflection,
  type ReflectionFixture,
  type ReflectionRow,
} from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * A quarterly reflection through the API (§4): who starts it and for which quarter, each side
 * writing its own text, the report's next gap and self-reported anti-patterns, and the
 * DRAFT → SHARED → SIGNED_OFF machine with both signatures.
 */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Reflect');
});
afterAll(() => server?.stop());

const rows = (planId: string) => reflectionRows(server.db, planId);

describe('startReflection', () => {
  let fx: ReflectionFixture;
  beforeAll(async () => {
    fx = await reflectionFixture(team);
  });

  it('the owner starts this quarter’s reflection: a DRAFT with nothing written or signed', async () => {
    const reflection = await startReflection(fx.owner.client, fx.plan.id, currentQuarter());
    expect(reflection).toMatchObject({
      version: 1,
      quarter: currentQuarter(),
      status: 'DRAFT',
      selfText: null,
      managerText: null,
      selfReportedAntiPatterns: [],
      signedOffBySelf: false,
      signedOffByManager: false,
      nextGap: null,
    });
    const [row] = await server.db.query(
      `SELECT plan_id, organization_id, quarter, status FROM reflection WHERE id = $1`,
      [reflection.id],
    );
    expect(row).toEqual({
      plan_id: fx.plan.id,
      organization_id: team.org.organizationId,
      quarter: currentQuarter(),
      status: 'DRAFT',
    });
  });

  it('the direct manager starts one for an earlier quarter', async () => {
    const reflection = await startReflection(team.manager.client, fx.plan.id, quarterFromNow(-1));
    expect(reflection).toMatchObject({ quarter: quarterFromNow(-1), status: 'DRAFT' });
  });

  it('one per plan and quarter: a second one for the same quarter is BAD_USER_INPUT on quarter, by either side', async () => {
    const before = await rows(fx.plan.id);
    for (const [by, quarter] of [
      [fx.owner.client, currentQuarter()],
      [team.manager.client, quarterFromNow(-1)],
      [fx.owner.client, ` ${quarterFromNow(-1)} `],
    ] as const) {
      const error = expectError(
        await by.gql(START_REFLECTION, { input: { planId: fx.plan.id, quarter } }),
        'BAD_USER_INPUT',
        'quarter',
      );
      expect(error.message).toContain(quarter.trim());
    }
    expect(await rows(fx.plan.id)).toEqual(before);
  });

  it('validates the quarter: wrong shapes and a quarter still to come are BAD_USER_INPUT on quarter', async () => {
    const before = await rows(fx.plan.id);
    for (const quarter of [
      '2026-Q5',
      '26-Q1',
      '2026Q1',
      '2026-Q0',
      '2026-q1',
      'Q1-2026',
      '',
      quarterFromNow(1),
      quarterFromNow(5),
    ]) {
      expectError(
        await fx.owner.client.gql(START_REFLECTION, { input: { planId: fx.plan.id, quarter } }),
        'BAD_USER_INPUT',
        'quarter',
      );
    }
    expect(await rows(fx.plan.id)).toEqual(before);
  });

  it('the skip-level manager reads but may not start one: FORBIDDEN', async () => {
    expectError(
      await team.top.client.gql(START_REFLECTION, {
        input: { planId: fx.plan.id, quarter: quarterFromNow(-2) },
      }),
      'FORBIDDEN',
    );
    expect((await rows(fx.plan.id)).map((r) => r.quarter)).not.toContain(quarterFromNow(-2));
  });

  it('a peer, an admin outside the chain and another organization get NOT_FOUND', async () => {
    for (const by of [team.peer.client, team.senior.client, team.admin, team.outsider, team.foreigner.client]) {
      expectError(
        await by.gql(START_REFLECTION, {
          input: { planId: fx.plan.id, quarter: quarterFromNow(-2) },
        }),
        'NOT_FOUND',
      );
    }
    expect((await rows(fx.plan.id)).map((r) => r.quarter)).not.toContain(quarterFromNow(-2));
  });
});

describe('updateReflection', () => {
  let fx: ReflectionFixture;
  let reflection: ReflectionRow;
  let gap: { id: string; title: string };
  let otherPlanGap: { id: string };
  beforeAll(async () => {
    fx = await reflectionFixture(team);
    gap = await addGap(fx.owner.client, fx.plan.id, {
      kind: 'NEXT_SCOPE',
      title: 'Nobody decides from my results',
    });
    const other = await reflectionFixture(team);
    otherPlanGap = await addGap(other.owner.client, other.plan.id, {
      title: 'A gap of another plan',
    });
    reflection = await startReflection(fx.owner.client, fx.plan.id);
  });

  const current = async () => (await rows(fx.plan.id)).find((r) => r.id === reflection.id);

  it('the owner’s text goes to selfText, the manager’s to managerText; neither touches the other side', async () => {
    const mine = await updateReflection(fx.owner.client, {
      id: reflection.id,
      version: reflection.version,
      text: '  I handed the pipeline over.  ',
    });
    expect(mine).toMatchObject({
      selfText: 'I handed the pipeline over.',
      managerText: null,
      version: reflection.version + 1,
    });
    const theirs = await updateReflection(team.manager.client, {
      id: reflection.id,
      version: mine.version,
      text: 'Reviews became the real work.',
    });
    expect(theirs).toMatchObject({
      selfText: 'I handed the pipeline over.',
      managerText: 'Reviews became the real work.',
    });
    reflection = theirs;
    const row = await current();
    expect([row.self_text, row.manager_text]).toEqual(['I handed the pipeline over.', 'Reviews became the real work.']);
  });

  it('the owner picks the next gap among the plan’s gaps and ticks anti-patterns', async () => {
    const updated = await updateReflection(fx.owner.client, {
      id: reflection.id,
      version: reflection.version,
      nextGapId: gap.id,
      selfReportedAntiPatterns: ['RUSHING', 'MEDIATOR_MIMIC', 'RUSHING'],
    });
    expect(updated.nextGap).toEqual({ id: gap.id, title: 'Nobody decides from my results' });
    expect([...updated.selfReportedAntiPatterns].sort()).toEqual(['MEDIATOR_MIMIC', 'RUSHING']);
    // Text left out stays as it was.
    expect(updated.selfText).toBe('I handed the pipeline over.');
    reflection = updated;
    const row = await current();
    expect(row.next_gap_id).toBe(gap.id);
    expect([...row.self_reported_anti_patterns].sort()).toEqual(['MEDIATOR_MIMIC', 'RUSHING']);
  });

  it('a gap of another plan, or no gap at all, is BAD_USER_INPUT on nextGapId and changes nothing', async () => {
    const before = await current();
    for (const nextGapId of [otherPlanGap.id, 'not-a-gap', '00000000-0000-4000-8000-000000000000']) {
      expectError(
        await fx.owner.client.gql(UPDATE_REFLECTION, {
          input: { id: reflection.id, version: reflection.version, nextGapId, text: 'lost' },
        }),
        'BAD_USER_INPUT',
        'nextGapId',
      );
    }
    expect(await current()).toEqual(before);
  });

  it('the manager may not pick the next gap or the report’s anti-patterns: FORBIDDEN, nothing written', async () => {
    const before = await current();
    for (const extra of [{ nextGapId: gap.id }, { nextGapId: null }, { selfReportedAntiPatterns: ['NOT_MY_JOB'] }]) {
      expectError(
        await team.manager.client.gql(UPDATE_REFLECTION, {
          input: { id: reflection.id, version: reflection.version, text: 'sneaked in', ...extra },
        }),
        'FORBIDDEN',
      );
    }
    expect(await current()).toEqual(before);
  });

  it('the skip-level manager may not write: FORBIDDEN', async () => {
    const before = await current();
    expectError(
      await team.top.client.gql(UPDATE_REFLECTION, {
        input: { id: reflection.id, version: reflection.version, text: 'from above' },
      }),
      'FORBIDDEN',
    );
    expect(await current()).toEqual(before);
  });

  it('a stale version is CONFLICT with the current reflection attached, and nothing is overwritten', async () => {
    const before = await current();
    const error = expectError(
      await team.manager.client.gql(UPDATE_REFLECTION, {
        input: { id: reflection.id, version: reflection.version - 1, text: 'stale words' },
      }),
      'CONFLICT',
    );
    expect(error.extensions?.current).toMatchObject({
      version: reflection.version,
      selfText: 'I handed the pipeline over.',
      managerText: 'Reviews became the real work.',
    });
    expect(await current()).toEqual(before);
  });

  it('the owner can clear the next gap again', async () => {
    const cleared = await updateReflection(fx.owner.client, {
      id: reflection.id,
      version: reflection.version,
      nextGapId: null,
    });
    expect(cleared.nextGap).toBeNull();
    expect(cleared.selfReportedAntiPatterns.sort()).toEqual(['MEDIATOR_MIMIC', 'RUSHING']);
    reflection = cleared;
  });

  it('a change after a signature clears the signatures already given: they were for other words', async () => {
    await shareReflection(fx.owner.client, reflection.id);
    const signed = await signOffReflection(fx.owner.client, reflection.id);
    expect([signed.status, signed.signedOffBySelf, signed.signedOffByManager]).toEqual(['SHARED', true, false]);
    const changed = await updateReflection(team.manager.client, {
      id: reflection.id,
      version: signed.version,
      text: 'One more thought.',
    });
    expect(changed).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: false,
      signedOffByManager: false,
      managerText: 'One more thought.',
    });
    const row = await current();
    expect([row.status, row.signed_off_by_self, row.signed_off_by_manager]).toEqual(['SHARED', false, false]);

    // The same when the manager had signed and the owner changes their side.
    const managerSigned = await signOffReflection(team.manager.client, reflection.id);
    expect([managerSigned.signedOffBySelf, managerSigned.signedOffByManager]).toEqual([false, true]);
    const ownerChanged = await updateReflection(fx.owner.client, {
      id: reflection.id,
      version: managerSigned.version,
      selfReportedAntiPatterns: [],
    });
    expect(ownerChanged).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: false,
      signedOffByManager: false,
      selfReportedAntiPatterns: [],
    });
  });
});

describe('share and sign off', () => {
  let fx: ReflectionFixture;
  beforeAll(async () => {
    fx = await reflectionFixture(team);
  });

  async function refused(
    by: TestClient,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    reflectionId: string,
  ) {
    const before = (await rows(fx.plan.id)).find((r) => r.id === reflectionId);
    const error = expectError(await by.gql(query, variables), code);
    expect((await rows(fx.plan.id)).find((r) => r.id === reflectionId)).toEqual(before);
    return error;
  }

  it('DRAFT → SHARED → SIGNED_OFF only once both have signed; then nothing moves', async () => {
    const draft = await startReflection(team.manager.client, fx.plan.id);
    const id = draft.id;

    // A draft cannot be signed, by either side.
    for (const by of [fx.owner.client, team.manager.client]) {
      const error = await refused(by, SIGN_OFF_REFLECTION, { id }, 'INVALID_TRANSITION', id);
      expect(error.message).toMatch(/share/i);
    }

    const shared = await shareReflection(team.manager.client, id);
    expect(shared).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: false,
      signedOffByManager: false,
    });
    for (const by of [fx.owner.client, team.manager.client])
      await refused(by, SHARE_REFLECTION, { id }, 'INVALID_TRANSITION', id);

    // The skip-level manager neither shares nor signs.
    await refused(team.top.client, SIGN_OFF_REFLECTION, { id }, 'FORBIDDEN', id);

    const selfSigned = await signOffReflection(fx.owner.client, id);
    expect(selfSigned).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: true,
      signedOffByManager: false,
    });
    // Signing twice on the same side changes nothing.
    const again = await signOffReflection(fx.owner.client, id);
    expect(again).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: true,
      signedOffByManager: false,
    });

    const both = await signOffReflection(team.manager.client, id);
    expect(both).toMatchObject({
      status: 'SIGNED_OFF',
      signedOffBySelf: true,
      signedOffByManager: true,
    });
    const [row] = await server.db.query(
      `SELECT status, signed_off_by_self, signed_off_by_manager FROM reflection WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      status: 'SIGNED_OFF',
      signed_off_by_self: true,
      signed_off_by_manager: true,
    });

    // Read-only from now on: writes, signatures and sharing are INVALID_TRANSITION.
    for (const by of [fx.owner.client, team.manager.client]) {
      await refused(
        by,
        UPDATE_REFLECTION,
        { input: { id, version: both.version, text: 'after the fact' } },
        'INVALID_TRANSITION',
        id,
      );
      await refused(by, SIGN_OFF_REFLECTION, { id }, 'INVALID_TRANSITION', id);
      await refused(by, SHARE_REFLECTION, { id }, 'INVALID_TRANSITION', id);
    }
    await refused(
      fx.owner.client,
      UPDATE_REFLECTION,
      { input: { id, version: both.version, selfReportedAntiPatterns: ['RUSHING'] } },
      'INVALID_TRANSITION',
      id,
    );
  });

  it('both sides signing at the same moment: neither signature is lost, the reflection is SIGNED_OFF', async () => {
    const reflection = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));
    await shareReflection(team.manager.client, reflection.id);
    const results = await Promise.all(
      [fx.owner.client, team.manager.client].map((by) => by.gql(SIGN_OFF_REFLECTION, { id: reflection.id })),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const [row] = await server.db.query(
      `SELECT status, signed_off_by_self, signed_off_by_manager FROM reflection WHERE id = $1`,
      [reflection.id],
    );
    expect(row).toEqual({
      status: 'SIGNED_OFF',
      signed_off_by_self: true,
      signed_off_by_manager: true,
    });
  });

  it('both sides writing over the same version at once: one is saved, the other is CONFLICT', async () => {
    const reflection = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-3));
    const results = await Promise.all(
      [fx.owner.client, team.manager.client].map((by, i) =>
        by.gql(UPDATE_REFLECTION, {
          input: { id: reflection.id, version: reflection.version, text: `Side ${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = await server.db.query(`SELECT version, self_text, manager_text FROM reflection WHERE id = $1`, [
      reflection.id,
    ]);
    expect(row.version).toBe(reflection.version + 1);
    expect([row.self_text, row.manager_text].filter(Boolean)).toHaveLength(1);
  });

  it('starting the same quarter several times at once leaves exactly one reflection; the others are BAD_USER_INPUT', async () => {
    const quarter = quarterFromNow(-4);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? team.manager.client : fx.owner.client).gql(START_REFLECTION, {
          input: { planId: fx.plan.id, quarter },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectError(r, 'BAD_USER_INPUT', 'quarter');
    expect((await rows(fx.plan.id)).filter((r) => r.quarter === quarter)).toHaveLength(1);
  });

  it('the manager may sign first: the flag is the manager’s, the status stays SHARED', async () => {
    const reflection = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));
    await expect(shareReflection(fx.owner.client, reflection.id)).resolves.toMatchObject({
      status: 'SHARED',
    });
    const signed = await signOffReflection(team.manager.client, reflection.id);
    expect(signed).toMatchObject({
      status: 'SHARED',
      signedOffBySelf: false,
      signedOffByManager: true,
    });
    const done = await signOffReflection(fx.owner.client, reflection.id);
    expect(done).toMatchObject({
      status: 'SIGNED_OFF',
      signedOffBySelf: true,
      signedOffByManager: true,
    });
  });
});
