import {
  activityHoursProblem,
  checkBudget,
  checkWeekChange,
  formatHours,
  overBudgetMessage,
  stopHoursProblem,
  type BudgetCheck,
  type CheckedWeek,
  type WeekActivity,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { BudgetExceededError } from '../core/errors';
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

/** Hours as messages write them (shared's `formatHours`). */
export const describeHours = formatHours;

/** BUDGET_EXCEEDED when `week` is over the budget, naming the activities worth handing off. */
export function assertWithinBudget(
  plan: GrowthPlan,
  week: readonly WeekActivity[],
  what: string,
  current: readonly WeekActivity[] = week,
  checked: CheckedWeek = 'week',
): void {
  refuseOverBudget(checkBudget(plan.weeklyHours, week, current, checked), what);
}

/** The week must fit the budget today and, with every open goal applied, once projected. */
export function assertWeekFits(
  plan: GrowthPlan,
  week: readonly WeekActivity[],
  goals: readonly ChangeGoal[],
  what: string,
  current: readonly WeekActivity[],
): void {
  refuseOverBudget(checkWeekChange(plan.weeklyHours, week, goals.map(goalShift), current), what);
}

function refuseOverBudget(check: BudgetCheck, what: string): void {
  if (check.over === 0) return;
  const suggestion = check.handOff.length
    ? ` Hand off or shrink first: ${check.handOff
        .slice(0, 3)
        .map((a) => `${a.name} (${formatHours(a.hoursPerWeek)})`)
        .join(', ')}.`
    : '';
  throw new BudgetExceededError(check.over, `${overBudgetMessage(what, check)}${suggestion}`, {
    budgetHours: check.budgetHours,
    totalHours: check.total,
    handOff: check.handOff.map((a) => ({ activityId: a.id, name: a.name, hoursPerWeek: a.hoursPerWeek })),
  });
}

/** Hours a goal's stop side has not freed yet (none when it stops nothing). */
export function unfreedStopHours(goal: Pick<ChangeGoal, 'stopHours' | 'stopFreedHours'>): number {
  return goal.stopHours === null ? 0 : Math.max(0, goal.stopHours - goal.stopFreedHours);
}

/** BAD_USER_INPUT on `field` when the goal would stop more hours of the activity than are left to free. */
export function assertStopAvailable(
  field: string,
  hours: number,
  activity: Activity,
  goals: readonly ChangeGoal[],
  exceptGoalId?: string,
): void {
  assertValid({ [field]: stopHoursProblem(hours, activity, goals.map(goalShift), exceptGoalId) });
}

export function hoursField(field: string, hours: number, budget: number): void {
  assertValid({ [field]: activityHoursProblem(hours, budget) });
}
