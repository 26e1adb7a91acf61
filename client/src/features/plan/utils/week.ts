import {
  handOffCandidates,
  isOpenGoal,
  overBudget,
  projectWeek,
  roundHours,
  totalHours,
  type GoalShift,
  type WeekActivity,
  DelegationStage,
} from '@fulcrum/shared';
import type { PlanActivityFragment, PlanDetailFragment, PlanGoalFragment } from '../api/gql/graphql';
import { formatHours } from '@/lib/format';

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

/**
 * Hours of an activity that open goals have not claimed to stop yet: two goals never free the
 * same hours (the server refuses it with the same words).
 */
export function unclaimedStopHours(activity: WeekActivity, goals: readonly GoalShift[], exceptGoalId?: string): number {
  const claimed = goals
    .filter((g) => g.id !== exceptGoalId && isOpenGoal(g.status))
    .reduce(
      (sum, { stop, stopAlreadyFreed }) =>
        stop?.activityId === activity.id ? sum + Math.max(0, stop.hours - (stopAlreadyFreed ?? 0)) : sum,
      0,
    );
  return roundHours(Math.max(0, activity.hoursPerWeek - claimed));
}

export function stopHoursProblem(
  hours: number,
  activity: WeekActivity,
  goals: readonly GoalShift[],
  exceptGoalId?: string,
): string | null {
  const left = unclaimedStopHours(activity, goals, exceptGoalId);
  if (hours <= left) return null;
  return left === activity.hoursPerWeek
    ? `"${activity.name}" only takes ${formatHours(activity.hoursPerWeek)} a week.`
    : `Other goals already stop ${formatHours(activity.hoursPerWeek - left)} of "${activity.name}"; at most ${formatHours(left)} are left to free.`;
}

/** What a change would do to the budget, worded like the server's refusal. */
export interface BudgetPreview {
  total: number;
  over: number;
  /** Null when the week fits. */
  message: string | null;
  /** The activities worth handing off first, as the server would name them. */
  handOff: WeekActivity[];
}

export function previewBudget(
  budgetHours: number,
  week: readonly WeekActivity[],
  current: readonly WeekActivity[] = week,
  label: 'week' | 'projected week' = 'week',
): BudgetPreview {
  const total = totalHours(week);
  const over = overBudget(budgetHours, total);
  return {
    total,
    over,
    message:
      over > 0
        ? `This would take the ${label} to ${formatHours(total)}, ${formatHours(over)} over the ${formatHours(budgetHours)} budget.`
        : null,
    handOff: over > 0 ? handOffCandidates(current.filter((a) => !a.id.startsWith('new:'))) : [],
  };
}

/**
 * A change to the week's activities must fit the budget today and, with every open goal
 * applied, once projected: the two checks the server makes, in its order.
 */
export function previewWeekChange(
  budgetHours: number,
  changed: readonly WeekActivity[],
  goals: readonly GoalShift[],
  current: readonly WeekActivity[],
): BudgetPreview {
  const today = previewBudget(budgetHours, changed, current);
  if (today.message) return today;
  return previewBudget(budgetHours, projectWeek(changed, goals), current, 'projected week');
}

/** `previewWeekChange` of the plan's week, changed by `change` (an activity added or resized). */
export function previewPlanWeekChange(
  plan: Pick<PlanDetailFragment, 'weeklyHours' | 'week' | 'goals' | 'delegations'>,
  change: (week: WeekActivity[]) => WeekActivity[],
): BudgetPreview {
  const week = toWeekActivities(plan.week.activities);
  return previewWeekChange(plan.weeklyHours, change(week), planGoalShifts(plan), week);
}

/** A number input's value as hours, or NaN while it is empty or not a number. */
export function hoursValue(value: string | number): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}
