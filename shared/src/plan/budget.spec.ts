import { describe, expect, it } from 'vitest';
import { checkBudget, checkWeekChange, overBudgetMessage } from './budget';
import { GoalStatus, stopHoursProblem, unclaimedStopHours, type GoalShift } from './goals';
import { Leverage, Mode, type WeekActivity } from './week';

const a = (id: string, hoursPerWeek: number, leverage: Leverage = Leverage.NEUTRAL): WeekActivity => ({
  id,
  name: id,
  hoursPerWeek,
  mode: Mode.DOING,
  leverage,
});

const week = [a('modeling', 20, Leverage.HIGH), a('adhoc', 8, Leverage.OVERHEAD), a('meetings', 10)];

/** A goal that stops `hours` of an activity and starts a new one of `startHours`. */
function goal(id: string, stop: { activityId: string; hours: number } | null, startHours = 0): GoalShift {
  return {
    id,
    status: GoalStatus.ACTIVE,
    stop,
    start: { activityId: null, newActivityName: id, mode: Mode.DOING, leverage: Leverage.HIGH, hours: startHours },
  };
}

describe('checkBudget', () => {
  it('fits: nothing over, nothing to hand off', () => {
    expect(checkBudget(40, week)).toEqual({ which: 'week', budgetHours: 40, total: 38, over: 0, handOff: [] });
  });
  it('over: names what to hand off first from the week as it stands, never a new activity', () => {
    const changed = [...week, a('new:g', 4)];
    const check = checkBudget(40, changed, changed, 'projected week');
    expect(check).toMatchObject({ which: 'projected week', total: 42, over: 2 });
    expect(check.handOff.map((x) => x.id)).toEqual(['adhoc', 'meetings', 'modeling']);
  });
});

describe('checkWeekChange', () => {
  it('refuses the week as it would stand first', () => {
    const changed = [...week, a('more', 4)];
    expect(checkWeekChange(40, changed, [goal('g', null, 1)], week)).toMatchObject({ which: 'week', over: 2 });
  });
  it('then the week with every open goal applied', () => {
    const check = checkWeekChange(40, week, [goal('g', { activityId: 'adhoc', hours: 2 }, 6)], week);
    expect(check).toMatchObject({ which: 'projected week', total: 42, over: 2 });
    expect(check.handOff.map((x) => x.id)).toEqual(['adhoc', 'meetings', 'modeling']);
  });
  it('fits when both fit', () => {
    expect(checkWeekChange(40, week, [goal('g', { activityId: 'adhoc', hours: 2 }, 2)], week).over).toBe(0);
  });
});

describe('overBudgetMessage', () => {
  it('says what the change would do, in hours', () => {
    const check = checkBudget(37.5, week);
    expect(overBudgetMessage('This', check)).toBe('This would take the week to 38 h, 0.5 h over the 37.5 h budget.');
  });
});

describe('hours a goal may stop', () => {
  const goals = [goal('g1', { activityId: 'adhoc', hours: 3 }), goal('g2', { activityId: 'adhoc', hours: 2 })];
  it('are what open goals have not claimed yet, the edited goal aside', () => {
    expect(unclaimedStopHours(week[1], goals)).toBe(3);
    expect(unclaimedStopHours(week[1], goals, 'g1')).toBe(6);
    expect(unclaimedStopHours(week[1], [{ ...goals[0], status: GoalStatus.DONE }])).toBe(8);
    expect(unclaimedStopHours(week[1], [{ ...goals[0], stopAlreadyFreed: 1 }])).toBe(6);
  });
  it('are refused beyond that, in words that say why', () => {
    expect(stopHoursProblem(3, week[1], goals)).toBeNull();
    expect(stopHoursProblem(9, week[1], [])).toBe('"adhoc" only takes 8 h a week.');
    expect(stopHoursProblem(4, week[1], goals)).toBe(
      'Other goals already stop 5 h of "adhoc"; at most 3 h are left to free.',
    );
  });
});
