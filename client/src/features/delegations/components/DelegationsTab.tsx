import { useQuery } from '@apollo/client/react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Alert,
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  DelegationStage,
  STAGE_DESCRIPTIONS,
  STAGE_LABELS,
  STAGE_PATH,
  canAdvanceDelegation,
  isFinalStage,
  nextStages,
  roundHours,
} from '@fulcrum/shared';
import { createContext, useCallback, useContext, useMemo, useState, type SVGProps } from 'react';
import { IconAlert, IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { FailureAlert } from '@/features/plan/components/Alerts';
import { usePlanScope } from '@/features/plan/hooks/usePlanScope';
import { useViewer } from '@/lib/viewer/useViewer';
import { PlanDelegationsDocument, type BoardDelegationFragment } from '../api/gql/graphql';
import { useStageMover, type StageMover } from '../hooks/useStageMover';
import { stageColor } from '@/components/StageTrack';
import {
  RATIO_HELP,
  confidenceColor,
  firstName,
  formatHours,
  lastBySide,
  ratioColor,
  ratioExplanation,
  riskReason,
} from '../utils/delegation';
import { DelegateForm } from './DelegateForm';
import { DelegationDrawer } from './DelegationDrawer';
import { StageMoves } from './StageMoves';

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
  const [dragging, setDragging] = useState<BoardDelegationFragment | null>(null);
  const [dropRefused, setDropRefused] = useState<string | null>(null);
  // A small move before a drag starts, so the buttons on a card still take plain clicks.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const delegations = data?.plan?.delegations ?? [];
  const open = delegations.find((d) => d.id === openId) ?? null;
  const byId = useMemo(() => new Map(delegations.map((d) => [d.id, d])), [delegations]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const delegation = byId.get(String(active.id));
    const to = over ? (String(over.id) as DelegationStage) : null;
    if (!delegation || !to || to === delegation.stage) return;
    if (!canAdvanceDelegation(delegation.stage as DelegationStage, to)) {
      const allowed = nextStages(delegation.stage as DelegationStage).map((s) => STAGE_LABELS[s]);
      setDropRefused(
        `"${delegation.activityName}" cannot go from ${STAGE_LABELS[delegation.stage as DelegationStage]} to ${STAGE_LABELS[to]}: stages only move forward. It can go to ${allowed.join(', ')}.`,
      );
      return;
    }
    setDropRefused(null);
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
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: 1, minWidth: 260 }}>
          <Title order={2} fz="lg">
            Delegations
          </Title>
          <Text size="sm" c="dimmed">
            Hand execution work to someone who grows by taking it, step by step: they watch, you pair, they do and you
            review, then they own it. The hours leave {plan.owner.name.split(/\s+/)[0]}'s week only once the work is
            owned.
          </Text>
        </div>
        {canWrite && !delegating && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setDelegating(true)}>
            Delegate
          </Button>
        )}
      </Group>

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
                      <Column key={stage} stage={stage} delegations={delegations} mover={mover} onOpen={setOpenId} />
                    ))}
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    {FINAL.map((stage) => (
                      <Column
                        key={stage}
                        stage={stage}
                        delegations={delegations}
                        mover={mover}
                        onOpen={setOpenId}
                        wide
                      />
                    ))}
                  </SimpleGrid>
                </Stack>
              </section>
            </DraggingContext>
          </DndContext>
        </>
      )}

      <DelegationDrawer delegation={open} mover={mover} onClose={() => setOpenId(null)} />
      {mover.dialog}
    </Stack>
  );
}

function Summary({ delegations }: { delegations: readonly BoardDelegationFragment[] }) {
  const active = delegations.filter((d) => !isFinalStage(d.stage as DelegationStage));
  const owned = delegations.filter((d) => d.stage === DelegationStage.OWNED);
  const atRisk = active.filter((d) => riskReason(d) !== null);
  const coaching = roundHours(delegations.reduce((sum, d) => sum + d.coachingHoursTotal, 0));
  const hours = (list: readonly BoardDelegationFragment[]) =>
    formatHours(list.reduce((sum, d) => sum + d.hoursPerWeek, 0));
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="delegation-summary">
      <Stat label="Being handed over" value={String(active.length)} hint={`${hours(active)} a week to free`} />
      <Stat
        label="Owned"
        value={String(owned.length)}
        hint={`${hours(owned)} a week freed`}
        color={owned.length > 0 ? 'teal' : undefined}
      />
      <Stat label="Coaching invested" value={formatHours(coaching)} hint="across every delegation" />
      <Stat
        label="At risk"
        value={String(atRisk.length)}
        hint="confidence ≤ 2 or 14 days silent"
        color={atRisk.length > 0 ? 'red' : undefined}
      />
    </SimpleGrid>
  );
}

function Stat({ label, value, hint, color }: { label: string; value: string; hint: string; color?: string }) {
  return (
    <Card withBorder padding="sm">
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
  const accepts = dragging !== null && canAdvanceDelegation(dragging.stage as DelegationStage, stage);
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

function DelegationCard({
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
  const final = isFinalStage(d.stage as DelegationStage);
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
          {movable && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              style={{
                cursor: isDragging ? 'grabbing' : 'grab',
                touchAction: 'none',
                flexShrink: 0,
              }}
              {...listeners}
              {...attributes}
              aria-label={`Drag "${d.activityName}" to a later stage`}
            >
              <IconGrip size={14} />
            </ActionIcon>
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
            <Badge
              size="sm"
              variant="light"
              color={ratioColor(d.leverageRatio)}
              radius="sm"
              tt="none"
              data-testid="leverage-ratio"
            >
              ratio {d.leverageRatio ?? '—'}
            </Badge>
          </Group>
        </Tooltip>
        {canWrite && !final && <StageMoves delegation={d} mover={mover} />}
      </Stack>
    </Card>
  );
}

function ConfidenceBadge({ who, value }: { who: string; value: number | null }) {
  return (
    <Badge
      size="sm"
      variant={value === null ? 'outline' : 'light'}
      color={value === null ? 'gray' : confidenceColor(value)}
      radius="sm"
      tt="none"
      fw={500}
    >
      {who} {value === null ? '—' : `${value}/5`}
    </Badge>
  );
}

function IconGrip({ size = 16, ...rest }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {[5, 12, 19].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.6} />))}
    </svg>
  );
}
