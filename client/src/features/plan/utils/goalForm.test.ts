import { GoalStatus, Lever, Leverage, Mode } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import type { PlanGoalFragment } from '../api/gql/graphql';
import { candidateShift, goalChanges, goalValues, newGoalInput, rebaseGoal } from './goalForm';

const GOAL = {
  id: 'g1',
  version: 2,
  title: 'Hand over the churn model',
  status: GoalStatus.ACTIVE,
  lever: Lever.SHARE_KNOWLEDGE,
  gap: null,
  stop: { activity: { id: 'a1' }, activityName: 'Churn model upkeep', hoursPerWeek: 6 },
  start: {
    activity: null,
    newActivityName: 'Modelling clinic',
    mode: Mode.MULTIPLYING,
    leverage: Leverage.HIGH,
    hoursPerWeek: 2,
  },
  successMeasure: null,
  targetQuarter: '2026-Q3',
} as unknown as PlanGoalFragment;

describe('goalChanges', () => {
  it('is null when nothing changed', () => {
    expect(goalChanges(goalValues(GOAL, Lever.SHARE_KNOWLEDGE), GOAL)).toBeNull();
  });

  it('sends only what changed, blank texts as null', () => {
    const values = { ...goalValues(GOAL, Lever.SHARE_KNOWLEDGE), title: ' Hand over churn ', targetQuarter: '' };
    values.stop = { ...values.stop, hoursPerWeek: 4 };
    expect(goalChanges(values, GOAL)).toEqual({
      title: 'Hand over churn',
      stopHours: 4,
      startHours: undefined,
      successMeasure: undefined,
      targetQuarter: null,
    });
  });
});

describe('newGoalInput', () => {
  it('starts a new activity with its mode and leverage, or grows an existing one', () => {
    const values = {
      ...goalValues(undefined, Lever.SHARE_KNOWLEDGE),
      title: 'Teach SQL',
      start: {
        ...goalValues(undefined, Lever.SHARE_KNOWLEDGE).start,
        newActivityName: ' SQL hour ',
        hoursPerWeek: '1.5',
      },
    };
    expect(newGoalInput(values, 'p1')).toEqual({
      planId: 'p1',
      title: 'Teach SQL',
      lever: Lever.SHARE_KNOWLEDGE,
      gapId: null,
      stop: null,
      start: { newActivityName: 'SQL hour', mode: Mode.MULTIPLYING, leverage: Leverage.HIGH, hoursPerWeek: 1.5 },
      successMeasure: null,
      targetQuarter: null,
    });
    const growing = { ...values, startSource: 'existing' as const, start: { ...values.start, activityId: 'a2' } };
    expect(newGoalInput(growing, 'p1').start).toEqual({ activityId: 'a2', hoursPerWeek: 1.5 });
  });
});

describe('candidateShift', () => {
  it('counts untyped hours as 0 and keeps what delegations already freed', () => {
    const values = { ...goalValues(GOAL, Lever.SHARE_KNOWLEDGE) };
    values.start = { ...values.start, hoursPerWeek: '' };
    const shift = candidateShift(values, GOAL, [{ id: 'g1', stopAlreadyFreed: 2 } as never]);
    expect(shift.start).toEqual(expect.objectContaining({ newActivityName: 'Modelling clinic', hours: 0 }));
    expect(shift.stop).toEqual({ activityId: 'a1', hours: 6 });
    expect(shift.stopAlreadyFreed).toBe(2);
  });

  it('still frees the hours of a stopped activity that has left the week', () => {
    const left = { ...GOAL, stop: { ...GOAL.stop!, activity: null } } as PlanGoalFragment;
    const shift = candidateShift(goalValues(left, Lever.SHARE_KNOWLEDGE), left, []);
    expect(shift.stop).toEqual({ activityId: 'left-the-week:g1', hours: 6 });
  });
});

describe('rebaseGoal', () => {
  it('takes the version, texts and hours a CONFLICT reports', () => {
    const current = {
      version: 5,
      title: 'New title',
      status: 'ACTIVE',
      stopHours: 3,
      startHours: 4,
      successMeasure: 'x',
      targetQuarter: null,
    };
    const rebased = rebaseGoal(GOAL, current);
    expect(rebased).toEqual(
      expect.objectContaining({ version: 5, title: 'New title', successMeasure: 'x', targetQuarter: null }),
    );
    expect(rebased.stop?.hoursPerWeek).toBe(3);
    expect(rebased.start.hoursPerWeek).toBe(4);
  });
});
