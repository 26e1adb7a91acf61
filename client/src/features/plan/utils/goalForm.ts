import { GoalStatus, Leverage, Mode, RatingSide, type GoalShift, type Lever } from '@fulcrum/shared';
import { firstName } from '@/lib/format';
import type { AddGoalInput, PlanGoalFragment, UpdateGoalInput } from '../api/gql/graphql';
import type { ComparedField } from '@/lib/conflict';
import { hoursValue } from './week';

export interface GoalValues {
  title: string;
  lever: Lever;
  gapId: string;
  stop: { activityId: string; hoursPerWeek: number | string };
  startSource: 'existing' | 'new';
  start: {
    activityId: string;
    newActivityName: string;
    mode: Mode;
    leverage: Leverage;
    hoursPerWeek: number | string;
  };
  successMeasure: string;
  targetQuarter: string;
}

/** The inputs of the goal form, by form path. */
export const GOAL_INPUTS = [
  'title',
  'lever',
  'gapId',
  'stop.activityId',
  'stop.hoursPerWeek',
  'start.activityId',
  'start.newActivityName',
  'start.mode',
  'start.leverage',
  'start.hoursPerWeek',
  'successMeasure',
  'targetQuarter',
];

/** updateGoal names the hours `stopHours` and `startHours`; the form shows them under the inputs. */
export const UPDATE_FIELD_NAMES: Record<string, string> = {
  stopHours: 'stop.hoursPerWeek',
  startHours: 'start.hoursPerWeek',
};

export const GOAL_FIELDS: ComparedField[] = [
  { key: 'title', label: 'title' },
  { key: 'status', label: 'status', format: (v) => String(v).toLowerCase() },
  { key: 'stopHours', label: 'hours stopped', format: (v) => String(v) },
  { key: 'startHours', label: 'hours started', format: (v) => String(v) },
  { key: 'successMeasure', label: 'success measure' },
  { key: 'targetQuarter', label: 'target quarter' },
];

/** The goal's fields as the server stores them, to tell what a concurrent change changed. */
export function goalSnapshot(goal: PlanGoalFragment): Record<string, unknown> {
  return {
    title: goal.title,
    status: goal.status,
    stopHours: goal.stop?.hoursPerWeek ?? null,
    startHours: goal.start.hoursPerWeek,
    successMeasure: goal.successMeasure,
    targetQuarter: goal.targetQuarter,
  };
}

/** The goal as the server stores it, as a CONFLICT's `extensions.current` carries it. */
export interface GoalRow {
  version: number;
  title: string;
  status: string;
  stopHours: number | null;
  startHours: number;
  successMeasure: string | null;
  targetQuarter: string | null;
}

/** The form's values for a goal (or a new one, on the first lever). */
export function goalValues(goal: PlanGoalFragment | undefined, firstLever: Lever): GoalValues {
  return {
    title: goal?.title ?? '',
    lever: goal?.lever ?? firstLever,
    gapId: goal?.gap?.id ?? '',
    stop: {
      activityId: goal ? (goal.stop?.activity?.id ?? '') : '',
      hoursPerWeek: goal?.stop?.hoursPerWeek ?? '',
    },
    startSource: goal ? (goal.start.activity ? 'existing' : 'new') : 'new',
    start: {
      activityId: goal?.start.activity?.id ?? '',
      newActivityName: goal?.start.newActivityName ?? '',
      mode: goal?.start.mode ?? Mode.MULTIPLYING,
      leverage: goal?.start.leverage ?? Leverage.HIGH,
      hoursPerWeek: goal?.start.hoursPerWeek ?? '',
    },
    successMeasure: goal?.successMeasure ?? '',
    targetQuarter: goal?.targetQuarter ?? '',
  };
}

/** A CONFLICT's current goal as form values (only what an edit can change), by form path. */
export function goalRowValues(current: GoalRow): Record<string, unknown> {
  return {
    title: current.title,
    'stop.hoursPerWeek': current.stopHours ?? '',
    'start.hoursPerWeek': current.startHours,
    successMeasure: current.successMeasure ?? '',
    targetQuarter: current.targetQuarter ?? '',
  };
}

/** The goal the form started from, moved onto the version a CONFLICT reports. */
export function rebaseGoal(base: PlanGoalFragment, current: GoalRow): PlanGoalFragment {
  return {
    ...base,
    version: current.version,
    title: current.title,
    successMeasure: current.successMeasure,
    targetQuarter: current.targetQuarter,
    stop: base.stop && { ...base.stop, hoursPerWeek: current.stopHours ?? base.stop.hoursPerWeek },
    start: { ...base.start, hoursPerWeek: current.startHours },
  };
}

const finite = (hours: number) => (Number.isFinite(hours) ? hours : 0);

/**
 * The goal being typed as the shared rules see it, to project the week with it: untyped hours
 * count as 0, and a stopped activity that has left the week still frees its hours.
 */
export function candidateShift(values: GoalValues, goal: PlanGoalFragment | undefined, shifts: readonly GoalShift[]) {
  const stopHours = finite(hoursValue(values.stop.hoursPerWeek));
  const hours = finite(hoursValue(values.start.hoursPerWeek));
  const candidate: GoalShift = {
    id: goal?.id ?? 'candidate',
    status: GoalStatus.PROPOSED,
    stop: values.stop.activityId ? { activityId: values.stop.activityId, hours: stopHours } : null,
    start:
      values.startSource === 'existing'
        ? { activityId: values.start.activityId || null, newActivityName: null, mode: null, leverage: null, hours }
        : {
            activityId: null,
            newActivityName: values.start.newActivityName.trim() || 'New activity',
            mode: values.start.mode,
            leverage: values.start.leverage,
            hours,
          },
  };
  if (goal && !goal.stop?.activity && goal.stop) {
    // The stopped activity has left the week: only its hours still count, as on the server.
    candidate.stop = { activityId: `left-the-week:${goal.id}`, hours: stopHours };
  }
  if (goal) candidate.stopAlreadyFreed = shifts.find((s) => s.id === goal.id)?.stopAlreadyFreed ?? 0;
  return candidate;
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** What an edit changes of the goal it started from; null when nothing changed. */
export function goalChanges(
  values: GoalValues,
  base: PlanGoalFragment,
): Omit<UpdateGoalInput, 'id' | 'version'> | null {
  const stopHours = hoursValue(values.stop.hoursPerWeek);
  const startHours = hoursValue(values.start.hoursPerWeek);
  const changes = {
    title: values.title.trim() !== base.title ? values.title.trim() : undefined,
    stopHours: base.stop && stopHours !== base.stop.hoursPerWeek ? stopHours : undefined,
    startHours: startHours !== base.start.hoursPerWeek ? startHours : undefined,
    successMeasure:
      optional(values.successMeasure) !== base.successMeasure ? optional(values.successMeasure) : undefined,
    targetQuarter: (values.targetQuarter || null) !== base.targetQuarter ? values.targetQuarter || null : undefined,
  };
  return Object.values(changes).every((value) => value === undefined) ? null : changes;
}

/** The input of a new goal. */
export function newGoalInput(values: GoalValues, planId: string): AddGoalInput {
  const stopHours = hoursValue(values.stop.hoursPerWeek);
  const startHours = hoursValue(values.start.hoursPerWeek);
  return {
    planId,
    title: values.title.trim(),
    lever: values.lever,
    gapId: values.gapId || null,
    stop: values.stop.activityId ? { activityId: values.stop.activityId, hoursPerWeek: stopHours } : null,
    start:
      values.startSource === 'existing'
        ? { activityId: values.start.activityId, hoursPerWeek: startHours }
        : {
            newActivityName: values.start.newActivityName.trim(),
            mode: values.start.mode,
            leverage: values.start.leverage,
            hoursPerWeek: startHours,
          },
    successMeasure: optional(values.successMeasure),
    targetQuarter: values.targetQuarter || null,
  };
}

/** Whose week a goal changes, as the viewer reads it: `your` for the owner, `Sam's` for others. */
export function whoseWeek(side: RatingSide | null, ownerName: string): string {
  return side === RatingSide.SELF ? 'your' : `${firstName(ownerName)}'s`;
}
