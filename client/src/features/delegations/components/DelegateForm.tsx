import { useMutation } from '@apollo/client/react';
import { Alert, Card, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import {
  GoalStatus,
  LIMITS,
  activityHoursProblem,
  isFinalStage,
  requiredTextProblem,
  roundHours,
} from '@fulcrum/shared';
import { useState } from 'react';
import { ActivitySelect } from '@/components/ActivitySelect';
import { FormActions } from '@/components/FormActions';
import { GrowingTextarea } from '@/components/GrowingTextarea';
import { WeeklyHoursInput } from '@/components/HoursInput';
import { PeopleProblem, PersonSelect } from '@/components/PersonSelect';
import { FailureAlert } from '@/components/PlanAlerts';
import { leftoverFailure, usePlanScope, useReadFailure, type PlanFailure, PLAN_QUERY } from '@/lib/planScope';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import {
  CreateDelegationDocument,
  PlanDelegationsDocument,
  type BoardDelegationFragment,
  type DelegationsPlanFragment,
} from '../api/gql/graphql';
import { usePeople } from '@/lib/people/usePeople';
import { firstName, formatHours } from '@/lib/format';

interface DelegateValues {
  activityId: string;
  delegateeId: string | null;
  hoursPerWeek: number | string;
  learningObjective: string;
  goalId: string;
}

const FORM_FIELDS = ['activityId', 'delegateeId', 'hoursPerWeek', 'learningObjective', 'goalId'];

type DelegateForm = UseFormReturnType<DelegateValues>;
type Activity = DelegationsPlanFragment['week']['activities'][number];
type Goal = DelegationsPlanFragment['goals'][number];

/** The hours of an activity already being handed over in delegations still under way. */
function handedHours(activity: Activity | null, delegations: readonly BoardDelegationFragment[]): number {
  if (!activity) return 0;
  return roundHours(
    delegations
      .filter((d) => d.activity?.id === activity.id && !isFinalStage(d.stage))
      .reduce((sum, d) => sum + d.hoursPerWeek, 0),
  );
}

/** The delegation as createDelegation takes it; the form's checks ask for a delegatee first. */
function delegationInput(values: DelegateValues, planId: string) {
  return {
    planId,
    activityId: values.activityId,
    delegateeId: values.delegateeId ?? '',
    hoursPerWeek: Number(values.hoursPerWeek),
    learningObjective: values.learningObjective.trim(),
    goalId: values.goalId || null,
  };
}

/** The form's values and their checks: hours within the activity's and the week's. */
function useDelegateValues(plan: DelegationsPlanFragment): DelegateForm {
  const activities = plan.week.activities;
  const owner = firstName(plan.owner.name);
  return useForm<DelegateValues>({
    initialValues: {
      activityId: '',
      delegateeId: null,
      hoursPerWeek: '',
      learningObjective: '',
      goalId: '',
    },
    validate: {
      activityId: (value) => (value ? null : `Choose the activity of ${owner}'s week to hand over.`),
      delegateeId: (value) => (value ? null : 'Choose who takes it over.'),
      hoursPerWeek: (value, values) => {
        const hours = Number(value);
        if (value === '') return 'Say how many hours a week it should free.';
        const activity = activities.find((a) => a.id === values.activityId);
        if (activity && hours > activity.hoursPerWeek)
          return `"${activity.name}" only takes ${formatHours(activity.hoursPerWeek)} a week.`;
        return activityHoursProblem(hours, plan.weeklyHours);
      },
      learningObjective: (value) =>
        requiredTextProblem(value, LIMITS.descriptionMax, 'Say what concept they will learn and reuse.'),
    },
  });
}

/** Creates the delegation from the form; field problems go under their fields. */
function useCreateDelegation(form: DelegateForm, onDone: () => void) {
  const { plan } = usePlanScope<DelegationsPlanFragment>();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [create, { loading }] = useMutation(CreateDelegationDocument, {
    refetchQueries: [PLAN_QUERY, PlanDelegationsDocument],
    awaitRefetchQueries: true,
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await create({ variables: { input: delegationInput(values, plan.id) } });
      if (data) {
        notifySuccess(
          `${data.createDelegation.delegatee.name} starts at Planned. Move the card along as the hand-over goes; the hours leave the week at Owned.`,
          `"${data.createDelegation.activityName}" delegated`,
        );
      }
      onDone();
    } catch (error) {
      const read = await readFailure(error);
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, FORM_FIELDS);
      setFailure(leftoverFailure(read, FORM_FIELDS));
    }
  });
  return { submit, loading, failure };
}

/**
 * Hands (part of) an activity of the week to someone: who, how many of its hours, what they
 * will learn, and optionally the change goal whose stop it frees.
 */
export function DelegateForm({
  onDone,
  delegations,
}: {
  onDone: () => void;
  delegations: readonly BoardDelegationFragment[];
}) {
  const { plan } = usePlanScope<DelegationsPlanFragment>();
  const form = useDelegateValues(plan);
  const { submit, loading, failure } = useCreateDelegation(form, onDone);

  const activity = plan.week.activities.find((a) => a.id === form.values.activityId) ?? null;
  // A delegation serves a goal that stops the same activity: the hours it frees are that goal's.
  const goals = plan.goals.filter(
    (g) =>
      (g.status === GoalStatus.PROPOSED || g.status === GoalStatus.ACTIVE) &&
      activity &&
      g.stop?.activity?.id === activity.id,
  );
  const alreadyHanded = handedHours(activity, delegations);

  return (
    <Card withBorder padding="md" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label="Delegate an activity">
        <Stack gap="sm">
          <div>
            <Text fw={600}>Delegate</Text>
            <Text size="xs" c="dimmed">
              Hand execution work to someone who grows by taking it. It starts at Planned; nothing leaves the week until
              it is owned.
            </Text>
          </div>
          <WhatAndWho form={form} activities={plan.week.activities} ownerId={plan.owner.id} />
          <HoursAndGoal form={form} activity={activity} goals={goals} />
          {activity && alreadyHanded > 0 && (
            <Alert color="yellow" variant="light" p="xs">
              <Text size="sm">
                {formatHours(alreadyHanded)} of "{activity.name}" are already being handed over in other delegations.
              </Text>
            </Alert>
          )}
          <GrowingTextarea
            label="Learning objective"
            description="The concept they will learn and reuse, not only the task"
            placeholder="e.g. Run a feature pipeline end to end: backfills, schema changes and the alerts that matter."
            {...form.getInputProps('learningObjective')}
          />
          <FailureAlert failure={failure} />
          <FormActions onCancel={onDone} saving={loading}>
            Delegate
          </FormActions>
        </Stack>
      </form>
    </Card>
  );
}

/** Which activity of the week, and who takes it over. */
function WhatAndWho({
  form,
  activities,
  ownerId,
}: {
  form: DelegateForm;
  activities: readonly Activity[];
  ownerId: string;
}) {
  const people = usePeople();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <ActivitySelect
          label="Activity of the week"
          activities={activities}
          none={activities.length ? 'Choose an activity…' : 'The week has no activities yet'}
          {...form.getInputProps('activityId')}
          onChange={(event) => {
            form.setFieldValue('activityId', event.currentTarget.value);
            form.setFieldValue('goalId', '');
            form.clearFieldError('activityId');
          }}
        />
        <PersonSelect
          label="Delegatee"
          people={people}
          exclude={ownerId}
          detailed
          nothingFoundMessage="Nobody by that name"
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('delegateeId')}
        />
      </SimpleGrid>
      <PeopleProblem people={people} message="The list of people could not be loaded. Try again." />
    </>
  );
}

/** How many hours it frees, and the change goal it serves. */
function HoursAndGoal({
  form,
  activity,
  goals,
}: {
  form: DelegateForm;
  activity: Activity | null;
  goals: readonly Goal[];
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <WeeklyHoursInput
        label="Hours a week it frees"
        description={
          activity
            ? `At most ${formatHours(activity.hoursPerWeek)}, the hours of "${activity.name}"`
            : 'At most the hours of the activity'
        }
        max={activity?.hoursPerWeek}
        {...form.getInputProps('hoursPerWeek')}
      />
      <NativeSelect
        label="Serves the change goal (optional)"
        description={
          activity
            ? goals.length
              ? 'Only goals that stop this activity'
              : 'No open goal stops this activity'
            : 'Choose an activity first'
        }
        disabled={goals.length === 0}
        data={[{ value: '', label: 'None' }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
        {...form.getInputProps('goalId')}
      />
    </SimpleGrid>
  );
}
