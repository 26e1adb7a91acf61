import { NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { GapStatus, LIMITS, unclaimedStopHours } from '@fulcrum/shared';
import { formatHours } from '@/lib/format';
import type { PlanGoalFragment } from '../api/gql/graphql';
import { usePlanScope } from '../hooks/usePlanScope';
import type { GoalValues } from '../utils/goalForm';
import { planGoalShifts, toWeekActivities } from '../utils/week';
import { ActivitySelect } from '@/components/ActivitySelect';
import { WeeklyHoursInput } from '@/components/HoursInput';
import { LEVERAGE_OPTIONS, MODE_OPTIONS } from './activityInputs';
import { TitleInput } from './TitleInput';

interface SectionProps {
  form: UseFormReturnType<GoalValues>;
  /** The goal being edited: what it stops and starts no longer changes. */
  goal: PlanGoalFragment | undefined;
}

const START_SOURCES = [
  { value: 'new', label: 'A new activity' },
  { value: 'existing', label: 'An existing one' },
];

/** One side of the goal's change, framed and titled in its colour. */
function ShiftSide({ title, color, children }: { title: string; color: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600} size="sm" c={color}>
          {title}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** The activity the goal stops or shrinks, and the hours it frees (at most what other goals leave). */
export function StopSection({ form, goal }: SectionProps) {
  const { plan } = usePlanScope();
  const { values } = form;
  const stopped = toWeekActivities(plan.week.activities).find((a) => a.id === values.stop.activityId);
  const stopLeft = stopped ? unclaimedStopHours(stopped, planGoalShifts(plan), goal?.id) : null;
  return (
    <ShiftSide title="Stop or shrink" color="red.8">
      <ActivitySelect
        label="Activity to stop or shrink"
        disabled={Boolean(goal)}
        activities={plan.week.activities}
        none={goal?.stop && !goal.stop.activity ? `${goal.stop.activityName} (left the week)` : 'Nothing (an addition)'}
        {...form.getInputProps('stop.activityId')}
      />
      {(values.stop.activityId || goal?.stop) && (
        <WeeklyHoursInput
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
    </ShiftSide>
  );
}

/** The activity the goal starts (a new one) or grows (an existing one), and its hours. */
export function StartSection({ form, goal }: SectionProps) {
  const { plan } = usePlanScope();
  const { values } = form;
  return (
    <ShiftSide title="Start or grow" color="teal.8">
      {!goal && (
        <SegmentedControl size="xs" data={START_SOURCES} aria-label="Start" {...form.getInputProps('startSource')} />
      )}
      {values.startSource === 'existing' ? (
        <ActivitySelect
          label="Activity to grow"
          disabled={Boolean(goal)}
          activities={plan.week.activities.filter((a) => a.id !== values.stop.activityId || goal)}
          none="Choose an activity"
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
      <WeeklyHoursInput
        label="Hours taken per week"
        max={plan.weeklyHours}
        {...form.getInputProps('start.hoursPerWeek')}
      />
    </ShiftSide>
  );
}

/** What the goal is called, the lever it pulls and the gap it closes (fixed once proposed). */
export function GoalBasics({ form, goal }: SectionProps) {
  const { plan, levers } = usePlanScope();
  const lever = levers.find((l) => l.lever === form.values.lever);
  return (
    <>
      <TitleInput
        placeholder="e.g. Hand churn model upkeep to Priya, run the modelling guild"
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
