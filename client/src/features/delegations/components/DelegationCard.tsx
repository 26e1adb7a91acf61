import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Avatar, Card, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { DelegationStage, isFinalStage } from '@fulcrum/shared';
import { IconAlert, IconGripDots } from '@/components/icons';
import { Tag } from '@/components/Tag';
import { usePlanScope } from '@/lib/planScope';
import { useViewer } from '@/lib/viewer/useViewer';
import { type BoardDelegationFragment } from '../api/gql/graphql';
import { type StageMover } from '../hooks/useStageMover';
import { RATIO_HELP, confidenceColor, lastBySide, ratioColor, ratioExplanation, riskReason } from '../utils/delegation';
import { StageMoves } from './StageMoves';
import { firstName, formatHours } from '@/lib/format';

export function DelegationCard({
  delegation: d,
  mover,
  onOpen,
}: {
  delegation: BoardDelegationFragment;
  mover: StageMover;
  onOpen: (id: string) => void;
}) {
  const { canWrite } = usePlanScope();
  const viewer = useViewer();
  const { delegator, delegatee } = lastBySide(d.checkIns);
  const risk = riskReason(d);
  const final = isFinalStage(d.stage);
  const name = (id: string, full: string) => (id === viewer.person.id ? 'You' : firstName(full));
  const movable = canWrite && !final;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: d.id,
    disabled: !movable,
  });

  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="sm"
      radius="md"
      id={`delegation-${d.id}`}
      data-testid={`delegation-${d.id}`}
      aria-label={d.activityName}
      role="article"
      style={{
        opacity: d.stage === DelegationStage.RECLAIMED ? 0.8 : undefined,
        transform: CSS.Translate.toString(transform),
        zIndex: isDragging ? 20 : undefined,
        position: isDragging ? 'relative' : undefined,
        boxShadow: isDragging ? 'var(--mantine-shadow-lg)' : undefined,
      }}
    >
      <Stack gap={6}>
        <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
          <CardTitle delegation={d} onOpen={onOpen} />
          {movable && (
            <DragHandle name={d.activityName} dragging={isDragging} handle={{ ...listeners, ...attributes }} />
          )}
        </Group>
        <Group gap={6} wrap="nowrap">
          <Avatar size={22} radius="xl" color="initials" name={d.delegatee.name} />
          <Text size="xs" truncate style={{ minWidth: 0 }}>
            {d.delegatee.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            · {formatHours(d.hoursPerWeek)}/wk
          </Text>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2} title={d.learningObjective}>
          {d.learningObjective}
        </Text>
        {risk && (
          <Group gap={4} wrap="nowrap" align="flex-start" c="red.7" data-testid="at-risk">
            <IconAlert size={14} style={{ flexShrink: 0, marginTop: 1 }} />
            <Text size="xs" fw={600} lh={1.35}>
              At risk: {risk}
            </Text>
          </Group>
        )}
        <Group gap={4}>
          <ConfidenceBadge who={name(d.delegator.id, d.delegator.name)} value={delegator?.confidence ?? null} />
          <ConfidenceBadge who={name(d.delegatee.id, d.delegatee.name)} value={delegatee?.confidence ?? null} />
        </Group>
        <LeverageLine delegation={d} />
        {canWrite && !final && <StageMoves delegation={d} mover={mover} />}
      </Stack>
    </Card>
  );
}

export function ConfidenceBadge({ who, value }: { who: string; value: number | null }) {
  return (
    <Tag
      size="sm"
      variant={value === null ? 'outline' : 'light'}
      color={value === null ? 'gray' : confidenceColor(value)}
      fw={500}
    >
      {who} {value === null ? '—' : `${value}/5`}
    </Tag>
  );
}

function CardTitle({ delegation: d, onOpen }: { delegation: BoardDelegationFragment; onOpen: (id: string) => void }) {
  return (
    <UnstyledButton
      onClick={() => onOpen(d.id)}
      aria-label={`Open "${d.activityName}"`}
      style={{ borderRadius: 4, minWidth: 0 }}
    >
      <Text
        fw={600}
        size="sm"
        lh={1.3}
        c="indigo.8"
        style={{
          textDecoration: 'underline',
          textDecorationColor: 'var(--mantine-color-indigo-2)',
          textUnderlineOffset: 3,
        }}
      >
        {d.activityName}
      </Text>
    </UnstyledButton>
  );
}

/** The grip that drags the card to another stage (keyboard too, through dnd-kit's attributes). */
function DragHandle({ name, dragging, handle }: { name: string; dragging: boolean; handle: object }) {
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      style={{
        cursor: dragging ? 'grabbing' : 'grab',
        touchAction: 'none',
        flexShrink: 0,
      }}
      {...handle}
      aria-label={`Drag "${name}" to a later stage`}
    >
      <IconGripDots size={14} />
    </ActionIcon>
  );
}

/** Coaching hours so far and the leverage ratio, explained in a tooltip. */
function LeverageLine({ delegation: d }: { delegation: BoardDelegationFragment }) {
  return (
    <Tooltip label={`${ratioExplanation(d)} ${RATIO_HELP}`} multiline w={300} withArrow>
      <Group
        gap={4}
        style={{ cursor: 'help' }}
        tabIndex={0}
        aria-label={`Coaching and leverage ratio. ${ratioExplanation(d)}`}
      >
        <Text size="xs" c="dimmed">
          {formatHours(d.coachingHoursTotal)} coaching ·
        </Text>
        <Tag size="sm" color={ratioColor(d.leverageRatio)} data-testid="leverage-ratio">
          ratio {d.leverageRatio ?? '—'}
        </Tag>
      </Group>
    </Tooltip>
  );
}
