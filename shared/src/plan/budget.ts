import { isNewActivity, projectWeek, type GoalShift } from './goals';
import { formatHours, handOffCandidates, overBudget, totalHours, type WeekActivity } from './week';

/** The week a budget check is about: as it would stand, or with every open goal applied. */
export type CheckedWeek = 'week' | 'projected week';

/** How a week stands against the weekly budget (§2.3). */
export interface BudgetCheck {
  which: CheckedWeek;
  budgetHours: number;
  total: number;
  /** Hours over the budget; 0 when the week fits. */
  over: number;
  /** When over: the activities worth handing off first to make room, of the week as it stands. */
  handOff: WeekActivity[];
}

/** `week` against the budget; `current` is the week as it stands, whose activities can be handed off. */
export function checkBudget(
  budgetHours: number,
  week: readonly WeekActivity[],
  current: readonly WeekActivity[] = week,
  checked: CheckedWeek = 'week',
): BudgetCheck {
  const total = totalHours(week);
  const over = overBudget(budgetHours, total);
  const handOff = over > 0 ? handOffCandidates(current.filter((a) => !isNewActivity(a))) : [];
  return { which: checked, budgetHours, total, over, handOff };
}

/**
 * A change to the week's activities must fit the budget as it would stand and, with every open
 * goal applied, once projected: the first of the two checks that fails, else the projected one.
 */
export function checkWeekChange(
  budgetHours: number,
  changed: readonly WeekActivity[],
  goals: readonly GoalShift[],
  current: readonly WeekActivity[],
): BudgetCheck {
  const asItWouldStand = checkBudget(budgetHours, changed, current);
  if (asItWouldStand.over > 0) return asItWouldStand;
  return checkBudget(budgetHours, projectWeek(changed, goals), current, 'projected week');
}

/** The refusal of a change over the budget: "`subject` would take the week to 42 h, 2 h over the 40 h budget." */
export function overBudgetMessage(subject: string, check: BudgetCheck): string {
  return `${subject} would take the ${check.which} to ${formatHours(check.total)}, ${formatHours(check.over)} over the ${formatHours(check.budgetHours)} budget.`;
}
