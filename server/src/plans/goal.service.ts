import {
  canTransitionGoal,
  GoalStatus,
  isId,
  isOpenGoal,
  isQuarter,
  nameProblem,
  nextGoalStatuses,
  projectWeek,
  applyShift,
  LIMITS,
  type GoalShift,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { BadUserInputError, InvalidTransitionError } from '../core/errors';
import { assertValid, optionalText } from '../core/validation';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal, goalShift } from './goal.entity';
import type { AddGoalInput, HoursShiftInput, UpdateGoalInput } from './plan.inputs';
import { GrowthPlan } from './plan.entity';

import { changePlan, planOf } from './plan-change';
import { assertStopAvailable, assertWithinBudget, hoursField, weekState } from './week-budget';
import { editedRow } from './week.service';

// ---------------------------------------------------------------- change goals

function shiftHours(field: string, shift: HoursShiftInput, budget: number): void {
  hoursField(`${field}.hoursPerWeek`, shift.hoursPerWeek, budget);
}

/**
 * The start side's activity columns: the week's activity it names, or the new one it describes
 * (its name, mode and leverage were required above when it names none).
 */
function startSide(activity: Activity | undefined, start: AddGoalInput['start']) {
  if (activity) {
    return {
      startActivityId: activity.id,
      startActivityName: activity.name,
      startMode: activity.mode,
      startLeverage: activity.leverage,
    };
  }
  const { newActivityName, mode, leverage } = start;
  if (!newActivityName || !mode || !leverage) throw new Error('a new start activity passed validation incomplete');
  return { startActivityId: null, startActivityName: newActivityName.trim(), startMode: mode, startLeverage: leverage };
}

export async function addGoal(ctx: Context, input: AddGoalInput): Promise<ChangeGoal> {
  assertValid({
    title: nameProblem(input.title, LIMITS.titleMax),
    targetQuarter: input.targetQuarter && !isQuarter(input.targetQuarter) ? 'Use a quarter like 2026-Q4.' : null,
  });
  return changePlan(ctx, input.planId, async (em, plan) => {
    const { activities, goals } = await weekState(em, plan);
    const find = (activityId: string | null | undefined) =>
      activityId ? activities.find((a) => a.id === activityId) : undefined;

    if (input.gapId && !(isId(input.gapId) && (await em.existsBy(Gap, { id: input.gapId, planId: plan.id })))) {
      throw BadUserInputError.field('gapId', 'Choose a gap of this plan.');
    }
    const stop = input.stop ?? null;
    const stopActivity = find(stop?.activityId);
    if (stop) {
      if (!stopActivity)
        throw BadUserInputError.field('stop.activityId', 'Choose the activity of this week to stop or shrink.');
      shiftHours('stop', stop, plan.weeklyHours);
      assertStopAvailable('stop.hoursPerWeek', stop.hoursPerWeek, stopActivity, goals);
    }
    const { start } = input;
    shiftHours('start', start, plan.weeklyHours);
    const startActivity = find(start.activityId);
    if (start.activityId && !startActivity)
      throw BadUserInputError.field('start.activityId', 'Choose an activity of this week, or name a new one.');
    if (!start.activityId) {
      assertValid({
        'start.newActivityName': nameProblem(start.newActivityName ?? '', LIMITS.titleMax),
        'start.mode': start.mode ? null : 'Say whether the new activity is doing or multiplying.',
        'start.leverage': start.leverage ? null : 'Choose the leverage of the new activity.',
      });
    }
    if (stopActivity && startActivity && stopActivity.id === startActivity.id) {
      throw BadUserInputError.field('start.activityId', 'A goal cannot stop and start the same activity.');
    }

    const goal = em.create(ChangeGoal, {
      organizationId: plan.organizationId,
      planId: plan.id,
      title: input.title.trim(),
      lever: input.lever,
      status: GoalStatus.PROPOSED,
      gapId: input.gapId ?? null,
      stopActivityId: stopActivity?.id ?? null,
      stopActivityName: stopActivity?.name ?? null,
      stopMode: stopActivity?.mode ?? null,
      stopLeverage: stopActivity?.leverage ?? null,
      stopHours: stop?.hoursPerWeek ?? null,
      stopFreedHours: 0,
      ...startSide(startActivity, start),
      startHours: start.hoursPerWeek,
      successMeasure: optionalText(input.successMeasure),
      targetQuarter: input.targetQuarter ?? null,
    });
    const projected = projectWeek(activities, [...goals.map(goalShift), { ...goalShift(goal), id: 'proposed' }]);
    assertWithinBudget(plan, projected, `"${goal.title}"`, activities, 'projected week');
    return em.save(goal);
  });
}

export async function updateGoal(ctx: Context, input: UpdateGoalInput): Promise<ChangeGoal> {
  assertValid({
    title: input.title == null ? null : nameProblem(input.title, LIMITS.titleMax),
    targetQuarter: input.targetQuarter && !isQuarter(input.targetQuarter) ? 'Use a quarter like 2026-Q4.' : null,
  });
  const planId = await planOf(ctx, 'goal', () => ctx.loaders.plans.goal.load(input.id));
  return changePlan(ctx, planId, async (em, plan) => {
    const { activities, goals } = await weekState(em, plan);
    const goal = editedRow(goals, 'goal', input);
    const from = goal.status;
    const to = input.status ?? from;
    if (to !== from && !canTransitionGoal(from, to)) {
      const allowed = nextGoalStatuses(from);
      throw new InvalidTransitionError(
        `A ${from.toLowerCase()} goal cannot become ${to.toLowerCase()}.${allowed.length ? ` It can become ${allowed.map((s) => s.toLowerCase()).join(' or ')}.` : ' It is final.'}`,
      );
    }
    const editsHours = input.stopHours != null || input.startHours != null;
    if (editsHours && !isOpenGoal(from))
      throw new InvalidTransitionError(`The hours of a ${from.toLowerCase()} goal can no longer change.`);

    if (input.title != null) goal.title = input.title.trim();
    if (input.successMeasure !== undefined) goal.successMeasure = optionalText(input.successMeasure);
    if (input.targetQuarter !== undefined) goal.targetQuarter = input.targetQuarter;
    if (input.stopHours != null) {
      const stopActivity = activities.find((a) => a.id === goal.stopActivityId);
      if (!stopActivity) throw BadUserInputError.field('stopHours', 'This goal does not stop an activity of the week.');
      hoursField('stopHours', input.stopHours, plan.weeklyHours);
      assertStopAvailable('stopHours', input.stopHours, stopActivity, goals, goal.id);
      goal.stopHours = input.stopHours;
    }
    if (input.startHours != null) {
      hoursField('startHours', input.startHours, plan.weeklyHours);
      goal.startHours = input.startHours;
    }
    if (editsHours && isOpenGoal(to)) {
      const others = goals.filter((g) => g.id !== goal.id).map(goalShift);
      assertWithinBudget(
        plan,
        projectWeek(activities, [...others, goalShift(goal)]),
        `The new hours of "${goal.title}"`,
        activities,
        'projected week',
      );
    }
    goal.status = to;
    if (to === GoalStatus.DONE && from !== GoalStatus.DONE) await applyGoal(em, plan, activities, goal);
    return em.save(goal);
  });
}

/** DONE: the goal's shift becomes the week, in the same transaction, within the budget. */
async function applyGoal(em: EntityManager, plan: GrowthPlan, activities: Activity[], goal: ChangeGoal): Promise<void> {
  const shift: GoalShift = goalShift(goal);
  const after = applyShift(activities, shift);
  assertWithinBudget(plan, after, `Finishing "${goal.title}"`, activities);
  for (const activity of activities) {
    const next = after.find((a) => a.id === activity.id);
    if (!next) await em.delete(Activity, { id: activity.id });
    else if (next.hoursPerWeek !== activity.hoursPerWeek)
      await em.update(
        Activity,
        { id: activity.id },
        { hoursPerWeek: next.hoursPerWeek, version: activity.version + 1 },
      );
  }
  const created = after.find((a) => a.id === `new:${goal.id}`);
  if (created) {
    const activity = await em.save(
      em.create(Activity, {
        organizationId: plan.organizationId,
        planId: plan.id,
        name: created.name,
        hoursPerWeek: created.hoursPerWeek,
        mode: created.mode,
        leverage: created.leverage,
      }),
    );
    goal.startActivityId = activity.id;
  }
  if (!after.some((a) => a.id === goal.stopActivityId)) goal.stopActivityId = null;
}
