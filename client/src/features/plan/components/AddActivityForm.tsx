import { useMutation } from '@apollo/client/react';
import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Leverage, Mode, freeHours } from '@fulcrum/shared';
import { useState } from 'react';
import { FormActions } from '@/components/FormActions';
import { AddActivityDocument } from '../api/gql/graphql';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { hoursValue, previewPlanWeekChange, toWeekActivities } from '../utils/week';
import { BudgetAlert, FailureAlert } from '@/components/PlanAlerts';
import { formatHours } from '@/lib/format';
import { ACTIVITY_INPUTS, ActivityInputs, activityValidation, type ActivityValues } from './activityInputs';

export function AddActivityForm({ onDone }: { onDone: () => void }) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [add, { loading }] = useMutation(AddActivityDocument, RELOAD_PLAN);
  const form = useForm<ActivityValues>({
    initialValues: { name: '', hoursPerWeek: '', mode: Mode.DOING, leverage: Leverage.NEUTRAL },
    validate: activityValidation(plan.weeklyHours),
    // A refusal is about what was sent; once the values change, the live preview takes over.
    onValuesChange: () => setFailure(null),
  });
  const hours = hoursValue(form.values.hoursPerWeek);
  const { name, mode, leverage } = form.values;
  const preview = Number.isFinite(hours)
    ? previewPlanWeekChange(plan, (week) => [
        ...week,
        { id: 'new:activity', name, hoursPerWeek: hours, mode, leverage },
      ])
    : null;

  const submit = form.onSubmit(async (values) => {
    if (preview?.message) return;
    setFailure(null);
    try {
      await add({
        variables: {
          input: {
            planId: plan.id,
            name: values.name.trim(),
            hoursPerWeek: hoursValue(values.hoursPerWeek),
            mode: values.mode,
            leverage: values.leverage,
          },
        },
      });
      notifySuccess(`"${values.name.trim()}" added to the week.`);
      form.reset();
    } catch (error) {
      const read = await readFailure(error);
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, ACTIVITY_INPUTS);
      setFailure(leftoverFailure(read, ACTIVITY_INPUTS));
    }
  });

  return (
    <Card withBorder padding="md">
      <form onSubmit={submit} noValidate aria-label="Add activity">
        <Stack gap="sm">
          <AddActivityHeading />
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <ActivityInputs form={form} budget={plan.weeklyHours} />
          </SimpleGrid>
          {preview?.message && failure?.kind !== 'budget' && (
            <BudgetAlert message={preview.message} handOff={preview.handOff} />
          )}
          <FailureAlert failure={failure} />
          <FormActions onCancel={onDone} saving={loading} blocked={Boolean(preview?.message)} cancelLabel="Close">
            Add to the week
          </FormActions>
        </Stack>
      </form>
    </Card>
  );
}

/** The form's title, and the hours still free in the week. */
function AddActivityHeading() {
  const { plan } = usePlanScope();
  const free = freeHours(plan.weeklyHours, toWeekActivities(plan.week.activities));
  return (
    <Group justify="space-between">
      <Text fw={600}>Add an activity</Text>
      <Text size="sm" c={free === 0 ? 'orange' : 'dimmed'}>
        {formatHours(free)} free this week
      </Text>
    </Group>
  );
}
