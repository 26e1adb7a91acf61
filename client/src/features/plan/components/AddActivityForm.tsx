import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS, Leverage, Mode, freeHours } from '@fulcrum/shared';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { AddActivityDocument } from '../api/gql/graphql';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { hoursValue, previewPlanWeekChange, toWeekActivities } from '../utils/week';
import { BudgetAlert, FailureAlert } from '@/components/PlanAlerts';
import { formatHours } from '@/lib/format';
import {
  MODE_OPTIONS,
  LEVERAGE_OPTIONS,
  ACTIVITY_INPUTS,
  ActivityValues,
  activityValidation,
  HoursInput,
} from './activityInputs';

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
            <TextInput
              label="Activity"
              placeholder="e.g. Model reviews with juniors"
              maxLength={LIMITS.titleMax}
              data-autofocus
              {...form.getInputProps('name')}
            />
            <HoursInput
              label="Hours per week"
              placeholder="e.g. 4"
              max={plan.weeklyHours}
              {...form.getInputProps('hoursPerWeek')}
            />
            <NativeSelect label="Mode" data={MODE_OPTIONS} {...form.getInputProps('mode')} />
            <NativeSelect label="Leverage" data={LEVERAGE_OPTIONS} {...form.getInputProps('leverage')} />
          </SimpleGrid>
          {preview?.message && failure?.kind !== 'budget' && (
            <BudgetAlert message={preview.message} handOff={preview.handOff} />
          )}
          <FailureAlert failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={loading}>
              Close
            </Button>
            <SubmitButton loading={loading} disabled={Boolean(preview?.message)}>
              Add to the week
            </SubmitButton>
          </Group>
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
