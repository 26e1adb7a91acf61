import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import {
  GoalStatus,
  isOpenGoal,
  LEVERAGE_LABELS,
  MODE_LABELS,
  nextGoalStatuses,
  type Leverage,
  type Mode,
} from '@fulcrum/shared';
import { useState } from 'react';
import { IconArrowRight } from '@/components/icons';
import { EditButton } from '@/components/ActionButtons';
import { AnchoredCard } from '@/components/AnchoredCard';
import { UpdateGoalDocument, type PlanGoalFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { FailureAlert } from '@/components/PlanAlerts';
import { ConfirmModal } from '@/components/ConfirmModal';
import { GoalForm } from './GoalForm';
import { GOAL_FIELDS, goalSnapshot, whoseWeek } from '../utils/goalForm';
import { formatHours } from '@/lib/format';
import { COLORS, LABELS } from '@/lib/palette';

const STATUS_LABELS = LABELS.goalStatus;
const STATUS_COLORS = COLORS.goalStatus;

export const TRANSITION_LABELS: Record<GoalStatus, string> = {
  [GoalStatus.PROPOSED]: 'Propose',
  [GoalStatus.ACTIVE]: 'Start: make active',
  [GoalStatus.DONE]: 'Mark done',
  [GoalStatus.DROPPED]: 'Drop',
};

export function shiftDetails(shift: { mode: Mode | null; leverage: Leverage | null }): string {
  return [shift.mode && MODE_LABELS[shift.mode], shift.leverage && LEVERAGE_LABELS[shift.leverage]]
    .filter(Boolean)
    .join(' · ');
}

/** An open goal that only adds work, and what success looks like. */
function GoalRemarks({ goal, isOpen }: { goal: PlanGoalFragment; isOpen: boolean }) {
  return (
    <>
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
    </>
  );
}

export function GoalCard({ goal }: { goal: PlanGoalFragment }) {
  const { plan, canWrite, side } = usePlanScope();
  const readFailure = useReadFailure();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<GoalStatus | null>(null);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [update, { loading }] = useMutation(UpdateGoalDocument, RELOAD_PLAN);
  const status = goal.status;
  const isOpen = isOpenGoal(status);
  const whose = whoseWeek(side, plan.owner.name);

  if (editing) return <GoalForm goal={goal} onDone={() => setEditing(false)} />;

  const move = async (to: GoalStatus) => {
    setFailure(null);
    try {
      await update({
        variables: { input: { id: goal.id, version: goal.version, status: to } },
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

  return (
    <AnchoredCard
      anchor={`goal-${goal.id}`}
      aria-label={goal.title}
      role="article"
      style={isOpen ? undefined : { opacity: 0.85 }}
    >
      <Stack gap="sm">
        <GoalHeading goal={goal} onEdit={() => setEditing(true)} />

        <GoalShiftView goal={goal} />

        <GoalRemarks goal={goal} isOpen={isOpen} />
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
        <ConfirmText goal={goal} to={confirming} whose={whose} />
      </ConfirmModal>
    </AnchoredCard>
  );
}

/** The title, status, lever, gap and quarter of a goal, with its edit button while open. */
function GoalHeading({ goal, onEdit }: { goal: PlanGoalFragment; onEdit: () => void }) {
  const { levers, canWrite } = usePlanScope();
  const status = goal.status;
  const lever = levers.find((l) => l.lever === goal.lever);
  const isOpen = status === GoalStatus.PROPOSED || status === GoalStatus.ACTIVE;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Text fw={600}>{goal.title}</Text>
        <Group gap={6}>
          <Badge color={STATUS_COLORS[status]} variant={status === GoalStatus.ACTIVE ? 'filled' : 'light'} radius="sm">
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
      {canWrite && isOpen && <EditButton onClick={onEdit}>Edit</EditButton>}
    </Group>
  );
}

/** What the goal stops and what it starts, and whether that is applied to the week. */
function GoalShiftView({ goal }: { goal: PlanGoalFragment }) {
  const { stop, start, status } = goal;
  const isOpen = status === GoalStatus.PROPOSED || status === GoalStatus.ACTIVE;
  return (
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
  );
}

/** What marking the goal done or dropping it does, before it is confirmed. */
function ConfirmText({
  goal: { stop, start },
  to,
  whose,
}: {
  goal: PlanGoalFragment;
  to: GoalStatus | null;
  whose: string;
}) {
  return to === GoalStatus.DONE ? (
    <Text size="sm">
      This applies the shift to {whose} week:{' '}
      {stop ? `"${stop.activityName}" shrinks by ${formatHours(stop.hoursPerWeek)}, and ` : ''}
      {start.activity
        ? `"${start.activityName}" grows by ${formatHours(start.hoursPerWeek)}`
        : `"${start.activityName}" joins the week with ${formatHours(start.hoursPerWeek)}`}
      . A done goal cannot be reopened.
    </Text>
  ) : (
    <Text size="sm">The goal leaves the projected week and cannot be reopened. The week itself does not change.</Text>
  );
}
