import { useMutation } from '@apollo/client/react';
import { useForm, type FormValidateInput } from '@mantine/form';
import {
  LIMITS,
  activityHoursProblem,
  isAddition,
  isOpenGoal,
  nameProblem,
  projectWeek,
  stopHoursProblem,
  type GoalShift,
  type WeekActivity,
} from '@fulcrum/shared';
import { notifySuccess } from '@/lib/notify';
import { useVersionedForm } from '@/lib/useVersionedForm';
import { AddGoalDocument, UpdateGoalDocument, type PlanGoalFragment } from '../api/gql/graphql';
import {
  GOAL_FIELDS,
  GOAL_INPUTS,
  UPDATE_FIELD_NAMES,
  candidateShift,
  goalChanges,
  goalRowValues,
  goalSnapshot,
  goalValues,
  newGoalInput,
  rebaseGoal,
  type GoalRow,
  type GoalValues,
} from '../utils/goalForm';
import { hoursValue, planGoalShifts, previewBudget, toWeekActivities } from '../utils/week';
import { RELOAD_PLAN, usePlanScope, useReadFailure } from './usePlanScope';
import { saveAddOrEdit } from '../utils/addOrEdit';

/**
 * Adds a change goal or edits one from the version it was opened at, with the projected week
 * with the goal computed as the hours are typed, by the same shared rules the server applies.
 */
export function useGoalForm(goal: PlanGoalFragment | undefined, onDone: () => void) {
  const { plan, levers } = usePlanScope();
  const readFailure = useReadFailure();
  const [addGoal, adding] = useMutation(AddGoalDocument, RELOAD_PLAN);
  const [updateGoal, updating] = useMutation(UpdateGoalDocument, RELOAD_PLAN);
  const week = toWeekActivities(plan.week.activities);
  const shifts = planGoalShifts(plan);

  const form = useForm<GoalValues>({
    initialValues: goalValues(goal, levers[0]?.lever),
    validate: goalRules(plan.weeklyHours, week, shifts, goal),
    // A refusal is about what was sent; once the values change, the live preview takes over.
    onValuesChange: () => versioned.setFailure((current) => (current?.kind === 'budget' ? null : current)),
  });
  // The goal as it was when editing began: its version is sent, a newer one is a CONFLICT.
  const versioned = useVersionedForm<PlanGoalFragment, GoalRow>({
    initial: goal ?? null,
    read: readFailure,
    compared: GOAL_FIELDS,
    snapshot: goalSnapshot,
    form,
    inputs: GOAL_INPUTS,
    fieldNames: UPDATE_FIELD_NAMES,
    toValues: goalRowValues,
    merge: rebaseGoal,
  });

  // The live projection: the open goals without and with this one.
  const candidate = candidateShift(form.values, goal, shifts);
  const before = projectWeek(
    week,
    shifts.filter((g) => isOpenGoal(g.status)),
  );
  const after = projectWeek(week, [...shifts.filter((g) => g.id !== goal?.id && isOpenGoal(g.status)), candidate]);
  const budget = previewBudget(plan.weeklyHours, after, week, 'projected week');
  const startHours = hoursValue(form.values.start.hoursPerWeek);
  const projection = {
    before,
    after,
    budget,
    addition: isAddition(candidate),
    typed: Number.isFinite(startHours) && startHours > 0,
  };

  const save = saveAddOrEdit(versioned, onDone, {
    changes: goalChanges,
    add: async (values) => {
      await addGoal({ variables: { input: newGoalInput(values, plan.id) } });
      notifySuccess(`"${values.title.trim()}" proposed.`, 'Change goal added');
    },
    update: async (input, values) => {
      await updateGoal({ variables: { input } });
      notifySuccess(`"${values.title.trim()}" saved.`);
    },
  });
  // A change the live preview already shows over the budget is not sent.
  const submit = form.onSubmit((values) => (budget.message ? undefined : save(values)));

  return { form, submit, saving: adding.loading || updating.loading, failure: versioned.failure, projection };
}

/** The form's checks, the shared rules the server applies: hours within the budget and the activity. */
function goalRules(
  weeklyHours: number,
  week: readonly WeekActivity[],
  shifts: readonly GoalShift[],
  goal: PlanGoalFragment | undefined,
): FormValidateInput<GoalValues> {
  return {
    title: (value) => nameProblem(value, LIMITS.titleMax),
    stop: {
      hoursPerWeek: (value, values) => {
        if (!values.stop.activityId) return null;
        const hours = hoursValue(value);
        const problem = activityHoursProblem(hours, weeklyHours);
        if (problem) return problem;
        const stopped = week.find((a) => a.id === values.stop.activityId);
        return stopped ? stopHoursProblem(hours, stopped, shifts, goal?.id) : null;
      },
    },
    start: {
      activityId: (value, values) => {
        if (values.startSource !== 'existing' || goal) return null;
        if (!value) return 'Choose the activity to grow, or start a new one.';
        return value === values.stop.activityId ? 'A goal cannot stop and start the same activity.' : null;
      },
      newActivityName: (value, values) =>
        values.startSource === 'new' && !goal ? nameProblem(value, LIMITS.titleMax) : null,
      hoursPerWeek: (value) => activityHoursProblem(hoursValue(value), weeklyHours),
    },
    successMeasure: (value) =>
      value.trim().length > LIMITS.descriptionMax ? `Use at most ${LIMITS.descriptionMax} characters.` : null,
  };
}
