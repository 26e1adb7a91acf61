import {
  activityHoursProblem,
  handOffCandidates,
  isOpenGoal,
  overBudget,
  projectWeek,
  roundHours,
  totalHours,
  type WeekActivity,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, BudgetExceededError } from '../core/errors';
import { assertValid } from '../core/validation';
import { Activity } from './activity.entity';
import { ChangeGoal, goalShift } from './goal.entity';
import { GrowthPlan } from './plan.entity';

interface WeekState {
  activities: Activity[];
  goals: ChangeGoal[];
}

/** The week in the plan's write transaction: one statement after the other on its single connection. */
export async function weekState(em: EntityManager, plan: GrowthPlan): Promise<WeekState> {
  const options = {
    where: { planId: plan.id, organizationId: plan.organizationId },
    order: { createdAt: 'ASC', id: 'ASC' },
  } as const;
  const activities = await em.find(Activity, options);
  const goals = await em.find(ChangeGoal, options);
  return { activities, goals };
}

export function describeHours(hours: number): string {
  return `${roundHours(hours)} h`;
}

/** BUDGET_EXCEEDED when `week` is over the budget, naming the activities worth handing off. */
export function assertWithinBudget(
  plan: GrowthPlan,
  week: readonly WeekActivity[],
  what: string,
  current: readonly WeekActivity[] = week,
  label: 'week' | 'projected week' = 'week',
): void {
  const total = totalHours(week);
  const over = overBudget(plan.weeklyHours, total);
  if (over === 0) return;
  const candidates = handOffCandidates(current.filter((a) => !a.id.startsWith('new:')));
  const suggestion = candidates.length
    ? ` Hand off or shrink first: ${candidates
        .slice(0, 3)
        .map((a) => `${a.name} (${describeHours(a.hoursPerWeek)})`)
        .join(', ')}.`
    : '';
  throw new BudgetExceededError(
    over,
    `${what} would take the ${label} to ${describeHours(total)}, ${describeHours(over)} over the ${describeHours(plan.weeklyHours)} budget.${suggestion}`,
    {
      budgetHours: plan.weeklyHours,
      totalHours: total,
      handOff: candidates.map((a) => ({
        activityId: a.id,
        name: a.name,
        hoursPerWeek: a.hoursPerWeek,
      })),
    },
  );
}

/** The week must fit the budget today and, with every open goal applied, once projected. */
export function assertWeekFits(
  plan: GrowthPlan,
  week: readonly WeekActivity[],
  goals: readonly ChangeGoal[],
  what: string,
  current: readonly WeekActivity[],
): void {
  assertWithinBudget(plan, week, what, current);
  assertWithinBudget(plan, projectWeek(week, goals.map(goalShift)), what, current, 'projected week');
}

/** Hours a goal's stop side has not freed yet (none when it stops nothing). */
export function unfreedStopHours(goal: Pick<ChangeGoal, 'stopHours' | 'stopFreedHours'>): number {
  return goal.stopHours === null ? 0 : Math.max(0, goal.stopHours - goal.stopFreedHours);
}

/**
 * Hours of an activity that open goals have not already claimed to stop: two goals can never
 * free the same hours.
 */
function unclaimedStopHours(activity: Activity, goals: readonly ChangeGoal[], exceptGoalId?: string): number {
  const claimed = goals
    .filter((g) => g.id !== exceptGoalId && isOpenGoal(g.status) && g.stopActivityId === activity.id)
    .reduce((sum, g) => sum + unfreedStopHours(g), 0);
  return roundHours(Math.max(0, activity.hoursPerWeek - claimed));
}

export function assertStopAvailable(
  field: string,
  hours: number,
  activity: Activity,
  goals: readonly ChangeGoal[],
  exceptGoalId?: string,
): void {
  const left = unclaimedStopHours(activity, goals, exceptGoalId);
  if (hours <= left) return;
  throw BadUserInputError.field(
    field,
    left === activity.hoursPerWeek
      ? `"${activity.name}" only takes ${describeHours(activity.hoursPerWeek)} a week.`
      : `Other goals already stop ${describeHours(activity.hoursPerWeek - left)} of "${activity.name}"; at most ${describeHours(left)} are left to free.`,
  );
}

export function hoursField(field: string, hours: number, budget: number): void {
  assertValid({ [field]: activityHoursProblem(hours, budget) });
}
