import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyShift, canTransitionGoal, GoalStatus, isAddition, projectWeek, type GoalShift } from './goals';
import { closedQuarterAfter, canTransitionPlan, GapStatus, PlanStatus } from './plan';
import {
  activityHoursProblem,
  freeHours,
  handOffCandidates,
  Leverage,
  Mode,
  overBudget,
  totalHours,
  weekShape,
  weeklyHoursProblem,
  type WeekActivity,
} from './week';

const a = (
  id: string,
  hoursPerWeek: number,
  mode: Mode = Mode.DOING,
  leverage: Leverage = Leverage.NEUTRAL,
): WeekActivity => ({
  id,
  name: id,
  hoursPerWeek,
  mode,
  leverage,
});

const week = [
  a('modeling', 20, Mode.DOING, Leverage.HIGH),
  a('adhoc', 8, Mode.DOING, Leverage.OVERHEAD),
  a('reviews', 4, Mode.MULTIPLYING, Leverage.HIGH),
  a('meetings', 6, Mode.DOING, Leverage.NEUTRAL),
];

function goal(partial: Partial<GoalShift> & Pick<GoalShift, 'start'>): GoalShift {
  return { id: 'g', status: GoalStatus.PROPOSED, stop: null, ...partial };
}

/** A goal's start that grows an activity already in the week. */
function grow(activityId: string, hours: number): GoalShift['start'] {
  return { activityId, newActivityName: null, mode: null, leverage: null, hours };
}

describe('hours', () => {
  it('accepts more than 0, at most the budget, in quarter-hour steps', () => {
    expect(activityHoursProblem(0.25, 40)).toBeNull();
    expect(activityHoursProblem(40, 40)).toBeNull();
    expect(activityHoursProblem(2.75, 40)).toBeNull();
    expect(activityHoursProblem(0, 40)).toMatch(/more than 0/);
    expect(activityHoursProblem(-1, 40)).toMatch(/more than 0/);
    expect(activityHoursProblem(40.25, 40)).toMatch(/budget of 40/);
    expect(activityHoursProblem(1.1, 40)).toMatch(/quarter-hour/);
    expect(activityHoursProblem(Number.NaN, 40)).toMatch(/more than 0/);
  });

  it('refuses a positive value below a quarter hour, however tiny (it is not 0 quarter-hour steps)', () => {
    for (const hours of [5e-324, 1e-10, 1e-9, 0.1, 0.24])
      expect(activityHoursProblem(hours, 40), String(hours)).toBe('Use at least a quarter hour (0.25).');
  });

  it('accepts weekly budgets from 1 to 80', () => {
    expect(weeklyHoursProblem(1)).toBeNull();
    expect(weeklyHoursProblem(80)).toBeNull();
    expect(weeklyHoursProblem(37.5)).toBeNull();
    expect(weeklyHoursProblem(0.75)).toMatch(/between 1 and 80/);
    expect(weeklyHoursProblem(80.25)).toMatch(/between 1 and 80/);
    expect(weeklyHoursProblem(37.1)).toMatch(/quarter-hour/);
  });
});

describe('the week shape', () => {
  it('totals by mode and leverage with every key in enum order', () => {
    const shape = (totalHours: number, [doing, multiplying]: number[], [high, neutral, overhead]: number[]) => ({
      totalHours,
      byMode: [
        { key: 'DOING', hours: doing },
        { key: 'MULTIPLYING', hours: multiplying },
      ],
      byLeverage: [
        { key: 'HIGH', hours: high },
        { key: 'NEUTRAL', hours: neutral },
        { key: 'OVERHEAD', hours: overhead },
      ],
    });
    expect(weekShape(week)).toEqual(shape(38, [34, 4], [24, 6, 8]));
    expect(weekShape([])).toEqual(shape(0, [0, 0], [0, 0, 0]));
  });
  it('free hours and overrun', () => {
    expect(freeHours(40, week)).toBe(2);
    expect(freeHours(30, week)).toBe(0);
    expect(overBudget(40, 41.25)).toBe(1.25);
    expect(overBudget(40, 39)).toBe(0);
  });
  it('sums quarter hours exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 320 }), { maxLength: 60 }), (quarters) => {
        const activities = quarters.map((q, i) => a(`a${i}`, q / 4));
        expect(totalHours(activities)).toBe(quarters.reduce((s, q) => s + q, 0) / 4);
      }),
    );
  });
  it('suggests DOING work to hand off, overhead first, largest first', () => {
    expect(handOffCandidates(week).map((x) => x.id)).toEqual(['adhoc', 'meetings', 'modeling']);
  });
});

describe('change goals', () => {
  it('allows only PROPOSED → ACTIVE → DONE and PROPOSED|ACTIVE → DROPPED', () => {
    const allowed = new Set(['PROPOSED>ACTIVE', 'ACTIVE>DONE', 'PROPOSED>DROPPED', 'ACTIVE>DROPPED']);
    for (const from of Object.values(GoalStatus)) {
      for (const to of Object.values(GoalStatus)) {
        expect(canTransitionGoal(from, to)).toBe(allowed.has(`${from}>${to}`));
      }
    }
  });

  it('flags goals that free no hours as additions', () => {
    expect(isAddition({ stop: null })).toBe(true);
    expect(isAddition({ stop: { activityId: 'x', hours: 0 } })).toBe(true);
    expect(isAddition({ stop: { activityId: 'x', hours: 2 } })).toBe(false);
  });

  it('shrinks the stopped activity and grows the started one', () => {
    const shifted = applyShift(
      week,
      goal({
        stop: { activityId: 'adhoc', hours: 6 },
        start: grow('reviews', 6),
      }),
    );
    expect(shifted.find((x) => x.id === 'adhoc')!.hoursPerWeek).toBe(2);
    expect(shifted.find((x) => x.id === 'reviews')!.hoursPerWeek).toBe(10);
    expect(totalHours(shifted)).toBe(38);
  });

  it('removes an activity stopped completely and creates a new started one', () => {
    const shifted = applyShift(
      week,
      goal({
        id: 'g1',
        stop: { activityId: 'adhoc', hours: 8 },
        start: {
          activityId: null,
          newActivityName: 'Mentoring Priya',
          mode: Mode.MULTIPLYING,
          leverage: Leverage.HIGH,
          hours: 3,
        },
      }),
    );
    expect(shifted.some((x) => x.id === 'adhoc')).toBe(false);
    expect(shifted.find((x) => x.id === 'new:g1')).toEqual({
      id: 'new:g1',
      name: 'Mentoring Priya',
      hoursPerWeek: 3,
      mode: Mode.MULTIPLYING,
      leverage: Leverage.HIGH,
    });
  });

  it('does not take off again what an owned delegation already freed', () => {
    const shifted = applyShift(
      week,
      goal({
        stop: { activityId: 'adhoc', hours: 6 },
        stopAlreadyFreed: 6,
        start: grow('reviews', 6),
      }),
    );
    expect(shifted.find((x) => x.id === 'adhoc')!.hoursPerWeek).toBe(8);
  });

  it('projects only PROPOSED and ACTIVE goals', () => {
    const start = grow('reviews', 2);
    const goals = [
      goal({ id: '1', status: GoalStatus.PROPOSED, start }),
      goal({
        id: '2',
        status: GoalStatus.ACTIVE,
        stop: { activityId: 'meetings', hours: 2 },
        start,
      }),
      goal({ id: '3', status: GoalStatus.DONE, start }),
      goal({ id: '4', status: GoalStatus.DROPPED, start }),
    ];
    const projected = projectWeek(week, goals);
    expect(projected.find((x) => x.id === 'reviews')!.hoursPerWeek).toBe(8);
    expect(projected.find((x) => x.id === 'meetings')!.hoursPerWeek).toBe(4);
    expect(totalHours(projected)).toBe(40);
  });

  it('a goal that frees as much as it takes keeps the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), (quarters) => {
        const hours = Math.min(quarters / 4, 8);
        const shifted = applyShift(
          week,
          goal({
            stop: { activityId: 'adhoc', hours },
            start: grow('reviews', hours),
          }),
        );
        expect(totalHours(shifted)).toBe(totalHours(week));
      }),
    );
  });
});

describe('plans and gaps', () => {
  it('plan status moves DRAFT → ACTIVE → ARCHIVED', () => {
    expect(canTransitionPlan(PlanStatus.DRAFT, PlanStatus.ACTIVE)).toBe(true);
    expect(canTransitionPlan(PlanStatus.ACTIVE, PlanStatus.ARCHIVED)).toBe(true);
    expect(canTransitionPlan(PlanStatus.DRAFT, PlanStatus.ARCHIVED)).toBe(true);
    expect(canTransitionPlan(PlanStatus.ACTIVE, PlanStatus.DRAFT)).toBe(false);
    expect(canTransitionPlan(PlanStatus.ARCHIVED, PlanStatus.ACTIVE)).toBe(false);
  });
  it('sets the closed quarter on closing, keeps it while closed, clears it on reopening', () => {
    expect(closedQuarterAfter({ status: GapStatus.WORKING, closedQuarter: null }, GapStatus.CLOSED, '2026-Q4')).toBe(
      '2026-Q4',
    );
    expect(
      closedQuarterAfter({ status: GapStatus.CLOSED, closedQuarter: '2026-Q3' }, GapStatus.CLOSED, '2026-Q4'),
    ).toBe('2026-Q3');
    expect(
      closedQuarterAfter({ status: GapStatus.CLOSED, closedQuarter: '2026-Q3' }, GapStatus.OPEN, '2026-Q4'),
    ).toBeNull();
  });
});
