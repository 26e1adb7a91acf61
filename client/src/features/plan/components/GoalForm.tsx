import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  GoalStatus,
  HOURS_STEP,
  LEVERAGE_LABELS,
  LIMITS,
  Leverage,
  MODE_LABELS,
  Mode,
  activityHoursProblem,
  addQuarters,
  isAddition,
  isOpenGoal,
  nameProblem,
  projectWeek,
  quarterOf,
  weekShape,
  type GoalShift,
  type HoursBy,
} from '@fulcrum/shared';
import { useState, type ComponentProps } from 'react';
import { IconArrowRight } from '@/components/icons';
import { SubmitButton } from '@/components/SubmitButton';
import {
  AddGoalDocument,
  UpdateGoalDocument,
  type Lever as GqlLever,
  type Leverage as GqlLeverage,
  type Mode as GqlMode,
  type PlanGoalFragment,
} from '../api/gql/graphql';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { rebaseForm, type ComparedField } from '../utils/conflict';
import {
  formatDelta,
  formatHours,
  hoursValue,
  planGoalShifts,
  previewBudget,
  stopHoursProblem,
  toWeekActivities,
  unclaimedStopHours,
} from '../utils/week';
import { BudgetAlert, FailureAlert } from './Alerts';
import { WeekBars, type WeekBreakdown } from './WeekBars';

interface GoalValues {
  title: string;
  lever: string;
  gapId: string;
  stop: { activityId: string; hoursPerWeek: number | string };
  startSource: 'existing' | 'new';
  start: {
    activityId: string;
    newActivityName: string;
    mode: string;
    leverage: string;
    hoursPerWeek: number | string;
  };
  successMeasure: string;
  targetQuarter: string;
}

const FORM_FIELDS = [
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
const UPDATE_FIELD_NAMES: Record<string, string> = {
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

const MODE_OPTIONS = Object.values(Mode).map((value) => ({ value, label: MODE_LABELS[value] }));
const LEVERAGE_OPTIONS = Object.values(Leverage).map((value) => ({
  value,
  label: LEVERAGE_LABELS[value],
}));

function HoursInput(props: ComponentProps<typeof NumberInput>) {
  return (
    <NumberInput
      min={HOURS_STEP}
      step={HOURS_STEP}
      decimalScale={2}
      allowNegative={false}
      clampBehavior="none"
      suffix=" h"
      {...props}
    />
  );
}

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
interface GoalRow {
  version: number;
  title: string;
  status: string;
  stopHours: number | null;
  startHours: number;
  successMeasure: string | null;
  targetQuarter: string | null;
}

interface GoalFormProps {
  /** The goal to edit (only its title, hours, success measure and quarter change); none adds one. */
  goal?: PlanGoalFragment;
  onDone: () => void;
}

/**
 * A change goal: stop or shrink one activity, start or grow another. The projected week with
 * the goal is previewed as the hours are typed, with the same shared rules the server applies.
 */
export function GoalForm({ goal, onDone }: GoalFormProps) {
  const { plan, levers, side } = usePlanScope();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  // The goal as it was when editing began: its version is sent, a newer one is a CONFLICT.
  const [base, setBase] = useState<PlanGoalFragment | null>(goal ?? null);
  const [addGoal, adding] = useMutation(AddGoalDocument, RELOAD_PLAN);
  const [updateGoal, updating] = useMutation(UpdateGoalDocument, RELOAD_PLAN);
  const activities = plan.week.activities;
  const week = toWeekActivities(activities);
  const shifts = planGoalShifts(plan);
  const thisQuarter = quarterOf(new Date());
  const quarters = Array.from({ length: 6 }, (_, i) => addQuarters(thisQuarter, i));

  const form = useForm<GoalValues>({
    initialValues: {
      title: goal?.title ?? '',
      lever: goal?.lever ?? levers[0]?.lever ?? '',
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
    },
    validate: {
      title: (value) => nameProblem(value, LIMITS.titleMax),
      stop: {
        hoursPerWeek: (value, values) => {
          if (!values.stop.activityId) return null;
          const hours = hoursValue(value);
          const problem = activityHoursProblem(hours, plan.weeklyHours);
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
        hoursPerWeek: (value) => activityHoursProblem(hoursValue(value), plan.weeklyHours),
      },
      successMeasure: (value) =>
        value.trim().length > LIMITS.descriptionMax ? `Use at most ${LIMITS.descriptionMax} characters.` : null,
    },
    // A refusal is about what was sent; once the values change, the live preview takes over.
    onValuesChange: () => setFailure((current) => (current?.kind === 'budget' ? null : current)),
  });
  const values = form.values;

  // ---- the live projection
  const stopHours = hoursValue(values.stop.hoursPerWeek);
  const startHours = hoursValue(values.start.hoursPerWeek);
  const candidate: GoalShift = {
    id: goal?.id ?? 'candidate',
    status: GoalStatus.PROPOSED,
    stop: values.stop.activityId
      ? { activityId: values.stop.activityId, hours: Number.isFinite(stopHours) ? stopHours : 0 }
      : null,
    start:
      values.startSource === 'existing'
        ? {
            activityId: values.start.activityId || null,
            newActivityName: null,
            mode: null,
            leverage: null,
            hours: Number.isFinite(startHours) ? startHours : 0,
          }
        : {
            activityId: null,
            newActivityName: values.start.newActivityName.trim() || 'New activity',
            mode: values.start.mode as Mode,
            leverage: values.start.leverage as Leverage,
            hours: Number.isFinite(startHours) ? startHours : 0,
          },
  };
  if (goal && !goal.stop?.activity && goal.stop) {
    // The stopped activity has left the week: only its hours still count, as on the server.
    candidate.stop = {
      activityId: `left-the-week:${goal.id}`,
      hours: Number.isFinite(stopHours) ? stopHours : 0,
    };
  }
  if (goal) candidate.stopAlreadyFreed = shifts.find((s) => s.id === goal.id)?.stopAlreadyFreed ?? 0;
  const others = shifts.filter((g) => g.id !== goal?.id && isOpenGoal(g.status));
  const saved = shifts.filter((g) => isOpenGoal(g.status));
  const before = projectWeek(week, saved);
  const after = projectWeek(week, [...others, candidate]);
  const budget = previewBudget(plan.weeklyHours, after, week, 'projected week');
  const addition = isAddition(candidate);
  const typed = Number.isFinite(startHours) && startHours > 0;

  const submit = form.onSubmit(async (v) => {
    if (budget.message) return;
    setFailure(null);
    const optional = (text: string) => (text.trim() === '' ? null : text.trim());
    try {
      if (base) {
        const changes = {
          title: v.title.trim() !== base.title ? v.title.trim() : undefined,
          stopHours: base.stop && stopHours !== base.stop.hoursPerWeek ? stopHours : undefined,
          startHours: startHours !== base.start.hoursPerWeek ? startHours : undefined,
          successMeasure: optional(v.successMeasure) !== base.successMeasure ? optional(v.successMeasure) : undefined,
          targetQuarter: (v.targetQuarter || null) !== base.targetQuarter ? v.targetQuarter || null : undefined,
        };
        if (Object.values(changes).every((value) => value === undefined)) {
          onDone();
          return;
        }
        await updateGoal({
          variables: { input: { id: base.id, version: base.version, ...changes } },
        });
        notifySuccess(`"${v.title.trim()}" saved.`);
      } else {
        await addGoal({
          variables: {
            input: {
              planId: plan.id,
              title: v.title.trim(),
              lever: v.lever as GqlLever,
              gapId: v.gapId || null,
              stop: v.stop.activityId ? { activityId: v.stop.activityId, hoursPerWeek: stopHours } : null,
              start:
                v.startSource === 'existing'
                  ? { activityId: v.start.activityId, hoursPerWeek: startHours }
                  : {
                      newActivityName: v.start.newActivityName.trim(),
                      mode: v.start.mode as GqlMode,
                      leverage: v.start.leverage as GqlLeverage,
                      hoursPerWeek: startHours,
                    },
              successMeasure: optional(v.successMeasure),
              targetQuarter: v.targetQuarter || null,
            },
          },
        });
        notifySuccess(`"${v.title.trim()}" proposed.`, 'Change goal added');
      }
      onDone();
    } catch (error) {
      const read = await readFailure(error, base ? goalSnapshot(base) : undefined, GOAL_FIELDS);
      if (read.kind === 'conflict' && base) {
        const current = read.problem.extensions.current as GoalRow | undefined;
        if (current) {
          rebaseForm(form, {
            title: current.title,
            'stop.hoursPerWeek': current.stopHours ?? '',
            'start.hoursPerWeek': current.startHours,
            successMeasure: current.successMeasure ?? '',
            targetQuarter: current.targetQuarter ?? '',
          });
          setBase({
            ...base,
            version: current.version,
            title: current.title,
            successMeasure: current.successMeasure,
            targetQuarter: current.targetQuarter,
            stop: base.stop && {
              ...base.stop,
              hoursPerWeek: current.stopHours ?? base.stop.hoursPerWeek,
            },
            start: { ...base.start, hoursPerWeek: current.startHours },
          });
        }
      }
      if (read.kind === 'fields') {
        const renamed = {
          ...read.problem,
          fields: Object.fromEntries(
            Object.entries(read.problem.fields).map(([k, m]) => [UPDATE_FIELD_NAMES[k] ?? k, m]),
          ),
        };
        applyFieldErrors(form, renamed, FORM_FIELDS);
        setFailure(leftoverFailure({ kind: 'fields', problem: renamed }, FORM_FIELDS));
      } else setFailure(read);
    }
  });

  const lever = levers.find((l) => l.lever === values.lever);
  const stopped = week.find((a) => a.id === values.stop.activityId);
  const stopLeft = stopped ? unclaimedStopHours(stopped, shifts, goal?.id) : null;
  const saving = adding.loading || updating.loading;
  const whose = side === 'SELF' ? 'your' : `${plan.owner.name.split(/\s+/)[0]}'s`;

  return (
    <Card withBorder padding="lg" bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate aria-label={goal ? `Edit goal ${goal.title}` : 'New change goal'}>
        <Stack gap="md">
          <Text fw={600} fz="lg">
            {goal ? 'Edit change goal' : 'New change goal'}
          </Text>
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
                  .filter((g) => g.status !== 'CLOSED' || g.id === goal?.gap?.id)
                  .map((g) => ({ value: g.id, label: g.title })),
              ]}
              disabled={Boolean(goal)}
              {...form.getInputProps('gapId')}
            />
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
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
                    ...activities.map((a) => ({
                      value: a.id,
                      label: `${a.name} (${formatHours(a.hoursPerWeek)})`,
                    })),
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
                      ...activities
                        .filter((a) => a.id !== values.stop.activityId || goal)
                        .map((a) => ({
                          value: a.id,
                          label: `${a.name} (${formatHours(a.hoursPerWeek)})`,
                        })),
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
                <HoursInput
                  label="Hours taken per week"
                  max={plan.weeklyHours}
                  {...form.getInputProps('start.hoursPerWeek')}
                />
              </Stack>
            </Paper>
          </SimpleGrid>

          <ProjectionPreview
            before={weekShape(before)}
            after={weekShape(after)}
            budgetHours={plan.weeklyHours}
            whose={whose}
            typed={typed}
          />
          {typed && addition && (
            <Alert color="yellow" variant="light" title="An addition, not a change" data-testid="addition-warning">
              This goal adds work without stopping anything: the hours have to come from somewhere. It is allowed only
              while the projected week has room, and it is flagged as the "addition, not change" anti-pattern.
            </Alert>
          )}
          {budget.message && failure?.kind !== 'budget' && (
            <BudgetAlert message={budget.message} handOff={budget.handOff} />
          )}

          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Textarea
              label="Success measure"
              placeholder="How you will both know it worked, e.g. Leo ships pipeline fixes without review for a month"
              autosize
              minRows={2}
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('successMeasure')}
            />
            <NativeSelect
              label="Target quarter"
              data={[
                { value: '', label: 'No target yet' },
                ...quarters.map((q) => ({ value: q, label: q })),
                ...(goal?.targetQuarter && !quarters.includes(goal.targetQuarter)
                  ? [{ value: goal.targetQuarter, label: goal.targetQuarter }]
                  : []),
              ]}
              {...form.getInputProps('targetQuarter')}
            />
          </SimpleGrid>

          <FailureAlert failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={saving}>
              Cancel
            </Button>
            <SubmitButton loading={saving} disabled={Boolean(budget.message)}>
              {goal ? 'Save goal' : 'Propose goal'}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function hoursOf(parts: readonly HoursBy[], key: string): number {
  return parts.find((p) => p.key === key)?.hours ?? 0;
}

/** Before and after, as bars and as words: the projected week without and with this goal. */
function ProjectionPreview({
  before,
  after,
  budgetHours,
  whose,
  typed,
}: {
  before: ReturnType<typeof weekShape>;
  after: ReturnType<typeof weekShape>;
  budgetHours: number;
  whose: string;
  typed: boolean;
}) {
  const [by, setBy] = useState<WeekBreakdown>('mode');
  const keys = by === 'mode' ? Object.values(Mode) : Object.values(Leverage);
  const label = (key: string) => (by === 'mode' ? MODE_LABELS[key as Mode] : LEVERAGE_LABELS[key as Leverage]);
  const parts = (shape: typeof before) => (by === 'mode' ? shape.byMode : shape.byLeverage);

  return (
    <Paper withBorder p="md" radius="md" bg="white" data-testid="goal-preview" aria-live="polite">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {whose[0]!.toUpperCase() + whose.slice(1)} projected week with this goal
        </Text>
        <SegmentedControl
          size="xs"
          value={by}
          onChange={(value) => setBy(value as WeekBreakdown)}
          data={[
            { value: 'mode', label: 'By mode' },
            { value: 'leverage', label: 'By leverage' },
          ]}
          aria-label="Preview breakdown"
        />
      </Group>
      <WeekBars
        rows={[
          { label: 'Projected now', shape: before },
          { label: 'With this goal', shape: after },
        ]}
        budgetHours={budgetHours}
        by={by}
        height={150}
      />
      <Group gap="md" mt="xs" data-testid="goal-preview-summary">
        {!typed && (
          <Text size="sm" c="dimmed">
            Type the hours to see how the week changes.
          </Text>
        )}
        {typed &&
          keys.map((key) => {
            const from = hoursOf(parts(before), key);
            const to = hoursOf(parts(after), key);
            return (
              <Text key={key} size="sm">
                {label(key)}: {formatHours(from)} <IconArrowRight size={12} /> <b>{formatHours(to)}</b>{' '}
                <Text span size="xs" c={to - from > 0 ? 'teal' : to - from < 0 ? 'red' : 'dimmed'}>
                  ({formatDelta(to - from)})
                </Text>
              </Text>
            );
          })}
        {typed && (
          <Text size="sm">
            Total: {formatHours(before.totalHours)} <IconArrowRight size={12} /> <b>{formatHours(after.totalHours)}</b>{' '}
            of {formatHours(budgetHours)}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
