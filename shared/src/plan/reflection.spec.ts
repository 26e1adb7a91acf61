import { describe, expect, it } from 'vitest';
import { AntiPattern, antiPatternFindings, detectPremiumSenior, detectScatteredSmallWins } from './anti-patterns';
import { DelegationStage } from './delegation';
import { GoalStatus } from './goals';
import {
  canShareReflection,
  hoursShiftedThisQuarter,
  planLeverageRatio,
  quarterPoint,
  ReflectionStatus,
  signOff,
  trend,
} from './reflection';
import { modePoint as point } from './quarter-point.fixture';
import { Leverage, Mode } from './week';

const now = new Date('2026-11-26T12:00:00Z');
const weeksAgo = (w: number) => new Date(now.getTime() - w * 7 * 86_400_000);

describe('quarter points', () => {
  it('freeze hours by mode and leverage, gaps closed in the quarter, owned delegations and the ratio', () => {
    const p = quarterPoint({
      quarter: '2026-Q4',
      activities: [
        {
          id: 'a',
          name: 'Modeling',
          hoursPerWeek: 20,
          mode: Mode.DOING,
          leverage: Leverage.NEUTRAL,
        },
        {
          id: 'b',
          name: 'Reviews',
          hoursPerWeek: 8,
          mode: Mode.MULTIPLYING,
          leverage: Leverage.HIGH,
        },
        {
          id: 'c',
          name: 'Meetings',
          hoursPerWeek: 4,
          mode: Mode.DOING,
          leverage: Leverage.OVERHEAD,
        },
      ],
      gaps: [{ closedQuarter: '2026-Q4' }, { closedQuarter: '2026-Q3' }, { closedQuarter: null }],
      delegations: [
        {
          stage: DelegationStage.OWNED,
          hoursPerWeek: 4,
          handedOverAt: weeksAgo(5),
          checkIns: [{ coachingHours: 3 }, { coachingHours: 2 }],
        },
        {
          stage: DelegationStage.PAIRING,
          hoursPerWeek: 2,
          handedOverAt: null,
          checkIns: [{ coachingHours: 5 }],
        },
      ],
      now,
    });
    expect(p).toEqual({
      quarter: '2026-Q4',
      doingHours: 24,
      multiplyingHours: 8,
      highLeverageHours: 8,
      neutralHours: 20,
      overheadHours: 4,
      gapsClosed: 1,
      delegationsOwned: 1,
      leverageRatio: 2,
    });
  });

  it('has no plan ratio before any coaching hour', () => {
    expect(
      planLeverageRatio(
        [
          {
            stage: DelegationStage.REVIEWING,
            hoursPerWeek: 3,
            handedOverAt: weeksAgo(2),
            checkIns: [],
          },
        ],
        now,
      ),
    ).toBeNull();
  });

  it('trend: one point per quarter, oldest first, the live point standing for its quarter', () => {
    const series = trend(
      [point('2026-Q3', 30, 10), point('2026-Q1', 36, 4), point('2026-Q4', 28, 12)],
      point('2026-Q4', 24, 16),
    );
    expect(series.map((p) => [p.quarter, p.doingHours])).toEqual([
      ['2026-Q1', 36],
      ['2026-Q3', 30],
      ['2026-Q4', 24],
    ]);
  });
});

describe('hours shifted from DOING to MULTIPLYING this quarter', () => {
  const live = point('2026-Q4', 26, 14);
  it('compares the live week with the latest snapshot of an earlier quarter', () => {
    expect(hoursShiftedThisQuarter([point('2026-Q2', 40, 0), point('2026-Q3', 32, 8)], live)).toBe(6);
    // a snapshot of the live quarter itself is not the baseline
    expect(hoursShiftedThisQuarter([point('2026-Q3', 32, 8), point('2026-Q4', 26, 14)], live)).toBe(6);
  });
  it('counts only a real shift: the smaller of DOING given up and MULTIPLYING gained', () => {
    expect(hoursShiftedThisQuarter([point('2026-Q3', 30, 8)], live)).toBe(4);
    // leadership work added on top of unchanged execution work shifts nothing
    expect(hoursShiftedThisQuarter([point('2026-Q3', 26, 8)], live)).toBe(0);
    expect(hoursShiftedThisQuarter([point('2026-Q3', 30, 16)], live)).toBe(0);
  });
  it('is negative when the week moved back to DOING', () => {
    expect(hoursShiftedThisQuarter([point('2026-Q3', 22, 17)], live)).toBe(-3);
  });
  it('is null before any earlier quarter was snapshotted', () => {
    expect(hoursShiftedThisQuarter([], live)).toBeNull();
    expect(hoursShiftedThisQuarter([point('2026-Q4', 30, 10)], live)).toBeNull();
  });
});

describe('sign-off', () => {
  const draft = {
    status: ReflectionStatus.DRAFT,
    signedOffBySelf: false,
    signedOffByManager: false,
  };
  it('shares a draft only', () => {
    expect(canShareReflection(ReflectionStatus.DRAFT)).toBe(true);
    expect(canShareReflection(ReflectionStatus.SHARED)).toBe(false);
    expect(canShareReflection(ReflectionStatus.SIGNED_OFF)).toBe(false);
  });
  it('needs SHARED, and both signatures for SIGNED_OFF, in either order', () => {
    expect(signOff(draft, 'SELF')).toBeNull();
    const shared = { ...draft, status: ReflectionStatus.SHARED };
    const one = signOff(shared, 'MANAGER')!;
    expect(one).toEqual({
      status: ReflectionStatus.SHARED,
      signedOffBySelf: false,
      signedOffByManager: true,
    });
    expect(signOff(one, 'MANAGER')).toEqual(one);
    expect(signOff(one, 'SELF')).toEqual({
      status: ReflectionStatus.SIGNED_OFF,
      signedOffBySelf: true,
      signedOffByManager: true,
    });
    expect(signOff(signOff(signOff(shared, 'SELF')!, 'MANAGER')!, 'SELF')).toBeNull();
  });
});

describe('PREMIUM_SENIOR', () => {
  it('is detected when the doing share did not go down between the last two snapshots', () => {
    expect(detectPremiumSenior([point('2026-Q2', 30, 10)]).detected).toBe(false);
    expect(detectPremiumSenior([point('2026-Q2', 30, 10), point('2026-Q3', 26, 14)]).detected).toBe(false);
    const stuck = detectPremiumSenior([point('2026-Q1', 20, 20), point('2026-Q2', 30, 10), point('2026-Q3', 30, 10)]);
    expect(stuck.detected).toBe(true);
    expect(stuck.evidence).toMatch(/75% of the week in 2026-Q2 and 75% in 2026-Q3/);
    expect(detectPremiumSenior([point('2026-Q2', 28, 12), point('2026-Q3', 32, 8)]).detected).toBe(true);
  });
});

describe('SCATTERED_SMALL_WINS', () => {
  const goal = (hours: number, status: GoalStatus = GoalStatus.ACTIVE) => ({
    title: 'g',
    status,
    stop: { activityId: 'a', hours },
    startHours: hours,
  });
  it('more than 5 active goals', () => {
    expect(detectScatteredSmallWins(Array.from({ length: 5 }, () => goal(4))).detected).toBe(false);
    expect(detectScatteredSmallWins(Array.from({ length: 6 }, () => goal(4))).evidence).toMatch(/6 active goals/);
  });
  it('active goals none of which shifts 4 hours or more', () => {
    expect(detectScatteredSmallWins([goal(2), goal(3.75)]).detected).toBe(true);
    expect(detectScatteredSmallWins([goal(2), goal(4)]).detected).toBe(false);
    expect(detectScatteredSmallWins([goal(1, GoalStatus.PROPOSED)]).detected).toBe(false);
    expect(detectScatteredSmallWins([]).detected).toBe(false);
  });
  it('appear among all findings', () => {
    const findings = antiPatternFindings({
      goals: [goal(1)],
      snapshots: [point('2026-Q2', 30, 10), point('2026-Q3', 30, 10)],
    });
    expect(findings.filter((f) => f.detected).map((f) => f.pattern)).toEqual([
      AntiPattern.PREMIUM_SENIOR,
      AntiPattern.SCATTERED_SMALL_WINS,
    ]);
  });
});
