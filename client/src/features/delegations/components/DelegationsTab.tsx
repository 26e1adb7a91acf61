import { useQuery } from '@apollo/client/react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { Alert, Button, Card, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { DelegationStage, STAGE_LABELS, STAGE_PATH, canAdvanceDelegation, nextStages } from '@fulcrum/shared';
import { useCallback, useMemo, useState } from 'react';
import { IconAlert, IconPlus } from '@/components/icons';
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
        {canWrite && !delegating && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setDelegating(true)}>
            Delegate
          </Button>
        )}
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
  // A small move before a drag starts, so the buttons on a card still take plain clicks.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );
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
    <DndContext
      sensors={sensors}
      onDragStart={({ active }) => setDragging(byId.get(String(active.id)) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a delegation, press space or enter, use the arrow keys to reach a later stage, and press space or enter again. Escape cancels.',
        },
      }}
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
    </DndContext>
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
            <Card withBorder padding="lg">
              <Text size="sm" c="dimmed" ta="center">
                Nothing delegated yet.{' '}
                {canDelegate
                  ? 'Pick an execution activity of the week and someone more junior who would grow by taking it.'
                  : 'The report or their manager delegates from here.'}
              </Text>
            </Card>
          )}
          <Board delegations={delegations} mover={mover} onOpen={onOpen} onRefused={onRefused} />
        </>
      )}
    </>
  );
}
