import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import {
  CHECK_IN,
  advance,
  advanceTo,
  checkIn,
  createDelegation,
  delegationFixture,
  delegationRows,
  delegationsToMe,
  planDelegations,
  type DelegationFixture,
} from '../support/delegations';
import { expectError, orgWithTeam, type Team } from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

/** checkIn (§2.5): both sides record progress; coaching hours and the leverage ratio follow. */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'CheckIns');
});
afterAll(() => server?.stop());

describe('checkIn', () => {
  let fx: DelegationFixture;
  let delegationId: string;
  beforeAll(async () => {
    fx = await delegationFixture(team);
    delegationId = (
      await createDelegation(fx.owner.client, fx.plan.id, {
        activityId: fx.pipeline.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 3,
      })
    ).id;
  });

  it('by the owner, the direct manager and the delegatee: the side from who they are, the author, the values; listed oldest first', async () => {
    const byOwner = await checkIn(fx.owner.client, delegationId, 4, 2, '  Shadowed two backfills.  ');
    expect(byOwner).toMatchObject({
      side: 'DELEGATOR',
      author: { id: fx.owner.id },
      confidence: 4,
      coachingHours: 2,
      note: 'Shadowed two backfills.',
    });
    const byManager = await checkIn(team.manager.client, delegationId, 3, 0.5, null);
    expect(byManager).toMatchObject({
      side: 'DELEGATOR',
      author: { id: team.manager.id },
      confidence: 3,
      coachingHours: 0.5,
      note: null,
    });
    const byDelegatee = await checkIn(fx.junior.client, delegationId, 2, 0, 'Schema changes still scare me.');
    expect(byDelegatee).toMatchObject({
      side: 'DELEGATEE',
      author: { id: fx.junior.id },
      confidence: 2,
      coachingHours: 0,
      note: 'Schema changes still scare me.',
    });
    for (const c of [byOwner, byManager, byDelegatee])
      expect(Math.abs(Date.parse(c.at) - Date.now())).toBeLessThan(60_000);

    const rows = await server.db.query(
      `SELECT side, author_id, confidence, coaching_hours, note, organization_id FROM check_in WHERE delegation_id = $1 ORDER BY at`,
      [delegationId],
    );
    expect(rows.map((r: any) => [r.side, r.author_id, r.confidence, r.coaching_hours])).toEqual([
      ['DELEGATOR', fx.owner.id, 4, '2.00'],
      ['DELEGATOR', team.manager.id, 3, '0.50'],
      ['DELEGATEE', fx.junior.id, 2, '0.00'],
    ]);

    // Oldest first, whatever the insertion order: move the manager's check-in to before the owner's.
    await server.db.query(`UPDATE check_in SET at = now() - interval '2 days' WHERE id = $1`, [byManager.id]);
    const [delegation] = await planDelegations(fx.owner.client, fx.plan.id);
    expect(delegation.checkIns.map((c) => c.id)).toEqual([byManager.id, byOwner.id, byDelegatee.id]);
    expect(delegation.checkIns.map((c) => c.author.id)).toEqual([team.manager.id, fx.owner.id, fx.junior.id]);
    expect(delegation.coachingHoursTotal).toBe(2.5);
    // The delegatee sees the same check-ins.
    const [mine] = await delegationsToMe(fx.junior.client);
    expect(mine.checkIns).toEqual(delegation.checkIns);
  });

  describe('refuses bad input with the field at fault, and writes nothing', () => {
    const refuse = async (client: TestClient, input: Record<string, unknown>, field: string) => {
      const before = await delegationRows(server.db, fx.plan.id);
      const result = await client.gql(CHECK_IN, {
        input: { delegationId, confidence: 3, coachingHours: 1, ...input },
      });
      expectError(result, 'BAD_USER_INPUT', field);
      expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
    };

    it('confidence outside 1..5 or not an integer', async () => {
      for (const client of [fx.owner.client, fx.junior.client]) {
        for (const confidence of [0, 6, -1, 100]) await refuse(client, { confidence }, 'confidence');
        for (const confidence of [2.5, '3', null, true]) await refuse(client, { confidence }, 'confidence');
      }
    });

    it('negative, absurd or missing coaching hours', async () => {
      for (const client of [fx.owner.client, fx.junior.client]) {
        await refuse(client, { coachingHours: -0.25 }, 'coachingHours');
        await refuse(client, { coachingHours: -3 }, 'coachingHours');
        await refuse(client, { coachingHours: 1000 }, 'coachingHours');
        await refuse(client, { coachingHours: 'two' }, 'coachingHours');
        await refuse(client, { coachingHours: null }, 'coachingHours');
      }
    });

    it('a note over the length limit', async () => {
      await refuse(fx.owner.client, { note: 'x'.repeat(4_001) }, 'note');
    });
  });

  describe('who may check in', () => {
    it('the skip-level manager reads the delegation but may not check in: FORBIDDEN', async () => {
      expect((await planDelegations(team.top.client, fx.plan.id)).map((d) => d.id)).toEqual([delegationId]);
      expectError(
        await team.top.client.gql(CHECK_IN, {
          input: { delegationId, confidence: 3, coachingHours: 0 },
        }),
        'FORBIDDEN',
      );
    });

    it('a peer, an admin outside the chain, another junior, another organization, an unknown id: NOT_FOUND; signed out: UNAUTHENTICATED', async () => {
      const other = await delegationFixture(team);
      const before = await delegationRows(server.db, fx.plan.id);
      for (const client of [
        team.peer.client,
        team.admin,
        other.junior.client,
        other.owner.client,
        team.outsider,
        team.foreigner.client,
      ]) {
        expectError(
          await client.gql(CHECK_IN, { input: { delegationId, confidence: 3, coachingHours: 0 } }),
          'NOT_FOUND',
        );
      }
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nonsense']) {
        expectError(
          await fx.owner.client.gql(CHECK_IN, {
            input: { delegationId: id, confidence: 3, coachingHours: 0 },
          }),
          'NOT_FOUND',
        );
      }
      expectError(
        await new TestClient(server.url).gql(CHECK_IN, {
          input: { delegationId, confidence: 3, coachingHours: 0 },
        }),
        'UNAUTHENTICATED',
      );
      expect(await delegationRows(server.db, fx.plan.id)).toEqual(before);
    });
  });

  it('a RECLAIMED delegation takes no more check-ins: INVALID_TRANSITION from either side; an OWNED one still does', async () => {
    const reclaimed = await advance(
      fx.owner.client,
      await createDelegation(fx.owner.client, fx.plan.id, {
        activityId: fx.adhoc.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 1,
      }),
      'RECLAIMED',
    );
    for (const client of [fx.owner.client, team.manager.client, fx.junior.client]) {
      expectError(
        await client.gql(CHECK_IN, {
          input: { delegationId: reclaimed.id, confidence: 3, coachingHours: 1 },
        }),
        'INVALID_TRANSITION',
      );
    }
    expect(await server.db.query(`SELECT id FROM check_in WHERE delegation_id = $1`, [reclaimed.id])).toEqual([]);

    const owned = await advance(
      fx.owner.client,
      await createDelegation(fx.owner.client, fx.plan.id, {
        activityId: fx.adhoc.id,
        delegateeId: fx.junior.id,
        hoursPerWeek: 1,
      }),
      'OWNED',
    );
    expect(await checkIn(fx.junior.client, owned.id, 5, 0, 'Runs itself now.')).toMatchObject({
      side: 'DELEGATEE',
      confidence: 5,
    });
  });
});

describe('coaching hours and the leverage ratio', () => {
  it('null until coaching hours > 0, 0 before the hand-over, then hours × weeks since the hand-over ÷ coaching hours', async () => {
    const fx = await delegationFixture(team);
    const created = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 3,
    });
    const read = async () => (await planDelegations(fx.owner.client, fx.plan.id)).find((d) => d.id === created.id)!;
    expect(created).toMatchObject({ coachingHoursTotal: 0, leverageRatio: null });

    // A check-in with no coaching: still null.
    await checkIn(fx.junior.client, created.id, 3, 0);
    expect(await read()).toMatchObject({ coachingHoursTotal: 0, leverageRatio: null });

    // Coaching before the hand-over: the delegatee delivers nothing yet.
    await checkIn(fx.owner.client, created.id, 3, 1.5);
    await checkIn(team.manager.client, created.id, 4, 0.5);
    const pairing = await advanceTo(fx.owner.client, await read(), 'PAIRING');
    expect(pairing).toMatchObject({
      stage: 'PAIRING',
      coachingHoursTotal: 2,
      leverageRatio: 0,
      handedOverAt: null,
    });

    // Handed over just now: about 0 weeks delivered.
    const reviewing = await advance(fx.owner.client, pairing, 'REVIEWING');
    expect(reviewing.coachingHoursTotal).toBe(2);
    expect(reviewing.leverageRatio).toBe(0);

    // Handed over 28 days ago: 3 h × 4 weeks ÷ 2 h of coaching.
    await server.db.query(`UPDATE delegation SET handed_over_at = now() - interval '28 days' WHERE id = $1`, [
      created.id,
    ]);
    expect(await read()).toMatchObject({
      stage: 'REVIEWING',
      coachingHoursTotal: 2,
      leverageRatio: 6,
    });

    // More coaching lowers it: 3 × 4 ÷ 3.
    await checkIn(fx.owner.client, created.id, 5, 1);
    expect(await read()).toMatchObject({ coachingHoursTotal: 3, leverageRatio: 4 });
    // The delegatee reads the same numbers.
    expect((await delegationsToMe(fx.junior.client)).find((d) => d.id === created.id)).toMatchObject({
      coachingHoursTotal: 3,
      leverageRatio: 4,
    });

    // Owned: still counted from the hand-over (not from OWNED).
    const owned = await advance(fx.owner.client, await read(), 'OWNED');
    expect(owned).toMatchObject({ stage: 'OWNED', coachingHoursTotal: 3, leverageRatio: 4 });

    // Reclaimed after a hand-over: the delegatee delivers nothing any more.
    const other = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 2,
    });
    await checkIn(fx.owner.client, other.id, 3, 2);
    const otherReviewing = await advanceTo(
      fx.owner.client,
      (await planDelegations(fx.owner.client, fx.plan.id)).find((d) => d.id === other.id)!,
      'REVIEWING',
    );
    await server.db.query(`UPDATE delegation SET handed_over_at = now() - interval '28 days' WHERE id = $1`, [
      other.id,
    ]);
    expect((await planDelegations(fx.owner.client, fx.plan.id)).find((d) => d.id === other.id)!.leverageRatio).toBe(4);
    const reclaimed = await advance(fx.owner.client, otherReviewing, 'RECLAIMED');
    expect(reclaimed).toMatchObject({
      stage: 'RECLAIMED',
      coachingHoursTotal: 2,
      leverageRatio: 0,
    });
  });
});
