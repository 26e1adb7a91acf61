import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '../utils/format';
import { IconCalendar } from './icons';

/** "Next 1:1: Tue, 1 Dec 2026, 10:00 · Open", or a way to schedule one; for Home's plan cards. */
export function NextOneOnOneLink({
  planId,
  next,
  canSchedule = true,
}: {
  planId: string;
  next: { id: string; scheduledAt: string } | null;
  canSchedule?: boolean;
}) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="next-one-on-one">
      <IconCalendar size={14} style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
      {next ? (
        <Text size="xs">
          Next 1:1:{' '}
          <Anchor component={Link} to={paths.oneOnOne.to(next.id)} size="xs" fw={600}>
            {formatDateTime(next.scheduledAt)}
          </Anchor>
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          No 1:1 scheduled
          {canSchedule && (
            <>
              {' · '}
              <Anchor component={Link} to={paths.plan.to(planId, 'one-on-ones')} size="xs">
                Schedule one
              </Anchor>
            </>
          )}
        </Text>
      )}
    </Group>
  );
}
