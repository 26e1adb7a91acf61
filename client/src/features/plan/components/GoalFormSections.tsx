import { NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { GapStatus, LIMITS } from '@fulcrum/shared';
import { formatHours } from '@/lib/format';
import type { PlanGoalFragment } from '../api/gql/graphql';
import { usePlanScope } from '../hooks/usePlanScope';
import type { GoalValues } from '../utils/goalForm';
import { planGoalShifts, toWeekActivities, unclaimedStopHours } from '../utils/week';
import { HoursInput, LEVERAGE_OPTIONS, MODE_OPTIONS } from './activityInputs';

interface SectionProps {
  form: UseFormReturnType<GoalValues>;
  /** The goal being edited: what it stops and starts no longer changes. */
  goal: PlanGoalFragment | undefined;
}

const activityOption = (a: { id: string; name: string; hoursPerWeek: number }) => ({
  value: a.id,
  label: `${a.name} (${formatHours(a.hoursPerWeek)})`,
});

/** The activity the goal stops or shrinks, and the hours it frees (at most what other goals leave). */
export function StopSection({ form, goal }: SectionProps) {
  const { plan } = usePlanScope();
  const { values } = form;
  const stopped = toWeekActivities(plan.week.activities).find((a) => a.id === values.stop.activityId);
  const stopLeft = stopped ? unclaimedStopHours(stopped, planGoalShifts(plan), goal?.id) : null;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600} size="sm" c="red.8">
          Stop or shrink
        </Text>
        <NativeSelect
          label="Activity to stop or shrink"
          disabled={Boolean(goal)}
          data={[
            {
              value: '',
              label:
                goal?.stop && !goal.stop.activity
                  ? `${goal.stop.activityName} (left the week)`
                  : 'Nothing (an addition)',
            },
            ...plan.week.activities.map(activityOption),
          ]}
          {...form.getInputProps('stop.activityId')}
        />
        {(values.stop.activityId || goal?.stop) && (
          <HoursInput
            label="Hours freed per week"
            description={
              stopLeft !== null
                ? `At most ${formatHours(stopLeft)}${stopped && stopLeft < stopped.hoursPerWeek ? ': other goals already stop the rest' : ''}`
                : undefined
            }
            max={stopLeft ?? plan.weeklyHours}
            {...form.getInputProps('stop.hoursPerWeek')}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The activity the goal starts (a new one) or grows (an existing one), and its hours. */
export function StartSection({ form, goal }: SectionProps) {
  const { plan } = usePlanScope();
  const { values } = form;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600} size="sm" c="teal.8">
          Start or grow
        </Text>
        {!goal && (
          <SegmentedControl
            size="xs"
            data={[
              { value: 'new', label: 'A new activity' },
              { value: 'existing', label: 'An existing one' },
            ]}
            aria-label="Start"
            {...form.getInputProps('startSource')}
          />
        )}
        {values.startSource === 'existing' ? (
          <NativeSelect
            label="Activity to grow"
            disabled={Boolean(goal)}
            data={[
              { value: '', label: 'Choose an activity' },
              ...plan.week.activities.filter((a) => a.id !== values.stop.activityId || goal).map(activityOption),
            ]}
            {...form.getInputProps('start.activityId')}
          />
        ) : (
          <>
            <TextInput
              label="New activity name"
              placeholder="e.g. Weekly modelling clinic for juniors"
              maxLength={LIMITS.titleMax}
              disabled={Boolean(goal)}
              {...form.getInputProps('start.newActivityName')}
            />
            <SimpleGrid cols={2} spacing="xs">
              <NativeSelect
                label="Mode"
                data={MODE_OPTIONS}
                disabled={Boolean(goal)}
                {...form.getInputProps('start.mode')}
              />
              <NativeSelect
                label="Leverage"
                data={LEVERAGE_OPTIONS}
                disabled={Boolean(goal)}
                {...form.getInputProps('start.leverage')}
              />
            </SimpleGrid>
          </>
        )}
        <HoursInput label="Hours taken per week" max={plan.weeklyHours} {...form.getInputProps('start.hoursPerWeek')} />
      </Stack>
    </Paper>
  );
}

/** What the goal is called, the lever it pulls and the gap it closes (fixed once proposed). */
export function GoalBasics({ form, goal }: SectionProps) {
  const { plan, levers } = usePlanScope();
  const lever = levers.find((l) => l.lever === form.values.lever);
  return (
    <>
      <TextInput
        label="Title"
        placeholder="e.g. Hand churn model upkeep to Priya, run the modelling guild"
        maxLength={LIMITS.titleMax}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <div>
          <NativeSelect
            label="Lever"
            data={levers.map((l) => ({ value: l.lever, label: l.title }))}
            disabled={Boolean(goal)}
            {...form.getInputProps('lever')}
          />
          {lever && (
            <Text size="xs" c="dimmed" mt={4}>
              {lever.explanation}
            </Text>
          )}
        </div>
        <NativeSelect
          label="Gap it closes"
          description="Optional"
          data={[
            { value: '', label: 'No particular gap' },
            ...plan.gaps
              .filter((g) => g.status !== GapStatus.CLOSED || g.id === goal?.gap?.id)
              .map((g) => ({ value: g.id, label: g.title })),
          ]}
          disabled={Boolean(goal)}
          {...form.getInputProps('gapId')}
        />
      </SimpleGrid>
    </>
  );
}
