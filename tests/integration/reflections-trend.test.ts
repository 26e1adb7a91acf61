import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceTo, checkIn, createDelegation } from '../support/delegations';
import { addMember } from '../support/factories';
import {
  addActivity,
  addGap,
  currentQuarter,
  orgWithTeam,
  updateActivity,
  updateGap,
  type Team,
} from '../support/plans';
import {
  planReflections,
  planTrend,
  quarterFromNow,
  reflectionFixture,
  startReflection,
  type PointRow,
  type ReflectionFixture,
} from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The snapshot a reflection freezes (§4) and the trend built from the snapshots plus the
 * current quarter computed live.
 */

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Trend');
});
afterAll(() => server?.stop());

const storedSnapshot = async (id: string) =>
  (await server.db.query(`SELECT snapshot FROM reflection WHERE id = $1`, [id]))[0].snapshot;
const live = (trend: PointRow[]) => trend.find((p) => p.quarter === currentQuarter())!;

describe('the snapshot', () => {
  let fx: ReflectionFixture;
  let junior: { id: string };
  let delegation: Awaited<ReturnType<typeof createDelegation>>;
  let secondGap: { id: string; version: number };
  beforeAll(async () => {
    fx = await reflectionFixture(team);
    junior = await addMember(team.org, {
      name: 'Trend Junior',
      level: 'JUNIOR',
      managerId: team.manager.id,
    });
    const closed = await addGap(fx.owner.client, fx.plan.id, { title: 'Readouts nobody acts on' });
    await updateGap(fx.owner.client, {
      id: closed.id,
      version: closed.version,
      status: 'CLOSED',
      evidence: 'Pricing decided from my readout.',
    });
    secondGap = await addGap(fx.owner.client, fx.plan.id, {
      title: 'Nobody else can run the backfills',
    });
    // 3 h of ad-hoc requests handed over four weeks ago, 6 coaching hours since: 3 × 4 ÷ 6 = 2.
    delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: junior.id,
      hoursPerWeek: 3,
    });
    delegation = await advanceTo(fx.owner.client, delegation, 'REVIEWING');
    await server.db.query(`UPDATE delegation SET handed_over_at = now() - interval '28 days' WHERE id = $1`, [
      delegation.id,
    ]);
    await checkIn(fx.owner.client, delegation.id, 4, 6);
  });

  it('freezes the plan as it is at the start: hours by mode and leverage, gaps closed in that quarter, delegations owned, leverage ratio', async () => {
    const reflection = await startReflection(fx.owner.client, fx.plan.id, currentQuarter());
    expect(reflection.snapshot).toEqual({
      quarter: currentQuarter(),
      doingHours: 20,
      multiplyingHours: 4,
      highLeverageHours: 4,
      neutralHours: 14,
      overheadHours: 6,
      gapsClosed: 1,
      delegationsOwned: 0,
      leverageRatio: 2,
    });
    // The same as the live point of this quarter at that moment.
    expect(live(await planTrend(fx.owner.client, fx.plan.id))).toEqual(reflection.snapshot);

    // A past quarter counts only the gaps closed in that quarter.
    const past = await startReflection(team.manager.client, fx.plan.id, quarterFromNow(-1));
    expect(past.snapshot).toMatchObject({
      quarter: quarterFromNow(-1),
      doingHours: 20,
      multiplyingHours: 4,
      gapsClosed: 0,
      delegationsOwned: 0,
    });
  });

  it('never changes afterwards, while the trend’s current quarter moves with the plan', async () => {
    const [before] = (await planReflections(fx.owner.client, fx.plan.id)).filter((r) => r.quarter === currentQuarter());
    const stored = await storedSnapshot(before.id);

    // The week changes, a gap closes, the delegation is owned (its 3 h leave the ad-hoc requests).
    await updateActivity(fx.owner.client, {
      id: fx.modeling.id,
      version: fx.modeling.version,
      hoursPerWeek: 10,
    });
    await addActivity(fx.owner.client, fx.plan.id, {
      name: 'Teaching backfills',
      hoursPerWeek: 5,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
    });
    await updateGap(team.manager.client, {
      id: secondGap.id,
      version: secondGap.version,
      status: 'CLOSED',
      evidence: 'Two juniors ran them alone.',
    });
    await advanceTo(fx.owner.client, delegation, 'OWNED');

    const [after] = (await planReflections(fx.owner.client, fx.plan.id)).filter((r) => r.quarter === currentQuarter());
    expect(after).toEqual(before);
    expect(await storedSnapshot(before.id)).toEqual(stored);

    const moved = live(await planTrend(team.manager.client, fx.plan.id));
    expect(moved).toMatchObject({
      quarter: currentQuarter(),
      doingHours: 13,
      multiplyingHours: 9,
      highLeverageHours: 9,
      neutralHours: 10,
      overheadHours: 3,
      gapsClosed: 2,
      delegationsOwned: 1,
    });
    expect(moved.leverageRatio).toBeCloseTo(2, 2);
    expect(moved).not.toEqual(before.snapshot);
  });
});

describe('reflections and trend', () => {
  let fx: ReflectionFixture;
  beforeAll(async () => {
    fx = await reflectionFixture(team);
  });

  it('reflections come oldest quarter first, whatever order they were started in; the trend has one point per quarter', async () => {
    // Q-3 with the fixture's week (20 h doing, 4 h multiplying).
    const q3 = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-3));
    // Q-1 after moving 4 h of modeling to reviews.
    await updateActivity(fx.owner.client, {
      id: fx.modeling.id,
      version: fx.modeling.version,
      hoursPerWeek: 10,
    });
    const reviews = await updateActivity(fx.owner.client, {
      id: fx.reviews.id,
      version: fx.reviews.version,
      hoursPerWeek: 8,
    });
    const q1 = await startReflection(team.manager.client, fx.plan.id, quarterFromNow(-1));
    // Q-2 started last, after moving 2 h more.
    await updateActivity(fx.owner.client, {
      id: fx.adhoc.id,
      version: fx.adhoc.version,
      hoursPerWeek: 4,
    });
    await updateActivity(fx.owner.client, {
      id: fx.reviews.id,
      version: reviews.version,
      hoursPerWeek: 10,
    });
    const q2 = await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-2));

    expect([q3.snapshot.doingHours, q1.snapshot.doingHours, q2.snapshot.doingHours]).toEqual([20, 16, 14]);
    const reflections = await planReflections(team.top.client, fx.plan.id);
    expect(reflections.map((r) => r.quarter)).toEqual([quarterFromNow(-3), quarterFromNow(-2), quarterFromNow(-1)]);
    expect(reflections.map((r) => r.id)).toEqual([q3.id, q2.id, q1.id]);

    // Snapshots plus the current quarter computed live (no reflection for it yet).
    const trend = await planTrend(team.top.client, fx.plan.id);
    expect(trend.map((p) => p.quarter)).toEqual([
      quarterFromNow(-3),
      quarterFromNow(-2),
      quarterFromNow(-1),
      currentQuarter(),
    ]);
    expect(trend.slice(0, 3)).toEqual([q3.snapshot, q2.snapshot, q1.snapshot]);
    expect(trend.map((p) => [p.doingHours, p.multiplyingHours])).toEqual([
      [20, 4],
      [14, 10],
      [16, 8],
      [14, 10],
    ]);
  });

  it('once this quarter has a reflection, it is still one point for it, computed live', async () => {
    const now = await startReflection(team.manager.client, fx.plan.id, currentQuarter());
    await addActivity(fx.owner.client, fx.plan.id, {
      name: 'Design reviews',
      hoursPerWeek: 2,
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
    });
    const trend = await planTrend(fx.owner.client, fx.plan.id);
    expect(trend.map((p) => p.quarter)).toEqual([
      quarterFromNow(-3),
      quarterFromNow(-2),
      quarterFromNow(-1),
      currentQuarter(),
    ]);
    expect(now.snapshot.multiplyingHours).toBe(10);
    expect(live(trend).multiplyingHours).toBe(12);
    expect((await planReflections(fx.owner.client, fx.plan.id)).map((r) => r.quarter)).toEqual([
      quarterFromNow(-3),
      quarterFromNow(-2),
      quarterFromNow(-1),
      currentQuarter(),
    ]);
  });

  it('a plan without reflections has a trend of the live quarter alone', async () => {
    const fresh = await reflectionFixture(team);
    expect(await planReflections(fresh.owner.client, fresh.plan.id)).toEqual([]);
    expect(await planTrend(fresh.owner.client, fresh.plan.id)).toEqual([
      {
        quarter: currentQuarter(),
        doingHours: 20,
        multiplyingHours: 4,
        highLeverageHours: 4,
        neutralHours: 14,
        overheadHours: 6,
        gapsClosed: 0,
        delegationsOwned: 0,
        leverageRatio: null,
      },
    ]);
  });
});
