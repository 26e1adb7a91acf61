import { Group, Text, Timeline } from '@mantine/core';
import { Tag } from '@/components/Tag';
import { Side } from '@fulcrum/shared';
import type { DelegationCheckInFragment } from '../api/gql/graphql';
import { confidenceColor, formatDate, newestFirst } from '../utils/delegation';
import { formatHours } from '@/lib/format';

/** Check-ins, newest first, each with who wrote it and from which side. */
export function CheckInList({
  checkIns,
  limit,
  viewerId,
}: {
  checkIns: readonly DelegationCheckInFragment[];
  limit?: number;
  viewerId: string;
}) {
  const shown = newestFirst(checkIns).slice(0, limit ?? checkIns.length);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No check-ins yet.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="check-ins">
      {shown.map((c) => (
        <Timeline.Item
          key={c.id}
          color={confidenceColor(c.confidence)}
          title={
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600}>
                {c.author.id === viewerId ? 'You' : c.author.name}
              </Text>
              <Text size="xs" c="dimmed">
                {c.side === Side.DELEGATOR ? 'delegator' : 'delegatee'} · {formatDate(c.at)}
              </Text>
            </Group>
          }
          data-testid="check-in"
        >
          <Group gap={6} mt={2}>
            <Tag size="sm" color={confidenceColor(c.confidence)}>
              Confidence {c.confidence}/5
            </Tag>
            {c.coachingHours > 0 && (
              <Tag size="sm" variant="outline" color="gray">
                {formatHours(c.coachingHours)} coaching
              </Tag>
            )}
          </Group>
          {c.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {c.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
