import { useQuery } from '@apollo/client/react';
import type { Announcements, DragEndEvent, UniqueIdentifier } from '@dnd-kit/core';
import { Alert, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { DelegationStage, STAGE_LABELS, STAGE_PATH, canAdvanceDelegation, nextStages } from '@fulcrum/shared';
import { useCallback, useMemo, useState } from 'react';
import { IconAlert } from '@/components/icons';
import { AddButton } from '@/components/ActionButtons';
import { DragArea } from '@/components/DragArea';
import { EmptyCard } from '@/components/EmptyCard';
import { ProblemAlert } from '@/components/ProblemAlert';
import { FailureAlert } from '@/components/PlanAlerts';
import { usePlanScope } from '@/lib/planScope';
import { PlanDelegationsDocument, type BoardDelegationFragment } from '../api/gql/graphql';
import { useStageMover, type StageMover } from '../hooks/useStageMover';
import { DelegateForm } from './DelegateForm';
import { DelegationDrawer } from './DelegationDrawer';
import { Column, DraggingContext } from './BoardColumn';
import { Summary } from './BoardParts';
import { SectionHeader } from '@/components/SectionHeader';

const IN_PROGRESS = STAGE_PATH.filter((s) => s !== DelegationStage.OWNED);
const FINAL = [DelegationStage.OWNED, DelegationStage.RECLAIMED];

/** The columns are droppables whose ids are the stages. */
const STAGE_BY_ID = new Map<string, DelegationStage>(Object.values(DelegationStage).map((s) => [s, s]));
const stageOf = (id: UniqueIdentifier): DelegationStage | null => STAGE_BY_ID.get(String(id)) ?? null;
const stageName = (id: UniqueIdentifier): string => {
  const stage = stageOf(id);
  return stage ? STAGE_LABELS[stage] : String(id);
};

const MOVE_INSTRUCTIONS =
  'To move a delegation, press space or enter, use the arrow keys to reach a later stage, and press space or enter again. Escape cancels.';

/** The plan's delegations as a board, one column per stage. */
export function DelegationsTab() {
  const { plan, canWrite } = usePlanScope();
  const { data, loading, error, refetch } = useQuery(PlanDelegationsDocument, {
    variables: { planId: plan.id },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch(), [refetch]);
  const mover = useStageMover(reload);
  const [delegating, setDelegating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [dropRefused, setDropRefused] = useState<string | null>(null);

  const delegations = data?.plan?.delegations ?? [];
  const open = delegations.find((d) => d.id === openId) ?? null;

  return (
    <Stack gap="lg">
      <SectionHeader
        title="Delegations"
        description={
          <>
            Hand execution work to someone who grows by taking it, step by step: they watch, you pair, they do and you
            review, then they own it. The hours leave {plan.owner.name.split(/\s+/)[0]}'s week only once the work is
            owned.
          </>
        }
      >
        {canWrite && !delegating && <AddButton onClick={() => setDelegating(true)}>Delegate</AddButton>}
      </SectionHeader>

      {delegating && <DelegateForm delegations={delegations} onDone={() => setDelegating(false)} />}
      <FailureAlert failure={mover.failure} />
      {dropRefused && <RefusedDrop message={dropRefused} onClose={() => setDropRefused(null)} />}

      <BoardArea
        delegations={delegations}
        state={{ data: Boolean(data), plan: Boolean(data?.plan), loading, error, retry: () => void refetch() }}
        canDelegate={canWrite}
        mover={mover}
        onOpen={setOpenId}
        onRefused={setDropRefused}
      />

      <DelegationDrawer delegation={open} mover={mover} onClose={() => setOpenId(null)} />
      {mover.dialog}
    </Stack>
  );
}

/** The board: a column per stage; a card is dragged (or moved with the keyboard) forward only. */
function Board({
  delegations,
  mover,
  onOpen,
  onRefused,
}: {
  delegations: readonly BoardDelegationFragment[];
  mover: StageMover;
  onOpen: (id: string) => void;
  onRefused: (message: string | null) => void;
}) {
  const [dragging, setDragging] = useState<BoardDelegationFragment | null>(null);
  const byId = useMemo(() => new Map(delegations.map((d) => [d.id, d])), [delegations]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const delegation = byId.get(String(active.id));
    const to = over ? stageOf(over.id) : null;
    if (!delegation || !to || to === delegation.stage) return;
    if (!canAdvanceDelegation(delegation.stage, to)) {
      const allowed = nextStages(delegation.stage).map((s) => STAGE_LABELS[s]);
      onRefused(
        `"${delegation.activityName}" cannot go from ${STAGE_LABELS[delegation.stage]} to ${STAGE_LABELS[to]}: stages only move forward. It can go to ${allowed.join(', ')}.`,
      );
      return;
    }
    onRefused(null);
    mover.request(delegation, to);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up "${byId.get(String(active.id))?.activityName ?? 'the delegation'}".`,
    onDragOver: ({ over }) => (over ? `Over ${stageName(over.id)}.` : 'Not over a stage.'),
    onDragEnd: ({ over }) => (over ? `Dropped on ${stageName(over.id)}.` : 'Dropped outside the board.'),
    onDragCancel: () => 'Moving cancelled.',
  };

  return (
    <DragArea
      dragDistance={6}
      announcements={announcements}
      instructions={MOVE_INSTRUCTIONS}
      onDragStart={({ active }) => setDragging(byId.get(String(active.id)) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <DraggingContext value={dragging}>
        <section aria-label="Delegation board">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              {IN_PROGRESS.map((stage) => (
                <Column key={stage} stage={stage} delegations={delegations} mover={mover} onOpen={onOpen} />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {FINAL.map((stage) => (
                <Column key={stage} stage={stage} delegations={delegations} mover={mover} onOpen={onOpen} wide />
              ))}
            </SimpleGrid>
          </Stack>
        </section>
      </DraggingContext>
    </DragArea>
  );
}

/** A drop on a stage the card may not go to: why, and where it may go. */
function RefusedDrop({ message, onClose }: { message: string; onClose: () => void }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlert />} withCloseButton onClose={onClose} role="alert">
      {message}
    </Alert>
  );
}

interface BoardState {
  /** Something has been read (possibly an empty answer). */
  data: boolean;
  /** The plan was found. */
  plan: boolean;
  loading: boolean;
  error: Error | undefined;
  retry: () => void;
}

/** The board once loaded, its skeleton while loading, or why it could not be read. */
function BoardArea({
  delegations,
  state,
  canDelegate,
  mover,
  onOpen,
  onRefused,
}: {
  delegations: readonly BoardDelegationFragment[];
  state: BoardState;
  /** Whether the viewer may delegate (the empty board says how). */
  canDelegate: boolean;
  mover: StageMover;
  onOpen: (id: string) => void;
  onRefused: (message: string | null) => void;
}) {
  return (
    <>
      {!state.data && state.loading ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} aria-label="Loading delegations">
          {IN_PROGRESS.map((s) => (
            <Skeleton key={s} height={160} radius="md" />
          ))}
        </SimpleGrid>
      ) : !state.plan ? (
        state.error ? (
          <ProblemAlert error={state.error} onRetry={state.retry} retrying={state.loading} />
        ) : null
      ) : (
        <>
          <Summary delegations={delegations} />
          {state.error && (
            <ProblemAlert
              error={state.error}
              onRetry={state.retry}
              retrying={state.loading}
              message="The board could not be refreshed; it may be out of date. Try again."
            />
          )}
          {delegations.length === 0 && (
            <EmptyCard>
              Nothing delegated yet.{' '}
              {canDelegate
                ? 'Pick an execution activity of the week and someone more junior who would grow by taking it.'
                : 'The report or their manager delegates from here.'}
            </EmptyCard>
          )}
          <Board delegations={delegations} mover={mover} onOpen={onOpen} onRefused={onRefused} />
        </>
      )}
    </>
  );
}
