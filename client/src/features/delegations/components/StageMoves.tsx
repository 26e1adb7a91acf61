import { ActionIcon, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { DelegationStage, STAGE_DESCRIPTIONS, STAGE_LABELS, nextStages } from '@fulcrum/shared';
import { IconArrowRight, IconChevronDown } from '@/components/icons';
import type { BoardDelegationFragment } from '../api/gql/graphql';
import type { StageMover } from '../hooks/useStageMover';

/**
 * The allowed moves of a delegation: the next stage as a button, the steps further on and
 * Reclaim in a menu (stages only move forward; Owned and Reclaimed are final).
 */
export function StageMoves({
  delegation,
  mover,
  size = 'xs',
}: {
  delegation: BoardDelegationFragment;
  mover: StageMover;
  size?: 'xs' | 'sm';
}) {
  const stage = delegation.stage;
  const moves = nextStages(stage);
  if (moves.length === 0) return null;
  const forward = moves.filter((s) => s !== DelegationStage.RECLAIMED);
  const next = forward.at(0);
  const further = forward.slice(1);
  const busy = mover.movingId === delegation.id;
  const disabled = mover.movingId !== null && !busy;

  return (
    <Group gap={6} wrap="nowrap">
      {next && (
        <Tooltip label={STAGE_DESCRIPTIONS[next]} withArrow multiline w={220} openDelay={300}>
          <Button
            size={size === 'xs' ? 'compact-sm' : 'sm'}
            variant="light"
            color={next === DelegationStage.OWNED ? 'teal' : 'indigo'}
            rightSection={<IconArrowRight size={14} />}
            loading={busy}
            disabled={disabled}
            onClick={() => mover.request(delegation, next)}
            aria-label={`Move "${delegation.activityName}" to ${STAGE_LABELS[next]}`}
          >
            {STAGE_LABELS[next]}
          </Button>
        </Tooltip>
      )}
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={size === 'xs' ? 'md' : 'lg'}
            disabled={busy || disabled}
            aria-label={`More moves for "${delegation.activityName}"`}
          >
            <IconChevronDown size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {further.length > 0 && <Menu.Label>Skip ahead to</Menu.Label>}
          {further.map((to) => (
            <Menu.Item key={to} onClick={() => mover.request(delegation, to)}>
              <Text size="sm">{STAGE_LABELS[to]}</Text>
              <Text size="xs" c="dimmed">
                {STAGE_DESCRIPTIONS[to]}
              </Text>
            </Menu.Item>
          ))}
          {further.length > 0 && <Menu.Divider />}
          <Menu.Item color="red" onClick={() => mover.request(delegation, DelegationStage.RECLAIMED)}>
            Reclaim…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
