import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  HOURS_STEP,
  LEVERAGE_LABELS,
  LIMITS,
  Leverage,
  MODE_LABELS,
  Mode,
  activityHoursProblem,
  freeHours,
  nameProblem,
  projectWeek,
  roundHours,
  totalHours,
  weekShape,
  weeklyHoursProblem,
} from '@fulcrum/shared';
import { useMemo, useState, type ComponentProps, type FormEvent } from 'react';
import { IconPencil, IconPlus, IconTrash } from '@/components/icons';
import { SubmitButton } from '@/components/SubmitButton';
import {
  AddActivityDocument,
  RemoveActivityDocument,
  UpdateActivityDocument,
  UpdatePlanDocument,
  type Leverage as GqlLeverage,
  type Mode as GqlMode,
  type PlanActivityFragment,
} from '../api/gql/graphql';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { rebaseForm, type ComparedField } from '../utils/conflict';
import { formatHours, hoursValue, planGoalShifts, previewWeekChange, toWeekActivities } from '../utils/week';
import { BudgetAlert, FailureAlert } from './Alerts';
import { ConfirmModal } from './ConfirmModal';
import { WeekBars } from './WeekBars';

const MODE_OPTIONS = Object.values(Mode).map((value) => ({ value, label: MODE_LABELS[value] }));
const LEVERAGE_OPTIONS = Object.values(Leverage).map((value) => ({
  value,
  label: LEVERAGE_LABELS[value],
}));

const ACTIVITY_FIELDS: ComparedField[] = [
  { key: 'name', label: 'name' },
  { key: 'hoursPerWeek', label: 'hours', format: (v) => String(v) },
  { key: 'mode', label: 'mode', format: (v) => MODE_LABELS[v as Mode] ?? String(v) },
  {
    key: 'leverage',
    label: 'leverage',
    format: (v) => LEVERAGE_LABELS[v as Leverage] ?? String(v),
  },
];

/** The inputs of an activity, named as the server names its fields. */
const ACTIVITY_INPUTS = ['name', 'hoursPerWeek', 'mode', 'leverage'];

const MODE_COLORS: Record<string, string> = { DOING: 'blue', MULTIPLYING: 'teal' };
const LEVERAGE_COLORS: Record<string, string> = {
  HIGH: 'teal',
  NEUTRAL: 'gray',
  OVERHEAD: 'orange',
};

export function WeekTab() {
  const { plan } = usePlanScope();
  const { week } = plan;
  const rows = [
    { label: 'Today', shape: week.current },
    { label: 'Projected', shape: week.projected },
  ];
  const openGoals = plan.goals.filter((g) => g.status === 'PROPOSED' || g.status === 'ACTIVE').length;
  const multiplying = (shape: typeof week.current) => shape.byMode.find((m) => m.key === Mode.MULTIPLYING)?.hours ?? 0;
  const share = (shape: typeof week.current) =>
    shape.totalHours > 0 ? Math.round((multiplying(shape) / shape.totalHours) * 100) : 0;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat
          label="This week"
          value={`${formatHours(week.current.totalHours)}`}
          hint={`of a ${formatHours(week.budgetHours)} budget`}
          testId="week-total"
        />
        <Stat
          label="Free"
          value={formatHours(week.freeHours)}
          hint={week.freeHours === 0 ? 'the week is full' : 'left in the budget'}
          color={week.freeHours === 0 ? 'orange' : undefined}
          testId="week-free"
        />
        <Stat
          label="Projected"
          value={formatHours(week.projected.totalHours)}
          hint={openGoals === 0 ? 'no open goals' : `with ${openGoals} open ${openGoals === 1 ? 'goal' : 'goals'}`}
          testId="week-projected"
        />
        <Stat
          label="Multiplying"
          value={`${share(week.current)}% → ${share(week.projected)}%`}
          hint="of the week, today → projected"
          testId="week-multiplying"
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md">
          <Text fw={600} size="sm" mb={4}>
            By mode
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Doing: value from your own hands. Multiplying: value through other people.
          </Text>
          <WeekBars rows={rows} budgetHours={week.budgetHours} by="mode" />
        </Card>
        <Card withBorder padding="md">
          <Text fw={600} size="sm" mb={4}>
            By leverage
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Best work on high leverage, good work on neutral, just get overhead done.
          </Text>
          <WeekBars rows={rows} budgetHours={week.budgetHours} by="leverage" />
        </Card>
      </SimpleGrid>

      <Activities />
      <BudgetEditor />
    </Stack>
  );
}

function Stat({
  label,
  value,
  hint,
  color,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  color?: string;
  testId?: string;
}) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz={22} c={color}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

function Activities() {
  const { plan, canWrite } = usePlanScope();
  const [adding, setAdding] = useState(false);
  const activities = plan.week.activities;
  const usedByGoals = useMemo(() => {
    const used = new Map<string, string>();
    for (const goal of plan.goals) {
      if (goal.status !== 'PROPOSED' && goal.status !== 'ACTIVE') continue;
      if (goal.stop?.activity) used.set(goal.stop.activity.id, goal.title);
      if (goal.start.activity) used.set(goal.start.activity.id, goal.title);
    }
    return used;
  }, [plan.goals]);

  return (
    <Stack gap="sm" component="section" aria-label="Activities">
      <Group justify="space-between">
        <div>
          <Title order={2} fz="lg">
            Activities
          </Title>
          <Text size="sm" c="dimmed">
            Where the {formatHours(plan.week.budgetHours)} go. The budget never bends: to take something on, something
            else has to shrink or be handed off.
          </Text>
        </div>
        {canWrite && !adding && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setAdding(true)}>
            Add activity
          </Button>
        )}
      </Group>
      {adding && <AddActivityForm onDone={() => setAdding(false)} />}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="activities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Activity</Table.Th>
                <Table.Th w={120} style={{ whiteSpace: 'nowrap' }}>
                  Hours / week
                </Table.Th>
                <Table.Th w={130}>Mode</Table.Th>
                <Table.Th w={160}>Leverage</Table.Th>
                {canWrite && <Table.Th w={130} aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      No activities yet. {canWrite ? 'Add what the week is spent on today, hour by hour.' : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {activities.map((activity) => (
                <ActivityRow key={activity.id} activity={activity} usedBy={usedByGoals.get(activity.id) ?? null} />
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Total</Table.Th>
                <Table.Th data-testid="activities-total" style={{ whiteSpace: 'nowrap' }}>
                  {plan.week.current.totalHours} / {formatHours(plan.week.budgetHours)}
                </Table.Th>
                <Table.Th colSpan={canWrite ? 3 : 2}>
                  <Text size="sm" c={plan.week.freeHours === 0 ? 'orange' : 'dimmed'} fw={500}>
                    {formatHours(plan.week.freeHours)} free
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}

interface ActivityValues {
  name: string;
  hoursPerWeek: number | string;
  mode: string;
  leverage: string;
}

function activityValidation(budget: number) {
  return {
    name: (value: string) => nameProblem(value, LIMITS.titleMax),
    hoursPerWeek: (value: number | string) => activityHoursProblem(hoursValue(value), budget),
  };
}

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

function ActivityRow({ activity, usedBy }: { activity: PlanActivityFragment; usedBy: string | null }) {
  const { plan, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  // The version the user started from: a save against a newer one is a CONFLICT.
  const [base, setBase] = useState<PlanActivityFragment | null>(null);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [update, updating] = useMutation(UpdateActivityDocument, RELOAD_PLAN);
  const [remove, removing] = useMutation(RemoveActivityDocument, RELOAD_PLAN);
  const form = useForm<ActivityValues>({
    initialValues: {
      name: activity.name,
      hoursPerWeek: activity.hoursPerWeek,
      mode: activity.mode,
      leverage: activity.leverage,
    },
    validate: activityValidation(plan.weeklyHours),
    onValuesChange: () => setFailure((current) => (current?.kind === 'budget' ? null : current)),
  });

  const startEditing = () => {
    setFailure(null);
    setBase(activity);
    form.setValues({
      name: activity.name,
      hoursPerWeek: activity.hoursPerWeek,
      mode: activity.mode,
      leverage: activity.leverage,
    });
    form.resetDirty();
    form.clearErrors();
  };

  const hours = hoursValue(form.values.hoursPerWeek);
  const week = toWeekActivities(plan.week.activities);
  const preview =
    base && Number.isFinite(hours) && hours !== activity.hoursPerWeek
      ? previewWeekChange(
          plan.weeklyHours,
          week.map((a) => (a.id === activity.id ? { ...a, hoursPerWeek: hours } : a)),
          planGoalShifts(plan),
          week,
        )
      : null;

  const save = form.onSubmit(async (values) => {
    if (!base || preview?.message) return;
    setFailure(null);
    const input = {
      id: activity.id,
      version: base.version,
      name: values.name.trim() !== base.name ? values.name.trim() : undefined,
      hoursPerWeek: hoursValue(values.hoursPerWeek) !== base.hoursPerWeek ? hoursValue(values.hoursPerWeek) : undefined,
      mode: values.mode !== base.mode ? (values.mode as GqlMode) : undefined,
      leverage: values.leverage !== base.leverage ? (values.leverage as GqlLeverage) : undefined,
    };
    if (Object.values(input).filter((v) => v !== undefined).length === 2) {
      setBase(null);
      return;
    }
    try {
      await update({ variables: { input } });
      setBase(null);
      notifySuccess(`"${values.name.trim()}" saved.`);
    } catch (error) {
      const read = await readFailure(error, base, ACTIVITY_FIELDS);
      if (read.kind === 'conflict') {
        const current = read.problem.extensions.current as PlanActivityFragment | undefined;
        if (current) {
          rebaseForm(form, {
            name: current.name,
            hoursPerWeek: current.hoursPerWeek,
            mode: current.mode,
            leverage: current.leverage,
          });
          setBase({ ...base, ...current });
        }
      }
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, ACTIVITY_INPUTS);
      setFailure(leftoverFailure(read, ACTIVITY_INPUTS));
    }
  });

  const confirmRemoval = async () => {
    setFailure(null);
    try {
      await remove({ variables: { id: activity.id } });
      notifySuccess(`"${activity.name}" left the week.`);
    } catch (error) {
      setFailure(leftoverFailure(await readFailure(error), []));
    }
    setConfirmRemove(false);
  };

  const columns = canWrite ? 5 : 4;
  const formId = `activity-form-${activity.id}`;
  const editing = base !== null && canWrite;

  return (
    <>
      {editing ? (
        <Table.Tr data-testid={`activity-${activity.id}`} bg="var(--mantine-color-indigo-0)">
          <Table.Td>
            <TextInput
              size="xs"
              aria-label="Activity name"
              maxLength={LIMITS.titleMax}
              form={formId}
              {...form.getInputProps('name')}
            />
          </Table.Td>
          <Table.Td>
            <HoursInput
              size="xs"
              aria-label="Hours per week"
              max={plan.weeklyHours}
              form={formId}
              {...form.getInputProps('hoursPerWeek')}
            />
          </Table.Td>
          <Table.Td>
            <NativeSelect
              size="xs"
              aria-label="Mode"
              data={MODE_OPTIONS}
              form={formId}
              {...form.getInputProps('mode')}
            />
          </Table.Td>
          <Table.Td>
            <NativeSelect
              size="xs"
              aria-label="Leverage"
              data={LEVERAGE_OPTIONS}
              form={formId}
              {...form.getInputProps('leverage')}
            />
          </Table.Td>
          <Table.Td>
            <form onSubmit={save} id={formId} aria-label={`Edit ${activity.name}`}>
              <Group gap={6} wrap="nowrap">
                <SubmitButton size="xs" loading={updating.loading} disabled={Boolean(preview?.message)}>
                  Save
                </SubmitButton>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setBase(null);
                    setFailure(null);
                  }}
                  disabled={updating.loading}
                >
                  Cancel
                </Button>
              </Group>
            </form>
          </Table.Td>
        </Table.Tr>
      ) : (
        <Table.Tr data-testid={`activity-${activity.id}`}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {activity.name}
            </Text>
            {usedBy && (
              <Text size="xs" c="dimmed">
                Changed by the goal "{usedBy}"
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm" fw={600}>
              {formatHours(activity.hoursPerWeek)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={MODE_COLORS[activity.mode]} radius="sm" tt="none">
              {MODE_LABELS[activity.mode as Mode]}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={LEVERAGE_COLORS[activity.leverage]} radius="sm" tt="none">
              {LEVERAGE_LABELS[activity.leverage as Leverage]}
            </Badge>
          </Table.Td>
          {canWrite && (
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Tooltip label="Edit">
                  <ActionIcon variant="subtle" aria-label={`Edit ${activity.name}`} onClick={startEditing}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={usedBy ? `Used by the goal "${usedBy}": finish or drop it first` : 'Remove'}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${activity.name}`}
                    onClick={() => setConfirmRemove(true)}
                    disabled={Boolean(usedBy)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Table.Td>
          )}
        </Table.Tr>
      )}
      {(preview?.message || failure) && (
        <Table.Tr>
          <Table.Td colSpan={columns}>
            <Stack gap="xs">
              {editing && preview?.message && failure?.kind !== 'budget' && (
                <BudgetAlert message={preview.message} handOff={preview.handOff} />
              )}
              <FailureAlert failure={failure} />
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
      <ConfirmModal
        opened={confirmRemove}
        title={`Remove "${activity.name}"?`}
        confirmLabel="Remove"
        color="red"
        loading={removing.loading}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setConfirmRemove(false)}
      >
        <Text size="sm">
          Its {formatHours(activity.hoursPerWeek)} leave the week and become free hours. To hand it to someone step by
          step, keep it and shrink it through a change goal instead.
        </Text>
      </ConfirmModal>
    </>
  );
}

function AddActivityForm({ onDone }: { onDone: () => void }) {
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
  const week = toWeekActivities(plan.week.activities);
  const preview = Number.isFinite(hours)
    ? previewWeekChange(
        plan.weeklyHours,
        [
          ...week,
          {
            id: 'new:activity',
            name: form.values.name,
            hoursPerWeek: hours,
            mode: form.values.mode as Mode,
            leverage: form.values.leverage as Leverage,
          },
        ],
        planGoalShifts(plan),
        week,
      )
    : null;
  const free = freeHours(plan.weeklyHours, week);

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
            mode: values.mode as GqlMode,
            leverage: values.leverage as GqlLeverage,
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
          <Group justify="space-between">
            <Text fw={600}>Add an activity</Text>
            <Text size="sm" c={free === 0 ? 'orange' : 'dimmed'}>
              {formatHours(free)} free this week
            </Text>
          </Group>
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

/** The plan's weekly budget; a smaller one than the week (or the projected week) is refused. */
function BudgetEditor() {
  const { plan, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const [base, setBase] = useState<{ version: number; weeklyHours: number } | null>(null);
  const [value, setValue] = useState<number | string>(plan.weeklyHours);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [update, { loading }] = useMutation(UpdatePlanDocument, RELOAD_PLAN);
  const hours = hoursValue(value);
  const week = toWeekActivities(plan.week.activities);
  const projected = projectWeek(week, planGoalShifts(plan));
  const problem = Number.isFinite(hours) ? weeklyHoursProblem(hours) : 'Enter the weekly budget in hours.';
  const tooSmall =
    !problem && hours < Math.max(totalHours(week), weekShape(projected).totalHours)
      ? `The ${totalHours(week) > hours ? 'week' : 'projected week'} already takes ${formatHours(
          Math.max(totalHours(week), totalHours(projected)),
        )}: shrink or hand off activities before lowering the budget.`
      : null;

  if (!canWrite) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!base || problem || tooSmall) return;
    setFailure(null);
    try {
      await update({
        variables: {
          input: { id: plan.id, version: base.version, weeklyHours: roundHours(hours) },
        },
      });
      notifySuccess(`The weekly budget is now ${formatHours(hours)}.`);
      setBase(null);
    } catch (error) {
      const read = await readFailure(error, base, [
        { key: 'weeklyHours', label: 'weekly budget', format: (v) => `${v} h` },
      ]);
      if (read.kind === 'conflict') {
        const current = read.problem.extensions.current as { version: number; weeklyHours: number } | undefined;
        if (current) setBase({ version: current.version, weeklyHours: current.weeklyHours });
      }
      setFailure(read);
    }
  };

  return (
    <Card withBorder padding="md">
      {base ? (
        <form onSubmit={save} aria-label="Weekly budget">
          <Stack gap="sm">
            <Group align="flex-end" gap="sm">
              <HoursInput
                label="Weekly budget"
                description="Between 1 and 80 hours, in quarter hours."
                value={value}
                onChange={(next) => setValue(typeof next === 'bigint' ? Number(next) : next)}
                min={1}
                max={80}
                w={200}
                error={problem ?? (failure?.kind === 'fields' ? failure.problem.fields.weeklyHours : undefined)}
              />
              <SubmitButton loading={loading} disabled={Boolean(problem || tooSmall)}>
                Save budget
              </SubmitButton>
              <Button variant="default" onClick={() => setBase(null)} disabled={loading}>
                Cancel
              </Button>
            </Group>
            {tooSmall && (
              <Alert color="red" variant="light">
                {tooSmall}
              </Alert>
            )}
            {failure && <FailureAlert failure={leftoverFailure(failure, ['weeklyHours'])} />}
          </Stack>
        </form>
      ) : (
        <Group justify="space-between">
          <Text size="sm">
            Weekly budget: <b>{formatHours(plan.weeklyHours)}</b>. Change it only when the working week itself changes.
          </Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              setFailure(null);
              setValue(plan.weeklyHours);
              setBase({ version: plan.version, weeklyHours: plan.weeklyHours });
            }}
          >
            Change budget
          </Button>
        </Group>
      )}
    </Card>
  );
}
