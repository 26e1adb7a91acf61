import { useMutation } from '@apollo/client/react';
import { List, Stack, Text } from '@mantine/core';
import { DelegationStage, ErrorCode, GoalStatus, RatingSide, STAGE_LABELS, roundHours } from '@fulcrum/shared';
import { useState, type ReactNode } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { usePlanScope, useReadFailure, type PlanFailure, PLAN_QUERY } from '@/lib/planScope';
import { notifySuccess } from '@/lib/notify';
import { AdvanceDelegationDocument, PlanDelegationsDocument, type BoardDelegationFragment } from '../api/gql/graphql';
import { stageLabel } from '@/components/StageTrack';
import { firstName, formatHours } from '@/lib/format';

/** The moves the board and the drawer share: one confirmation dialog, one failure at a time. */
export interface StageMover {
  /** Asks first for the final stages (Owned changes the week; Reclaimed ends it). */
  request: (delegation: BoardDelegationFragment, to: DelegationStage) => void;
  /** The delegation being moved right now. */
  movingId: string | null;
  failure: PlanFailure | null;
  clearFailure: () => void;
  /** The confirmation dialog; render it once. */
  dialog: ReactNode;
}

interface PendingMove {
  delegation: BoardDelegationFragment;
  to: DelegationStage;
}

const SUCCESS: Partial<Record<DelegationStage, string>> = {
  [DelegationStage.SHADOWING]: 'watches the work being done.',
  [DelegationStage.PAIRING]: 'does the work together with you.',
  [DelegationStage.REVIEWING]:
    'does the work; you review it. The hand-over is recorded: delivered hours now count in the leverage ratio.',
};

export function useStageMover(reloadBoard: () => Promise<unknown>): StageMover {
  const { plan, side, otherWriter } = usePlanScope();
  const readFailure = useReadFailure();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  // OWNED changes the week: the plan reloads with the board.
  const [advance] = useMutation(AdvanceDelegationDocument, {
    refetchQueries: [PLAN_QUERY, PlanDelegationsDocument],
    awaitRefetchQueries: true,
  });
  const whose = whoseWeek(side, plan.owner.name);

  const run = async (delegation: BoardDelegationFragment, to: DelegationStage) => {
    setFailure(null);
    setMovingId(delegation.id);
    try {
      await advance({
        variables: {
          input: { id: delegation.id, version: delegation.version, stage: to },
        },
      });
      const who = firstName(delegation.delegatee.name);
      notifySuccess(
        to === DelegationStage.OWNED
          ? `${who} owns "${delegation.activityName}". ${formatHours(delegation.hoursPerWeek)} left ${whose} week.`
          : to === DelegationStage.RECLAIMED
            ? `"${delegation.activityName}" is back with ${firstName(plan.owner.name)}.`
            : `${who} ${SUCCESS[to] ?? `is at ${STAGE_LABELS[to]}.`}`,
        `${STAGE_LABELS[to]}: ${delegation.activityName}`,
      );
    } catch (error) {
      const read = await readFailure(error);
      await reloadBoard().catch(() => undefined);
      setFailure(explainMoveFailure(read, delegation, otherWriter));
    } finally {
      setMovingId(null);
      setPending(null);
    }
  };

  const request = (delegation: BoardDelegationFragment, to: DelegationStage) => {
    if (to === DelegationStage.OWNED || to === DelegationStage.RECLAIMED) setPending({ delegation, to });
    else void run(delegation, to);
  };

  const dialog = (
    <ConfirmMove
      pending={pending}
      moving={movingId !== null}
      onConfirm={() => pending && void run(pending.delegation, pending.to)}
      onClose={() => setPending(null)}
    />
  );

  return { request, movingId, failure, clearFailure: () => setFailure(null), dialog };
}

/** Whose week the hours leave, as the viewer reads it. */
function whoseWeek(side: RatingSide | null, ownerName: string): string {
  return side === RatingSide.SELF ? 'your' : `${firstName(ownerName)}'s`;
}

/** Why a move failed, in the board's words: who changed it meanwhile, or that the stage moved on. */
function explainMoveFailure(read: PlanFailure, delegation: BoardDelegationFragment, otherWriter: string): PlanFailure {
  if (read.kind === 'conflict') {
    const current = read.problem.extensions.current as { stage?: DelegationStage } | undefined;
    const moved =
      current?.stage && current.stage !== delegation.stage
        ? `: stage ${stageLabel(delegation.stage)} → ${stageLabel(current.stage)}`
        : '';
    return {
      ...read,
      message: `${otherWriter} changed "${delegation.activityName}" a moment ago${moved}. The board now shows it as it is; move it again if it still needs to.`,
    };
  }
  if (read.problem.code === ErrorCode.INVALID_TRANSITION) {
    return {
      kind: 'other',
      problem: {
        ...read.problem,
        message: `${read.problem.message} The board now shows where it stands.`,
      },
    };
  }
  return read;
}

/** Confirms a move to a final stage, saying what it does first. */
function ConfirmMove({
  pending,
  moving,
  onConfirm,
  onClose,
}: {
  pending: PendingMove | null;
  moving: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { plan, side } = usePlanScope();
  return (
    <ConfirmModal
      opened={pending !== null}
      title={
        pending?.to === DelegationStage.OWNED
          ? `${firstName(pending.delegation.delegatee.name)} owns "${pending.delegation.activityName}"?`
          : `Reclaim "${pending?.delegation.activityName ?? ''}"?`
      }
      confirmLabel={pending?.to === DelegationStage.OWNED ? 'Move to Owned' : 'Reclaim'}
      color={pending?.to === DelegationStage.OWNED ? 'teal' : 'red'}
      loading={moving}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {pending &&
        (pending.to === DelegationStage.OWNED ? (
          <OwnedConsequences delegation={pending.delegation} whose={whoseWeek(side, plan.owner.name)} />
        ) : (
          <ReclaimConsequences delegation={pending.delegation} owner={firstName(plan.owner.name)} />
        ))}
    </ConfirmModal>
  );
}

/** What moving to Owned does to the week, said before it is done. */
function OwnedConsequences({ delegation, whose }: { delegation: BoardDelegationFragment; whose: string }) {
  const { activity, goal, hoursPerWeek } = delegation;
  const left = activity ? roundHours(Math.max(0, activity.hoursPerWeek - hoursPerWeek)) : 0;
  return (
    <Stack gap="xs">
      <Text size="sm">The hours leave {whose} week now, in the same step:</Text>
      <List size="sm" spacing={4}>
        {activity ? (
          <List.Item>
            "{activity.name}" goes from {formatHours(activity.hoursPerWeek)} to {formatHours(left)} a week
            {left === 0 ? ' and leaves the week' : ''}.
          </List.Item>
        ) : (
          <List.Item>"{delegation.activityName}" is no longer in the week; nothing more leaves it.</List.Item>
        )}
        {goal && goal.status !== GoalStatus.DROPPED && (
          <List.Item>
            It serves the goal "{goal.title}": these hours count as that goal's stop, so{' '}
            {goal.status === GoalStatus.DONE
              ? 'the part the goal already took off is not taken twice.'
              : 'marking the goal done will not take them off a second time.'}
          </List.Item>
        )}
        <List.Item>Owned is final: check-ins go on, the stage no longer moves.</List.Item>
      </List>
    </Stack>
  );
}

function ReclaimConsequences({ delegation, owner }: { delegation: BoardDelegationFragment; owner: string }) {
  return (
    <Text size="sm">
      The work comes back to {owner}: the delegation to {delegation.delegatee.name} ends at{' '}
      {stageLabel(delegation.stage)} and takes no more check-ins. The week does not change. This cannot be undone; to
      try again later, delegate it anew.
    </Text>
  );
}
