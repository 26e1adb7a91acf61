import { enumOfKeys, type ValueOf } from '../enumeration';

/** The week of §2.3: activities with hours, mode and leverage, under a fixed budget. */
export const MODE_LABELS = {
  DOING: 'Doing',
  MULTIPLYING: 'Multiplying',
};
export const Mode = enumOfKeys(MODE_LABELS);
export type Mode = ValueOf<typeof Mode>;

export const LEVERAGE_LABELS = {
  HIGH: 'High leverage',
  NEUTRAL: 'Neutral',
  OVERHEAD: 'Overhead',
};
export const Leverage = enumOfKeys(LEVERAGE_LABELS);
export type Leverage = ValueOf<typeof Leverage>;

export const HOURS_STEP = 0.25;
export const WEEKLY_HOURS_MIN = 1;
export const WEEKLY_HOURS_MAX = 80;

export interface WeekActivity {
  id: string;
  name: string;
  hoursPerWeek: number;
  mode: Mode;
  leverage: Leverage;
}

export interface HoursBy {
  key: string;
  hours: number;
}

export interface WeekShape {
  totalHours: number;
  byMode: HoursBy[];
  byLeverage: HoursBy[];
}

/** Hours are kept in quarter hours; rounding here keeps sums free of floating-point dust. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** Hours as the product writes them: `2.25 h`. */
export function formatHours(hours: number): string {
  return `${roundHours(hours)} h`;
}

function isQuarterStep(hours: number): boolean {
  return Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) < 1e-9;
}

/** Why an activity's hours are not acceptable, or null. */
export function activityHoursProblem(hours: number, budgetHours: number): string | null {
  if (!Number.isFinite(hours) || hours <= 0) return 'Hours must be more than 0.';
  // Below one step the tolerance of `isQuarterStep` would take it as 0 steps: 1e-10 h is not a quarter hour.
  if (hours < HOURS_STEP) return `Use at least a quarter hour (${HOURS_STEP}).`;
  if (hours > budgetHours) return `Hours cannot exceed the weekly budget of ${budgetHours}.`;
  if (!isQuarterStep(hours)) return 'Use quarter-hour steps (for example 2.25 or 2.5).';
  return null;
}

/** Why a plan's weekly budget is not acceptable, or null. */
export function weeklyHoursProblem(hours: number): string | null {
  if (!Number.isFinite(hours) || hours < WEEKLY_HOURS_MIN || hours > WEEKLY_HOURS_MAX) {
    return `The weekly budget must be between ${WEEKLY_HOURS_MIN} and ${WEEKLY_HOURS_MAX} hours.`;
  }
  if (!isQuarterStep(hours)) return 'Use quarter-hour steps (for example 37.5).';
  return null;
}

export function totalHours(activities: readonly Pick<WeekActivity, 'hoursPerWeek'>[]): number {
  return roundHours(activities.reduce((sum, a) => sum + a.hoursPerWeek, 0));
}

/** Totals by mode and by leverage class, every key present, in enum order. */
export function weekShape(activities: readonly WeekActivity[]): WeekShape {
  const sumWhere = (predicate: (a: WeekActivity) => boolean) => totalHours(activities.filter(predicate));
  return {
    totalHours: totalHours(activities),
    byMode: Object.values(Mode).map((key) => ({ key, hours: sumWhere((a) => a.mode === key) })),
    byLeverage: Object.values(Leverage).map((key) => ({
      key,
      hours: sumWhere((a) => a.leverage === key),
    })),
  };
}

/** Hours left in the week: the budget minus the current total (never negative). */
export function freeHours(budgetHours: number, activities: readonly Pick<WeekActivity, 'hoursPerWeek'>[]): number {
  return Math.max(0, roundHours(budgetHours - totalHours(activities)));
}

/** How many hours a week of `total` hours is over the budget; 0 when it fits. */
export function overBudget(budgetHours: number, total: number): number {
  return Math.max(0, roundHours(total - budgetHours));
}

const LEVERAGE_HAND_OFF_ORDER: Record<Leverage, number> = {
  OVERHEAD: 0,
  NEUTRAL: 1,
  HIGH: 2,
};

/**
 * The activities worth handing off first to make room: execution (DOING) work, overhead before
 * neutral before high leverage, the largest first.
 */
export function handOffCandidates<A extends WeekActivity>(activities: readonly A[]): A[] {
  return activities
    .filter((a) => a.mode === Mode.DOING && a.hoursPerWeek > 0)
    .sort(
      (a, b) =>
        LEVERAGE_HAND_OFF_ORDER[a.leverage] - LEVERAGE_HAND_OFF_ORDER[b.leverage] || b.hoursPerWeek - a.hoursPerWeek,
    );
}
