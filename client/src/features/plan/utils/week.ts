import {
  checkBudget,
  checkWeekChange,
  overBudgetMessage,
  roundHours,
  type BudgetCheck,
  type GoalShift,
  type WeekActivity,
  DelegationStage,
} from '@fulcrum/shared';
import type { PlanActivityFragment, PlanDetailFragment, PlanGoalFragment } from '../api/gql/graphql';

/** The week's activities as the shared rules see them (GraphQL enums are plain strings). */
export function toWeekActivities(activities: readonly PlanActivityFragment[]): WeekActivity[] {
  return activities.map((a) => ({
    id: a.id,
    name: a.name,
    hoursPerWeek: a.hoursPerWeek,
    mode: a.mode,
    leverage: a.leverage,
  }));
}

/**
 * Hours of each goal's stop already taken off the week by owned delegations serving it (as the
 * server records them): the projection never takes them off a second time.
 */
export function freedByGoal(delegations: PlanDetailFragment['delegations']): Map<string, number> {
  const freed = new Map<string, number>();
  for (const d of delegations) {
    if (d.stage !== DelegationStage.OWNED || !d.goal) continue;
    freed.set(d.goal.id, roundHours((freed.get(d.goal.id) ?? 0) + d.hoursPerWeek));
  }
  return freed;
}

/** A goal as the shared projection sees it; mirrors the server's own conversion. */
export function toGoalShift(goal: PlanGoalFragment, freed: ReadonlyMap<string, number> = new Map()): GoalShift {
  const { stop, start } = goal;
  return {
    id: goal.id,
    status: goal.status,
    // A stopped activity that has left the week matches nothing, as on the server.
    stop: stop ? { activityId: stop.activity?.id ?? `left-the-week:${goal.id}`, hours: stop.hoursPerWeek } : null,
    stopAlreadyFreed: stop ? Math.min(stop.hoursPerWeek, freed.get(goal.id) ?? 0) : 0,
    start: {
      activityId: start.activity?.id ?? null,
      newActivityName: start.newActivityName ?? start.activityName,
      mode: start.mode ?? null,
      leverage: start.leverage ?? null,
      hours: start.hoursPerWeek,
    },
  };
}

/** The plan's goals, ready for `projectWeek`. */
export function planGoalShifts(plan: Pick<PlanDetailFragment, 'goals' | 'delegations'>): GoalShift[] {
  const freed = freedByGoal(plan.delegations);
  return plan.goals.map((g) => toGoalShift(g, freed));
}

/** What a change would do to the budget, worded like the server's refusal. */
export interface BudgetPreview extends BudgetCheck {
  /** Null when the week fits. */
  message: string | null;
}

function preview(check: BudgetCheck): BudgetPreview {
  return { ...check, message: check.over > 0 ? overBudgetMessage('This', check) : null };
}

/** `checkBudget`, worded like the server's refusal. */
export function previewBudget(...check: Parameters<typeof checkBudget>): BudgetPreview {
  return preview(checkBudget(...check));
}

/**
 * The plan's week changed by `change` (an activity added or resized): it must fit the budget
 * today and, with every open goal applied, once projected, as the server checks.
 */
export function previewPlanWeekChange(
  plan: Pick<PlanDetailFragment, 'weeklyHours' | 'week' | 'goals' | 'delegations'>,
  change: (week: WeekActivity[]) => WeekActivity[],
): BudgetPreview {
  const week = toWeekActivities(plan.week.activities);
  return preview(checkWeekChange(plan.weeklyHours, change(week), planGoalShifts(plan), week));
}

/** A number input's value as hours, or NaN while it is empty or not a number. */
export function hoursValue(value: string | number): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}
