import { Alert, Avatar, Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { LEVEL_LABELS, Level, PlanStatus, RatingSide, archetypeInfo } from '@fulcrum/shared';
import { useState } from 'react';
import { IconChevronDown, IconEye } from '@/components/icons';
import { LevelBadge, levelLabel } from '@/components/PersonBadges';
import { ReadinessBadge, planVisibility } from '@/components/ReadinessBadge';
import { ViewerDocument } from '@/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { usePlanScope, type PlanFailure } from '../hooks/usePlanScope';
import { usePlanUpdate } from '../hooks/usePlanUpdate';
import { formatHoursField, labelledField, type ComparedField } from '@/lib/conflict';
import { FailureAlert } from '@/components/PlanAlerts';
import { ConfirmModal } from '@/components/ConfirmModal';
import { COLORS, LABELS } from '@/lib/palette';

const STATUS_LABELS = LABELS.planStatus;
const STATUS_COLORS = COLORS.planStatus;

const LEVEL_ORDER = Object.values(Level);

const RELOAD_VIEWER = [ViewerDocument];

const PLAN_FIELDS: ComparedField[] = [
  { key: 'status', label: 'status', format: labelledField(STATUS_LABELS) },
  { key: 'targetLevel', label: 'target level', format: labelledField(LEVEL_LABELS) },
  { key: 'weeklyHours', label: 'weekly budget', format: formatHoursField },
];

/** Whose plan, who manages it, where it stands, who can see it; status and target level. */
export function PlanHeader() {
  const { plan, side, canWrite } = usePlanScope();
  const { change, loading, failure, confirmArchive, setConfirmArchive } = usePlanChange();
  const status = plan.status;
  const isOwner = side === RatingSide.SELF;

  return (
    <Card withBorder padding="lg" data-testid="plan-header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md">
          <PlanTitle />
          {canWrite && (
            <Group gap="xs">
              {status === PlanStatus.DRAFT && (
                <Button
                  size="sm"
                  loading={loading}
                  onClick={() => void change({ status: PlanStatus.ACTIVE }, 'The plan is active.')}
                >
                  Activate plan
                </Button>
              )}
              <Button size="sm" variant="default" onClick={() => setConfirmArchive(true)} disabled={loading}>
                Archive
              </Button>
            </Group>
          )}
        </Group>

        <PlanBadges
          onTargetLevel={(targetLevel, label) => void change({ targetLevel }, `Target level: ${label}.`)}
          disabled={loading}
        />

        <Group gap={6} wrap="nowrap" c="dimmed" data-testid="plan-visibility">
          <IconEye size={16} style={{ flexShrink: 0 }} />
          <Text size="sm">{planVisibility(plan.owner.name, plan.manager.name, status === PlanStatus.ARCHIVED)}.</Text>
        </Group>

        <PlanNotices />
        <FailureAlert failure={failure} />
      </Stack>

      <ConfirmModal
        opened={confirmArchive}
        title="Archive this plan?"
        confirmLabel="Archive plan"
        color="red"
        loading={loading}
        onConfirm={() => void change({ status: PlanStatus.ARCHIVED }, 'The plan is archived.')}
        onClose={() => setConfirmArchive(false)}
      >
        <Text size="sm">
          An archived plan stays readable but can no longer be changed, and {isOwner ? 'you' : plan.owner.name} can then
          start a new one. This cannot be undone.
        </Text>
      </ConfirmModal>
    </Card>
  );
}

/** Changes of the plan itself (status, target level); a refusal shows as `failure`. */
function usePlanChange() {
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  // Archiving one's own plan changes the viewer's "My plan" link.
  const { update, loading } = usePlanUpdate(RELOAD_VIEWER);
  const change = async (input: { status?: PlanStatus; targetLevel?: Level }, done: string) => {
    setFailure(null);
    const failed = await update(input, PLAN_FIELDS);
    if (!failed) notifySuccess(done);
    setConfirmArchive(false);
    setFailure(failed);
  };

  return { change, loading, failure, confirmArchive, setConfirmArchive };
}

/** Whose plan, and who manages it. */
function PlanTitle() {
  const { plan, side } = usePlanScope();
  const isOwner = side === RatingSide.SELF;
  return (
    <Group wrap="nowrap" gap="md" style={{ minWidth: 0 }}>
      <Avatar size={52} radius="xl" color="initials" name={plan.owner.name} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Title order={1} fz={24}>
          {isOwner ? 'Your growth plan' : `${plan.owner.name}'s growth plan`}
        </Title>
        <Text size="sm" c="dimmed">
          {plan.owner.title || levelLabel(plan.currentLevel)} · Manager: {plan.manager.name}
          {side === RatingSide.MANAGER ? ' (you)' : ''}
        </Text>
      </Stack>
    </Group>
  );
}

/** Status, current → target level, readiness, archetype, read only. */
function PlanBadges({
  onTargetLevel,
  disabled,
}: {
  onTargetLevel: (level: Level, label: string) => void;
  disabled: boolean;
}) {
  const { plan, side } = usePlanScope();
  const status = plan.status;
  const archetype = plan.targetArchetype ? archetypeInfo(plan.targetArchetype) : null;
  return (
    <Group gap="xs" align="center">
      <Badge color={STATUS_COLORS[status]} variant={status === PlanStatus.ACTIVE ? 'light' : 'outline'} radius="sm">
        {STATUS_LABELS[status]}
      </Badge>
      <Group gap={4} wrap="nowrap">
        <LevelBadge level={plan.currentLevel} />
        <Text size="sm" c="dimmed" aria-hidden>
          →
        </Text>
        <TargetLevel onChange={onTargetLevel} disabled={disabled} />
      </Group>
      <ReadinessBadge stage={plan.readiness.stage} />
      {archetype && (
        <Badge variant="outline" color="indigo" radius="sm" tt="none" fw={500}>
          Aiming for {archetype.title}
        </Badge>
      )}
      {side === null && (
        <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
          Read only
        </Badge>
      )}
    </Group>
  );
}

/** The target level: a menu of the levels above the current one for those who write the plan. */
function TargetLevel({ onChange, disabled }: { onChange: (level: Level, label: string) => void; disabled: boolean }) {
  const { plan, canWrite } = usePlanScope();
  const levelOptions = LEVEL_ORDER.filter((l) => LEVEL_ORDER.indexOf(l) > LEVEL_ORDER.indexOf(plan.currentLevel)).map(
    (value) => ({ value, label: LEVEL_LABELS[value] }),
  );
  return canWrite && levelOptions.length > 1 ? (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="light"
          color="indigo"
          rightSection={<IconChevronDown size={12} />}
          aria-label={`Target level: ${levelLabel(plan.targetLevel)}. Change`}
          disabled={disabled}
          tt="uppercase"
          fz={11}
        >
          {levelLabel(plan.targetLevel)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Target level</Menu.Label>
        {levelOptions.map((option) => (
          <Menu.Item
            key={option.value}
            disabled={option.value === plan.targetLevel}
            onClick={() => onChange(option.value, option.label)}
          >
            {option.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  ) : (
    <LevelBadge level={plan.targetLevel} />
  );
}

/** What a draft, an archived plan or a reader higher in the chain should know. */
function PlanNotices() {
  const { plan, side, canWrite } = usePlanScope();
  const status = plan.status;
  return (
    <>
      {status === PlanStatus.DRAFT && canWrite && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">This plan is a draft: fill in the signals, gaps and week together, then activate it.</Text>
        </Alert>
      )}
      {status === PlanStatus.ARCHIVED && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">This plan is archived: it can be read, not changed.</Text>
        </Alert>
      )}
      {side === null && status !== PlanStatus.ARCHIVED && (
        <Text size="sm" c="dimmed">
          You can read this plan as a manager higher in the chain; only {plan.owner.name} and {plan.manager.name} change
          it.
        </Text>
      )}
    </>
  );
}
