import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import {
  ANTI_PATTERN_LABELS,
  AntiPattern,
  GoalStatus,
  LEVERAGE_LABELS,
  MODE_LABELS,
  nextGoalStatuses,
  type Leverage,
  type Mode,
} from '@fulcrum/shared';
import { useState } from 'react';
import { IconArrowRight, IconPencil, IconPlus } from '@/components/icons';
import { UpdateGoalDocument, type GoalStatus as GqlGoalStatus, type PlanGoalFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { formatHours } from '../utils/week';
import { FailureAlert } from './Alerts';
import { ConfirmModal } from './ConfirmModal';
import { GOAL_FIELDS, GoalForm, goalSnapshot } from './GoalForm';

const STATUS_LABELS: Record<GoalStatus, string> = {
  [GoalStatus.PROPOSED]: 'Proposed',
  [GoalStatus.ACTIVE]: 'Active',
  [GoalStatus.DONE]: 'Done',
  [GoalStatus.DROPPED]: 'Dropped',
};
const STATUS_COLORS: Record<GoalStatus, string> = {
  [GoalStatus.PROPOSED]: 'gray',
  [GoalStatus.ACTIVE]: 'blue',
  [GoalStatus.DONE]: 'teal',
  [GoalStatus.DROPPED]: 'dark',
};
const STATUS_ORDER = [GoalStatus.ACTIVE, GoalStatus.PROPOSED, GoalStatus.DONE, GoalStatus.DROPPED];
const TRANSITION_LABELS: Record<GoalStatus, string> = {
  [GoalStatus.PROPOSED]: 'Propose',
  [GoalStatus.ACTIVE]: 'Start: make active',
  [GoalStatus.DONE]: 'Mark done',
  [GoalStatus.DROPPED]: 'Drop',
};

export function GoalsTab() {
  const { plan, canWrite } = usePlanScope();
  const [adding, setAdding] = useState(false);
  const findings = plan.antiPatterns.filter((f) => f.detected || f.selfReported);
  const goals = [...plan.goals].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status as GoalStatus) - STATUS_ORDER.indexOf(b.status as GoalStatus),
  );
  const open = goals.filter((g) => g.status === GoalStatus.ACTIVE || g.status === GoalStatus.PROPOSED);
  const closed = goals.filter((g) => g.status === GoalStatus.DONE || g.status === GoalStatus.DROPPED);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: 1, minWidth: 260 }}>
          <Title order={2} fz="lg">
            Change goals
          </Title>
          <Text size="sm" c="dimmed">
            Change, not addition: each goal stops or shrinks something to start something else, within the{' '}
            {formatHours(plan.weeklyHours)} week.
          </Text>
        </div>
        {canWrite && !adding && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setAdding(true)}>
            New change goal
          </Button>
        )}
      </Group>
      {findings.map((finding) => (
        <Alert
          key={finding.pattern}
          color="yellow"
          variant="light"
          title={`Anti-pattern: ${ANTI_PATTERN_LABELS[finding.pattern as AntiPattern] ?? finding.pattern}${finding.detected ? '' : ' (self-reported)'}`}
          data-testid={`anti-pattern-${finding.pattern}`}
        >
          {finding.evidence ?? 'Ticked in a reflection.'}
        </Alert>
      ))}
      {adding && <GoalForm onDone={() => setAdding(false)} />}
      {goals.length === 0 && !adding && (
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" ta="center">
            No change goals yet. Pick an execution activity to hand off and the leadership work that takes its hours.
          </Text>
        </Card>
      )}
      {/* One flat keyed list: a goal that becomes done or dropped moves without losing its state. */}
      {[
        ...open.map((goal) => <GoalCard key={goal.id} goal={goal} />),
        ...(closed.length > 0
          ? [
              <Title key="heading-closed" order={3} fz="md" c="dimmed" mt="xs">
                Done and dropped
              </Title>,
            ]
          : []),
        ...closed.map((goal) => <GoalCard key={goal.id} goal={goal} />),
      ]}
    </Stack>
  );
}

function shiftDetails(shift: { mode: string | null; leverage: string | null }): string {
  return [shift.mode && MODE_LABELS[shift.mode as Mode], shift.leverage && LEVERAGE_LABELS[shift.leverage as Leverage]]
    .filter(Boolean)
    .join(' · ');
}

function GoalCard({ goal }: { goal: PlanGoalFragment }) {
  const { plan, levers, canWrite, side } = usePlanScope();
  const readFailure = useReadFailure();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<GoalStatus | null>(null);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [update, { loading }] = useMutation(UpdateGoalDocument, RELOAD_PLAN);
  const status = goal.status as GoalStatus;
  const lever = levers.find((l) => l.lever === goal.lever);
  const isOpen = status === GoalStatus.PROPOSED || status === GoalStatus.ACTIVE;
  const whose = side === 'SELF' ? 'your' : `${plan.owner.name.split(/\s+/)[0]}'s`;

  if (editing) return <GoalForm goal={goal} onDone={() => setEditing(false)} />;

  const move = async (to: GoalStatus) => {
    setFailure(null);
    try {
      await update({
        variables: { input: { id: goal.id, version: goal.version, status: to as GqlGoalStatus } },
      });
      notifySuccess(
        to === GoalStatus.DONE
          ? `The shift is now part of ${whose} week.`
          : `"${goal.title}" is ${STATUS_LABELS[to].toLowerCase()}.`,
        to === GoalStatus.DONE ? 'Goal done' : undefined,
      );
    } catch (error) {
      setFailure(await readFailure(error, goalSnapshot(goal), GOAL_FIELDS));
    }
    setConfirming(null);
  };

  const stop = goal.stop;
  const start = goal.start;

  return (
    <Card
      withBorder
      padding="md"
      id={`goal-${goal.id}`}
      data-testid={`goal-${goal.id}`}
      aria-label={goal.title}
      role="article"
      style={isOpen ? undefined : { opacity: 0.85 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={600}>{goal.title}</Text>
            <Group gap={6}>
              <Badge
                color={STATUS_COLORS[status]}
                variant={status === GoalStatus.ACTIVE ? 'filled' : 'light'}
                radius="sm"
              >
                {STATUS_LABELS[status]}
              </Badge>
              {lever && (
                <Tooltip label={lever.explanation} multiline w={320} withArrow>
                  <Badge variant="outline" color="indigo" radius="sm" tt="none" fw={500} style={{ cursor: 'help' }}>
                    Lever: {lever.title}
                  </Badge>
                </Tooltip>
              )}
              {goal.gap && (
                <Badge variant="outline" color="grape" radius="sm" tt="none" fw={500}>
                  Gap: {goal.gap.title}
                </Badge>
              )}
              {goal.targetQuarter && (
                <Text size="xs" c="dimmed">
                  Target {goal.targetQuarter}
                </Text>
              )}
            </Group>
          </Stack>
          {canWrite && isOpen && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} />}
              onClick={() => setEditing(true)}
              style={{ flexShrink: 0 }}
            >
              Edit
            </Button>
          )}
        </Group>

        <Group gap="sm" wrap="nowrap" align="stretch">
          <Paper
            p="sm"
            radius="md"
            bg={stop ? 'var(--mantine-color-red-0)' : 'var(--mantine-color-yellow-0)'}
            style={{ flex: 1, minWidth: 0 }}
          >
            <Text size="xs" fw={600} tt="uppercase" c={stop ? 'red.8' : 'yellow.9'}>
              Stop
            </Text>
            {stop ? (
              <>
                <Text size="sm" fw={500}>
                  {stop.activityName}{' '}
                  <Text span c="red.8" fw={700}>
                    −{formatHours(stop.hoursPerWeek)}
                  </Text>
                </Text>
                <Text size="xs" c="dimmed">
                  {isOpen
                    ? stop.activity
                      ? `${formatHours(stop.activity.hoursPerWeek)} a week today`
                      : 'No longer in the week'
                    : status === GoalStatus.DONE
                      ? 'Applied to the week'
                      : 'Not applied'}
                </Text>
              </>
            ) : (
              <Text size="sm" c="yellow.9" fw={500}>
                Nothing: an addition
              </Text>
            )}
          </Paper>
          <Stack justify="center" c="dimmed">
            <IconArrowRight size={20} />
          </Stack>
          <Paper p="sm" radius="md" bg="var(--mantine-color-teal-0)" style={{ flex: 1, minWidth: 0 }}>
            <Text size="xs" fw={600} tt="uppercase" c="teal.8">
              Start
            </Text>
            <Text size="sm" fw={500}>
              {start.activityName}{' '}
              <Text span c="teal.8" fw={700}>
                +{formatHours(start.hoursPerWeek)}
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              {!isOpen
                ? status === GoalStatus.DONE
                  ? 'Applied to the week'
                  : 'Not applied'
                : start.activity
                  ? `Grows an activity of ${formatHours(start.activity.hoursPerWeek)}`
                  : 'New activity'}
              {shiftDetails(start) ? ` · ${shiftDetails(start)}` : ''}
            </Text>
          </Paper>
        </Group>

        {goal.isAddition && isOpen && (
          <Alert color="yellow" variant="light" p="xs">
            <Text size="sm">Adds work without stopping anything: the hours have to come from somewhere.</Text>
          </Alert>
        )}
        {goal.successMeasure && (
          <Text size="sm">
            <Text span c="dimmed">
              Success looks like:{' '}
            </Text>
            {goal.successMeasure}
          </Text>
        )}
        <FailureAlert failure={failure} />
        {canWrite && nextGoalStatuses(status).length > 0 && (
          <Group gap="xs">
            {nextGoalStatuses(status).map((to) => (
              <Button
                key={to}
                size="xs"
                variant={to === GoalStatus.DROPPED ? 'default' : 'light'}
                color={to === GoalStatus.DONE ? 'teal' : undefined}
                loading={loading && confirming === null}
                onClick={() => (to === GoalStatus.ACTIVE ? void move(to) : setConfirming(to))}
              >
                {TRANSITION_LABELS[to]}
              </Button>
            ))}
          </Group>
        )}
      </Stack>

      <ConfirmModal
        opened={confirming !== null}
        title={confirming === GoalStatus.DONE ? `Mark "${goal.title}" done?` : `Drop "${goal.title}"?`}
        confirmLabel={confirming === GoalStatus.DONE ? 'Mark done' : 'Drop goal'}
        color={confirming === GoalStatus.DONE ? 'teal' : 'red'}
        loading={loading}
        onConfirm={() => confirming && void move(confirming)}
        onClose={() => setConfirming(null)}
      >
        {confirming === GoalStatus.DONE ? (
          <Text size="sm">
            This applies the shift to {whose} week:{' '}
            {stop ? `"${stop.activityName}" shrinks by ${formatHours(stop.hoursPerWeek)}, and ` : ''}
            {start.activity
              ? `"${start.activityName}" grows by ${formatHours(start.hoursPerWeek)}`
              : `"${start.activityName}" joins the week with ${formatHours(start.hoursPerWeek)}`}
            . A done goal cannot be reopened.
          </Text>
        ) : (
          <Text size="sm">
            The goal leaves the projected week and cannot be reopened. The week itself does not change.
          </Text>
        )}
      </ConfirmModal>
    </Card>
  );
}
