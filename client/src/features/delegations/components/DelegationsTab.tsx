import { useQuery } from '@apollo/client/react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import {
  DelegationStage,
  STAGE_DESCRIPTIONS,
  STAGE_LABELS,
  STAGE_PATH,
  canAdvanceDelegation,
  nextStages,
} from '@fulcrum/shared';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { IconAlert, IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { FailureAlert } from '@/components/PlanAlerts';
import { usePlanScope } from '@/lib/planScope';
import { PlanDelegationsDocument, type BoardDelegationFragment } from '../api/gql/graphql';
import { useStageMover, type StageMover } from '../hooks/useStageMover';
import { stageColor } from '@/components/StageTrack';
import { DelegateForm } from './DelegateForm';
import { DelegationDrawer } from './DelegationDrawer';
import { DelegationCard } from './DelegationCard';
import { Summary } from './BoardParts';
import { SectionHeader } from '@/components/SectionHeader';

const IN_PROGRESS = STAGE_PATH.filter((s) => s !== DelegationStage.OWNED);
const FINAL = [DelegationStage.OWNED, DelegationStage.RECLAIMED];

/** The card being dragged, so columns can show whether it may land on them. */
const DraggingContext = createContext<BoardDelegationFragment | null>(null);

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
      {dropRefused && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlert />}
          withCloseButton
          onClose={() => setDropRefused(null)}
          role="alert"
        >
          {dropRefused}
        </Alert>
      )}

      {!data && loading ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} aria-label="Loading delegations">
          {IN_PROGRESS.map((s) => (
            <Skeleton key={s} height={160} radius="md" />
          ))}
        </SimpleGrid>
      ) : !data?.plan ? (
        error ? (
          <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />
        ) : null
      ) : (
        <>
          <Summary delegations={delegations} />
          {error && (
            <ProblemAlert
              error={error}
              onRetry={() => void refetch()}
              retrying={loading}
              message="The board could not be refreshed; it may be out of date. Try again."
            />
          )}
          {delegations.length === 0 && (
            <Card withBorder padding="lg">
              <Text size="sm" c="dimmed" ta="center">
                Nothing delegated yet.{' '}
                {canWrite
                  ? 'Pick an execution activity of the week and someone more junior who would grow by taking it.'
                  : 'The report or their manager delegates from here.'}
              </Text>
            </Card>
          )}
          <Board delegations={delegations} mover={mover} onOpen={setOpenId} onRefused={setDropRefused} />
        </>
      )}

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
    const to = over ? (String(over.id) as DelegationStage) : null;
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
    onDragOver: ({ over }) =>
      over ? `Over ${STAGE_LABELS[String(over.id) as DelegationStage] ?? String(over.id)}.` : 'Not over a stage.',
    onDragEnd: ({ over }) =>
      over
        ? `Dropped on ${STAGE_LABELS[String(over.id) as DelegationStage] ?? String(over.id)}.`
        : 'Dropped outside the board.',
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

interface ColumnProps {
  stage: DelegationStage;
  delegations: readonly BoardDelegationFragment[];
  mover: StageMover;
  onOpen: (id: string) => void;
  /** The final stages sit under the pipeline, two wide columns. */
  wide?: boolean;
}

function Column({ stage, delegations, mover, onOpen, wide = false }: ColumnProps) {
  const { canWrite } = usePlanScope();
  const cards = delegations.filter((d) => d.stage === stage);
  const dragging = useContext(DraggingContext);
  const { setNodeRef, isOver } = useDroppable({ id: stage, disabled: !canWrite });
  const accepts = dragging !== null && canAdvanceDelegation(dragging.stage, stage);
  return (
    <Paper
      ref={setNodeRef}
      radius="md"
      p="sm"
      bg={accepts && isOver ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-1)'}
      style={{
        outline: accepts ? `2px dashed var(--mantine-color-${isOver ? 'indigo-5' : 'indigo-2'})` : undefined,
        opacity: dragging && !accepts && dragging.stage !== stage ? 0.6 : undefined,
        transition: 'background-color 120ms, opacity 120ms',
      }}
      role="region"
      aria-label={`${STAGE_LABELS[stage]} column`}
      data-testid={`stage-${stage}`}
      mih={wide ? undefined : 180}
    >
      <Stack gap="xs">
        <div>
          <Group gap={6} justify="space-between" wrap="nowrap">
            <Text fw={700} size="sm" c={`${stageColor(stage)}.8`}>
              {STAGE_LABELS[stage]}
            </Text>
            <Badge size="sm" variant="white" color={stageColor(stage)} radius="sm">
              {cards.length}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" lh={1.3}>
            {STAGE_DESCRIPTIONS[stage]}
          </Text>
        </div>
        {cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="sm">
            Nothing here
          </Text>
        ) : wide ? (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xs">
            {cards.map((d) => (
              <DelegationCard key={d.id} delegation={d} mover={mover} onOpen={onOpen} />
            ))}
          </SimpleGrid>
        ) : (
          cards.map((d) => <DelegationCard key={d.id} delegation={d} mover={mover} onOpen={onOpen} />)
        )}
      </Stack>
    </Paper>
  );
}
