import { enumOf, type ValueOf } from '../enumeration';
import { formatHours, roundHours, type Leverage, type Mode, type WeekActivity } from './week';

/** Change goals of §2.4: stop or shrink one activity, start or grow another. */
export const GoalStatus = enumOf('PROPOSED', 'ACTIVE', 'DONE', 'DROPPED');
export type GoalStatus = ValueOf<typeof GoalStatus>;

const GOAL_TRANSITIONS: Record<GoalStatus, readonly GoalStatus[]> = {
  [GoalStatus.PROPOSED]: [GoalStatus.ACTIVE, GoalStatus.DROPPED],
  [GoalStatus.ACTIVE]: [GoalStatus.DONE, GoalStatus.DROPPED],
  [GoalStatus.DONE]: [],
  [GoalStatus.DROPPED]: [],
};

/** PROPOSED → ACTIVE → DONE, PROPOSED|ACTIVE → DROPPED; nothing else. */
export function canTransitionGoal(from: GoalStatus, to: GoalStatus): boolean {
  return GOAL_TRANSITIONS[from].includes(to);
}

export function nextGoalStatuses(from: GoalStatus): readonly GoalStatus[] {
  return GOAL_TRANSITIONS[from];
}

/** Goals that still shape the projected week. */
export function isOpenGoal(status: GoalStatus): boolean {
  return status === GoalStatus.PROPOSED || status === GoalStatus.ACTIVE;
}

export interface GoalShift {
  id: string;
  status: GoalStatus;
  /** The activity to stop or shrink, and by how many hours; null for a pure addition. */
  stop: { activityId: string; hours: number } | null;
  /** Hours of `stop` already taken off the week by an owned delegation: never taken twice. */
  stopAlreadyFreed?: number;
  /** An existing activity to grow, or a new one (name, mode, leverage) to create when DONE. */
  start: {
    activityId: string | null;
    newActivityName: string | null;
    mode: Mode | null;
    leverage: Leverage | null;
    hours: number;
  };
}

/** A goal that frees no hours only adds work: the ADDITION_NOT_CHANGE anti-pattern. */
export function isAddition(goal: Pick<GoalShift, 'stop'>): boolean {
  return goal.stop === null || goal.stop.hours <= 0;
}

/** Hours the goal still has to take off its stopped activity. */
function remainingStop(goal: GoalShift): number {
  if (!goal.stop) return 0;
  return Math.max(0, roundHours(goal.stop.hours - (goal.stopAlreadyFreed ?? 0)));
}

/**
 * Hours of an activity that open goals have not claimed to stop yet: two goals never free the
 * same hours.
 */
export function unclaimedStopHours(
  activity: Pick<WeekActivity, 'id' | 'hoursPerWeek'>,
  goals: readonly GoalShift[],
  exceptGoalId?: string,
): number {
  const claimed = goals
    .filter((g) => g.id !== exceptGoalId && isOpenGoal(g.status) && g.stop?.activityId === activity.id)
    .reduce((sum, g) => sum + remainingStop(g), 0);
  return roundHours(Math.max(0, activity.hoursPerWeek - claimed));
}

/** Why a goal cannot stop `hours` of the activity (more than it takes, or than other goals left), or null. */
export function stopHoursProblem(
  hours: number,
  activity: Pick<WeekActivity, 'id' | 'name' | 'hoursPerWeek'>,
  goals: readonly GoalShift[],
  exceptGoalId?: string,
): string | null {
  const left = unclaimedStopHours(activity, goals, exceptGoalId);
  if (hours <= left) return null;
  return left === activity.hoursPerWeek
    ? `"${activity.name}" only takes ${formatHours(activity.hoursPerWeek)} a week.`
    : `Other goals already stop ${formatHours(activity.hoursPerWeek - left)} of "${activity.name}"; at most ${formatHours(left)} are left to free.`;
}

const NEW_ACTIVITY_PREFIX = 'new:';

/** A goal's new activity in a projected week (`new:<goal id>`): it does not exist yet. */
export function isNewActivity(activity: Pick<WeekActivity, 'id'>): boolean {
  return activity.id.startsWith(NEW_ACTIVITY_PREFIX);
}

/**
 * The week with the goal's shift applied: the stopped activity shrinks (never below 0 and
 * dropped at 0), the started one grows or appears. New activities get the id `new:<goal id>`.
 */
export function applyShift(activities: readonly WeekActivity[], goal: GoalShift): WeekActivity[] {
  const freed = remainingStop(goal);
  let week = activities.map((a) =>
    goal.stop && a.id === goal.stop.activityId
      ? { ...a, hoursPerWeek: Math.max(0, roundHours(a.hoursPerWeek - freed)) }
      : { ...a },
  );
  week = week.filter((a) => a.hoursPerWeek > 0);
  const { start } = goal;
  const existing = start.activityId ? week.find((a) => a.id === start.activityId) : undefined;
  if (existing) {
    existing.hoursPerWeek = roundHours(existing.hoursPerWeek + start.hours);
  } else if (start.activityId) {
    // Started activity was shrunk to 0 by this very goal's stop: it comes back with the new hours.
    const original = activities.find((a) => a.id === start.activityId);
    if (original) week.push({ ...original, hoursPerWeek: start.hours });
  } else if (start.mode !== null && start.leverage !== null) {
    // A new activity has both (the server refuses a goal input without them); a goal whose started
    // activity was deleted (start_activity_id ON DELETE SET NULL) may not, and then adds nothing.
    week.push({
      id: `${NEW_ACTIVITY_PREFIX}${goal.id}`,
      name: start.newActivityName ?? 'New activity',
      hoursPerWeek: start.hours,
      mode: start.mode,
      leverage: start.leverage,
    });
  }
  return week;
}

/** §2.4: the projected week applies every PROPOSED and ACTIVE goal to the current week. */
export function projectWeek(activities: readonly WeekActivity[], goals: readonly GoalShift[]): WeekActivity[] {
  return goals
    .filter((g) => isOpenGoal(g.status))
    .reduce<WeekActivity[]>((week, goal) => applyShift(week, goal), [...activities]);
}
