import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { STAGE_DESCRIPTIONS, STAGE_LABELS, canAdvanceDelegation, type DelegationStage } from '@fulcrum/shared';
import { createContext, useContext } from 'react';
import { stageColor } from '@/components/StageTrack';
import { usePlanScope } from '@/lib/planScope';
import type { BoardDelegationFragment } from '../api/gql/graphql';
import type { StageMover } from '../hooks/useStageMover';
import { DelegationCard } from './DelegationCard';

/** The card being dragged, so columns can show whether it may land on them. */
export const DraggingContext = createContext<BoardDelegationFragment | null>(null);

interface ColumnProps {
  stage: DelegationStage;
  delegations: readonly BoardDelegationFragment[];
  mover: StageMover;
  onOpen: (id: string) => void;
  /** The final stages sit under the pipeline, two wide columns. */
  wide?: boolean;
}

export function Column({ stage, delegations, mover, onOpen, wide = false }: ColumnProps) {
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
