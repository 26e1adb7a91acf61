import { isOpenGoal, nameProblem, LIMITS } from '@fulcrum/shared';
import type { Context } from '../core/context';
import type { VersionedEdit } from '../core/input-fields';
import { BadUserInputError, NotFoundError } from '../core/errors';
import { assertValid } from '../core/validation';
import { Activity } from './activity.entity';
import type { AddActivityInput, UpdateActivityInput } from './plan.inputs';
import { planHooks } from './plan.hooks';

import { assertVersion, changePlan, planOf } from './plan-change';
import { assertWeekFits, describeHours, hoursField, weekState } from './week-budget';

// ---------------------------------------------------------------- the week

/** The row of the week (an activity, a goal) an edit names: NOT_FOUND if gone, CONFLICT if changed since read. */
export function editedRow<T extends { id: string; version: number }>(
  rows: readonly T[],
  what: string,
  edit: VersionedEdit,
): T {
  const row = rows.find((r) => r.id === edit.id);
  if (!row) throw new NotFoundError(what);
  assertVersion(row, edit.version, row);
  return row;
}

export async function addActivity(ctx: Context, input: AddActivityInput): Promise<Activity> {
  assertValid({ name: nameProblem(input.name, LIMITS.titleMax) });
  return changePlan(ctx, input.planId, async (em, plan) => {
    hoursField('hoursPerWeek', input.hoursPerWeek, plan.weeklyHours);
    const { activities, goals } = await weekState(em, plan);
    const added = {
      id: 'new:activity',
      name: input.name.trim(),
      hoursPerWeek: input.hoursPerWeek,
      mode: input.mode,
      leverage: input.leverage,
    };
    assertWeekFits(
      plan,
      [...activities, added],
      goals,
      `Adding ${describeHours(input.hoursPerWeek)} of "${added.name}"`,
      activities,
    );
    return em.save(
      em.create(Activity, {
        organizationId: plan.organizationId,
        planId: plan.id,
        name: added.name,
        hoursPerWeek: input.hoursPerWeek,
        mode: input.mode,
        leverage: input.leverage,
      }),
    );
  });
}

export async function updateActivity(ctx: Context, input: UpdateActivityInput): Promise<Activity> {
  assertValid({ name: input.name == null ? null : nameProblem(input.name, LIMITS.titleMax) });
  const planId = await planOf(ctx, 'activity', () => ctx.loaders.plans.activity.load(input.id));
  return changePlan(ctx, planId, async (em, plan) => {
    const { activities, goals } = await weekState(em, plan);
    const activity = editedRow(activities, 'activity', input);
    const hours = input.hoursPerWeek;
    if (hours != null) {
      hoursField('hoursPerWeek', hours, plan.weeklyHours);
      const changed = activities.map((a) =>
        a.id === activity.id ? { id: a.id, name: a.name, hoursPerWeek: hours, mode: a.mode, leverage: a.leverage } : a,
      );
      assertWeekFits(plan, changed, goals, `${describeHours(hours)} for "${activity.name}"`, activities);
      activity.hoursPerWeek = hours;
    }
    if (input.name != null) activity.name = input.name.trim();
    if (input.mode != null) activity.mode = input.mode;
    if (input.leverage != null) activity.leverage = input.leverage;
    const saved = await em.save(activity);
    ctx.loaders.plans.activity.clear(saved.id);
    return saved;
  });
}

export async function removeActivity(ctx: Context, id: string): Promise<boolean> {
  const planId = await planOf(ctx, 'activity', () => ctx.loaders.plans.activity.load(id));
  return changePlan(ctx, planId, async (em, plan) => {
    const { goals } = await weekState(em, plan);
    const usedBy = goals.find((g) => isOpenGoal(g.status) && (g.stopActivityId === id || g.startActivityId === id));
    if (usedBy) {
      throw BadUserInputError.field(
        'id',
        `The goal "${usedBy.title}" changes this activity. Finish or drop the goal first.`,
      );
    }
    await planHooks.activityRemoving(em, plan, id);
    await em.delete(Activity, { id, planId: plan.id });
    ctx.loaders.plans.activity.clear(id);
    return true;
  });
}
